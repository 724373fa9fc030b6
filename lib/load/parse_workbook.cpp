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

enum class SheetKind { other, municipality, sessions, gallery, yaml };

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
  Writer extra; // YAML typed in the yaml sheet
  std::string dots;
  CellPlace dots_at;
  CellPlace gallery_at;
};

class Reader {
public:
  Reader(const XlsxBook& book, Sources& sources, std::uint32_t book_file, Diagnostics& diags)
      : m_book(book), m_sources(sources), m_book_file(book_file), m_diags(diags),
        m_lang(diags.lang()) {}

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
    std::vector<Writer> files;
    if (at(SheetKind::yaml)) read_yaml(index(SheetKind::yaml), municipality, files);

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

  CellPlace place(std::size_t sheet, std::size_t row, std::size_t col,
                  std::optional<std::string> value = std::nullopt) const {
    const XlsxSheet& s = m_book.sheets[sheet];
    return CellPlace{s.name,
                     static_cast<std::uint32_t>(sheet),
                     static_cast<std::uint32_t>(row),
                     static_cast<std::uint32_t>(col),
                     value ? *value : shown(s.at(row, col)),
                     0};
  }
  void error(std::size_t sheet, std::size_t row, std::size_t col, std::string message) {
    m_diags.error(m_sources.add_cell(m_book_file, place(sheet, row, col)), std::move(message));
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
  auto book = read_xlsx(bytes.str(), ext, error);
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
