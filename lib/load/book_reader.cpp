#include "vap/book_reader.hpp"

#include "vap/i18n.hpp"
#include "vap/number.hpp"
#include "vap/text.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <string>
#include <unordered_map>

namespace vap {
namespace {

constexpr std::array<Lang, 3> k_langs{Lang::ky, Lang::ru, Lang::en};

// Days since 1970-01-01 to a civil date (H. Hinnant's algorithm).
void civil(long long z, int& y, int& m, int& d) {
  z += 719468;
  const long long era = (z >= 0 ? z : z - 146096) / 146097;
  const long long doe = z - era * 146097;
  const long long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const long long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const long long mp = (5 * doy + 2) / 153;
  d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  y = static_cast<int>(yoe + era * 400 + (m <= 2 ? 1 : 0));
}

// An Excel date serial as YYYY-MM-DD: the 1900 system counts a 29 February 1900 that was not.
std::string serial_date(double serial, bool date1904) {
  const auto days = static_cast<long long>(std::floor(serial));
  if (days < 0 || days > 2958465) return shortest(serial);
  int y = 0, m = 0, d = 0;
  if (date1904) {
    civil(days - 24107, y, m, d); // 1904-01-01 is day -24107 of 1970
  } else {
    if (days == 60) return "1900-02-29";
    civil(days - (days < 60 ? 25568 : 25569), y, m, d); // 1899-12-30 + serial
  }
  return fmt::format("{:04}-{:02}-{:02}", y, m, d);
}

// The words of "Total" in the three languages, and the others a totals row is typed with.
bool is_total_word(std::string_view text) {
  static const std::array<std::string_view, 6> k_more = {"итого",     "всего",    "бардыгы",
                                                         "жыйынтыгы", "жыйынтык", "total"};
  const std::string k = match_key(text);
  for (auto w : k_more)
    if (k == match_key(w)) return true;
  return false;
}

} // namespace

bool is_label(const XlsxCell& c, std::string_view key) {
  if (c.type != XlsxCell::Type::text) return false;
  // The labels' match keys, made once per thread: a workbook asks for the same few hundred
  // labels at every cell of its header rows (most of a workbook's reading time when they were
  // made at each call).
  thread_local std::unordered_map<std::string, std::array<std::string, k_langs.size()>> keys;
  auto it = keys.find(std::string(key));
  if (it == keys.end()) {
    std::array<std::string, k_langs.size()> made;
    for (std::size_t i = 0; i < k_langs.size(); ++i)
      made[i] = match_key(label(k_langs[i], key));
    it = keys.emplace(std::string(key), std::move(made)).first;
  }
  const std::string k = match_key(c.text);
  return std::find(it->second.begin(), it->second.end(), k) != it->second.end();
}

std::string shown(const XlsxCell& c) {
  switch (c.type) {
  case XlsxCell::Type::number:
    return shortest(c.number);
  case XlsxCell::Type::boolean:
    return c.number != 0 ? "TRUE" : "FALSE";
  case XlsxCell::Type::text:
  case XlsxCell::Type::error:
    return c.text;
  case XlsxCell::Type::empty:
    break;
  }
  return {};
}

std::string trimmed(std::string_view s) {
  auto space = [](std::string_view t, bool front) {
    if (t.empty()) return std::size_t{0};
    const unsigned char c = static_cast<unsigned char>(front ? t.front() : t.back());
    if (c == ' ' || c == '\t' || c == '\r' || c == '\n') return std::size_t{1};
    // A non-breaking space (U+00A0), as Excel and Word paste it.
    if (front ? t.substr(0, 2) == "\xC2\xA0"
              : (t.size() >= 2 && t.substr(t.size() - 2) == "\xC2\xA0"))
      return std::size_t{2};
    return std::size_t{0};
  };
  while (std::size_t n = space(s, true))
    s.remove_prefix(n);
  while (std::size_t n = space(s, false))
    s.remove_suffix(n);
  return std::string(s);
}

std::string cell_value(const XlsxCell& c, schema::Type type, bool date1904) {
  if ((type == schema::Type::date || type == schema::Type::month) &&
      c.type == XlsxCell::Type::number)
    return serial_date(c.number, date1904);
  if (c.type == XlsxCell::Type::text) return trimmed(c.text);
  return shown(c);
}

bool is_totals_row(const XlsxSheet& sheet, std::size_t row) {
  if (row >= sheet.rows.size()) return false;
  for (const auto& c : sheet.rows[row]) {
    if (c.empty()) continue;
    return c.type == XlsxCell::Type::text && is_total_word(trimmed(c.text));
  }
  return false;
}

BookReader::BookReader(const XlsxBook& book, Sources& sources, std::uint32_t book_file,
                       Diagnostics& diags)
    : m_book(book), m_sources(sources), m_book_file(book_file), m_diags(diags),
      m_lang(diags.lang()), m_book_lang(diags.lang()) {
  for (const auto& sheet : book.sheets) {
    m_headers.push_back(std::make_shared<std::vector<std::pair<std::string, std::string>>>());
    m_sheet_names.emplace_back(sheet.name);
  }
}

BookReader::File& BookReader::file(FileKind kind, const std::string& key, std::size_t sheet,
                                   std::size_t row) {
  if (File* f = find_file(kind, key)) return *f;
  File f;
  f.kind = kind;
  f.key = key;
  f.sheet = sheet;
  f.row = row;
  m_files.push_back(std::move(f));
  return m_files.back();
}

BookReader::File* BookReader::find_file(FileKind kind, const std::string& key) {
  for (auto& f : m_files)
    if (f.kind == kind && f.key == key) return &f;
  return nullptr;
}

BookReader::File* BookReader::session(long long n) {
  return find_file(FileKind::session, std::to_string(n));
}

BookReader::File& BookReader::add_session(long long n, std::size_t sheet, std::size_t row) {
  return file(FileKind::session, std::to_string(n), sheet, row);
}

std::uint32_t BookReader::place(File& f, std::size_t sheet, std::size_t row, std::size_t col,
                                std::string value) {
  f.cells.push_back(CellPlace{m_sheet_names[sheet], static_cast<std::uint32_t>(sheet),
                              static_cast<std::uint32_t>(row), static_cast<std::uint32_t>(col),
                              std::move(value), 0, m_headers[sheet]});
  return static_cast<std::uint32_t>(f.cells.size());
}

std::uint32_t BookReader::place(File& f, std::size_t sheet, std::size_t row, std::size_t col) {
  return place(f, sheet, row, col, shown(m_book.sheets[sheet].at(row, col)));
}

SourcePos BookReader::cell_pos(std::size_t sheet, std::size_t row, std::size_t col) {
  const XlsxSheet& s = m_book.sheets[sheet];
  CellPlace at{m_sheet_names[sheet],
               static_cast<std::uint32_t>(sheet),
               static_cast<std::uint32_t>(row),
               static_cast<std::uint32_t>(col),
               shown(s.at(row, col)),
               0,
               nullptr};
  return m_sources.add_cell(m_book_file, std::move(at));
}

void BookReader::error(std::size_t sheet, std::size_t row, std::size_t col, std::string message) {
  m_diags.error(cell_pos(sheet, row, col), std::move(message));
}

void BookReader::warning(std::size_t sheet, std::size_t row, std::size_t col, std::string message) {
  m_diags.warning(cell_pos(sheet, row, col), std::move(message));
}

void BookReader::inner_message(Severity severity, const CellPlace& cell, std::uint32_t col,
                               std::string message) {
  SourcePos at = m_sources.add_cell(m_book_file, cell);
  at.col = col;
  m_diags.add(Diagnostic{severity, at, std::move(message)});
}

void BookReader::header(std::size_t si, std::string_view key, std::string text) {
  auto& h = *m_headers[si];
  for (const auto& [k, t] : h)
    if (k == key) return;
  h.emplace_back(std::string(key), std::move(text));
}

std::string BookReader::words(std::string_view label_key) const {
  return std::string(label(m_book_lang, label_key));
}

namespace {

// The sheet a first row makes, or nullptr (not a sheet vap reads).
const sheets::Sheet* classify(const XlsxSheet& s) {
  if (s.rows.empty()) return nullptr;
  const auto& head = s.rows[0];
  auto has = [&](std::string_view key) {
    return std::any_of(head.begin(), head.end(),
                       [&](const XlsxCell& c) { return is_label(c, key); });
  };
  // The tables first, those of more signature words before those of fewer: a gallery's first
  // column is headed like theirs.
  const sheets::Sheet* best = nullptr;
  for (const auto& spec : sheets::all()) {
    bool match = true;
    if (spec.shape == sheets::Shape::table) {
      for (auto key : spec.signature)
        match = match && has(key);
    } else {
      for (std::size_t i = 0; i < spec.signature.size(); ++i)
        match = match && is_label(s.at(0, i), spec.signature[i]);
    }
    if (!match) continue;
    if (!best || (best->shape != sheets::Shape::table && spec.shape == sheets::Shape::table) ||
        (best->shape == spec.shape && spec.signature.size() > best->signature.size()))
      best = &spec;
  }
  return best;
}

bool is_yaml_sheet(const XlsxSheet& s) {
  return !s.rows.empty() && is_label(s.at(0, 0), "wb_part") && is_label(s.at(0, 1), "wb_yaml");
}

// The language of a header: the first language in which some header of the row reads.
std::optional<Lang> header_lang(const XlsxSheet& s) {
  if (s.rows.empty()) return std::nullopt;
  for (const auto& c : s.rows[0]) {
    if (c.type != XlsxCell::Type::text) continue;
    const std::string k = match_key(c.text);
    for (Lang l : k_langs)
      for (std::string_view key : {"wb_field", "wb_date", "wb_problem", "wb_task"})
        if (match_key(label(l, key)) == k) return l;
  }
  return std::nullopt;
}

std::string file_name(const BookReader::File& f, std::size_t same_kind, std::size_t width,
                      std::size_t session_index) {
  switch (f.kind) {
  case FileKind::municipality:
    return "municipality.yaml";
  case FileKind::session:
    return fmt::format("sessions/{:0>{}}.yaml", session_index, width);
  default:
    break;
  }
  const std::string base(kind_word(f.kind));
  if (same_kind <= 1 || f.key.empty()) return base + ".yaml";
  return base + "-" + f.key + ".yaml";
}

} // namespace

std::vector<WorkbookFile> BookReader::run() {
  std::vector<std::pair<std::size_t, const sheets::Sheet*>> found;
  std::optional<std::size_t> yaml_sheet;
  for (std::size_t i = 0; i < m_book.sheets.size(); ++i) {
    const XlsxSheet& s = m_book.sheets[i];
    if (is_yaml_sheet(s)) {
      if (!yaml_sheet) yaml_sheet = i;
      continue;
    }
    const sheets::Sheet* spec = classify(s);
    if (!spec) continue;
    auto same =
        std::find_if(found.begin(), found.end(), [&](const auto& f) { return f.second == spec; });
    if (same != found.end()) {
      error(i, 0, 0,
            msg(m_lang,
                "a second sheet like '{}'; a workbook has one of each (this one is not read)",
                m_book.sheets[same->first].name));
      continue;
    }
    found.emplace_back(i, spec);
  }
  std::vector<WorkbookFile> out;
  auto municipality_sheet = std::find_if(found.begin(), found.end(), [](const auto& f) {
    return f.second->shape == sheets::Shape::fields;
  });
  if (municipality_sheet == found.end()) {
    m_diags.error(SourcePos{m_book_file, 0, 0},
                  msg(m_lang,
                      "the workbook has no municipality sheet (a sheet whose first row is '{}', "
                      "'{}')",
                      label(m_lang, "wb_field"), label(m_lang, "wb_value")));
    return out;
  }
  if (auto l = header_lang(m_book.sheets[municipality_sheet->first])) m_book_lang = *l;
  // In the order of the table (sheets.cpp): the sheets that make files and groups before those
  // that refer to them.
  for (const auto& spec : sheets::all()) {
    auto it =
        std::find_if(found.begin(), found.end(), [&](const auto& f) { return f.second == &spec; });
    if (it == found.end()) continue;
    switch (spec.shape) {
    case sheets::Shape::fields:
      read_fields_sheet(*this, it->first, spec);
      break;
    case sheets::Shape::table:
      read_table_sheet(*this, it->first, spec);
      break;
    case sheets::Shape::gallery:
      read_gallery_sheet(*this, it->first, spec);
      break;
    }
  }
  std::vector<WorkbookFile> whole;
  if (yaml_sheet) read_yaml_sheet(*this, *yaml_sheet, whole);

  // A session's dots each (the Sessions sheet) make no gallery without dots on the gallery sheet.
  for (auto& f : m_files)
    if (Record* g = f.kind == FileKind::session ? f.record.get("gallery") : nullptr;
        g && !g->get("votes") && !g->get("ballots"))
      f.record.erase("gallery");
  // Municipality first, the sessions by number, then the others as their sheets made them.
  std::stable_sort(m_files.begin(), m_files.end(), [](const File& a, const File& b) {
    auto rank = [](const File& f) {
      return f.kind == FileKind::municipality ? 0 : f.kind == FileKind::session ? 1 : 2;
    };
    if (rank(a) != rank(b)) return rank(a) < rank(b);
    if (a.kind == FileKind::session && b.kind == FileKind::session)
      return std::stoll(a.key) < std::stoll(b.key);
    return false;
  });
  std::size_t sessions = 0;
  for (const auto& f : m_files)
    sessions += f.kind == FileKind::session ? 1 : 0;
  const std::size_t width = std::max<std::size_t>(2, std::to_string(sessions).size());
  std::size_t session_index = 0;
  std::vector<std::string> names;
  for (auto& f : m_files) {
    std::size_t same_kind = 0;
    for (const auto& g : m_files)
      same_kind += g.kind == f.kind ? 1 : 0;
    WorkbookFile wf;
    wf.kind = f.kind;
    wf.name = file_name(f, same_kind, width, f.kind == FileKind::session ? ++session_index : 0);
    wf.record = std::move(f.record);
    wf.cells = std::move(f.cells);
    names.push_back(wf.name);
    out.push_back(std::move(wf));
  }
  // A file kept whole in the yaml sheet keeps its name; one made from a sheet takes another.
  for (auto& w : whole) {
    for (auto& o : out) {
      if (o.name != w.name) continue;
      const std::string base = o.name.substr(0, o.name.size() - 5);
      for (int n = 2; std::find(names.begin(), names.end(), o.name) != names.end(); ++n)
        o.name = fmt::format("{}-{}.yaml", base, n);
      names.push_back(o.name);
    }
    out.push_back(std::move(w));
  }
  return out;
}

std::vector<WorkbookFile> workbook_files(const XlsxBook& book, Sources& sources,
                                         std::uint32_t book_file, Diagnostics& diags) {
  return BookReader(book, sources, book_file, diags).run();
}

std::string xlsx_error_message(Lang lang, const XlsxError& e) {
  switch (e.kind) {
  case XlsxError::Kind::not_zip:
    return msg(lang, "this is not an .xlsx workbook (it is not a zip file); save it from Excel "
                     "or LibreOffice as .xlsx");
  case XlsxError::Kind::too_big:
    return msg(lang, "the workbook unpacks to more than {} MiB; is it a workshop workbook?",
               k_max_unzipped >> 20);
  case XlsxError::Kind::encrypted:
    return msg(lang, "the workbook is encrypted (password-protected); save it without a password");
  case XlsxError::Kind::old_excel:
    return msg(lang, "old Excel format (.xls): open it and save as .xlsx");
  case XlsxError::Kind::ods:
    return msg(lang, "an OpenDocument spreadsheet (.ods): save it as .xlsx");
  case XlsxError::Kind::broken:
    break;
  }
  return msg(lang, "the workbook is broken: {}", e.detail);
}

} // namespace vap
