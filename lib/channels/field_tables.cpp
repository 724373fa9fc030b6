#include "vap/field_tables.hpp"

#include "vap/i18n.hpp"
#include "vap/schema.hpp"
#include "vap/sheets.hpp"

#include <fmt/format.h>

namespace vap {
namespace {

using schema::Type;

// Text for a cell of a Markdown table: a '|' would end the cell.
std::string cell(std::string_view text) {
  std::string out;
  for (char c : text)
    out += c == '|' ? std::string("\\|") : std::string(1, c);
  return out;
}

std::string en(std::string_view label_key) {
  return std::string(label(Lang::en, label_key));
}

std::string type_text(const schema::Field& f) {
  std::string t(schema::type_word(f.type));
  switch (f.type) {
  case Type::name:
    if (f.has_catalog) t += " (" + std::string(catalog_key(f.catalog)) + ")";
    break;
  case Type::amounts:
  case Type::votes:
  case Type::ballots:
    if (f.has_catalog) t += " (" + std::string(catalog_key(f.catalog)) + ")";
    break;
  case Type::choice: {
    std::string c(f.choices);
    for (auto& ch : c)
      if (ch == '|') ch = ',';
    std::string spaced;
    for (char ch : c)
      spaced += ch == ',' ? std::string(", ") : std::string(1, ch);
    t += ": " + spaced;
    break;
  }
  case Type::whole:
  case Type::number:
    if (f.max > 0) t += fmt::format(" {}–{}", f.min, f.max);
    break;
  default:
    break;
  }
  return t;
}

// The full path of a sheet column's field ("plan.problems.tasks.funding").
std::string column_path(const sheets::Sheet& s, const sheets::Column& c) {
  switch (c.level) {
  case sheets::Level::file:
    return std::string(c.field);
  case sheets::Level::group:
    return sheets::group_path(s) + "." + std::string(c.field);
  case sheets::Level::row:
    break;
  }
  return s.rows.empty() ? std::string(c.field) : std::string(s.rows) + "." + std::string(c.field);
}

// Where the workbook takes a field: "Sheet: Column", or "" when no sheet has it.
std::string workbook_place(FileKind kind, const std::string& path, const schema::Field& f) {
  // The language typed inside the municipality section or beside it is one field.
  if (kind == FileKind::municipality && path == "municipality.lang")
    return workbook_place(kind, "lang", *schema::field_at(kind, "lang"));
  for (const auto& s : sheets::all()) {
    if (s.kind != kind) continue;
    const std::string sheet = en(s.name);
    if (s.shape == sheets::Shape::gallery && path == s.rows)
      return sheet + ": " + en("wb_problem") + " × " + en("wb_session") + " (dots)";
    if (!s.keyed_by.empty() && path == s.rows && f.type == Type::catalogs)
      return sheet + ": one row per entry";
    if (!s.keyed_by.empty() && path.rfind(std::string(s.rows) + ".", 0) == 0 &&
        path.find('.', s.rows.size() + 1) == std::string::npos) {
      if (s.keyed_by == "kind") return sheet + ": " + en("wb_catalog_kind") + " and its columns";
      return sheet + ": " + en("wb_side") + " = " + en(f.label) + ", " +
             en("wb_item") + ", " + (s.kind == FileKind::session ? en("wb_share") : en("wb_amount"));
    }
    if (path == s.rows && s.columns.size() > 0 && s.columns.back().field.empty())
      return sheet + ": " + en(s.columns.back().label);
    for (const auto& c : s.columns) {
      if (c.field.empty() || c.field.front() == '#' || column_path(s, c) != path) continue;
      std::string words = en(sheets::label_of(s, c));
      if (f.type == Type::count) words += " (or " + en("wb_women") + ", " + en("wb_men") + ")";
      if (f.type == Type::location) words = en("wb_lat") + ", " + en("wb_lon");
      if (f.type == Type::amounts) words = "one column per " + words;
      if (f.type == Type::scores) words = "one column per score (1, 2, ...)";
      if (f.type == Type::texts) words += " (one per line)";
      if (s.shape == sheets::Shape::fields) words = en("wb_field") + " = " + words;
      return sheet + ": " + words;
    }
  }
  return "";
}

void rows(std::string& out, FileKind kind, const schema::Section& section, const std::string& path,
          const std::string& shown) {
  for (const auto& f : section.fields) {
    if (f.type == Type::version) continue;
    const std::string p = path.empty() ? std::string(f.key) : path + "." + std::string(f.key);
    const std::string s = shown.empty() ? std::string(f.key) : shown + "." + std::string(f.key);
    std::string place = workbook_place(kind, p, f);
    if (place.empty() && f.key == "municipality" && kind != FileKind::municipality)
      place = "(a workbook is one municipality)";
    out += fmt::format("| `{}` | {} | {} | {} | {} |\n", s, cell(type_text(f)),
                       f.required ? "yes" : "", cell(f.doc), place.empty() ? "—" : cell(place));
    if (f.section)
      rows(out, kind, *f.section, p,
           f.type == Type::list       ? s + "[]"
           : f.type == Type::catalogs ? s + ".KIND[]"
                                      : s);
  }
}

} // namespace

std::string field_table(FileKind kind) {
  std::string out = "| field | type | required | what it records | workbook (sheet: column) |\n"
                    "| --- | --- | --- | --- | --- |\n";
  rows(out, kind, *schema::kind(kind).top, "", "");
  return out;
}

} // namespace vap
