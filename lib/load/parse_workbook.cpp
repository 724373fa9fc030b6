#include "vap/parse_workbook.hpp"

#include "vap/i18n.hpp"
#include "vap/text.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <optional>
#include <sstream>

namespace vap {
namespace {

constexpr std::array<Lang, 3> k_langs{Lang::ky, Lang::ru, Lang::en};

std::string number_text(double v) {
  return fmt::format("{}", v);
}

// The cell as Excel shows it in a plain cell.
std::string shown(const XlsxCell& c) {
  switch (c.type) {
  case XlsxCell::Type::number:
    return number_text(c.number);
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
  const char* ws = " \t\r\n\xC2\xA0";
  while (!s.empty() && std::string_view(" \t\r\n").find(s.front()) != std::string_view::npos)
    s.remove_prefix(1);
  while (!s.empty() && std::string_view(" \t\r\n").find(s.back()) != std::string_view::npos)
    s.remove_suffix(1);
  (void)ws;
  return std::string(s);
}

// Does the cell hold the label `key` in one of the three languages?
bool is_label(const XlsxCell& c, std::string_view key) {
  if (c.type != XlsxCell::Type::text) return false;
  const std::string k = match_key(c.text);
  for (Lang l : k_langs)
    if (match_key(label(l, key)) == k) return true;
  return false;
}

bool all_digits(std::string_view s) {
  return !s.empty() &&
         std::all_of(s.begin(), s.end(), [](char ch) { return ch >= '0' && ch <= '9'; });
}

bool plain_number(std::string_view s) {
  if (!s.empty() && (s[0] == '-' || s[0] == '+')) s.remove_prefix(1);
  auto dot = s.find('.');
  if (dot == std::string_view::npos) return all_digits(s);
  return all_digits(s.substr(0, dot)) && all_digits(s.substr(dot + 1));
}

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
  long long days = static_cast<long long>(std::floor(serial));
  if (days < 0 || days > 2958465) return number_text(serial);
  int y, m, d;
  if (date1904) {
    civil(days - 24107, y, m, d); // 1904-01-01 is day -24107 of 1970
  } else {
    if (days == 60) return "1900-02-29";
    civil(days - (days < 60 ? 25568 : 25569), y, m, d); // 1899-12-30 + serial
  }
  return fmt::format("{:04}-{:02}-{:02}", y, m, d);
}

// A date typed as text: ISO as it is, "24.02.2014" or "24/02/2014" turned to ISO.
std::optional<std::string> text_date(const std::string& s) {
  auto iso = [](std::string_view t) {
    return t.size() >= 7 && all_digits(t.substr(0, 4)) && t[4] == '-' &&
           all_digits(t.substr(5, 2)) &&
           (t.size() == 7 || (t.size() == 10 && t[7] == '-' && all_digits(t.substr(8, 2))));
  };
  if (iso(s)) return s;
  for (char sep : {'.', '/'}) {
    auto a = s.find(sep);
    auto b = a == std::string::npos ? a : s.find(sep, a + 1);
    if (b == std::string::npos) continue;
    std::string d = s.substr(0, a), m = s.substr(a + 1, b - a - 1), y = s.substr(b + 1);
    if (all_digits(d) && all_digits(m) && all_digits(y) && d.size() <= 2 && m.size() <= 2 &&
        y.size() == 4)
      return fmt::format("{}-{:0>2}-{:0>2}", y, m, d);
  }
  return std::nullopt;
}

enum class Col { text, number, date };

// The YAML scalar for a cell of a column of `type`, and the value to quote in messages.
std::string scalar(const XlsxCell& c, Col type, bool date1904, std::string& value) {
  value = shown(c);
  if (type == Col::date && c.type == XlsxCell::Type::number) {
    value = serial_date(c.number, date1904);
    return value;
  }
  if (type == Col::date && c.type == XlsxCell::Type::text)
    if (auto iso = text_date(trimmed(c.text))) return *iso;
  if (type == Col::number && c.type == XlsxCell::Type::number) return value;
  if (type == Col::number && c.type == XlsxCell::Type::text && plain_number(trimmed(c.text)))
    return trimmed(c.text);
  return yaml_quote(value);
}

enum class SheetKind {
  other,
  municipality,
  sessions,
  gallery,
  map,
  venn,
  pie,
  causes,
  plan,
  group,
  monitoring,
  team,
  indicators,
  budget,
  surveys,
  yaml
};

SheetKind classify(const XlsxSheet& s) {
  if (s.rows.empty()) return SheetKind::other;
  const auto& head = s.rows[0];
  auto has = [&](std::string_view key) {
    return std::any_of(head.begin(), head.end(),
                       [&](const XlsxCell& c) { return is_label(c, key); });
  };
  if (is_label(s.at(0, 0), "wb_field") && is_label(s.at(0, 1), "wb_value"))
    return SheetKind::municipality;
  if (is_label(s.at(0, 0), "wb_part") && is_label(s.at(0, 1), "wb_yaml")) return SheetKind::yaml;
  // The table sheets first: their first column may be headed like the gallery's.
  if (has("wb_session") && has("wb_object")) return SheetKind::map;
  if (has("wb_session") && has("wb_institution")) return SheetKind::venn;
  if (has("wb_session") && has("wb_side")) return SheetKind::pie;
  if (has("wb_side") && has("wb_amount")) return SheetKind::budget;
  if (has("wb_service") && has("wb_scale")) return SheetKind::surveys;
  if (has("wb_causes") && has("wb_solution")) return SheetKind::causes;
  if (has("wb_task") && has("wb_goal")) return SheetKind::plan;
  if (has("wb_problem") && has("wb_member")) return SheetKind::group;
  if (has("wb_task") && has("wb_status")) return SheetKind::monitoring;
  if (has("wb_team_member")) return SheetKind::team;
  if (has("wb_indicator") && has("wb_target")) return SheetKind::indicators;
  if (has("wb_number") && has("wb_date")) return SheetKind::sessions;
  if (is_label(s.at(0, 0), "wb_problem")) return SheetKind::gallery;
  return SheetKind::other;
}

// YAML text with the cell of each line.
struct Writer {
  WorkbookFile file;
  void line(std::string text, CellPlace at) {
    file.text += text;
    file.text += '\n';
    file.cells.push_back(std::move(at));
  }
  void append(const Writer& other) {
    file.text += other.file.text;
    file.cells.insert(file.cells.end(), other.file.cells.begin(), other.file.cells.end());
  }
};

struct Session {
  long long number = 0;
  std::size_t row = 0;
  Writer head;
  Writer votes;
  Writer map, venn, pie; // from their sheets
  Writer extra;          // YAML typed in the yaml sheet
  std::string dots;
  CellPlace dots_at;
  CellPlace gallery_at;
};

// A sheet's YAML keys and the header texts of their columns (CellPlace::headers).
using Headers = std::vector<std::pair<std::string, std::string>>;

void add_header(Headers& h, std::string_view key, std::string_view text) {
  for (const auto& [k, t] : h)
    if (k == key) return;
  h.emplace_back(std::string(key), trimmed(text));
}

class Reader {
public:
  Reader(const XlsxBook& book, Sources& sources, std::uint32_t book_file, Diagnostics& diags)
      : m_book(book), m_sources(sources), m_book_file(book_file), m_diags(diags),
        m_lang(diags.lang()) {
    for (std::size_t i = 0; i < book.sheets.size(); ++i)
      m_headers.push_back(std::make_shared<Headers>());
  }

  std::vector<WorkbookFile> run() {
    std::map<SheetKind, std::size_t> found;
    for (std::size_t i = 0; i < m_book.sheets.size(); ++i) {
      SheetKind k = classify(m_book.sheets[i]);
      if (k == SheetKind::other) continue;
      if (auto [it, fresh] = found.emplace(k, i); !fresh) {
        error(i, 0, 0,
              msg(m_lang,
                  "a second sheet like '{}'; a workbook has one of each (this one is not read)",
                  m_book.sheets[it->second].name));
      }
    }
    auto at = [&](SheetKind k) -> const XlsxSheet* {
      auto it = found.find(k);
      return it == found.end() ? nullptr : &m_book.sheets[it->second];
    };
    auto index = [&](SheetKind k) { return found.at(k); };
    std::vector<WorkbookFile> out;
    if (!at(SheetKind::municipality)) {
      m_diags.error(SourcePos{m_book_file, 0, 0},
                    msg(m_lang,
                        "the workbook has no municipality sheet (a sheet whose first row is '{}', "
                        "'{}')",
                        label(m_lang, "wb_field"), label(m_lang, "wb_value")));
      return out;
    }
    Writer municipality = read_municipality(index(SheetKind::municipality));
    if (at(SheetKind::sessions)) read_sessions(index(SheetKind::sessions));
    if (at(SheetKind::gallery)) read_gallery(index(SheetKind::gallery));
    if (at(SheetKind::map)) read_map(index(SheetKind::map));
    if (at(SheetKind::venn)) read_venn(index(SheetKind::venn));
    if (at(SheetKind::pie)) read_pie(index(SheetKind::pie));
    std::vector<Writer> files;
    if (at(SheetKind::causes)) read_causes(index(SheetKind::causes), files);
    if (at(SheetKind::plan)) read_plan(index(SheetKind::plan));
    if (at(SheetKind::group)) read_group(index(SheetKind::group));
    write_plan(files);
    if (at(SheetKind::monitoring)) read_monitoring(index(SheetKind::monitoring));
    if (at(SheetKind::team)) read_team(index(SheetKind::team));
    if (at(SheetKind::indicators)) read_indicators(index(SheetKind::indicators));
    if (at(SheetKind::surveys)) read_surveys(index(SheetKind::surveys));
    if (at(SheetKind::budget)) read_budget(index(SheetKind::budget), municipality);
    write_monitoring(files);
    const std::size_t from_sheets = files.size();
    if (at(SheetKind::yaml)) read_yaml(index(SheetKind::yaml), municipality, files);
    // A file of the yaml sheet named as one made from a sheet ("plan.yaml") keeps its name;
    // the sheet's takes another.
    for (std::size_t i = 0; i < from_sheets; ++i) {
      auto taken = [&](const std::string& name) {
        for (std::size_t j = 0; j < files.size(); ++j)
          if (j != i && files[j].file.name == name) return true;
        return false;
      };
      const std::string base = files[i].file.name.substr(0, files[i].file.name.size() - 5);
      for (int n = 2; taken(files[i].file.name); ++n)
        files[i].file.name = fmt::format("{}-{}.yaml", base, n);
    }

    out.push_back(std::move(municipality.file));
    const std::size_t width = std::max<std::size_t>(2, std::to_string(m_sessions.size()).size());
    std::size_t k = 0;
    for (auto& s : m_sessions) {
      Writer w;
      w.append(s.head);
      if (!s.votes.file.text.empty()) {
        w.line("gallery:", s.gallery_at);
        if (!s.dots.empty()) w.line("  dots: " + s.dots, s.dots_at);
        w.line("  votes:", s.gallery_at);
        w.append(s.votes);
      }
      w.append(s.map);
      w.append(s.venn);
      w.append(s.pie);
      w.append(s.extra);
      w.file.name = fmt::format("sessions/{:0>{}}.yaml", ++k, width);
      out.push_back(std::move(w.file));
    }
    for (auto& f : files)
      out.push_back(std::move(f.file));
    return out;
  }

private:
  const XlsxBook& m_book;
  Sources& m_sources;
  std::uint32_t m_book_file;
  Diagnostics& m_diags;
  Lang m_lang;
  std::vector<Session> m_sessions;
  std::vector<std::shared_ptr<Headers>> m_headers; // per sheet

  // The key's column in sheet `si` is headed `text` (in messages, 'key' becomes 'text').
  void header(std::size_t si, std::string_view key, std::string_view text) {
    add_header(*m_headers[si], key, text);
  }
  void header_of(std::size_t si, std::string_view key, std::size_t col) {
    header(si, key, shown(m_book.sheets[si].at(0, col)));
  }

  CellPlace place(std::size_t sheet, std::size_t row, std::size_t col,
                  std::optional<std::string> value = std::nullopt) const {
    const XlsxSheet& s = m_book.sheets[sheet];
    return CellPlace{s.name,
                     static_cast<std::uint32_t>(sheet),
                     static_cast<std::uint32_t>(row),
                     static_cast<std::uint32_t>(col),
                     value ? *value : shown(s.at(row, col)),
                     0,
                     m_headers[sheet]};
  }
  // The sheet's own messages quote headers already.
  void error(std::size_t sheet, std::size_t row, std::size_t col, std::string message) {
    CellPlace at = place(sheet, row, col);
    at.headers = nullptr;
    m_diags.error(m_sources.add_cell(m_book_file, std::move(at)), std::move(message));
  }

  Writer read_municipality(std::size_t si) {
    const XlsxSheet& s = m_book.sheets[si];
    static constexpr std::array<std::pair<std::string_view, std::string_view>, 7> fields{{
        {"wb_id", "id"},
        {"wb_name", "name"},
        {"wb_region", "region"},
        {"wb_district", "district"},
        {"wb_population", "population"},
        {"wb_priorities", "priorities"},
        {"wb_lang", "lang"},
    }};
    Writer w;
    Writer villages;
    std::string lang_line;
    CellPlace lang_at;
    w.line("municipality:", place(si, 0, 0));
    for (std::size_t r = 1; r < s.rows.size(); ++r) {
      const XlsxCell& key = s.at(r, 0);
      const XlsxCell& val = s.at(r, 1);
      if (key.empty() && val.empty()) continue;
      std::string value;
      if (is_label(key, "wb_village")) {
        if (val.empty()) continue;
        std::string q = scalar(val, Col::text, m_book.date1904, value);
        header(si, "villages", shown(key));
        if (villages.file.text.empty()) villages.line("  villages:", place(si, r, 0));
        villages.line("    - " + q, place(si, r, 1, value));
        continue;
      }
      auto f = std::find_if(fields.begin(), fields.end(),
                            [&](const auto& p) { return is_label(key, p.first); });
      if (f == fields.end()) {
        std::vector<std::string> names;
        for (const auto& p : fields)
          names.emplace_back(label(m_lang, p.first));
        names.emplace_back(label(m_lang, "wb_village"));
        std::string list;
        for (const auto& n : names)
          list += (list.empty() ? "" : ", ") + n;
        error(si, r, 0, msg(m_lang, "unknown field '{}'; the fields are: {}", shown(key), list));
        continue;
      }
      if (val.empty()) continue;
      header(si, f->second, shown(key));
      const bool number = f->second == "population" || f->second == "priorities";
      std::string q = scalar(val, number ? Col::number : Col::text, m_book.date1904, value);
      if (f->second == "lang") {
        lang_line = "lang: " + q;
        lang_at = place(si, r, 1, value);
        continue;
      }
      w.line(fmt::format("  {}: {}", f->second, q), place(si, r, 1, value));
    }
    w.append(villages);
    if (!lang_line.empty()) w.line(lang_line, lang_at);
    w.file.name = "municipality.yaml";
    return w;
  }

  void read_sessions(std::size_t si) {
    const XlsxSheet& s = m_book.sheets[si];
    struct Column {
      std::string_view key, yaml;
      Col type;
      std::optional<std::size_t> at;
    };
    std::array<Column, 9> cols{{
        {"wb_number", "", Col::number, {}},
        {"wb_date", "date", Col::date, {}},
        {"wb_village", "village", Col::text, {}},
        {"wb_group", "group", Col::text, {}},
        {"wb_participants", "participants", Col::number, {}},
        {"wb_women", "women", Col::number, {}},
        {"wb_men", "men", Col::number, {}},
        {"wb_facilitator", "facilitator", Col::text, {}},
        {"wb_dots", "dots", Col::number, {}},
    }};
    for (std::size_t c = 0; c < s.rows[0].size(); ++c)
      for (auto& col : cols)
        if (!col.at && is_label(s.at(0, c), col.key)) col.at = c;
    auto cell = [&](std::size_t r, const Column& col) -> const XlsxCell& {
      static const XlsxCell none;
      return col.at ? s.at(r, *col.at) : none;
    };
    std::map<long long, std::size_t> numbers; // number → row
    for (std::size_t r = 1; r < s.rows.size(); ++r) {
      bool any = false;
      for (std::size_t k = 1; k < cols.size(); ++k)
        any = any || !cell(r, cols[k]).empty();
      if (!any) continue;
      Session ses;
      ses.row = r;
      // The session's number, for the gallery's columns; a row without one is its place.
      const XlsxCell& num = cell(r, cols[0]);
      std::string value;
      std::string n = num.empty() ? "" : scalar(num, Col::number, false, value);
      if (num.empty())
        ses.number = static_cast<long long>(m_sessions.size() + 1);
      else if (all_digits(n) && n.size() < 9)
        ses.number = std::stoll(n);
      else {
        error(si, r, *cols[0].at,
              msg(m_lang, "'{}' is not a session number (a whole number such as 1, 2, 3)", value));
        continue;
      }
      if (auto [it, fresh] = numbers.emplace(ses.number, r); !fresh) {
        error(si, r, cols[0].at.value_or(0),
              msg(m_lang, "session {} is numbered twice (also in row {})", ses.number,
                  it->second + 1));
        continue;
      }
      ses.head.line("session:", place(si, r, cols[0].at.value_or(0)));
      const bool by_gender = !cell(r, cols[5]).empty() || !cell(r, cols[6]).empty();
      for (std::size_t k = 1; k < cols.size(); ++k) {
        const Column& col = cols[k];
        const XlsxCell& c = cell(r, col);
        if (c.empty()) continue;
        std::string q = scalar(c, col.type, m_book.date1904, value);
        header_of(si, col.yaml, *col.at);
        CellPlace at = place(si, r, *col.at, value);
        if (col.yaml == "dots") {
          ses.dots = q;
          ses.dots_at = at;
        } else if (col.yaml == "participants") {
          if (!by_gender) ses.head.line("  participants: " + q, at);
        } else if (col.yaml == "women" || col.yaml == "men") {
          if (col.yaml == "women" || cell(r, cols[5]).empty()) ses.head.line("  participants:", at);
          ses.head.line(fmt::format("    {}: {}", col.yaml, q), at);
        } else {
          ses.head.line(fmt::format("  {}: {}", col.yaml, q), at);
        }
      }
      m_sessions.push_back(std::move(ses));
    }
  }

  Session* session(long long number) {
    for (auto& s : m_sessions)
      if (s.number == number) return &s;
    return nullptr;
  }

  void read_gallery(std::size_t si) {
    const XlsxSheet& s = m_book.sheets[si];
    // Columns: a session's number, or the number and "women"/"men"; "Total" columns are formulas.
    struct Column {
      std::size_t col;
      Session* session;
      std::string gender; // "", "women", "men"
    };
    std::vector<Column> columns;
    for (std::size_t c = 1; c < s.rows[0].size(); ++c) {
      const XlsxCell& h = s.at(0, c);
      if (h.empty() || is_label(h, "wb_total")) continue;
      std::string text = trimmed(shown(h));
      if (text.rfind("\xE2\x84\x96", 0) == 0) text = trimmed(text.substr(3)); // №
      std::size_t digits = 0;
      while (digits < text.size() && text[digits] >= '0' && text[digits] <= '9')
        ++digits;
      std::string rest = trimmed(text.substr(digits));
      XlsxCell rest_cell{XlsxCell::Type::text, rest, 0};
      std::string gender = rest.empty()                      ? ""
                           : is_label(rest_cell, "wb_women") ? "women"
                           : is_label(rest_cell, "wb_men")   ? "men"
                                                             : "?";
      if (digits == 0 || digits > 8 || gender == "?") {
        error(si, 0, c,
              msg(m_lang,
                  "a gallery column is headed by a session's number from the sessions sheet "
                  "(1, 2, ...; or '1 {}' and '1 {}'), or by '{}'",
                  label(m_lang, "wb_women"), label(m_lang, "wb_men"), label(m_lang, "wb_total")));
        continue;
      }
      const long long number = std::stoll(text.substr(0, digits));
      Session* ses = session(number);
      if (!ses) {
        // A numbered column with no dots in it is a column prepared for a session to come.
        bool any = false;
        for (std::size_t r = 1; r < s.rows.size() && !any; ++r)
          any = !s.at(r, c).empty() && !is_label(s.at(r, 0), "wb_total");
        if (any) error(si, 0, c, msg(m_lang, "no session {} in the sessions sheet", number));
        continue;
      }
      columns.push_back({c, ses, gender});
    }
    for (std::size_t r = 1; r < s.rows.size(); ++r) {
      const XlsxCell& problem = s.at(r, 0);
      if (is_label(problem, "wb_total")) continue;
      std::string pvalue;
      const std::string pq = problem.empty() ? "" : scalar(problem, Col::text, false, pvalue);
      // The cells of one session on this row: a plain count, or women and men.
      std::map<Session*, std::vector<const Column*>> cells;
      for (const auto& col : columns)
        if (!s.at(r, col.col).empty()) cells[col.session].push_back(&col);
      if (cells.empty()) continue;
      if (problem.empty()) {
        error(si, r, cells.begin()->second.front()->col,
              msg(m_lang, "dots without a problem: type the problem in column A"));
        continue;
      }
      for (auto& [ses, cs] : cells) {
        if (ses->votes.file.text.empty()) ses->gallery_at = place(si, 0, cs.front()->col);
        std::string value;
        if (cs.size() == 1 && cs.front()->gender.empty()) {
          const std::string q = scalar(s.at(r, cs.front()->col), Col::number, false, value);
          ses->votes.line(fmt::format("    {}: {}", pq, q), place(si, r, cs.front()->col, value));
          continue;
        }
        ses->votes.line(fmt::format("    {}:", pq), place(si, r, 0, pvalue));
        for (const Column* c : cs) {
          const std::string q = scalar(s.at(r, c->col), Col::number, false, value);
          // A plain column beside women's and men's is a count of its own ("dots" repeated).
          ses->votes.line(fmt::format("      {}: {}", c->gender.empty() ? "dots" : c->gender, q),
                          place(si, r, c->col, value));
        }
      }
    }
  }

  // ---- The table sheets: map, Venn, pie, causes, plan and monitoring. ----

  // A cell of a row, as YAML: a scalar, or for a list column its lines.
  struct Field {
    std::string q;
    CellPlace at;
    std::vector<std::string> items; // a list column: each line of the cell, quoted
    std::size_t row = 0;
    std::string header;               // the column's header
    std::shared_ptr<Headers> headers; // the sheet's
  };
  // The field is the YAML's `key`.
  static void named(const std::optional<Field>& f, std::string_view key) {
    if (f && f->headers) add_header(*f->headers, key, f->header);
  }
  struct Spec {
    std::string_view key;
    Col type;
    bool lines = false;
  };
  struct Table {
    std::size_t sheet = 0;
    std::vector<std::optional<std::size_t>> cols; // per spec
    std::vector<std::size_t> other;               // columns of no spec, with a header
  };

  Table columns(std::size_t si, const std::vector<Spec>& specs) {
    const XlsxSheet& s = m_book.sheets[si];
    Table t;
    t.sheet = si;
    t.cols.resize(specs.size());
    for (std::size_t c = 0; c < s.rows[0].size(); ++c) {
      bool known = false;
      for (std::size_t k = 0; k < specs.size(); ++k)
        if (is_label(s.at(0, c), specs[k].key)) {
          known = true;
          if (!t.cols[k]) t.cols[k] = c;
        }
      if (!known && !s.at(0, c).empty()) t.other.push_back(c);
    }
    return t;
  }

  std::optional<Field> field(const Table& t, std::size_t r, std::size_t col, Col type, bool lines) {
    const XlsxCell& c = m_book.sheets[t.sheet].at(r, col);
    if (c.empty()) return std::nullopt;
    Field f;
    f.row = r;
    std::string value;
    f.q = scalar(c, type, m_book.date1904, value);
    f.at = place(t.sheet, r, col, value);
    f.header = shown(m_book.sheets[t.sheet].at(0, col));
    f.headers = m_headers[t.sheet];
    if (lines) {
      const std::string all = shown(c);
      std::size_t start = 0;
      while (start <= all.size()) {
        auto nl = all.find('\n', start);
        std::string line =
            trimmed(all.substr(start, nl == std::string::npos ? std::string::npos : nl - start));
        if (!line.empty()) f.items.push_back(yaml_quote(line));
        if (nl == std::string::npos) break;
        start = nl + 1;
      }
    }
    return f;
  }

  // The fields of row `r`, per spec (none when the row is empty).
  std::vector<std::optional<Field>> row_fields(const Table& t, const std::vector<Spec>& specs,
                                               std::size_t r) {
    std::vector<std::optional<Field>> out(specs.size());
    for (std::size_t k = 0; k < specs.size(); ++k)
      if (t.cols[k]) out[k] = field(t, r, *t.cols[k], specs[k].type, specs[k].lines);
    return out;
  }

  enum class Others { ignored, counted };
  // Calls `row(t, r, fields, other)` for each filled row of sheet `si`, after marking the first
  // one's cell in `start` and setting `found`; `other` tells whether a column of no spec (a
  // funding source) is filled, and makes the row count when `others` is counted.
  template <class Row>
  void each_row(std::size_t si, const std::vector<Spec>& specs, Others others, CellPlace& start,
                bool& found, Row&& row) {
    const Table t = columns(si, specs);
    const XlsxSheet& s = m_book.sheets[si];
    for (std::size_t r = 1; r < s.rows.size(); ++r) {
      auto f = row_fields(t, specs, r);
      bool other = false;
      if (others == Others::counted)
        for (std::size_t c : t.other)
          other = other || !s.at(r, c).empty();
      if (!any(f) && !other) continue;
      if (!found) start = place(si, r, 0);
      found = true;
      row(t, r, f, other);
    }
  }

  // One YAML list item: "- key: value" on its first line, "  key: value" after.
  struct Item {
    Writer& w;
    std::string pad;
    bool first = true;
    std::string lead() {
      std::string s = pad + (first ? "- " : "  ");
      first = false;
      return s;
    }
    void put(std::string_view key, const std::optional<Field>& f) {
      if (!f) return;
      named(f, key);
      if (!f->items.empty() || f->q.empty()) {
        const std::string l = lead();
        w.line(fmt::format("{}{}:", l, key), f->at);
        for (const auto& i : f->items)
          w.line(fmt::format("{}    - {}", pad, i), f->at);
        return;
      }
      w.line(fmt::format("{}{}: {}", lead(), key, f->q), f->at);
    }
    void head(std::string_view key, const CellPlace& at) {
      w.line(fmt::format("{}{}:", lead(), key), at);
    }
  };

  static bool any(const std::vector<std::optional<Field>>& f, std::size_t from = 0,
                  std::size_t to = std::string::npos) {
    for (std::size_t k = from; k < f.size() && k < to; ++k)
      if (f[k]) return true;
    return false;
  }

  // A field that is the sheet's (or the problem's) once: a second one is an error.
  void once(std::optional<Field>& into, const std::optional<Field>& f, std::string_view key) {
    if (!f) return;
    if (into) {
      const CellPlace& a = f->at;
      m_diags.error(
          m_sources.add_cell(m_book_file, a),
          msg(m_lang, "'{}' is given twice (first in row {})", label(m_lang, key), into->row + 1));
      return;
    }
    into = f;
  }

  void missing(std::size_t si, std::size_t r, std::size_t c, std::string_view key) {
    error(si, r, c,
          msg(m_lang, "the column '{}' is empty: type it on this row or on a row above",
              label(m_lang, key)));
  }

  // The session of a row of the map, Venn or pie sheet; an empty cell is the row above's.
  Session* row_session(const Table& t, std::size_t r, std::size_t c, Session*& last) {
    const XlsxCell& cell = m_book.sheets[t.sheet].at(r, c);
    if (cell.empty()) {
      if (!last) missing(t.sheet, r, c, "wb_session");
      return last;
    }
    std::string value;
    const std::string n = scalar(cell, Col::number, false, value);
    if (!all_digits(n) || n.size() >= 9) {
      error(t.sheet, r, c,
            msg(m_lang, "'{}' is not a session number (a whole number such as 1, 2, 3)", value));
      return last = nullptr;
    }
    Session* ses = session(std::stoll(n));
    if (!ses) error(t.sheet, r, c, msg(m_lang, "no session {} in the sessions sheet", n));
    return last = ses;
  }

  void read_map(std::size_t si) {
    const std::vector<Spec> specs{{"wb_session", Col::number}, {"wb_object", Col::text},
                                  {"wb_category", Col::text},  {"wb_condition", Col::text},
                                  {"wb_note", Col::text},      {"wb_lat", Col::number},
                                  {"wb_lon", Col::number}};
    const Table t = columns(si, specs);
    Session* last = nullptr;
    for (std::size_t r = 1; r < m_book.sheets[si].rows.size(); ++r) {
      auto f = row_fields(t, specs, r);
      if (!any(f, 1)) continue;
      Session* ses = row_session(t, r, t.cols[0].value_or(0), last);
      if (!ses) continue;
      const CellPlace& first = f[1] ? f[1]->at : (f[2] ? f[2]->at : place(si, r, 0));
      if (ses->map.file.text.empty()) ses->map.line("map:", first);
      Item item{ses->map, "  "};
      item.put("name", f[1]);
      item.put("category", f[2]);
      item.put("condition", f[3]);
      item.put("note", f[4]);
      if (f[5] || f[6]) {
        named(f[5] ? f[5] : f[6], "location");
        named(f[5], "latitude");
        named(f[6], "longitude");
        std::string loc = f[5] ? f[5]->q : "";
        if (f[6]) loc += (loc.empty() ? "" : ", ") + f[6]->q;
        ses->map.line(fmt::format("{}location: [{}]", item.lead(), loc),
                      f[5] ? f[5]->at : f[6]->at);
      }
    }
  }

  void read_venn(std::size_t si) {
    const std::vector<Spec> specs{{"wb_session", Col::number},   {"wb_institution", Col::text},
                                  {"wb_type", Col::text},        {"wb_importance", Col::number},
                                  {"wb_closeness", Col::number}, {"wb_note", Col::text}};
    const Table t = columns(si, specs);
    Session* last = nullptr;
    for (std::size_t r = 1; r < m_book.sheets[si].rows.size(); ++r) {
      auto f = row_fields(t, specs, r);
      if (!any(f, 1)) continue;
      Session* ses = row_session(t, r, t.cols[0].value_or(0), last);
      if (!ses) continue;
      if (ses->venn.file.text.empty())
        ses->venn.line("venn:", f[1] ? f[1]->at : place(si, r, t.cols[1].value_or(0)));
      Item item{ses->venn, "  "};
      item.put("name", f[1]);
      item.put("type", f[2]);
      item.put("importance", f[3]);
      item.put("closeness", f[4]);
      item.put("note", f[5]);
    }
  }

  // A budget side cell: 0 revenue, 1 expenditure, -1 (an error) neither.
  int side(std::size_t si, std::size_t r, std::size_t c) {
    const XlsxCell& cell = m_book.sheets[si].at(r, c);
    if (is_label(cell, "wb_revenue")) return 0;
    if (is_label(cell, "wb_expenditure")) return 1;
    error(si, r, c,
          msg(m_lang, "'{}' is neither '{}' nor '{}'", shown(cell), label(m_lang, "wb_revenue"),
              label(m_lang, "wb_expenditure")));
    return -1;
  }

  // The municipality's budget: a `budget:` block of the municipality file.
  void read_budget(std::size_t si, Writer& municipality) {
    const std::vector<Spec> specs{{"wb_year", Col::number},     {"wb_unit", Col::text},
                                  {"wb_envelope", Col::number}, {"wb_side", Col::text},
                                  {"wb_item", Col::text},       {"wb_amount", Col::number}};
    std::optional<Field> year, unit, envelope;
    std::array<Writer, 2> sides;
    CellPlace start;
    bool found = false;
    each_row(si, specs, Others::ignored, start, found,
             [&](const Table& t, std::size_t r, std::vector<std::optional<Field>>& f,
                 [[maybe_unused]] bool other) {
               once(year, f[0], "wb_year");
               once(unit, f[1], "wb_unit");
               once(envelope, f[2], "wb_envelope");
               named(f[0], "year");
               named(f[1], "unit");
               named(f[2], "plan_envelope");
               if (!any(f, 3)) return;
               const int k = side(si, r, t.cols[3].value_or(0));
               if (k < 0) return;
               auto& w = sides[static_cast<std::size_t>(k)];
               const CellPlace& first = f[3] ? f[3]->at : place(si, r, t.cols[3].value_or(0));
               if (w.file.text.empty()) w.line(k == 0 ? "  revenue:" : "  expenditure:", first);
               const CellPlace at = f[5] ? f[5]->at : (f[4] ? f[4]->at : first);
               w.line(fmt::format("    {}: {}", f[4] ? f[4]->q : "\"\"", f[5] ? f[5]->q : ""), at);
             });
    if (!found) return;
    municipality.line("budget:", start);
    if (year) municipality.line("  year: " + year->q, year->at);
    if (unit) municipality.line("  unit: " + unit->q, unit->at);
    if (envelope) municipality.line("  plan_envelope: " + envelope->q, envelope->at);
    municipality.append(sides[0]);
    municipality.append(sides[1]);
  }

  void read_pie(std::size_t si) {
    const std::vector<Spec> specs{{"wb_session", Col::number},
                                  {"wb_side", Col::text},
                                  {"wb_item", Col::text},
                                  {"wb_share", Col::number}};
    const Table t = columns(si, specs);
    Session* last = nullptr;
    // Per session, its revenue and expenditure lines, in the order of the rows.
    std::map<Session*, std::array<Writer, 2>> sides;
    std::vector<Session*> order;
    for (std::size_t r = 1; r < m_book.sheets[si].rows.size(); ++r) {
      auto f = row_fields(t, specs, r);
      if (!any(f, 1)) continue;
      Session* ses = row_session(t, r, t.cols[0].value_or(0), last);
      if (!ses) continue;
      const int k = side(si, r, t.cols[1].value_or(0));
      if (k < 0) continue;
      if (!sides.count(ses)) order.push_back(ses);
      auto& w = sides[ses][static_cast<std::size_t>(k)];
      if (w.file.text.empty()) w.line(k == 0 ? "  revenue:" : "  expenditure:", f[1]->at);
      named(f[3], "share");
      const CellPlace at = f[3] ? f[3]->at : (f[2] ? f[2]->at : f[1]->at);
      w.line(fmt::format("    {}: {}", f[2] ? f[2]->q : "\"\"", f[3] ? f[3]->q : ""), at);
    }
    for (Session* ses : order) {
      auto& w = sides[ses];
      ses->pie.line("pie:", !w[0].file.cells.empty() ? w[0].file.cells[0] : w[1].file.cells[0]);
      ses->pie.append(w[0]);
      ses->pie.append(w[1]);
    }
  }

  // Items of a list that belong to one parent (a problem, a task): their lines and where.
  struct Group {
    std::optional<Field> name;
    std::map<std::string, std::optional<Field>> fields; // once per group
    std::vector<std::string> list_lines[2];             // causes / effects
    std::vector<CellPlace> list_at[2];
    Writer items;   // solutions, tasks
    Writer members; // the initiative group
    CellPlace at;
  };

  void lines_into(Group& g, int k, const std::optional<Field>& f) {
    if (!f) return;
    for (const auto& i : f->items) {
      g.list_lines[k].push_back(i);
      g.list_at[k].push_back(f->at);
    }
  }

  void read_causes(std::size_t si, std::vector<Writer>& files) {
    const std::vector<Spec> specs{{"wb_date", Col::date},
                                  {"wb_problem", Col::text},
                                  {"wb_causes", Col::text, true},
                                  {"wb_effects", Col::text, true},
                                  {"wb_solution", Col::text},
                                  {"wb_by", Col::text},
                                  {"wb_contributions", Col::text, true}};
    std::optional<Field> date;
    std::vector<Group> problems;
    CellPlace start;
    bool found = false;
    each_row(si, specs, Others::ignored, start, found,
             [&](const Table& t, std::size_t r, std::vector<std::optional<Field>>& f,
                 [[maybe_unused]] bool other) {
               once(date, f[0], "wb_date");
               named(f[0], "date");
               named(f[1], "problem");
               if (!any(f, 1)) return;
               if (f[1]) {
                 problems.emplace_back();
                 problems.back().name = f[1];
                 problems.back().at = f[1]->at;
               } else if (problems.empty()) {
                 missing(si, r, t.cols[1].value_or(1), "wb_problem");
                 return;
               }
               Group& g = problems.back();
               named(f[2], "causes");
               named(f[3], "effects");
               lines_into(g, 0, f[2]);
               lines_into(g, 1, f[3]);
               if (!any(f, 4)) return;
               Item item{g.items, "        "};
               item.put("action", f[4]);
               item.put("by", f[5]);
               if (f[6]) {
                 item.head("contributions", f[6]->at);
                 const std::string all = shown(m_book.sheets[si].at(r, *t.cols[6]));
                 std::size_t from = 0;
                 while (from <= all.size()) {
                   auto nl = all.find('\n', from);
                   std::string line = trimmed(
                       all.substr(from, nl == std::string::npos ? std::string::npos : nl - from));
                   if (!line.empty()) {
                     auto colon = line.find(':');
                     if (colon == std::string::npos) {
                       error(si, r, *t.cols[6], msg(m_lang, "'{}' is not 'who: what'", line));
                     } else {
                       g.items.line(fmt::format("            {}: {}",
                                                yaml_quote(trimmed(line.substr(0, colon))),
                                                yaml_quote(trimmed(line.substr(colon + 1)))),
                                    f[6]->at);
                     }
                   }
                   if (nl == std::string::npos) break;
                   from = nl + 1;
                 }
               }
             });
    if (!found) return;
    Writer w;
    w.file.name = "causes.yaml";
    w.line("causes:", start);
    if (date) w.line("  date: " + date->q, date->at);
    if (!problems.empty()) w.line("  problems:", problems.front().at);
    for (auto& g : problems) {
      w.line("    - problem: " + g.name->q, g.name->at);
      const char* keys[2] = {"causes", "effects"};
      for (int k = 0; k < 2; ++k) {
        if (g.list_lines[k].empty()) continue;
        w.line(fmt::format("      {}:", keys[k]), g.list_at[k].front());
        for (std::size_t i = 0; i < g.list_lines[k].size(); ++i)
          w.line("        - " + g.list_lines[k][i], g.list_at[k][i]);
      }
      if (!g.items.file.text.empty()) {
        w.line("      solutions:", g.items.file.cells.front());
        w.append(g.items);
      }
    }
    files.push_back(std::move(w));
  }

  // Columns of no spec in the plan and monitoring sheets: funding (spending) per source, the
  // header naming the source (matched to the funding sources' catalog by the YAML parsers).
  void amounts(const Table& t, std::size_t r, Writer& w, std::string_view pad, std::string_view key,
               bool& first) {
    const XlsxSheet& s = m_book.sheets[t.sheet];
    bool open = false;
    for (std::size_t c : t.other) {
      const XlsxCell& cell = s.at(r, c);
      if (cell.empty()) continue;
      std::string value;
      const std::string q = scalar(cell, Col::number, m_book.date1904, value);
      const CellPlace at = place(t.sheet, r, c, value);
      if (!open) {
        w.line(fmt::format("{}{}{}:", pad, first ? "- " : "  ", key), at);
        first = false;
        open = true;
      }
      w.line(fmt::format("{}    {}: {}", pad, yaml_quote(trimmed(shown(s.at(0, c)))), q), at);
    }
  }

  struct PlanRead {
    std::optional<Field> year, unit;
    std::vector<Group> problems;
    CellPlace start;
    bool found = false;
  };
  PlanRead m_plan;

  void read_plan(std::size_t si) {
    const std::vector<Spec> specs{
        {"wb_year", Col::number},        {"wb_unit", Col::text},
        {"wb_problem", Col::text},       {"wb_statement", Col::text},
        {"wb_goal", Col::text},          {"wb_leader", Col::text},
        {"wb_task", Col::text},          {"wb_activities", Col::text, true},
        {"wb_results", Col::text, true}, {"wb_start", Col::date},
        {"wb_end", Col::date},           {"wb_responsible", Col::text, true},
        {"wb_direct", Col::number},      {"wb_indirect", Col::number}};
    PlanRead& p = m_plan;
    each_row(si, specs, Others::counted, p.start, p.found,
             [&](const Table& t, std::size_t r, std::vector<std::optional<Field>>& f,
                 [[maybe_unused]] bool other) {
               once(p.year, f[0], "wb_year");
               once(p.unit, f[1], "wb_unit");
               for (auto [k, key] : {std::pair{0, "year"},
                                     {1, "unit"},
                                     {2, "problem"},
                                     {3, "statement"},
                                     {4, "goal"},
                                     {5, "leader"},
                                     {12, "direct"},
                                     {13, "indirect"}})
                 named(f[static_cast<std::size_t>(k)], key);
               if (!any(f, 2) && !other) return;
               if (f[2]) {
                 p.problems.emplace_back();
                 p.problems.back().name = f[2];
                 p.problems.back().at = f[2]->at;
               } else if (p.problems.empty()) {
                 missing(si, r, t.cols[2].value_or(2), "wb_problem");
                 return;
               }
               Group& g = p.problems.back();
               once(g.fields["statement"], f[3], "wb_statement");
               once(g.fields["goal"], f[4], "wb_goal");
               once(g.fields["leader"], f[5], "wb_leader");
               if (!any(f, 6) && !other) return;
               Item item{g.items, "        "};
               item.put("task", f[6]);
               item.put("activities", f[7]);
               item.put("results", f[8]);
               item.put("start", f[9]);
               item.put("end", f[10]);
               item.put("responsible", f[11]);
               if (f[12] || f[13]) {
                 item.head("beneficiaries", f[12] ? f[12]->at : f[13]->at);
                 if (f[12]) g.items.line("            direct: " + f[12]->q, f[12]->at);
                 if (f[13]) g.items.line("            indirect: " + f[13]->q, f[13]->at);
               }
               amounts(t, r, g.items, "        ", "funding", item.first);
             });
  }

  void read_group(std::size_t si) {
    const std::vector<Spec> specs{{"wb_problem", Col::text},
                                  {"wb_member", Col::text},
                                  {"wb_gender", Col::text},
                                  {"wb_village", Col::text},
                                  {"wb_role", Col::text}};
    const Table t = columns(si, specs);
    Group* last = nullptr;
    for (std::size_t r = 1; r < m_book.sheets[si].rows.size(); ++r) {
      auto f = row_fields(t, specs, r);
      if (!any(f)) continue;
      if (f[0]) {
        last = nullptr;
        for (auto& g : m_plan.problems)
          if (match_key(trimmed(shown(m_book.sheets[si].at(r, *t.cols[0])))) ==
              match_key(trimmed(g.name->at.value)))
            last = &g;
        if (!last) {
          error(si, r, *t.cols[0],
                msg(m_lang, "no problem '{}' in the plan sheet", f[0]->at.value));
          continue;
        }
      } else if (!last) {
        missing(si, r, t.cols[0].value_or(0), "wb_problem");
        continue;
      }
      if (!any(f, 1)) continue;
      Item item{last->members, "          "};
      item.put("name", f[1]);
      item.put("gender", f[2]);
      item.put("village", f[3]);
      item.put("role", f[4]);
    }
  }

  void write_plan(std::vector<Writer>& files) {
    PlanRead& p = m_plan;
    if (!p.found) return;
    Writer w;
    w.file.name = "plan.yaml";
    w.line("plan:", p.start);
    if (p.year) w.line("  year: " + p.year->q, p.year->at);
    if (p.unit) w.line("  unit: " + p.unit->q, p.unit->at);
    if (!p.problems.empty()) w.line("  problems:", p.problems.front().at);
    for (auto& g : p.problems) {
      w.line("    - problem: " + g.name->q, g.name->at);
      for (const char* k : {"statement", "goal"})
        if (g.fields[k]) w.line(fmt::format("      {}: {}", k, g.fields[k]->q), g.fields[k]->at);
      if (g.fields["leader"] || !g.members.file.text.empty()) {
        w.line("      initiative_group:",
               g.fields["leader"] ? g.fields["leader"]->at : g.members.file.cells.front());
        if (g.fields["leader"])
          w.line("        leader: " + g.fields["leader"]->q, g.fields["leader"]->at);
        if (!g.members.file.text.empty()) {
          w.line("        members:", g.members.file.cells.front());
          w.append(g.members);
        }
      }
      if (!g.items.file.text.empty()) {
        w.line("      tasks:", g.items.file.cells.front());
        w.append(g.items);
      }
    }
    files.push_back(std::move(w));
  }

  struct MonitorRead {
    std::optional<Field> date;
    CellPlace start;
    bool found = false;
    Writer tasks, team, surveys;
    // Each task's lines, and its indicators, by (task, problem) as typed.
    std::vector<std::pair<std::pair<std::string, std::string>, Writer>> task_list;
    std::vector<Writer> indicators;
  };
  MonitorRead m_mon;

  void read_monitoring(std::size_t si) {
    const std::vector<Spec> specs{{"wb_date", Col::date},
                                  {"wb_task", Col::text},
                                  {"wb_problem", Col::text},
                                  {"wb_status", Col::text},
                                  {"wb_progress", Col::number}};
    MonitorRead& mo = m_mon;
    each_row(si, specs, Others::counted, mo.start, mo.found,
             [&](const Table& t, std::size_t r, std::vector<std::optional<Field>>& f,
                 [[maybe_unused]] bool other) {
               once(mo.date, f[0], "wb_date");
               named(f[0], "date");
               if (!any(f, 1) && !other) return;
               Writer w;
               Item item{w, "    "};
               item.put("task", f[1]);
               item.put("problem", f[2]);
               item.put("status", f[3]);
               item.put("progress", f[4]);
               amounts(t, r, w, "    ", "spent", item.first);
               mo.task_list.push_back({{f[1] ? match_key(trimmed(f[1]->at.value)) : "",
                                        f[2] ? match_key(trimmed(f[2]->at.value)) : ""},
                                       std::move(w)});
               mo.indicators.emplace_back();
             });
  }

  void read_team(std::size_t si) {
    const std::vector<Spec> specs{{"wb_team_member", Col::text},
                                  {"wb_gender", Col::text},
                                  {"wb_village", Col::text},
                                  {"wb_role", Col::text}};
    each_row(si, specs, Others::ignored, m_mon.start, m_mon.found,
             [&](const Table&, std::size_t, std::vector<std::optional<Field>>& f,
                 [[maybe_unused]] bool other) {
               Item item{m_mon.team, "    "};
               item.put("name", f[0]);
               item.put("gender", f[1]);
               item.put("village", f[2]);
               item.put("role", f[3]);
             });
  }

  void read_indicators(std::size_t si) {
    const std::vector<Spec> specs{{"wb_task", Col::text},
                                  {"wb_problem", Col::text},
                                  {"wb_indicator", Col::text},
                                  {"wb_target", Col::number},
                                  {"wb_actual", Col::number}};
    const Table t = columns(si, specs);
    for (std::size_t r = 1; r < m_book.sheets[si].rows.size(); ++r) {
      auto f = row_fields(t, specs, r);
      if (!any(f)) continue;
      const std::string task = f[0] ? match_key(trimmed(f[0]->at.value)) : "";
      const std::string problem = f[1] ? match_key(trimmed(f[1]->at.value)) : "";
      std::size_t k = 0;
      while (k < m_mon.task_list.size() &&
             !(m_mon.task_list[k].first.first == task &&
               (problem.empty() || m_mon.task_list[k].first.second == problem)))
        ++k;
      if (k == m_mon.task_list.size()) {
        error(si, r, t.cols[0].value_or(0),
              msg(m_lang, "no task '{}' in the monitoring sheet", f[0] ? f[0]->at.value : ""));
        continue;
      }
      Item item{m_mon.indicators[k], "        "};
      item.put("name", f[2]);
      item.put("target", f[3]);
      item.put("actual", f[4]);
    }
  }

  // Surveys: one per row; the answers in the columns headed by a score (1 to 10).
  void read_surveys(std::size_t si) {
    const std::vector<Spec> specs{{"wb_service", Col::text},
                                  {"wb_group", Col::text},
                                  {"wb_scale", Col::number},
                                  {"wb_note", Col::text}};
    const Table t = columns(si, specs);
    const XlsxSheet& s = m_book.sheets[si];
    std::vector<std::pair<std::size_t, std::string>> scores; // column, score
    for (std::size_t c : t.other) {
      const std::string h = trimmed(shown(s.at(0, c)));
      if (all_digits(h) && h.size() <= 2) scores.emplace_back(c, std::to_string(std::stoi(h)));
    }
    for (std::size_t r = 1; r < s.rows.size(); ++r) {
      auto f = row_fields(t, specs, r);
      bool answers = false;
      for (const auto& sc : scores)
        answers = answers || !s.at(r, sc.first).empty();
      if (!any(f) && !answers) continue;
      if (!m_mon.found) m_mon.start = place(si, r, 0);
      m_mon.found = true;
      Item item{m_mon.surveys, "    "};
      item.put("service", f[0]);
      item.put("group", f[1]);
      item.put("scale", f[2]);
      item.put("note", f[3]);
      bool open = false;
      for (const auto& [c, score] : scores) {
        const XlsxCell& cell = s.at(r, c);
        if (cell.empty()) continue;
        std::string value;
        const std::string q = scalar(cell, Col::number, m_book.date1904, value);
        const CellPlace at = place(si, r, c, value);
        if (!open) item.head("answers", at);
        open = true;
        m_mon.surveys.line(fmt::format("        {}: {}", score, q), at);
      }
    }
  }

  void write_monitoring(std::vector<Writer>& files) {
    MonitorRead& mo = m_mon;
    if (!mo.found) return;
    Writer w;
    w.file.name = "monitoring.yaml";
    w.line("monitoring:", mo.start);
    if (mo.date) w.line("  date: " + mo.date->q, mo.date->at);
    if (!mo.team.file.text.empty()) {
      w.line("  team:", mo.team.file.cells.front());
      w.append(mo.team);
    }
    if (!mo.task_list.empty()) w.line("  tasks:", mo.task_list.front().second.file.cells.front());
    for (std::size_t k = 0; k < mo.task_list.size(); ++k) {
      w.append(mo.task_list[k].second);
      if (!mo.indicators[k].file.text.empty()) {
        w.line("      indicators:", mo.indicators[k].file.cells.front());
        w.append(mo.indicators[k]);
      }
    }
    if (!mo.surveys.file.text.empty()) {
      w.line("  surveys:", mo.surveys.file.cells.front());
      w.append(mo.surveys);
    }
    files.push_back(std::move(w));
  }

  void read_yaml(std::size_t si, Writer& municipality, std::vector<Writer>& files) {
    const XlsxSheet& s = m_book.sheets[si];
    std::map<std::string, std::size_t> by_name;
    for (std::size_t r = 1; r < s.rows.size(); ++r) {
      const XlsxCell& part = s.at(r, 0);
      const XlsxCell& text = s.at(r, 1);
      if (part.empty() && text.empty()) continue;
      const std::string p = trimmed(shown(part));
      Writer* into = nullptr;
      if (p == "municipality") {
        into = &municipality;
      } else if (p.rfind("session ", 0) == 0 && all_digits(p.substr(8)) && p.size() < 16) {
        Session* ses = session(std::stoll(p.substr(8)));
        if (!ses) {
          error(si, r, 0, msg(m_lang, "no session {} in the sessions sheet", p.substr(8)));
          continue;
        }
        into = &ses->extra;
      } else if (p.rfind("file ", 0) == 0 && safe_name(p.substr(5))) {
        auto [it, fresh] = by_name.emplace(p.substr(5), files.size());
        if (fresh) {
          files.emplace_back();
          files.back().file.name = p.substr(5);
        }
        into = &files[it->second];
      } else {
        error(si, r, 0,
              msg(m_lang,
                  "'{}' is not a part vap knows; the parts are: municipality, session N, file "
                  "NAME.yaml",
                  p));
        continue;
      }
      std::string yaml = shown(text);
      std::size_t start = 0;
      std::uint32_t n = 0;
      while (start < yaml.size()) {
        auto nl = yaml.find('\n', start);
        std::string line =
            yaml.substr(start, nl == std::string::npos ? std::string::npos : nl - start);
        if (!line.empty() && line.back() == '\r') line.pop_back();
        CellPlace at = place(si, r, 1, line);
        at.inner_line = ++n;
        into->line(line, at);
        if (nl == std::string::npos) break;
        start = nl + 1;
      }
    }
  }

  static bool safe_name(std::string_view name) {
    if (name.empty() || name.find("..") != std::string_view::npos || name[0] == '/' ||
        name.find('\\') != std::string_view::npos || name.find(':') != std::string_view::npos)
      return false;
    return name.ends_with(".yaml") || name.ends_with(".yml");
  }
};

} // namespace

std::string yaml_quote(std::string_view text) {
  std::string out = "\"";
  for (char ch : text) {
    auto c = static_cast<unsigned char>(ch);
    switch (ch) {
    case '"':
      out += "\\\"";
      break;
    case '\\':
      out += "\\\\";
      break;
    case '\n':
      out += "\\n";
      break;
    case '\t':
      out += "\\t";
      break;
    case '\r':
      out += "\\r";
      break;
    default:
      if (c < 0x20 || c == 0x7F)
        out += fmt::format("\\x{:02x}", c);
      else
        out += ch;
    }
  }
  return out + "\"";
}

std::vector<WorkbookFile> workbook_files(const XlsxBook& book, Sources& sources,
                                         std::uint32_t book_file, Diagnostics& diags) {
  return Reader(book, sources, book_file, diags).run();
}

std::optional<std::vector<WorkbookFile>> workbook_yaml(const std::string& path, Lang lang,
                                                       std::string& why) {
  std::ifstream in(std::filesystem::path(path), std::ios::binary);
  if (!in) {
    why = msg(lang, "cannot read the file: {}", path);
    return std::nullopt;
  }
  std::ostringstream bytes;
  bytes << in.rdbuf();
  XlsxError error;
  std::string ext = std::filesystem::path(path).extension().string();
  auto book = read_xlsx(bytes.str(), ext, error, lang);
  if (!book) {
    why = xlsx_error_message(lang, error);
    return std::nullopt;
  }
  Sources sources;
  Diagnostics diags(lang);
  auto files = workbook_files(*book, sources, sources.add(path), diags);
  if (diags.has_errors()) {
    why = format_diagnostics(diags, sources);
    return std::nullopt;
  }
  return files;
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
