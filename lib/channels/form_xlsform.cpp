// The XLSForm of a phone form (https://xlsform.org): sheets survey, choices and settings, with
// a label column per language ("label::Кыргызча (ky)").
#include "vap/form_writer.hpp"
#include "vap/xlsx_book.hpp"

#include <array>
#include <string>
#include <vector>

namespace vap {
namespace {

using form::QType;
using form::Question;

constexpr std::array<Lang, 3> k_langs{Lang::ky, Lang::ru, Lang::en};

std::string type_text(const Question& q) {
  switch (q.type) {
  case QType::integer:
    return "integer";
  case QType::decimal:
    return "decimal";
  case QType::text:
    return "text";
  case QType::date:
    return "date";
  case QType::geopoint:
    return "geopoint";
  case QType::select_one:
    return "select_one " + q.list;
  case QType::select_multiple:
    return "select_multiple " + q.list;
  case QType::calculate:
    return "calculate";
  case QType::group:
    return "begin_group";
  case QType::repeat:
    return "begin_repeat";
  }
  return "";
}

// The survey sheet's columns, in order.
enum Col : std::size_t {
  c_type,
  c_name,
  c_label, // three: one per language
  c_required = c_label + 3,
  c_constraint,
  c_constraint_message, // three
  c_relevant = c_constraint_message + 3,
  c_calculation,
  c_default,
  c_count,
};

void rows(XlsxSheetWriter& s, const std::vector<Question>& qs, std::size_t& r) {
  for (const auto& q : qs) {
    s.text(r, c_type, type_text(q));
    s.text(r, c_name, q.name);
    for (std::size_t i = 0; i < 3; ++i) {
      if (!q.label[i].empty()) s.text(r, c_label + i, q.label[i]);
      if (!q.constraint_message[i].empty())
        s.text(r, c_constraint_message + i, q.constraint_message[i]);
    }
    if (q.required) s.text(r, c_required, "yes");
    if (!q.constraint.empty()) s.text(r, c_constraint, q.constraint);
    if (!q.relevant.empty()) s.text(r, c_relevant, q.relevant);
    if (!q.calculation.empty()) s.text(r, c_calculation, q.calculation);
    if (!q.default_value.empty()) s.text(r, c_default, q.default_value);
    ++r;
    if (q.type == QType::group || q.type == QType::repeat) {
      rows(s, q.children, r);
      s.text(r, c_type, q.type == QType::group ? "end_group" : "end_repeat");
      s.text(r, c_name, q.name);
      ++r;
    }
  }
}

} // namespace

void write_xlsform(const form::Form& f, const std::string& path, Lang lang) {
  XlsxBook book(path, lang);
  XlsxSheetWriter& survey = book.sheet("survey");
  survey.header(c_type, "type");
  survey.header(c_name, "name");
  for (std::size_t i = 0; i < 3; ++i) {
    const std::string language(form::language_name(k_langs[i]));
    survey.header(c_label + i, "label::" + language);
    survey.header(c_constraint_message + i, "constraint_message::" + language);
  }
  survey.header(c_required, "required");
  survey.header(c_constraint, "constraint");
  survey.header(c_relevant, "relevant");
  survey.header(c_calculation, "calculation");
  survey.header(c_default, "default");
  std::size_t r = 1;
  rows(survey, f.questions, r);
  survey.freeze(1, 0);
  survey.widths(8, 50);

  XlsxSheetWriter& choices = book.sheet("choices");
  choices.header(0, "list_name");
  choices.header(1, "name");
  for (std::size_t i = 0; i < 3; ++i)
    choices.header(2 + i, "label::" + std::string(form::language_name(k_langs[i])));
  r = 1;
  for (const auto& l : f.lists)
    for (const auto& c : l.choices) {
      choices.text(r, 0, l.name);
      choices.text(r, 1, c.name);
      for (std::size_t i = 0; i < 3; ++i)
        choices.text(r, 2 + i, c.label[i]);
      ++r;
    }
  choices.freeze(1, 0);
  choices.widths(8, 50);

  XlsxSheetWriter& settings = book.sheet("settings");
  const char* heads[] = {"form_title", "form_id", "version", "default_language"};
  for (std::size_t c = 0; c < 4; ++c)
    settings.header(c, heads[c]);
  settings.text(1, 0, f.title[static_cast<std::size_t>(f.default_lang)]);
  settings.text(1, 1, f.id);
  settings.text(1, 2, f.version);
  settings.text(1, 3, std::string(form::language_name(f.default_lang)));
  settings.widths(8, 50);
  book.close();
}

} // namespace vap
