#pragma once
// The answers of a phone form's submission as its questions take them (vap/exports.hpp): one
// value checked against its question (a whole number, a day, one of the choices, ...), and the
// answers of a submission taken together against the form (a required answer missing, a number
// outside the form's range).
#include "vap/exports.hpp"
#include "vap/i18n.hpp"

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace vap::exports {

// `raw` as question `q` takes it (a choice's name, a day as YYYY-MM-DD, a number), or nullopt
// with `why` the message (in `lang`; `what` names the column).
std::optional<std::string> normalise(const form::Form& f, const form::Question& q,
                                     std::string_view raw, const Table& t, const std::string& what,
                                     Lang lang, std::string& why);

// A problem of a submission's answers: at an answer, or (answer null) the question unanswered.
struct AnswerProblem {
  const form::Question* q = nullptr;
  const Entry::Answer* answer = nullptr;
  std::string message;
};

// The problems of the answers of `e` to the questions `scope` (a form's, or a repeat group's
// children; groups are entered, repeat groups are not): a required question without an answer
// (when its `relevant` holds), a number outside the range of its constraint. `header` names a
// question as its column does (its name when there is none).
std::vector<AnswerProblem>
answer_problems(const std::vector<form::Question>& scope, const Entry& e, Lang lang,
                const std::function<std::string(const form::Question&)>& header);

// A submission's identity (its _uuid / instanceID) and content, hashed: the same submission
// twice has both the same, an edited one the same id only.
std::uint64_t text_hash(std::string_view s);
std::uint64_t content_hash(const Entry& e);

} // namespace vap::exports
