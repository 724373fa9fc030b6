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
      return sheet + ": " + en("wb_side") + " = " + en(f.label) + ", " + en("wb_item") + ", " +
             (s.kind == FileKind::session ? en("wb_share") : en("wb_amount"));
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

namespace vap {
namespace {

// A label's words in ky / ru / en ("Сессиялар / Сессии / Sessions"; once when all three agree),
// each in `quote`s.
std::string three(std::string_view key, std::string_view quote = "") {
  const std::string_view ky = label(Lang::ky, key), ru = label(Lang::ru, key),
                         e = label(Lang::en, key);
  if (ky == ru && ru == e) return fmt::format("{1}{0}{1}", e, quote);
  return fmt::format("{3}{0}{3} / {3}{1}{3} / {3}{2}{3}", ky, ru, e, quote);
}

// What one row of a table sheet is: its list's field's words, or the session.
std::string row_word(const sheets::Sheet& s) {
  switch (s.shape) {
  case sheets::Shape::fields:
    return "field (column A), its value in column B";
  case sheets::Shape::gallery:
    return "problem; one column per session (its dots)";
  case sheets::Shape::table:
    break;
  }
  if (s.rows.empty()) return "session";
  if (!s.keyed_by.empty())
    return s.keyed_by == "kind" ? "catalog entry" : en("wb_item") + " of a " + en("wb_side");
  const schema::Field* f = schema::field_at(s.kind, s.rows);
  if (!f) return "item";
  if (s.columns.size() > 0 && s.columns.back().field.empty()) return en(s.columns.back().label);
  for (const auto& c : s.columns)
    if (c.level == sheets::Level::row && !c.field.empty() && c.field.front() != '#')
      return en(sheets::label_of(s, c));
  return en(f->label);
}

// The YAML path of a sheet's rows with its lists marked ("plan.problems[].tasks[]").
std::string shown_path(const sheets::Sheet& s) {
  std::string path, shown;
  std::string_view rest = s.rows;
  while (!rest.empty()) {
    const std::size_t dot = rest.find('.');
    const std::string_view key = rest.substr(0, dot);
    path += (path.empty() ? "" : ".") + std::string(key);
    shown += (shown.empty() ? "" : ".") + std::string(key);
    const schema::Field* f = schema::field_at(s.kind, path);
    if (f && f->type == Type::list) shown += "[]";
    rest = dot == std::string_view::npos ? std::string_view() : rest.substr(dot + 1);
  }
  return shown;
}

std::string becomes(const sheets::Sheet& s) {
  const std::string kind(schema::kind(s.kind).key);
  if (s.shape == sheets::Shape::fields) return "the `" + kind + "` file";
  if (s.rows.empty()) return "one `" + kind + "` file each (by " + en("wb_number") + ")";
  std::string out = "`" + shown_path(s) + "`";
  switch (s.key) {
  case sheets::FileKey::only:
    out += " of the `" + kind + "` file";
    break;
  case sheets::FileKey::session:
    out += s.shape == sheets::Shape::gallery ? " of the session each column's number names"
                                             : " of the session its " + en("wb_session") + " names";
    break;
  case sheets::FileKey::field: {
    const std::string key = std::string(kind) + "." + std::string(s.key_field);
    const schema::Field* f = schema::field_at(s.kind, key);
    out += " of the `" + kind + "` file of its " + (f ? en(f->label) : key) +
           " (empty: the row above's)";
    break;
  }
  }
  if (!s.refers.empty()) {
    std::string by;
    int n = 0;
    for (const auto& c : s.columns) {
      if (c.level != sheets::Level::group) continue;
      by += (n++ ? " and " : "") + en(sheets::label_of(s, c));
    }
    const std::string group = sheets::group_path(s);
    std::string other = "another";
    for (const auto& o : sheets::all())
      if (&o != &s && o.kind == s.kind && o.refers.empty() &&
          (o.rows == group || sheets::group_path(o) == group))
        other = "the " + en(o.name);
    out += "; its " + by + (n > 1 ? " name" : " names") + " a row of " + other + " sheet";
  }
  return out;
}

std::string columns_of(const sheets::Sheet& s) {
  if (s.shape == sheets::Shape::gallery)
    return "`" + en("wb_problem") + "`, `1`, `2`, ... (a session's number; `2 " + en("wb_women") +
           "`, `2 " + en("wb_men") + "` by gender), `" + en("wb_total") + "` (not read)";
  std::string out;
  for (const auto& c : s.columns) {
    std::string words = "`" + en(sheets::label_of(s, c)) + "`";
    if (const schema::Field* f = sheets::field_of(s, c)) {
      if (f->type == Type::amounts) words = "one column per source (" + words + ")";
      if (f->type == Type::count) words += " (or `" + en("wb_women") + "`, `" + en("wb_men") + "`)";
      if (f->type == Type::scores) words = "`1`, `2`, ... (" + words + ")";
      if (f->type == Type::location) words = "`" + en("wb_lat") + "`, `" + en("wb_lon") + "`";
    }
    out += (out.empty() ? "" : ", ") + words;
  }
  return out;
}

} // namespace

std::string sheet_table() {
  std::string out = "| sheet (ky / ru / en) | its first row has (ky / ru / en) | one row per | "
                    "becomes | columns (en) |\n"
                    "| --- | --- | --- | --- | --- |\n";
  for (const auto& s : sheets::all()) {
    std::string sig;
    for (std::size_t i = 0; i < s.signature.size(); ++i) {
      sig += (i ? ", " : "") + three(s.signature[i], "`");
      if (i == 0 && s.shape != sheets::Shape::table) sig += " in A1";
    }
    out += fmt::format("| {} | {} | {} | {} | {} |\n", cell(three(s.name)), cell(sig),
                       cell(row_word(s)), cell(becomes(s)), cell(columns_of(s)));
  }
  out += fmt::format("| {} | written by vap, text | | not read | |\n",
                     cell(three("wb_sheet_instructions")));
  out += fmt::format("| {} (hidden) | the dropdowns' lists | | not read | |\n",
                     cell(three("wb_sheet_lists")));
  out += fmt::format("| {} (hidden; old workbooks only) | {}, {} | part | read, never written "
                     "(below) | |\n",
                     cell(three("wb_sheet_yaml")), cell(three("wb_part", "`")),
                     cell(three("wb_yaml", "`")));
  return out;
}

} // namespace vap
