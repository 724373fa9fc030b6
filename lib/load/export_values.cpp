// The answers of a submission against its form: one value as its question takes it, the answers
// together (required ones there, numbers inside the form's range), the places of values.
#include "vap/export_values.hpp"

#include "vap/export_columns.hpp"
#include "vap/text.hpp"

#include <fmt/format.h>

#include <sstream>

namespace vap::exports {

using form::QType;

CellPlace place_of(const Table& t, const Where& w, std::string value) {
  CellPlace c;
  c.sheet = t.numbered ? "" : t.name;
  c.sheet_index = t.index;
  c.row = w.row;
  c.col = w.col;
  c.value = std::move(value);
  c.path = t.path;
  c.numbered = t.numbered;
  if (w.head < t.header.size()) c.header = t.header[w.head];
  return c;
}

const Entry::Answer* Entry::get(std::string_view name) const {
  for (const auto& a : answers)
    if (a.q->name == name) return &a;
  return nullptr;
}

const std::vector<Entry>* Entry::repeat(std::string_view name) const {
  for (const auto& [q, entries] : repeats)
    if (q->name == name) return &entries;
  return nullptr;
}

namespace {

std::string allowed_choices(const form::ChoiceList& list, Lang lang) {
  std::string out;
  for (const auto& c : list.choices)
    out += (out.empty() ? "" : ", ") + c.label[static_cast<std::size_t>(lang)];
  return out;
}

// Whether a question's `relevant` holds for the answers `e`: the forms' two shapes,
// "${q} = 'v'" and "selected(${q}, 'v')"; another expression is taken as not holding.
bool relevant(const form::Question& q, const Entry& e) {
  if (q.relevant.empty()) return true;
  const auto open = q.relevant.find("${");
  const auto close = q.relevant.find('}', open);
  const auto quote = q.relevant.find('\'', close);
  if (open == std::string::npos || close == std::string::npos || quote == std::string::npos)
    return false;
  const std::string name = q.relevant.substr(open + 2, close - open - 2);
  const std::string value =
      q.relevant.substr(quote + 1, q.relevant.find('\'', quote + 1) - quote - 1);
  const Entry::Answer* a = e.get(name);
  if (!a) return false;
  if (q.relevant.rfind("selected(", 0) != 0) return a->text == value;
  std::istringstream words(a->text);
  for (std::string w; words >> w;)
    if (w == value) return true;
  return false;
}

// The bounds a constraint puts on the answer itself (". >= 1 and . <= 5"), if any.
std::pair<std::optional<double>, std::optional<double>> bounds(const std::string& constraint) {
  std::pair<std::optional<double>, std::optional<double>> b;
  std::istringstream in(constraint);
  std::string dot, op, number;
  while (in >> dot >> op >> number) {
    if (dot == ".") {
      if (op == ">=") b.first = number_value(number);
      if (op == "<=") b.second = number_value(number);
    }
    std::string joint;
    if (!(in >> joint) || joint != "and") break;
  }
  return b;
}

void scope_problems(const std::vector<form::Question>& scope, const Entry& e, Lang lang,
                    const std::function<std::string(const form::Question&)>& header,
                    std::vector<AnswerProblem>& out) {
  for (const auto& q : scope) {
    if (q.type == QType::group) {
      scope_problems(q.children, e, lang, header, out);
      continue;
    }
    if (q.type == QType::repeat || q.type == QType::calculate) continue;
    const Entry::Answer* a = e.get(q.name);
    if (!a) {
      if (q.required && relevant(q, e))
        out.push_back(
            {&q, nullptr, msg(lang, "'{}' has no answer; the form requires one", header(q))});
      continue;
    }
    if (q.type != QType::integer && q.type != QType::decimal) continue;
    const auto [low, high] = bounds(q.constraint);
    const auto v = number_value(a->text);
    if (v && ((low && *v < *low) || (high && *v > *high)))
      out.push_back({&q, a,
                     msg(lang, "'{}' cannot be {}: {}", header(q), a->text,
                         q.constraint_message[static_cast<std::size_t>(lang)])});
  }
}

} // namespace

std::optional<std::string> normalise(const form::Form& f, const form::Question& q,
                                     std::string_view raw, const Table& t, const std::string& what,
                                     Lang lang, std::string& why) {
  std::optional<std::string> out;
  switch (q.type) {
  case QType::integer:
    if (!(out = whole_number(raw)))
      why = msg(lang, "'{}' must be a whole number, not '{}'", what, raw);
    return out;
  case QType::decimal:
    if (auto v = number_value(raw)) return fmt::format("{}", *v);
    why = msg(lang, "'{}' must be a number, not '{}'", what, raw);
    return std::nullopt;
  case QType::date:
    if (!(out = day(raw, t.xlsx, t.date1904)))
      why = msg(lang, "'{}' is not a date: '{}'; write DD.MM.YYYY or YYYY-MM-DD, e.g. 02.03.2015",
                what, raw);
    return out;
  case QType::select_one:
  case QType::select_multiple: {
    const form::ChoiceList* list = f.list(q.list);
    if (list)
      out = q.type == QType::select_one ? choice_name(*list, raw) : choice_names(*list, raw);
    if (!out)
      why = msg(lang, "'{}' is not one of the form's choices for '{}': {}", raw, what,
                list ? allowed_choices(*list, lang) : "");
    return out;
  }
  case QType::geopoint: {
    std::istringstream in{std::string(raw)};
    std::string lat, lon;
    in >> lat >> lon;
    if (number_value(lat) && number_value(lon)) return lat + " " + lon;
    why = msg(lang, "'{}' must be a place as 'latitude longitude', not '{}'", what, raw);
    return std::nullopt;
  }
  default:
    return std::string(raw);
  }
}

std::vector<AnswerProblem>
answer_problems(const std::vector<form::Question>& scope, const Entry& e, Lang lang,
                const std::function<std::string(const form::Question&)>& header) {
  std::vector<AnswerProblem> out;
  scope_problems(scope, e, lang, header, out);
  return out;
}

namespace {
constexpr std::uint64_t k_fnv_offset = 1469598103934665603ull;
std::uint64_t mix(std::uint64_t h, std::string_view s) { // FNV-1a
  for (unsigned char c : s) {
    h ^= c;
    h *= 1099511628211ull;
  }
  return h;
}
} // namespace

std::uint64_t text_hash(std::string_view s) {
  return mix(k_fnv_offset, s);
}

std::uint64_t content_hash(const Entry& e) {
  std::uint64_t h = k_fnv_offset;
  for (const auto& a : e.answers) {
    h = mix(h, a.q->name);
    h = mix(h ^ 0x1f, a.text);
  }
  for (const auto& [q, entries] : e.repeats) {
    h = mix(h ^ 0x2f, q->name);
    for (const auto& c : entries)
      h ^= content_hash(c) + 0x9e3779b97f4a7c15ull + (h << 6) + (h >> 2);
  }
  return h;
}

} // namespace vap::exports
