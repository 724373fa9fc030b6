#include "vap/workbook_writer.hpp"
#include "vap/utf8_path.hpp"

#include "vap/error.hpp"
#include "vap/text.hpp"

#include <fmt/format.h>
#include <xlsxwriter.h>
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <filesystem>
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

class Book {
public:
  explicit Book(const std::string& path) {
    std::error_code ec;
    m_tmpdir = path_text(utf8_path(path).parent_path());
    lxw_workbook_options options{};
    options.tmpdir = m_tmpdir.empty() ? nullptr : m_tmpdir.data();
    m_wb = workbook_new_opt(path.c_str(), &options);
    if (!m_wb) throw Error(ExitStatus::cant_create, "cannot create the workbook " + path);
    m_header = workbook_add_format(m_wb);
    format_set_bold(m_header);
    format_set_bg_color(m_header, 0xDDEBF7);
    format_set_border(m_header, LXW_BORDER_THIN);
    format_set_text_wrap(m_header);
    format_set_align(m_header, LXW_ALIGN_VERTICAL_TOP);
    m_date = workbook_add_format(m_wb);
    format_set_num_format(m_date, "yyyy-mm-dd");
    m_total = workbook_add_format(m_wb);
    format_set_bold(m_total);
    format_set_bg_color(m_total, 0xF2F2F2);
    m_wrap = workbook_add_format(m_wb);
    format_set_text_wrap(m_wrap);
    format_set_align(m_wrap, LXW_ALIGN_VERTICAL_TOP);
  }
  ~Book() {
    if (m_wb) workbook_close(m_wb);
  }
  Book(const Book&) = delete;
  Book& operator=(const Book&) = delete;

  void close() {
    lxw_error e = workbook_close(m_wb);
    m_wb = nullptr;
    if (e != LXW_NO_ERROR)
      throw Error(ExitStatus::cant_create,
                  fmt::format("cannot write the workbook: {}", lxw_strerror(e)));
  }

  lxw_worksheet* sheet(const std::string& name) {
    return workbook_add_worksheet(m_wb, name.c_str());
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
    worksheet_set_landscape(m_ws);
    worksheet_fit_to_pages(m_ws, 1, 0);
  }
  const std::string& name() const { return m_name; }

  void text(std::size_t r, std::size_t c, const std::string& s, lxw_format* f = nullptr) {
    worksheet_write_string(m_ws, row(r), col(c), s.c_str(), f);
    fit(c, s);
  }
  void number(std::size_t r, std::size_t c, double v, lxw_format* f = nullptr) {
    worksheet_write_number(m_ws, row(r), col(c), v, f);
    fit(c, fmt::format("{}", v));
  }
  void formula(std::size_t r, std::size_t c, const std::string& f, double cached,
               lxw_format* format = nullptr) {
    worksheet_write_formula_num(m_ws, row(r), col(c), f.c_str(), format, cached);
    fit(c, fmt::format("{}", cached));
  }
  void date(std::size_t r, std::size_t c, const Date& d) {
    if (d.day == 0) {
      text(r, c, fmt::format("{:04}-{:02}", d.year, d.month));
      return;
    }
    lxw_datetime dt{d.year, d.month, d.day, 0, 0, 0};
    worksheet_write_datetime(m_ws, row(r), col(c), &dt, m_book.date());
    fit(c, "0000-00-00");
  }
  void header(std::size_t c, const std::string& s) { text(0, c, s, m_book.header()); }
  void comment(std::size_t r, std::size_t c, const std::string& s) {
    worksheet_write_comment(m_ws, row(r), col(c), s.c_str());
  }
  void list(std::size_t c, std::size_t first, std::size_t last, const std::string& formula) {
    lxw_data_validation v{};
    v.validate = LXW_VALIDATION_TYPE_LIST_FORMULA;
    v.value_formula = const_cast<char*>(formula.c_str());
    // A name that is not in the list is allowed (open catalogs, synonyms): a warning only.
    v.error_type = LXW_VALIDATION_ERROR_TYPE_WARNING;
    worksheet_data_validation_range(m_ws, row(first), col(c), row(last), col(c), &v);
  }
  // Column widths that fit the longest text (Kyrgyz and Russian words are long), within bounds.
  void widths(double min = 6, double max = 60) {
    for (auto [c, w] : m_width)
      worksheet_set_column(m_ws, col(c), col(c), std::clamp(w * 1.1 + 2, min, max), nullptr);
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
  Book book(path);

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
    worksheet_set_column(s.ws(), 0, 0, 120, nullptr);
  }

  const std::string lists_name = L(lang, "wb_sheet_lists");
  std::vector<std::string> villages;
  for (const auto& v : m.villages)
    villages.push_back(v.text);
  const std::vector<std::string> groups = labels_of(cat[CatalogKind::groups], lang);
  std::vector<std::string> problems = labels_of(cat[CatalogKind::problems], lang);

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
    worksheet_freeze_panes(s.ws(), 1, 0);
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
    worksheet_freeze_panes(s.ws(), 1, 1);
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
    worksheet_freeze_panes(s.ws(), 1, 2);
    s.width(0, 24);
    s.widths(5, 50);
  }

  // What has no sheet yet, as YAML: the municipality's budget and own catalog entries, each
  // session's map, Venn and pie, and the causes, plan and monitoring files.
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
      if (m.file)
        add_part(parts, "municipality",
                 part_of(m.file, {"vap", "municipality", "lang"}, {"budget", "catalog"}));
      for (std::size_t i = 0; i < m.sessions.size(); ++i)
        if (m.sessions[i].file)
          add_part(
              parts, fmt::format("session {}", i + 1),
              part_of(m.sessions[i].file, {"vap", "session", "gallery"}, {"map", "venn", "pie"}));
      const std::filesystem::path folder = utf8_path(m.folder);
      auto file_part = [&](std::uint32_t file) {
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
    }
    Sheet s(book, L(lang, "wb_sheet_yaml"));
    s.header(0, L(lang, "wb_part"));
    s.header(1, L(lang, "wb_yaml"));
    for (std::size_t i = 0; i < parts.size(); ++i) {
      s.text(i + 1, 0, parts[i].name);
      s.text(i + 1, 1, parts[i].yaml, book.wrap());
    }
    worksheet_set_column(s.ws(), 0, 0, 18, nullptr);
    worksheet_set_column(s.ws(), 1, 1, 100, nullptr);
    worksheet_freeze_panes(s.ws(), 1, 0);
    worksheet_hide(s.ws());
  }

  // The dropdowns' lists.
  {
    Sheet s(book, lists_name);
    const std::vector<std::pair<std::string_view, const std::vector<std::string>*>> cols{
        {"wb_village", &villages}, {"wb_group", &groups}, {"wb_problem", &problems}};
    for (std::size_t c = 0; c < cols.size(); ++c) {
      s.header(c, L(lang, cols[c].first));
      for (std::size_t i = 0; i < cols[c].second->size(); ++i)
        s.text(i + 1, c, (*cols[c].second)[i]);
    }
    s.widths(8, 50);
    worksheet_hide(s.ws());
  }
  book.close();
}

} // namespace vap
