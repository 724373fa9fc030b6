#pragma once
// The columns of a phone form's export, found by their headers in any spelling the exports use
// (vap/exports.hpp), and its values read as the form's questions take them.
#include "vap/form.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

namespace vap::exports {

// What a column holds: a question's answer, or one choice of a select_multiple split into a
// column per choice (`choice`), or one part of a geopoint (`geo`: 0 latitude, 1 longitude,
// 2 altitude, 3 accuracy).
struct Column {
  const form::Question* q = nullptr;
  int choice = -1;
  int geo = -1;
};

class Columns {
public:
  explicit Columns(const form::Form& form);
  std::optional<Column> find(std::string_view header) const;
  // A column of KoboToolbox's or ODK Central's own (_uuid, KEY, SubmissionDate, ...).
  bool is_meta(std::string_view header) const;

private:
  void add(const std::vector<form::Question>& qs, std::vector<const form::Question*>& path);
  void spell(const std::string& text, Column c);
  const form::Form& m_form;
  std::unordered_map<std::string, Column> m_spellings; // by match key
  std::unordered_set<std::string> m_meta;
};

// A number as exports write it (a decimal comma too), or nullopt.
std::optional<double> number_value(std::string_view s);
// A whole number's text ("12" for "12" or "12.0"), or nullopt.
std::optional<std::string> whole_number(std::string_view s);
// A day as YYYY-MM-DD from 2015-03-02, a date-time's day, 02.03.2015, or (xlsx) a day serial.
std::optional<std::string> day(std::string_view s, bool xlsx, bool date1904);
// A choice's name from its name or its label in any language.
std::optional<std::string> choice_name(const form::ChoiceList& list, std::string_view s);
// A select_multiple's answer (names or labels separated by spaces) as its names, space-separated.
std::optional<std::string> choice_names(const form::ChoiceList& list, std::string_view s);
// A split select_multiple's cell says "chosen" (1, TRUE, the choice itself) or not (0, empty).
bool selected_flag(std::string_view s);
std::string trim_spaces(std::string_view s);

} // namespace vap::exports
