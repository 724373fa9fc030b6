#include "vap/workbook_writer.hpp"
#include "vap/utf8_path.hpp"

#include "vap/error.hpp"
#include "vap/lazy_library.hpp"
#include "vap/text.hpp"

#include <fmt/format.h>
#include <xlsxwriter.h>
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <array>
#include <filesystem>
#include <functional>
#include <map>
#include <set>

namespace vap {
namespace {

constexpr std::size_t k_max_cell = 32000; // Excel keeps at most 32,767 characters in a cell

std::string col_letters(std::size_t col) {
  std::string s;
  for (std::size_t c = col + 1; c > 0; c = (c - 1) / 26)
    s.insert(s.begin(), static_cast<char>('A' + (c - 1) % 26));
  return s;
}

// A sheet name in a formula: 'Тизмелер'!$A$2:$A$9.
std::string range(const std::string& sheet, std::size_t col, std::size_t first, std::size_t last) {
  std::string q = "'";
  for (char c : sheet)
    q += c == '\'' ? std::string("''") : std::string(1, c);
  return fmt::format("={}'!${}${}:${}${}", q, col_letters(col), first + 1, col_letters(col),
                     last + 1);
}

// The functions of libxlsxwriter that vap calls, loaded with the library when the first workbook
// is written (vap/lazy_library.hpp; linked in where VAP_LAZY_LIBRARIES is not set).
// clang-format off
#define VAP_XLSXWRITER_FUNCTIONS(X) \
  X(workbook_new_opt) \
  X(workbook_add_worksheet) \
  X(workbook_add_format) \
  X(workbook_close) \
  X(lxw_strerror) \
  X(format_set_align) \
  X(format_set_bg_color) \
  X(format_set_bold) \
  X(format_set_border) \
  X(format_set_num_format) \
  X(format_set_text_wrap) \
  X(worksheet_data_validation_range) \
  X(worksheet_fit_to_pages) \
  X(worksheet_freeze_panes) \
  X(worksheet_hide) \
  X(worksheet_set_column) \
  X(worksheet_set_landscape) \
  X(worksheet_write_comment) \
  X(worksheet_write_datetime) \
  X(worksheet_write_formula_num) \
  X(worksheet_write_number) \
  X(worksheet_write_string)
// clang-format on

// The first call, when a workbook is opened, says in the request's language why the library
// cannot be loaded; the calls after it find the functions ready.
VAP_LAZY_API(XlsxApi, xlsx_api, VAP_XLSXWRITER_FUNCTIONS, VAP_XLSXWRITER_FILE,
             VAP_XLSXWRITER_PACKAGE, ExitStatus::cant_create)

class Book {
public:
  Book(const std::string& path, Lang lang) {
    xlsx_api(lang);
    std::error_code ec;
    m_tmpdir = path_text(utf8_path(path).parent_path());
    lxw_workbook_options options{};
    options.tmpdir = m_tmpdir.empty() ? nullptr : m_tmpdir.data();
    m_wb = xlsx_api().workbook_new_opt(path.c_str(), &options);
    if (!m_wb) throw Error(ExitStatus::cant_create, "cannot create the workbook " + path);
    m_header = xlsx_api().workbook_add_format(m_wb);
    xlsx_api().format_set_bold(m_header);
    xlsx_api().format_set_bg_color(m_header, 0xDDEBF7);
    xlsx_api().format_set_border(m_header, LXW_BORDER_THIN);
    xlsx_api().format_set_text_wrap(m_header);
    xlsx_api().format_set_align(m_header, LXW_ALIGN_VERTICAL_TOP);
    m_date = xlsx_api().workbook_add_format(m_wb);
    xlsx_api().format_set_num_format(m_date, "yyyy-mm-dd");
    m_total = xlsx_api().workbook_add_format(m_wb);
    xlsx_api().format_set_bold(m_total);
    xlsx_api().format_set_bg_color(m_total, 0xF2F2F2);
    m_wrap = xlsx_api().workbook_add_format(m_wb);
    xlsx_api().format_set_text_wrap(m_wrap);
    xlsx_api().format_set_align(m_wrap, LXW_ALIGN_VERTICAL_TOP);
  }
  ~Book() {
    if (m_wb) xlsx_api().workbook_close(m_wb);
  }
  Book(const Book&) = delete;
  Book& operator=(const Book&) = delete;

  void close() {
    lxw_error e = xlsx_api().workbook_close(m_wb);
    m_wb = nullptr;
    if (e != LXW_NO_ERROR)
      throw Error(ExitStatus::cant_create,
                  fmt::format("cannot write the workbook: {}", xlsx_api().lxw_strerror(e)));
  }

  lxw_worksheet* sheet(const std::string& name) {
    return xlsx_api().workbook_add_worksheet(m_wb, name.c_str());
  }
  lxw_format* header() const { return m_header; }
  lxw_format* date() const { return m_date; }
  lxw_format* total() const { return m_total; }
  lxw_format* wrap() const { return m_wrap; }

private:
  lxw_workbook* m_wb = nullptr;
  std::string m_tmpdir;
  lxw_format* m_header = nullptr;
  lxw_format* m_date = nullptr;
  lxw_format* m_total = nullptr;
  lxw_format* m_wrap = nullptr;
};

// A sheet that remembers the widest text of each column, to size the columns at the end.
class Sheet {
public:
  Sheet(Book& book, const std::string& name) : m_book(book), m_ws(book.sheet(name)), m_name(name) {
    print_wide();
  }
  lxw_worksheet* ws() const { return m_ws; }
  // Printed (and turned to PDF) landscape, one page wide.
  void print_wide() {
    xlsx_api().worksheet_set_landscape(m_ws);
    xlsx_api().worksheet_fit_to_pages(m_ws, 1, 0);
  }
  const std::string& name() const { return m_name; }

  void text(std::size_t r, std::size_t c, const std::string& s, lxw_format* f = nullptr) {
    xlsx_api().worksheet_write_string(m_ws, row(r), col(c), s.c_str(), f);
    fit(c, s);
  }
  void number(std::size_t r, std::size_t c, double v, lxw_format* f = nullptr) {
    xlsx_api().worksheet_write_number(m_ws, row(r), col(c), v, f);
    fit(c, fmt::format("{}", v));
  }
  void formula(std::size_t r, std::size_t c, const std::string& f, double cached,
               lxw_format* format = nullptr) {
    xlsx_api().worksheet_write_formula_num(m_ws, row(r), col(c), f.c_str(), format, cached);
    fit(c, fmt::format("{}", cached));
  }
  void date(std::size_t r, std::size_t c, const Date& d) {
    if (d.day == 0) {
      text(r, c, fmt::format("{:04}-{:02}", d.year, d.month));
      return;
    }
    lxw_datetime dt{d.year, d.month, d.day, 0, 0, 0};
    xlsx_api().worksheet_write_datetime(m_ws, row(r), col(c), &dt, m_book.date());
    fit(c, "0000-00-00");
  }
  void header(std::size_t c, const std::string& s) { text(0, c, s, m_book.header()); }
  void comment(std::size_t r, std::size_t c, const std::string& s) {
    xlsx_api().worksheet_write_comment(m_ws, row(r), col(c), s.c_str());
  }
  void list(std::size_t c, std::size_t first, std::size_t last, const std::string& formula) {
    lxw_data_validation v{};
    v.validate = LXW_VALIDATION_TYPE_LIST_FORMULA;
    v.value_formula = const_cast<char*>(formula.c_str());
    // A name that is not in the list is allowed (open catalogs, synonyms): a warning only.
    v.error_type = LXW_VALIDATION_ERROR_TYPE_WARNING;
    xlsx_api().worksheet_data_validation_range(m_ws, row(first), col(c), row(last), col(c), &v);
  }
  // Column widths that fit the longest text (Kyrgyz and Russian words are long), within bounds.
  void widths(double min = 6, double max = 60) {
    for (auto [c, w] : m_width)
      xlsx_api().worksheet_set_column(m_ws, col(c), col(c), std::clamp(w * 1.1 + 2, min, max),
                                      nullptr);
  }
  void width(std::size_t c, double w) { m_width[c] = std::max(m_width[c], w); }

private:
  static lxw_row_t row(std::size_t r) { return static_cast<lxw_row_t>(r); }
  static lxw_col_t col(std::size_t c) { return static_cast<lxw_col_t>(c); }
  void fit(std::size_t c, const std::string& s) {
    // The widest line of the text.
    std::size_t w = 0, start = 0;
    while (true) {
      auto nl = s.find('\n', start);
      w = std::max(w, codepoints(std::string_view(s).substr(
                          start, nl == std::string::npos ? std::string::npos : nl - start)));
      if (nl == std::string::npos) break;
      start = nl + 1;
    }
    width(c, static_cast<double>(w));
  }

  Book& m_book;
  lxw_worksheet* m_ws;
  std::string m_name;
  std::map<std::size_t, double> m_width;
};

std::string L(Lang lang, std::string_view key) {
  return std::string(label(lang, key));
}

// The labels of a catalog in `lang`, for a dropdown.
std::vector<std::string> labels_of(const Catalog& c, Lang lang) {
  std::vector<std::string> out;
  std::set<std::string> seen;
  for (const auto& e : c.entries())
    if (e.in_catalog && seen.insert(e.label(lang)).second) out.push_back(e.label(lang));
  return out;
}

// A top-level key of YAML text as emitted by yaml-cpp (when the text cannot be cut in blocks).
std::string emitted(std::string_view text, std::string_view key) {
  try {
    YAML::Node root = YAML::Load(std::string(text));
    if (!root.IsMap() || !root[std::string(key)]) return {};
    YAML::Emitter e;
    e << YAML::BeginMap << YAML::Key << std::string(key) << YAML::Value << root[std::string(key)]
      << YAML::EndMap;
    return std::string(e.c_str()) + "\n";
  } catch (const YAML::Exception&) {
    return {};
  }
}

struct Part {
  std::string name;
  std::string yaml;
};

// YAML longer than a cell holds goes into several rows of the same part, cut between lines.
void add_part(std::vector<Part>& parts, const std::string& name, std::string_view yaml) {
  while (!yaml.empty() && (yaml.back() == '\n' || yaml.back() == '\r'))
    yaml.remove_suffix(1);
  while (!yaml.empty()) {
    std::size_t cut = yaml.size();
    if (cut > k_max_cell) {
      cut = yaml.rfind('\n', k_max_cell);
      if (cut == std::string_view::npos || cut == 0) cut = k_max_cell;
    }
    parts.push_back({name, std::string(yaml.substr(0, cut))});
    yaml.remove_prefix(std::min(yaml.size(), cut + 1));
  }
}

// ---- The sheets of the map, Venn, pie, causes, plan and monitoring (docs/FORMAT.md). ----
// They are written from the YAML as typed (its scalars, not the model's values), so that the
// workbook reads back to the same model. A part that does not fit its table (an unknown key, a
// nested value, a number that is not plain) stays in the hidden yaml sheet, as before.

enum class Kind { text, number, date, lines };

bool plain_num(std::string_view s) {
  if (!s.empty() && s[0] == '-') s.remove_prefix(1);
  auto digits = [](std::string_view t) {
    return !t.empty() &&
           std::all_of(t.begin(), t.end(), [](char c) { return c >= '0' && c <= '9'; });
  };
  auto dot = s.find('.');
  if (dot == std::string_view::npos) return digits(s) && s.size() < 16;
  return digits(s.substr(0, dot)) && digits(s.substr(dot + 1)) && s.size() < 16;
}

bool iso_date(std::string_view s, bool month_ok) {
  auto d = [&](std::size_t i) { return s[i] >= '0' && s[i] <= '9'; };
  if (s.size() == 7 && month_ok) return d(0) && d(1) && d(2) && d(3) && s[4] == '-' && d(5) && d(6);
  return s.size() == 10 && d(0) && d(1) && d(2) && d(3) && s[4] == '-' && d(5) && d(6) &&
         s[7] == '-' && d(8) && d(9);
}

bool one_line(const YAML::Node& n) {
  return n.IsScalar() && n.Scalar().find('\n') == std::string::npos &&
         n.Scalar().find('\r') == std::string::npos;
}

// Does `n` hold a value for a column of `kind`?
bool fits(const YAML::Node& n, Kind kind) {
  if (n.IsNull()) return true;
  switch (kind) {
  case Kind::text:
    return n.IsScalar();
  case Kind::number:
    return n.IsScalar() && plain_num(n.Scalar());
  case Kind::date:
    return n.IsScalar() && iso_date(n.Scalar(), true);
  case Kind::lines:
    if (n.IsScalar()) return one_line(n) && !n.Scalar().empty();
    if (!n.IsSequence() || n.size() == 0) return false;
    for (const auto& i : n)
      if (!one_line(i) || i.Scalar().empty()) return false;
    return true;
  }
  return false;
}

// A map whose keys are all in `keys` (with their kinds); `extra` checks the others.
bool fits_map(const YAML::Node& n, const std::vector<std::pair<std::string_view, Kind>>& keys,
              const std::function<bool(const std::string&, const YAML::Node&)>& extra = {}) {
  if (!n.IsMap()) return false;
  for (const auto& kv : n) {
    if (!kv.first.IsScalar()) return false;
    const std::string k = kv.first.Scalar();
    auto it = std::find_if(keys.begin(), keys.end(), [&](const auto& p) { return p.first == k; });
    if (it != keys.end()) {
      if (!fits(kv.second, it->second)) return false;
    } else if (!extra || !extra(k, kv.second)) {
      return false;
    }
  }
  return true;
}

bool fits_seq(const YAML::Node& n, const std::function<bool(const YAML::Node&)>& item) {
  if (!n.IsSequence() || n.size() == 0) return false;
  for (const auto& i : n)
    if (!item(i)) return false;
  return true;
}

// A map of names (one line each) to plain numbers, or to one-line texts.
bool fits_amounts(const YAML::Node& n, Kind kind) {
  if (!n.IsMap() || n.size() == 0) return false;
  for (const auto& kv : n)
    if (!one_line(kv.first) || kv.first.Scalar().empty() || !fits(kv.second, kind) ||
        kv.second.IsNull())
      return false;
  return true;
}

const std::vector<std::pair<std::string_view, Kind>> k_person{
    {"name", Kind::text}, {"gender", Kind::text}, {"village", Kind::text}, {"role", Kind::text}};

bool fits_people(const YAML::Node& n) {
  return fits_seq(n, [](const YAML::Node& p) { return fits_map(p, k_person) && p["name"]; });
}

// Writes the value of `n` in a column of `kind`.
void put(Sheet& s, std::size_t r, std::size_t c, const YAML::Node& n, Kind kind, lxw_format* wrap) {
  if (!n || n.IsNull()) return;
  if (kind == Kind::lines && n.IsSequence()) {
    std::string all;
    for (const auto& i : n)
      all += (all.empty() ? "" : "\n") + i.Scalar();
    s.text(r, c, all, wrap);
    return;
  }
  const std::string& v = n.Scalar();
  if (kind == Kind::number) {
    s.number(r, c, std::stod(v));
  } else if (kind == Kind::date && iso_date(v, false)) {
    s.date(r, c,
           Date{std::stoi(v.substr(0, 4)), std::stoi(v.substr(5, 2)), std::stoi(v.substr(8, 2))});
  } else {
    s.text(r, c, v);
  }
}

// The dropdowns' lists, one column each of the hidden lists sheet.
enum ListCol : std::size_t {
  l_villages,
  l_groups,
  l_problems,
  l_conditions,
  l_types,
  l_funding,
  l_statuses,
  l_solvers,
  l_roles,
  l_genders,
  l_sides,
  l_categories,
  l_items,
  l_count
};

struct Lists {
  std::string sheet;
  std::array<std::vector<std::string>, l_count> values;
  std::array<std::string, l_count> heads;
  std::string formula(ListCol c) const {
    return range(sheet, c, 1, std::max<std::size_t>(1, values[c].size()));
  }
};

// A sheet of one table: headers in row 1 (frozen), a dropdown per listed column.
struct TableSheet {
  Sheet s;
  std::size_t row = 1;
  TableSheet(Book& book, const std::string& name, const std::vector<std::string>& heads)
      : s(book, name) {
    for (std::size_t c = 0; c < heads.size(); ++c) {
      s.header(c, heads[c]);
      // A header wraps at its spaces: its longest word sets the least width.
      std::size_t word = 0, start = 0;
      const std::string& h = heads[c];
      while (start <= h.size()) {
        auto sp = h.find(' ', start);
        word =
            std::max(word, codepoints(std::string_view(h).substr(
                               start, sp == std::string::npos ? std::string::npos : sp - start)));
        if (sp == std::string::npos) break;
        start = sp + 1;
      }
      s.width(c, std::min<double>(static_cast<double>(word), 30));
    }
    xlsx_api().worksheet_freeze_panes(s.ws(), 1, 0);
  }
  struct Cell {
    std::size_t col;
    const char* key;
    Kind kind;
  };
  // The values of `n`'s keys, each in its column of the current row.
  void put_all(const YAML::Node& n, std::initializer_list<Cell> cells, lxw_format* wrap) {
    for (const auto& c : cells)
      put(s, row, c.col, n[c.key], c.kind, wrap);
  }
  void finish(const Lists& lists, const std::vector<std::pair<std::size_t, ListCol>>& drops,
              double max = 50) {
    const std::size_t last = std::max<std::size_t>(row + 100, 300);
    for (auto [c, l] : drops)
      s.list(c, 1, last, lists.formula(l));
    s.widths(6, max);
  }
};

YAML::Node load_yaml(const Sources* src, std::uint32_t file) {
  if (!src || !file) return {};
  try {
    return YAML::Load(src->text(file));
  } catch (const YAML::Exception&) {
    return {};
  }
}

// The top-level keys of `root` are `vap` and `section` alone.
bool only_section(const YAML::Node& root, std::string_view section) {
  if (!root.IsMap() || !root[std::string(section)]) return false;
  for (const auto& kv : root)
    if (!kv.first.IsScalar() || (kv.first.Scalar() != "vap" && kv.first.Scalar() != section))
      return false;
  return true;
}

// Funding (or spending) per source: each source a catalog entry, none twice.
bool fits_funding(const YAML::Node& n, const Catalog& sources) {
  if (!fits_amounts(n, Kind::number)) return false;
  std::set<const CatalogEntry*> seen;
  for (const auto& kv : n) {
    const CatalogEntry* e = sources.find(kv.first.Scalar());
    if (!e || !seen.insert(e).second) return false;
  }
  return true;
}

struct Tables {
  // Per session: the keys (map, venn, pie) written to a sheet, not to the yaml sheet.
  std::vector<std::set<std::string>> session_keys;
  std::set<std::uint32_t> files; // causes, plan and monitoring files written to sheets
  bool budget = false;           // the municipality's budget is in its sheet
};

std::vector<std::string> heads_of(Lang lang, const std::vector<std::string_view>& keys) {
  std::vector<std::string> out;
  for (auto k : keys)
    out.push_back(L(lang, k));
  return out;
}

// A survey's score written as a whole number 1 to 10 (a column of the surveys sheet), else 0.
int survey_score(const YAML::Node& n) {
  const std::string& s = n.Scalar();
  if (s.empty() || s.size() > 2 ||
      !std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; }))
    return 0;
  const int v = std::stoi(s);
  return v >= 1 && v <= 10 && std::to_string(v) == s ? v : 0;
}

Tables write_tables(Book& book, const WorkbookRequest& req, const Lists& lists) {
  const Municipality& m = *req.municipality;
  const Lang lang = req.lang;
  const Catalogs& cat = *m.catalogs;
  const Catalog& funding = cat[CatalogKind::funding_sources];
  std::vector<const CatalogEntry*> sources;
  for (const auto& e : funding.entries())
    if (e.in_catalog) sources.push_back(&e);
  Tables out;
  out.session_keys.resize(m.sessions.size());
  std::vector<YAML::Node> roots(m.sessions.size());
  for (std::size_t i = 0; i < m.sessions.size(); ++i)
    roots[i] = load_yaml(req.sources, m.sessions[i].file);
  auto session_part = [&](std::size_t i, const char* key,
                          const std::function<bool(const YAML::Node&)>& ok) -> YAML::Node {
    const YAML::Node& root = roots[i];
    if (!root.IsMap() || !root[key] || !ok(root[key])) return {};
    out.session_keys[i].insert(key);
    return root[key];
  };
  lxw_format* wrap = book.wrap();

  // Map: one row per object.
  {
    TableSheet t(book, L(lang, "wb_sheet_map"),
                 heads_of(lang, {"wb_session", "wb_object", "wb_category", "wb_condition",
                                 "wb_note", "wb_lat", "wb_lon"}));
    const auto item = [](const YAML::Node& o) {
      return fits_map(o,
                      {{"name", Kind::text},
                       {"category", Kind::text},
                       {"condition", Kind::text},
                       {"note", Kind::text}},
                      [](const std::string& k, const YAML::Node& v) {
                        return k == "location" && v.IsSequence() && v.size() == 2 &&
                               fits(v[0], Kind::number) && fits(v[1], Kind::number) &&
                               !v[0].IsNull() && !v[1].IsNull();
                      });
    };
    for (std::size_t i = 0; i < m.sessions.size(); ++i) {
      YAML::Node map =
          session_part(i, "map", [&](const YAML::Node& n) { return fits_seq(n, item); });
      if (!map) continue;
      for (const auto& o : map) {
        t.s.number(t.row, 0, static_cast<double>(i + 1));
        t.put_all(o,
                  {{1, "name", Kind::text},
                   {2, "category", Kind::text},
                   {3, "condition", Kind::text},
                   {4, "note", Kind::text}},
                  wrap);
        if (o["location"]) {
          put(t.s, t.row, 5, o["location"][0], Kind::number, wrap);
          put(t.s, t.row, 6, o["location"][1], Kind::number, wrap);
        }
        ++t.row;
      }
    }
    t.finish(lists, {{2, l_categories}, {3, l_conditions}});
  }

  // Venn: one row per institution or group.
  {
    TableSheet t(book, L(lang, "wb_sheet_venn"),
                 heads_of(lang, {"wb_session", "wb_institution", "wb_type", "wb_importance",
                                 "wb_closeness", "wb_note"}));
    const auto item = [](const YAML::Node& o) {
      return fits_map(o, {{"name", Kind::text},
                          {"type", Kind::text},
                          {"importance", Kind::number},
                          {"closeness", Kind::number},
                          {"note", Kind::text}});
    };
    for (std::size_t i = 0; i < m.sessions.size(); ++i) {
      YAML::Node venn =
          session_part(i, "venn", [&](const YAML::Node& n) { return fits_seq(n, item); });
      if (!venn) continue;
      for (const auto& o : venn) {
        t.s.number(t.row, 0, static_cast<double>(i + 1));
        t.put_all(o,
                  {{1, "name", Kind::text},
                   {2, "type", Kind::text},
                   {3, "importance", Kind::number},
                   {4, "closeness", Kind::number},
                   {5, "note", Kind::text}},
                  wrap);
        ++t.row;
      }
    }
    t.finish(lists, {{2, l_types}});
  }

  // Pie: one row per budget item of a session's picture.
  {
    TableSheet t(book, L(lang, "wb_sheet_pie"),
                 heads_of(lang, {"wb_session", "wb_side", "wb_item", "wb_share"}));
    const auto ok = [](const YAML::Node& n) {
      if (!n.IsMap() || n.size() == 0) return false;
      for (const auto& kv : n)
        if (!kv.first.IsScalar() ||
            (kv.first.Scalar() != "revenue" && kv.first.Scalar() != "expenditure") ||
            !fits_amounts(kv.second, Kind::number))
          return false;
      return true;
    };
    for (std::size_t i = 0; i < m.sessions.size(); ++i) {
      YAML::Node pie = session_part(i, "pie", ok);
      if (!pie) continue;
      for (const auto& side : pie)
        for (const auto& kv : side.second) {
          t.s.number(t.row, 0, static_cast<double>(i + 1));
          t.s.text(t.row, 1,
                   L(lang, side.first.Scalar() == "revenue" ? "wb_revenue" : "wb_expenditure"));
          t.s.text(t.row, 2, kv.first.Scalar());
          put(t.s, t.row, 3, kv.second, Kind::number, wrap);
          ++t.row;
        }
    }
    t.finish(lists, {{1, l_sides}, {2, l_items}});
  }

  // The local budget: one row per budget line; year, unit and the plan's envelope on the first.
  {
    TableSheet t(
        book, L(lang, "wb_sheet_budget"),
        heads_of(lang, {"wb_year", "wb_unit", "wb_envelope", "wb_side", "wb_item", "wb_amount"}));
    const YAML::Node root = m.file ? load_yaml(req.sources, m.file) : YAML::Node();
    const YAML::Node budget = root.IsMap() ? root["budget"] : YAML::Node();
    if (budget &&
        fits_map(budget,
                 {{"year", Kind::number}, {"unit", Kind::text}, {"plan_envelope", Kind::number}},
                 [](const std::string& k, const YAML::Node& v) {
                   return (k == "revenue" || k == "expenditure") && fits_amounts(v, Kind::number);
                 })) {
      out.budget = true;
      put(t.s, t.row, 0, budget["year"], Kind::number, wrap);
      put(t.s, t.row, 1, budget["unit"], Kind::text, wrap);
      put(t.s, t.row, 2, budget["plan_envelope"], Kind::number, wrap);
      bool any = false;
      for (const char* side : {"revenue", "expenditure"})
        if (budget[side])
          for (const auto& kv : budget[side]) {
            t.s.text(
                t.row, 3,
                L(lang, side == std::string_view("revenue") ? "wb_revenue" : "wb_expenditure"));
            t.s.text(t.row, 4, kv.first.Scalar());
            put(t.s, t.row, 5, kv.second, Kind::number, wrap);
            ++t.row;
            any = true;
          }
      if (!any) ++t.row;
    }
    t.finish(lists, {{3, l_sides}, {4, l_items}});
  }

  // Causes: one row per solution; the problem, its causes and effects on its first row.
  {
    TableSheet t(book, L(lang, "wb_sheet_causes"),
                 heads_of(lang, {"wb_date", "wb_problem", "wb_causes", "wb_effects", "wb_solution",
                                 "wb_by", "wb_contributions"}));
    const auto solution = [](const YAML::Node& s) {
      return fits_map(s, {{"action", Kind::text}, {"by", Kind::text}},
                      [](const std::string& k, const YAML::Node& v) {
                        if (k != "contributions" || !fits_amounts(v, Kind::text)) return false;
                        for (const auto& kv : v)
                          if (kv.first.Scalar().find(':') != std::string::npos ||
                              !one_line(kv.second) || kv.second.Scalar().empty())
                            return false;
                        return true;
                      });
    };
    const auto problem = [&](const YAML::Node& p) {
      return fits_map(p,
                      {{"problem", Kind::text}, {"causes", Kind::lines}, {"effects", Kind::lines}},
                      [&](const std::string& k, const YAML::Node& v) {
                        return k == "solutions" && fits_seq(v, solution);
                      }) &&
             p["problem"] && !p["problem"].IsNull();
    };
    for (const auto& c : m.causes) {
      YAML::Node root = load_yaml(req.sources, c.file);
      if (!only_section(root, "causes") ||
          !fits_map(root["causes"], {{"date", Kind::date}},
                    [&](const std::string& k, const YAML::Node& v) {
                      return k == "problems" && fits_seq(v, problem);
                    }))
        continue;
      out.files.insert(c.file);
      put(t.s, t.row, 0, root["causes"]["date"], Kind::date, wrap);
      for (const auto& p : root["causes"]["problems"]) {
        put(t.s, t.row, 1, p["problem"], Kind::text, wrap);
        put(t.s, t.row, 2, p["causes"], Kind::lines, wrap);
        put(t.s, t.row, 3, p["effects"], Kind::lines, wrap);
        if (!p["solutions"]) ++t.row;
        for (const auto& s : p["solutions"]) {
          put(t.s, t.row, 4, s["action"], Kind::text, wrap);
          put(t.s, t.row, 5, s["by"], Kind::text, wrap);
          if (s["contributions"]) {
            std::string all;
            for (const auto& kv : s["contributions"])
              all += (all.empty() ? "" : "\n") + kv.first.Scalar() + ": " + kv.second.Scalar();
            t.s.text(t.row, 6, all, wrap);
          }
          ++t.row;
        }
      }
      break; // one causes file a workbook; the others stay in the yaml sheet
    }
    t.finish(lists, {{1, l_problems}, {5, l_solvers}}, 60);
  }

  // The plan: one row per task; the problem's statement, goal and leader on its first row;
  // funding per source in columns. Its initiative groups: one row per member.
  std::vector<std::string_view> plan_keys{
      "wb_year",   "wb_unit",        "wb_problem",    "wb_statement", "wb_goal",
      "wb_leader", "wb_task",        "wb_activities", "wb_results",   "wb_start",
      "wb_end",    "wb_responsible", "wb_direct",     "wb_indirect"};
  std::vector<std::string> plan_heads = heads_of(lang, plan_keys);
  for (const auto* e : sources)
    plan_heads.push_back(e->label(lang));
  YAML::Node plan_root;
  for (const auto& p : m.plans) {
    YAML::Node root = load_yaml(req.sources, p.file);
    const auto task = [&](const YAML::Node& t) {
      return fits_map(
          t,
          {{"task", Kind::text},
           {"activities", Kind::lines},
           {"results", Kind::lines},
           {"start", Kind::date},
           {"end", Kind::date},
           {"responsible", Kind::lines}},
          [&](const std::string& k, const YAML::Node& v) {
            if (k == "beneficiaries")
              return fits_map(v, {{"direct", Kind::number}, {"indirect", Kind::number}});
            return k == "funding" && fits_funding(v, funding);
          });
    };
    const auto problem = [&](const YAML::Node& pr) {
      return fits_map(pr,
                      {{"problem", Kind::text}, {"statement", Kind::text}, {"goal", Kind::text}},
                      [&](const std::string& k, const YAML::Node& v) {
                        if (k == "initiative_group")
                          return fits_map(v, {{"leader", Kind::text}},
                                          [](const std::string& k2, const YAML::Node& v2) {
                                            return k2 == "members" && fits_people(v2);
                                          });
                        return k == "tasks" && fits_seq(v, task);
                      }) &&
             pr["problem"] && !pr["problem"].IsNull();
    };
    if (!only_section(root, "plan") ||
        !fits_map(root["plan"], {{"year", Kind::number}, {"unit", Kind::text}},
                  [&](const std::string& k, const YAML::Node& v) {
                    return k == "problems" && fits_seq(v, problem);
                  }))
      continue;
    // The initiative group's rows name their problem: its name must tell it from the others.
    std::set<std::string> names;
    bool unique = true;
    for (const auto& pr : root["plan"]["problems"])
      unique = names.insert(match_key(pr["problem"].Scalar())).second && unique;
    if (!unique) continue;
    out.files.insert(p.file);
    plan_root = root["plan"];
    break;
  }
  {
    TableSheet t(book, L(lang, "wb_sheet_plan"), plan_heads);
    if (plan_root) {
      put(t.s, t.row, 0, plan_root["year"], Kind::number, wrap);
      put(t.s, t.row, 1, plan_root["unit"], Kind::text, wrap);
      for (const auto& pr : plan_root["problems"]) {
        put(t.s, t.row, 2, pr["problem"], Kind::text, wrap);
        put(t.s, t.row, 3, pr["statement"], Kind::text, wrap);
        put(t.s, t.row, 4, pr["goal"], Kind::text, wrap);
        if (pr["initiative_group"])
          put(t.s, t.row, 5, pr["initiative_group"]["leader"], Kind::text, wrap);
        if (!pr["tasks"]) ++t.row;
        for (const auto& task : pr["tasks"]) {
          put(t.s, t.row, 6, task["task"], Kind::text, wrap);
          put(t.s, t.row, 7, task["activities"], Kind::lines, wrap);
          put(t.s, t.row, 8, task["results"], Kind::lines, wrap);
          put(t.s, t.row, 9, task["start"], Kind::date, wrap);
          put(t.s, t.row, 10, task["end"], Kind::date, wrap);
          put(t.s, t.row, 11, task["responsible"], Kind::lines, wrap);
          if (task["beneficiaries"]) {
            put(t.s, t.row, 12, task["beneficiaries"]["direct"], Kind::number, wrap);
            put(t.s, t.row, 13, task["beneficiaries"]["indirect"], Kind::number, wrap);
          }
          if (task["funding"])
            for (const auto& kv : task["funding"]) {
              const CatalogEntry* e = funding.find(kv.first.Scalar());
              auto at = std::find(sources.begin(), sources.end(), e) - sources.begin();
              put(t.s, t.row, plan_keys.size() + static_cast<std::size_t>(at), kv.second,
                  Kind::number, wrap);
            }
          ++t.row;
        }
      }
    }
    t.finish(lists, {{2, l_problems}}, 50);
  }
  {
    TableSheet t(book, L(lang, "wb_sheet_group"),
                 heads_of(lang, {"wb_problem", "wb_member", "wb_gender", "wb_village", "wb_role"}));
    if (plan_root)
      for (const auto& pr : plan_root["problems"])
        if (pr["initiative_group"] && pr["initiative_group"]["members"])
          for (const auto& p : pr["initiative_group"]["members"]) {
            put(t.s, t.row, 0, pr["problem"], Kind::text, wrap);
            t.put_all(p,
                      {{1, "name", Kind::text},
                       {2, "gender", Kind::text},
                       {3, "village", Kind::text},
                       {4, "role", Kind::text}},
                      wrap);
            ++t.row;
          }
    t.finish(lists, {{2, l_genders}, {3, l_villages}, {4, l_roles}});
  }

  // Monitoring: one row per task report, spending per source in columns; its team and its
  // tasks' indicators on sheets of their own.
  YAML::Node mon_root;
  for (const auto& mo : m.monitorings) {
    YAML::Node root = load_yaml(req.sources, mo.file);
    const auto indicator = [](const YAML::Node& i) {
      return fits_map(i,
                      {{"name", Kind::text}, {"target", Kind::number}, {"actual", Kind::number}});
    };
    const auto survey = [](const YAML::Node& sv) {
      return fits_map(sv,
                      {{"service", Kind::text},
                       {"group", Kind::text},
                       {"scale", Kind::number},
                       {"note", Kind::text}},
                      [](const std::string& k, const YAML::Node& v) {
                        if (k != "answers" || !fits_amounts(v, Kind::number)) return false;
                        for (const auto& kv : v)
                          if (survey_score(kv.first) == 0) return false;
                        return true;
                      }) &&
             sv["service"] && !sv["service"].IsNull() && sv["answers"];
    };
    const auto task = [&](const YAML::Node& t) {
      return fits_map(t,
                      {{"task", Kind::text},
                       {"problem", Kind::text},
                       {"status", Kind::text},
                       {"progress", Kind::number}},
                      [&](const std::string& k, const YAML::Node& v) {
                        if (k == "indicators") return fits_seq(v, indicator);
                        return k == "spent" && fits_funding(v, funding);
                      }) &&
             t["task"] && !t["task"].IsNull();
    };
    if (!only_section(root, "monitoring") ||
        !fits_map(root["monitoring"], {{"date", Kind::date}},
                  [&](const std::string& k, const YAML::Node& v) {
                    if (k == "team") return fits_people(v);
                    if (k == "surveys") return fits_seq(v, survey);
                    return k == "tasks" && fits_seq(v, task);
                  }))
      continue;
    // The indicators' rows name their task (and its problem): they must tell it from the others.
    std::set<std::pair<std::string, std::string>> names;
    bool unique = true;
    for (const auto& t : root["monitoring"]["tasks"])
      unique = names
                   .emplace(match_key(t["task"].Scalar()),
                            t["problem"] ? match_key(t["problem"].Scalar()) : std::string())
                   .second &&
               unique;
    if (!unique) continue;
    out.files.insert(mo.file);
    mon_root = root["monitoring"];
    break;
  }
  {
    std::vector<std::string> heads =
        heads_of(lang, {"wb_date", "wb_task", "wb_problem", "wb_status", "wb_progress"});
    for (const auto* e : sources)
      heads.push_back(e->label(lang));
    TableSheet t(book, L(lang, "wb_sheet_monitoring"), heads);
    if (mon_root) {
      put(t.s, t.row, 0, mon_root["date"], Kind::date, wrap);
      if (!mon_root["tasks"]) ++t.row;
      for (const auto& task : mon_root["tasks"]) {
        t.put_all(task,
                  {{1, "task", Kind::text},
                   {2, "problem", Kind::text},
                   {3, "status", Kind::text},
                   {4, "progress", Kind::number}},
                  wrap);
        if (task["spent"])
          for (const auto& kv : task["spent"]) {
            const CatalogEntry* e = funding.find(kv.first.Scalar());
            auto at = std::find(sources.begin(), sources.end(), e) - sources.begin();
            put(t.s, t.row, 5 + static_cast<std::size_t>(at), kv.second, Kind::number, wrap);
          }
        ++t.row;
      }
    }
    t.finish(lists, {{2, l_problems}, {3, l_statuses}});
  }
  {
    TableSheet t(book, L(lang, "wb_sheet_team"),
                 heads_of(lang, {"wb_team_member", "wb_gender", "wb_village", "wb_role"}));
    if (mon_root && mon_root["team"])
      for (const auto& p : mon_root["team"]) {
        t.put_all(p,
                  {{0, "name", Kind::text},
                   {1, "gender", Kind::text},
                   {2, "village", Kind::text},
                   {3, "role", Kind::text}},
                  wrap);
        ++t.row;
      }
    t.finish(lists, {{1, l_genders}, {2, l_villages}, {3, l_roles}});
  }
  {
    TableSheet t(
        book, L(lang, "wb_sheet_indicators"),
        heads_of(lang, {"wb_task", "wb_problem", "wb_indicator", "wb_target", "wb_actual"}));
    if (mon_root)
      for (const auto& task : mon_root["tasks"])
        if (task["indicators"])
          for (const auto& i : task["indicators"]) {
            t.put_all(task, {{0, "task", Kind::text}, {1, "problem", Kind::text}}, wrap);
            t.put_all(
                i,
                {{2, "name", Kind::text}, {3, "target", Kind::number}, {4, "actual", Kind::number}},
                wrap);
            ++t.row;
          }
    t.finish(lists, {{1, l_problems}});
  }
  {
    // Surveys: one row per survey; the answers in columns headed by their score, 1 to the
    // largest scale.
    int top = 5;
    if (mon_root && mon_root["surveys"])
      for (const auto& sv : mon_root["surveys"]) {
        if (sv["scale"] && !sv["scale"].IsNull()) top = std::max(top, survey_score(sv["scale"]));
        for (const auto& kv : sv["answers"])
          top = std::max(top, survey_score(kv.first));
      }
    std::vector<std::string> heads =
        heads_of(lang, {"wb_service", "wb_group", "wb_scale", "wb_note"});
    for (int k = 1; k <= top; ++k)
      heads.push_back(std::to_string(k));
    TableSheet t(book, L(lang, "wb_sheet_surveys"), heads);
    if (mon_root && mon_root["surveys"])
      for (const auto& sv : mon_root["surveys"]) {
        t.put_all(sv,
                  {{0, "service", Kind::text},
                   {1, "group", Kind::text},
                   {2, "scale", Kind::number},
                   {3, "note", Kind::text}},
                  wrap);
        for (const auto& kv : sv["answers"])
          put(t.s, t.row, 3 + static_cast<std::size_t>(survey_score(kv.first)), kv.second,
              Kind::number, wrap);
        ++t.row;
      }
    t.finish(lists, {{1, l_groups}});
  }
  return out;
}

} // namespace

std::string yaml_blocks(std::string_view text, const std::vector<std::string_view>& skip) {
  std::string out;
  bool keep = false;
  std::size_t start = 0;
  while (start < text.size()) {
    auto nl = text.find('\n', start);
    std::string_view line =
        text.substr(start, nl == std::string_view::npos ? std::string_view::npos : nl - start);
    start = nl == std::string_view::npos ? text.size() : nl + 1;
    std::string_view bare = line;
    if (!bare.empty() && bare.back() == '\r') bare.remove_suffix(1);
    const bool top =
        !bare.empty() && bare[0] != ' ' && bare[0] != '\t' && bare[0] != '#' && bare[0] != '-';
    if (top) {
      auto colon = bare.find(':');
      std::string key(bare.substr(0, colon == std::string_view::npos ? 0 : colon));
      if (key.size() >= 2 && (key.front() == '"' || key.front() == '\''))
        key = key.substr(1, key.size() - 2);
      keep = colon != std::string_view::npos &&
             std::find(skip.begin(), skip.end(), key) == skip.end() && bare.rfind("---", 0) != 0 &&
             bare.rfind("...", 0) != 0;
    }
    if (keep) {
      out += bare;
      out += '\n';
    }
  }
  return out;
}

void write_workbook(const WorkbookRequest& req, const std::string& path) {
  const Municipality& m = *req.municipality;
  const Lang lang = req.lang;
  const Catalogs& cat = *m.catalogs;
  Book book(path, lang);

  // Instructions.
  {
    Sheet s(book, L(lang, "wb_sheet_instructions"));
    std::string all = L(lang, "wb_instructions");
    std::size_t r = 0, start = 0;
    while (start <= all.size()) {
      auto nl = all.find('\n', start);
      s.text(r, 0, all.substr(start, nl == std::string::npos ? std::string::npos : nl - start),
             r == 0 ? book.header() : nullptr);
      ++r;
      if (nl == std::string::npos) break;
      start = nl + 1;
    }
    xlsx_api().worksheet_set_column(s.ws(), 0, 0, 120, nullptr);
  }

  const std::string lists_name = L(lang, "wb_sheet_lists");
  Lists lists;
  lists.sheet = lists_name;
  for (const auto& v : m.villages)
    lists.values[l_villages].push_back(v.text);
  const std::array<std::pair<ListCol, CatalogKind>, 11> listed{{
      {l_groups, CatalogKind::groups},
      {l_problems, CatalogKind::problems},
      {l_conditions, CatalogKind::conditions},
      {l_types, CatalogKind::institution_types},
      {l_funding, CatalogKind::funding_sources},
      {l_statuses, CatalogKind::statuses},
      {l_solvers, CatalogKind::solvers},
      {l_roles, CatalogKind::roles},
      {l_genders, CatalogKind::genders},
      {l_categories, CatalogKind::map_categories},
      {l_items, CatalogKind::budget_items},
  }};
  for (auto [col, kind] : listed)
    lists.values[col] = labels_of(cat[kind], lang);
  lists.values[l_sides] = {L(lang, "wb_revenue"), L(lang, "wb_expenditure")};
  const std::array<std::string_view, l_count> list_heads{
      "wb_village", "wb_group",    "wb_problem", "wb_condition", "wb_type",
      "wb_funding", "wb_status",   "wb_by",      "wb_role",      "wb_gender",
      "wb_side",    "wb_category", "wb_item"};
  for (std::size_t c = 0; c < l_count; ++c)
    lists.heads[c] = L(lang, list_heads[c]);
  const std::vector<std::string>& villages = lists.values[l_villages];
  const std::vector<std::string>& groups = lists.values[l_groups];
  const std::vector<std::string>& problems = lists.values[l_problems];

  // The municipality: field and value.
  {
    Sheet s(book, L(lang, "wb_sheet_municipality"));
    s.header(0, L(lang, "wb_field"));
    s.header(1, L(lang, "wb_value"));
    std::size_t r = 1;
    auto field = [&](std::string_view key, const std::string& value) {
      s.text(r, 0, L(lang, key), book.header());
      if (!value.empty()) s.text(r, 1, value);
      ++r;
    };
    field("wb_id", m.id);
    field("wb_name", m.name);
    field("wb_region", m.region);
    field("wb_district", m.district);
    s.text(r, 0, L(lang, "wb_population"), book.header());
    if (m.population) s.number(r, 1, static_cast<double>(*m.population));
    ++r;
    s.text(r, 0, L(lang, "wb_priorities"), book.header());
    s.number(r++, 1, m.priorities);
    field("wb_lang", m.lang ? std::string(lang_code(*m.lang)) : std::string());
    for (const auto& v : villages)
      field("wb_village", v);
    for (int k = 0; k < 3; ++k)
      field("wb_village", "");
    xlsx_api().worksheet_freeze_panes(s.ws(), 1, 0);
    s.widths(10, 60);
  }

  // Sessions: one row each, numbered; the gallery's columns are headed by these numbers.
  const std::size_t n_sessions = m.sessions.size() + static_cast<std::size_t>(req.spare);
  {
    Sheet s(book, L(lang, "wb_sheet_sessions"));
    const std::vector<std::string_view> heads{"wb_number", "wb_date",         "wb_village",
                                              "wb_group",  "wb_participants", "wb_women",
                                              "wb_men",    "wb_facilitator",  "wb_dots"};
    for (std::size_t c = 0; c < heads.size(); ++c)
      s.header(c, L(lang, heads[c]));
    for (std::size_t i = 0; i < n_sessions; ++i) {
      const std::size_t r = i + 1;
      s.number(r, 0, static_cast<double>(i + 1));
      if (i >= m.sessions.size()) continue;
      const Session& ses = m.sessions[i];
      s.date(r, 1, ses.date);
      s.text(r, 2, ses.village.text);
      s.text(r, 3, ses.group.text);
      const Count& p = ses.participants;
      if (p.by_gender()) {
        if (p.women) s.number(r, 5, static_cast<double>(*p.women));
        if (p.men) s.number(r, 6, static_cast<double>(*p.men));
        s.formula(r, 4, fmt::format("=F{}+G{}", r + 1, r + 1), static_cast<double>(p.total));
      } else {
        s.number(r, 4, static_cast<double>(p.total));
      }
      if (!ses.facilitator.empty()) s.text(r, 7, ses.facilitator);
      if (ses.gallery) s.number(r, 8, static_cast<double>(ses.gallery->dots_per_participant));
    }
    const std::size_t last = std::max<std::size_t>(n_sessions, 200);
    s.list(2, 1, last, range(lists_name, 0, 1, std::max<std::size_t>(1, villages.size())));
    s.list(3, 1, last, range(lists_name, 1, 1, std::max<std::size_t>(1, groups.size())));
    xlsx_api().worksheet_freeze_panes(s.ws(), 1, 1);
    for (std::size_t c = 0; c < heads.size(); ++c)
      s.width(c, std::min<double>(14, static_cast<double>(codepoints(L(lang, heads[c])))));
    s.widths(5, 40);
  }

  // The gallery: one row per problem (in the order first met), one column per session, or two
  // (women, men) for a session whose dots were counted apart; totals are formulas.
  {
    Sheet s(book, L(lang, "wb_sheet_gallery"));
    struct Column {
      std::size_t session;
      int gender; // 0 all, 1 women, 2 men
    };
    std::vector<Column> columns;
    for (std::size_t i = 0; i < n_sessions; ++i) {
      const Gallery* g =
          i < m.sessions.size() && m.sessions[i].gallery ? &*m.sessions[i].gallery : nullptr;
      bool split = false, plain = !g;
      if (g)
        for (const auto& v : g->votes)
          (v.dots.by_gender() ? split : plain) = true;
      if (plain || !split) columns.push_back({i, 0});
      if (split) {
        columns.push_back({i, 1});
        columns.push_back({i, 2});
      }
    }
    auto problem_label = [&](const Ref& p) {
      const CatalogEntry* e = p.in_catalog ? cat[CatalogKind::problems].by_id(p.id) : nullptr;
      return e ? e->label(lang) : p.text;
    };
    std::vector<std::string> rows; // problem ids in order
    std::map<std::string, std::string> text;
    for (const auto& ses : m.sessions)
      if (ses.gallery)
        for (const auto& v : ses.gallery->votes)
          // A catalog problem is shown by its label in the workbook's language (as the
          // dropdown offers it); a new name as first typed.
          if (text.emplace(v.problem.id, problem_label(v.problem)).second)
            rows.push_back(v.problem.id);
    s.header(0, L(lang, "wb_problem"));
    s.header(1, L(lang, "wb_total"));
    for (std::size_t k = 0; k < columns.size(); ++k) {
      const Column& c = columns[k];
      std::string h = std::to_string(c.session + 1);
      if (c.gender) h += " " + L(lang, c.gender == 1 ? "wb_women" : "wb_men");
      s.header(k + 2, h);
      s.width(k + 2, 4);
      if (c.session < m.sessions.size()) {
        const Session& ses = m.sessions[c.session];
        s.comment(0, k + 2,
                  fmt::format(
                      fmt::runtime(L(lang, "wb_session_note")), c.session + 1,
                      fmt::format("{:04}-{:02}-{:02}", ses.date.year, ses.date.month, ses.date.day),
                      ses.village.text, ses.group.text));
      }
    }
    const std::size_t n_rows = rows.size() + static_cast<std::size_t>(req.spare_problems);
    const std::string last_col = col_letters(columns.size() + 1);
    std::vector<double> col_totals(columns.size(), 0);
    double grand = 0;
    for (std::size_t i = 0; i < n_rows; ++i) {
      const std::size_t r = i + 1;
      double sum = 0;
      if (i < rows.size()) {
        s.text(r, 0, text[rows[i]]);
        for (std::size_t k = 0; k < columns.size(); ++k) {
          const Column& c = columns[k];
          if (c.session >= m.sessions.size() || !m.sessions[c.session].gallery) continue;
          for (const auto& v : m.sessions[c.session].gallery->votes) {
            if (v.problem.id != rows[i]) continue;
            std::optional<long long> n;
            if (c.gender == 0 && !v.dots.by_gender()) n = v.dots.total;
            if (c.gender == 1 && v.dots.by_gender()) n = v.dots.women;
            if (c.gender == 2 && v.dots.by_gender()) n = v.dots.men;
            if (!n) continue;
            s.number(r, k + 2, static_cast<double>(*n));
            sum += static_cast<double>(*n);
            col_totals[k] += static_cast<double>(*n);
          }
        }
      }
      grand += sum;
      s.formula(r, 1, fmt::format("=SUM(C{}:{}{})", r + 1, last_col, r + 1), sum, book.total());
    }
    const std::size_t tr = n_rows + 1;
    s.text(tr, 0, L(lang, "wb_total"), book.total());
    s.formula(tr, 1, fmt::format("=SUM(B2:B{})", n_rows + 1), grand, book.total());
    for (std::size_t k = 0; k < columns.size(); ++k)
      s.formula(tr, k + 2,
                fmt::format("=SUM({}2:{}{})", col_letters(k + 2), col_letters(k + 2), n_rows + 1),
                col_totals[k], book.total());
    s.list(0, 1, n_rows, range(lists_name, 2, 1, std::max<std::size_t>(1, problems.size())));
    xlsx_api().worksheet_freeze_panes(s.ws(), 1, 2);
    s.width(0, 24);
    s.widths(5, 50);
  }

  const Tables tables = write_tables(book, req, lists);

  // What does not fit a sheet, as YAML: the municipality's budget and own catalog entries, each
  // session's map, Venn and pie, and the causes, plan, monitoring and assembly files.
  {
    std::vector<Part> parts;
    if (req.sources) {
      const Sources& src = *req.sources;
      auto part_of = [&](std::uint32_t file, const std::vector<std::string_view>& skip,
                         const std::vector<std::string_view>& keys) {
        std::string yaml = yaml_blocks(src.text(file), skip);
        // Flow-style documents cannot be cut into blocks: emit their keys again instead.
        if (yaml.empty())
          for (auto k : keys)
            yaml += emitted(src.text(file), k);
        return yaml;
      };
      if (m.file) {
        std::vector<std::string_view> skip{"vap", "municipality", "lang"}, keys{"catalog"};
        (tables.budget ? skip : keys).push_back("budget");
        add_part(parts, "municipality", part_of(m.file, skip, keys));
      }
      for (std::size_t i = 0; i < m.sessions.size(); ++i) {
        if (!m.sessions[i].file) continue;
        std::vector<std::string_view> skip{"vap", "session", "gallery"}, keys;
        for (std::string_view k : {"map", "venn", "pie"})
          (tables.session_keys[i].count(std::string(k)) ? skip : keys).push_back(k);
        add_part(parts, fmt::format("session {}", i + 1), part_of(m.sessions[i].file, skip, keys));
      }
      const std::filesystem::path folder = utf8_path(m.folder);
      auto file_part = [&](std::uint32_t file) {
        if (tables.files.count(file)) return;
        std::filesystem::path p = utf8_path(src.path(file));
        std::filesystem::path rel = p.lexically_relative(folder);
        if (rel.empty() || *rel.begin() == "..") rel = p.filename();
        add_part(parts, "file " + path_text(rel), src.text(file));
      };
      for (const auto& c : m.causes)
        file_part(c.file);
      for (const auto& p : m.plans)
        file_part(p.file);
      for (const auto& mo : m.monitorings)
        file_part(mo.file);
      for (const auto& a : m.assemblies)
        file_part(a.file);
    }
    Sheet s(book, L(lang, "wb_sheet_yaml"));
    s.header(0, L(lang, "wb_part"));
    s.header(1, L(lang, "wb_yaml"));
    for (std::size_t i = 0; i < parts.size(); ++i) {
      s.text(i + 1, 0, parts[i].name);
      s.text(i + 1, 1, parts[i].yaml, book.wrap());
    }
    xlsx_api().worksheet_set_column(s.ws(), 0, 0, 18, nullptr);
    xlsx_api().worksheet_set_column(s.ws(), 1, 1, 100, nullptr);
    xlsx_api().worksheet_freeze_panes(s.ws(), 1, 0);
    xlsx_api().worksheet_hide(s.ws());
  }

  // The dropdowns' lists.
  {
    Sheet s(book, lists_name);
    for (std::size_t c = 0; c < l_count; ++c) {
      s.header(c, lists.heads[c]);
      for (std::size_t i = 0; i < lists.values[c].size(); ++i)
        s.text(i + 1, c, lists.values[c][i]);
    }
    s.widths(8, 50);
    xlsx_api().worksheet_hide(s.ws());
  }
  book.close();
}

} // namespace vap
