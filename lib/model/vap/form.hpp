#pragma once
// The phone forms of a municipality (KoboToolbox, ODK Collect): the questions a form asks, its
// choice lists in ky, ru and en, its constraints, made from the description of each file kind
// (vap/schema.hpp: its fields' words, ranges and catalogs) and the municipality's own villages,
// groups, catalogs and plan. One form description, two ways out (lib/channels: the XLSForm and
// the XForm) and one way back in (lib/load: the exports and submissions of a filled form).
// Data only: no XML, no I/O.
#include "vap/file_kind.hpp"
#include "vap/model.hpp"

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace vap::form {

// What a form is for: one submission per session, per voter, per respondent, per assembly, per
// monitoring round.
enum class Purpose { session, ballot, survey, assembly, monitoring };
std::string_view purpose_key(Purpose p);
std::optional<Purpose> purpose_of(std::string_view key);
// The workshop file kind its submissions become.
FileKind file_kind(Purpose p);

using Words = std::array<std::string, 3>; // ky, ru, en

enum class QType {
  integer,
  decimal,
  text,
  date,
  geopoint,
  select_one,
  select_multiple,
  calculate,
  group,
  repeat,
};

struct Question {
  QType type = QType::text;
  std::string name; // an XML name, unique in the form
  Words label;
  Words hint;
  std::string list; // select_one / select_multiple: the choice list's name
  bool required = false;
  // XLSForm expressions: ${name} stands for a question, '.' for this one.
  std::string constraint;
  Words constraint_message;
  std::string relevant;
  std::string calculation;
  std::string default_value;
  std::vector<Question> children; // group and repeat
};

struct Choice {
  std::string name;
  Words label;
};

struct ChoiceList {
  std::string name;
  std::vector<Choice> choices;
  const Choice* find(std::string_view name) const;
};

// The choice every open list ends with: the answer is then typed in `<question>_other`.
inline constexpr std::string_view k_other = "other";

struct Form {
  Purpose purpose = Purpose::session;
  std::string municipality; // the municipality's id
  std::string id;           // form_id: vap-<purpose>-<municipality id>
  std::string version;      // a digest of the questions and choices: a changed form, a new version
  Words title;
  Lang default_lang = Lang::ky;
  std::vector<Question> questions;
  std::vector<ChoiceList> lists;

  const ChoiceList* list(std::string_view name) const;
  // A question anywhere in the form, by name, or nullptr.
  const Question* find(std::string_view name) const;
  // The groups and repeats a question sits in, outermost first (empty at the top).
  std::vector<const Question*> parents(const Question& q) const;
};

// The language of XLSForm's columns and XForm's translations: "Кыргызча (ky)".
std::string_view language_name(Lang lang);

struct Options {
  // `session` and `ballot`: the first day of the workshop week; the date must fall within that
  // week (else only: not after the day the form is filled).
  std::optional<Date> week;
};

// The form of `purpose` for `m` (with its catalogs and plan).
Form make_form(Purpose purpose, const Municipality& m, const Options& options = {});

// The fixed answers that name a form's purpose and municipality in every submission.
inline constexpr std::string_view k_form_field = "vap_form";
inline constexpr std::string_view k_municipality_field = "vap_municipality";
// A survey respondent's gender and age, as the group of the satisfaction table.
std::string_view survey_group(std::string_view gender, std::string_view age);

} // namespace vap::form
