// vap import's reading: each export file into tables (or an XML instance into a submission),
// each main table's rows with their repeat groups' rows into submissions, checked against the
// form and handed to the records (export_records.cpp).
#include "vap/export_records.hpp"

#include "vap/csv_reader.hpp"
#include "vap/export_columns.hpp"
#include "vap/export_values.hpp"
#include "vap/export_xml.hpp"
#include "vap/file_reader.hpp"
#include "vap/text.hpp"
#include "vap/utf8_path.hpp"
#include "vap/xlsx.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <functional>
#include <map>
#include <set>
#include <sstream>
#include <unordered_map>

namespace vap {
namespace {

namespace fs = std::filesystem;
using exports::Column;
using exports::Columns;
using exports::Entry;
using exports::Table;
using exports::Where;
using form::QType;

std::string lower_ext(const std::string& p) {
  std::string e = path_text(utf8_path(p).extension());
  for (auto& c : e)
    c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return e;
}

std::size_t column_of(const std::vector<std::string>& header, std::string_view name) {
  for (std::size_t i = 0; i < header.size(); ++i)
    if (match_key(header[i]) == match_key(name)) return i;
  return header.size();
}

bool has_column(const Table& t, std::string_view name) {
  return column_of(t.header, name) < t.header.size();
}

class Run {
public:
  Run(const Municipality& m, Sources& sources, Diagnostics& diags)
      : m_m(m), m_sources(sources), m_diags(diags), m_lang(diags.lang()),
        m_records(m, m_tables, sources, diags) {}

  void read(const std::string& path) {
    const std::uint32_t file = m_sources.add(path);
    m_files.push_back(file);
    m_current = path;
    std::error_code ec;
    const auto size = fs::file_size(utf8_path(path), ec);
    if (ec) {
      m_diags.error(SourcePos{file, 0, 0},
                    msg(m_lang, "cannot read '{}': no such file or folder", path));
      m_unreadable = true;
      return;
    }
    if (size > k_max_export) {
      m_diags.error(SourcePos{file, 0, 0},
                    msg(m_lang,
                        "the export is {} MiB; vap reads exports of at most {} MiB: export "
                        "fewer submissions at a time (a range of dates)",
                        size >> 20, k_max_export >> 20));
      return;
    }
    const std::string ext = lower_ext(path);
    if (ext == ".csv") {
      read_csv(path, file);
    } else if (ext == ".xml") {
      read_xml(path, file);
    } else if (ext == ".xlsx" || ext == ".zip") {
      FileBytes b = read_input_file(utf8_path(path), m_lang, k_max_export);
      if (!b) {
        m_diags.error(SourcePos{file, 0, 0}, b.message);
        return;
      }
      XlsxError error;
      if (ext == ".xlsx") {
        auto book = read_xlsx(b.bytes, ext, error, m_lang);
        if (!book) {
          m_diags.error(SourcePos{file, 0, 0},
                        msg(m_lang, "this is not an export vap can read: {}",
                            error.detail.empty() ? "not an .xlsx workbook" : error.detail));
          return;
        }
        for (const auto& sheet : book->sheets) {
          Table t = table(path, sheet.name, false);
          t.xlsx = true;
          t.date1904 = book->date1904;
          for (std::size_t r = 0; r < sheet.rows.size(); ++r) {
            std::vector<std::string> row;
            for (const auto& c : sheet.rows[r])
              row.push_back(c.type == XlsxCell::Type::number ? fmt::format("{}", c.number)
                                                             : exports::trim_spaces(c.text));
            if (r == 0)
              t.header = std::move(row);
            else
              t.rows.push_back(std::move(row));
          }
          if (!t.header.empty()) m_tables.push_back(std::move(t));
        }
      } else {
        auto entries = read_zip_entries(
            b.bytes, [](std::string_view n) { return lower_ext(std::string(n)) == ".csv"; }, error,
            m_lang);
        if (!entries) {
          m_diags.error(SourcePos{file, 0, 0},
                        msg(m_lang, "this is not an export vap can read: {}", "not a zip file"));
          return;
        }
        for (auto& [name, bytes] : *entries) {
          std::istringstream in(bytes);
          csv_table(in, path + "/" + name, name, true);
        }
      }
    } else {
      m_diags.error(SourcePos{file, 0, 0},
                    msg(m_lang,
                        "vap import reads exports (.xlsx, .csv, .zip) and submissions "
                        "(.xml), not '{}'",
                        ext));
    }
  }

  Imported finish() {
    // Each main table with the tables of its repeat groups.
    for (std::size_t i = 0; i < m_tables.size(); ++i)
      if (!is_repeat(m_tables[i]) && !m_tables[i].header.empty()) main_table(i);
    for (const auto& [path, entry] : m_instances)
      submission(*entry.form, entry.entry, path);
    auto out = m_records.finish();
    out.submissions = m_submissions;
    out.rejected = m_rejected;
    out.twice = m_twice;
    return out;
  }

  bool unreadable() const { return m_unreadable; }

private:
  Table table(const std::string& path, std::string name, bool numbered) {
    Table t;
    t.path = path;
    t.name = std::move(name);
    t.numbered = numbered;
    t.index = static_cast<std::uint32_t>(m_tables.size());
    t.source = m_current;
    return t;
  }

  static bool is_repeat(const Table& t) {
    return has_column(t, "PARENT_KEY") || has_column(t, "_parent_index");
  }

  // A CSV: its header now; its rows now for a repeat group's table (joined by key), later
  // (streamed) for a main table.
  void csv_table(std::istream& in, const std::string& path, const std::string& name,
                 bool in_memory) {
    CsvReader csv(in);
    Table t = table(path, name, true);
    std::vector<std::string> fields;
    if (!csv.next(fields)) return;
    t.header = fields;
    if (in_memory || is_repeat(t)) {
      while (csv.next(fields)) {
        if (fields.size() == 1 && fields[0].empty()) continue;
        t.rows.push_back(fields);
        t.row_lines.push_back(csv.line() - 1);
      }
      if (csv.unclosed_quote())
        m_diags.error(
            m_sources.add_cell(m_files.back(),
                               exports::place_of(t, {t.index, csv.unclosed_quote() - 1, 0, 0}, "")),
            msg(m_lang, "a quote opened here is never closed"));
    } else {
      t.stream_path = path;
    }
    m_tables.push_back(std::move(t));
  }

  void read_csv(const std::string& path, std::uint32_t) {
    std::error_code ec;
    const fs::path p = utf8_path(path);
    if (!m_read.insert(fs::weakly_canonical(p, ec)).second) return;
    std::ifstream in(p, std::ios::binary);
    csv_table(in, path, path_text(p.filename()), false);
    // ODK Central's CSV of each repeat group sits beside its main CSV: FORM-REPEAT.csv.
    if (is_repeat(m_tables.back())) return;
    const std::string stem = path_text(p.stem()) + "-";
    std::vector<fs::path> beside;
    for (fs::directory_iterator it(p.parent_path().empty() ? fs::path(".") : p.parent_path(), ec),
         end;
         !ec && it != end; it.increment(ec)) {
      const std::string name = path_text(it->path().filename());
      if (name.rfind(stem, 0) == 0 && lower_ext(name) == ".csv") beside.push_back(it->path());
    }
    std::sort(beside.begin(), beside.end());
    for (const auto& b : beside) {
      if (!m_read.insert(fs::weakly_canonical(b, ec)).second) continue;
      std::ifstream bin(b, std::ios::binary);
      csv_table(bin, path_text(p.parent_path().empty() ? b.filename() : b), path_text(b.filename()),
                true);
    }
  }
  std::set<fs::path> m_read; // the CSV files read (once each)

  void read_xml(const std::string& path, std::uint32_t file);

  // The rows of table `i` (and of its repeat groups' tables), submission by submission.
  void main_table(std::size_t i);
  void submission(const form::Form& f, const Entry& e, const std::string& shown);

  const form::Form& form_of(form::Purpose p) {
    auto it = m_forms.find(p);
    if (it == m_forms.end()) it = m_forms.emplace(p, form::make_form(p, m_m)).first;
    return it->second;
  }

  friend class Rows;
  const Municipality& m_m;
  Sources& m_sources;
  Diagnostics& m_diags;
  Lang m_lang;
  std::vector<Table> m_tables;
  std::vector<std::uint32_t> m_files;
  std::map<form::Purpose, form::Form> m_forms;
  struct Instance {
    const form::Form* form;
    Entry entry;
  };
  std::vector<std::pair<std::string, Instance>> m_instances;
  exports::Records m_records;
  std::size_t m_submissions = 0, m_rejected = 0, m_twice = 0;
  // Each submission's instance id (a hash) with its content's hash and place, for the same
  // submission read twice.
  std::unordered_map<std::uint64_t, std::pair<std::uint64_t, Where>> m_seen;
  bool m_unreadable = false;
  std::string m_current; // the file being read

public:
  // ---- rows into submissions ----
  // A message at a value's place.
  void error_at(const Table& t, const Where& w, const std::string& value, std::string message) {
    m_diags.error(m_sources.add_cell(m_files.front(), exports::place_of(t, w, value)),
                  std::move(message));
  }
  void warning_at(const Table& t, const Where& w, const std::string& value, std::string message) {
    m_diags.warning(m_sources.add_cell(m_files.front(), exports::place_of(t, w, value)),
                    std::move(message));
  }
  // A value as its question takes it, or false (with the error at its place).
  bool normalise(const form::Form& f, const form::Question& q, const std::string& raw,
                 const Table& t, const Where& w, std::string& out);
  // One row's answers (the columns `cols` map); false when a value was wrong.
  // The answers of `e` to the questions `scope` together (exports::answer_problems), each
  // problem at its answer or, unanswered, at the question's column (`column`) or the row.
  bool
  check_answers(const std::vector<form::Question>& scope, const Table& t, const Entry& e,
                const std::function<std::optional<std::uint32_t>(const form::Question&)>& column);
  bool entry_of(const form::Form& f, const Table& t, const std::vector<std::optional<Column>>& cols,
                const std::vector<std::string>& row, std::uint32_t row_place, Entry& e);
};

} // namespace

} // namespace vap

namespace vap {
namespace {

bool Run::normalise(const form::Form& f, const form::Question& q, const std::string& raw,
                    const Table& t, const Where& w, std::string& out) {
  std::string why;
  auto v = exports::normalise(f, q, raw, t, w.head < t.header.size() ? t.header[w.head] : q.name,
                              m_lang, why);
  if (!v) {
    error_at(t, w, raw, std::move(why));
    return false;
  }
  out = std::move(*v);
  return true;
}

bool Run::check_answers(
    const std::vector<form::Question>& scope, const Table& t, const Entry& e,
    const std::function<std::optional<std::uint32_t>(const form::Question&)>& column) {
  auto header = [&](const form::Question& q) {
    const auto c = column(q);
    return c && *c < t.header.size() ? t.header[*c] : q.name;
  };
  bool ok = true;
  for (const auto& p : exports::answer_problems(scope, e, m_lang, header)) {
    ok = false;
    if (p.answer) {
      error_at(t, p.answer->where, p.answer->text, p.message);
      continue;
    }
    const auto c = column(*p.q);
    error_at(t, c ? Where{t.index, e.where.row, *c, *c} : e.where, "", p.message);
  }
  return ok;
}

bool Run::entry_of(const form::Form& f, const Table& t,
                   const std::vector<std::optional<Column>>& cols,
                   const std::vector<std::string>& row, std::uint32_t row_place, Entry& e) {
  bool ok = true;
  e.where = {t.index, row_place, 0, 0};
  // Split select_multiple columns and geopoint parts, gathered per question.
  std::map<const form::Question*, std::pair<std::string, Where>> chosen;
  std::map<const form::Question*, std::pair<std::array<std::string, 2>, Where>> geo;
  for (std::size_t c = 0; c < cols.size() && c < row.size(); ++c) {
    if (!cols[c]) continue;
    const std::string raw = exports::trim_spaces(row[c]);
    if (raw.empty()) continue;
    const Where w{t.index, row_place, static_cast<std::uint32_t>(c), static_cast<std::uint32_t>(c)};
    const Column& col = *cols[c];
    if (col.q->type == QType::calculate && col.q->name.find("_count") == std::string::npos &&
        col.q->name != form::k_form_field && col.q->name != form::k_municipality_field)
      continue;
    if (col.choice >= 0) {
      if (!exports::selected_flag(raw)) continue;
      auto& [names, at] = chosen[col.q];
      if (names.empty()) at = w;
      names += (names.empty() ? "" : " ") +
               f.list(col.q->list)->choices[static_cast<std::size_t>(col.choice)].name;
      continue;
    }
    if (col.geo >= 0) {
      if (col.geo < 2) {
        auto& [parts, at] = geo[col.q];
        if (parts[0].empty() && parts[1].empty()) at = w;
        parts[static_cast<std::size_t>(col.geo)] = raw;
      }
      continue;
    }
    std::string value;
    if (!normalise(f, *col.q, raw, t, w, value)) {
      ok = false;
      continue;
    }
    e.answers.push_back({col.q, std::move(value), w});
  }
  for (auto& [q, names] : chosen)
    if (!e.get(q->name)) e.answers.push_back({q, names.first, names.second});
  for (auto& [q, parts] : geo)
    if (!e.get(q->name)) {
      std::string value;
      if (normalise(f, *q, parts.first[0] + " " + parts.first[1], t, parts.second, value))
        e.answers.push_back({q, value, parts.second});
      else
        ok = false;
    }
  if (!ok) return false;
  // The answers together: a repeat group's entry against its children, a row against the form.
  const form::Question* first = nullptr;
  for (const auto& c : cols)
    if (c && !first) first = c->q;
  const auto parents = first ? f.parents(*first) : std::vector<const form::Question*>{};
  const form::Question* repeat = nullptr;
  for (const auto* p : parents)
    if (p->type == QType::repeat) repeat = p;
  return check_answers(repeat ? repeat->children : f.questions, t, e,
                       [&](const form::Question& q) -> std::optional<std::uint32_t> {
                         for (std::size_t c = 0; c < cols.size(); ++c)
                           if (cols[c] && cols[c]->q == &q && cols[c]->choice < 0 &&
                               cols[c]->geo < 0)
                             return static_cast<std::uint32_t>(c);
                         return std::nullopt;
                       });
}

// The rows of a table, in memory or streamed from its CSV.
class Rows {
public:
  explicit Rows(const Table& t) : m_t(t) {
    if (!t.stream_path.empty()) {
      m_in.open(utf8_path(t.stream_path), std::ios::binary);
      m_csv.emplace(m_in);
      std::vector<std::string> header;
      m_csv->next(header);
    }
  }
  bool next(std::vector<std::string>& row, std::uint32_t& place) {
    if (m_csv) {
      while (m_csv->next(row)) {
        if (row.size() == 1 && row[0].empty()) continue;
        place = m_csv->line() - 1;
        return true;
      }
      return false;
    }
    if (m_i >= m_t.rows.size()) return false;
    row = m_t.rows[m_i];
    place = m_t.numbered && m_i < m_t.row_lines.size() ? m_t.row_lines[m_i]
                                                       : static_cast<std::uint32_t>(m_i + 1);
    ++m_i;
    return true;
  }
  std::uint32_t unclosed() const { return m_csv ? m_csv->unclosed_quote() : 0; }

private:
  const Table& m_t;
  std::ifstream m_in;
  std::optional<CsvReader> m_csv;
  std::size_t m_i = 0;
};

void Run::main_table(std::size_t ti) {
  const Table& t = m_tables[ti];
  const std::size_t kind_col = column_of(t.header, form::k_form_field);
  if (kind_col == t.header.size()) {
    m_diags.error(m_sources.add_cell(m_files.front(), exports::place_of(t, {t.index, 0, 0, 0}, "")),
                  msg(m_lang,
                      "this table has no column '{}': it is not the export of a form made "
                      "by vap form",
                      form::k_form_field));
    return;
  }
  const std::size_t uuid_col =
      std::min({column_of(t.header, "_uuid"), column_of(t.header, "meta-instanceID"),
                column_of(t.header, "meta/instanceID"), column_of(t.header, "instanceID"),
                column_of(t.header, "KEY")});
  const std::size_t status_col =
      std::min(column_of(t.header, "_validation_status"), column_of(t.header, "ReviewState"));
  const bool central = has_column(t, "KEY");
  const std::size_t key_col = central ? column_of(t.header, "KEY") : column_of(t.header, "_index");

  Rows rows(t);
  std::vector<std::string> row;
  std::uint32_t place = 0;
  const form::Form* f = nullptr;
  std::optional<Columns> columns;
  std::vector<std::optional<Column>> cols;
  struct RepeatTable {
    const form::Question* q;
    const Table* t = nullptr;
    std::vector<std::optional<Column>> cols;
    std::map<std::string, std::vector<std::size_t>> by_parent;
    bool told = false;
  };
  std::vector<RepeatTable> repeats;
  while (rows.next(row, place)) {
    if (!f) {
      // The form: its purpose from the first row.
      const std::string k = kind_col < row.size() ? exports::trim_spaces(row[kind_col]) : "";
      auto purpose = form::purpose_of(k);
      if (!purpose) {
        error_at(t,
                 {t.index, place, static_cast<std::uint32_t>(kind_col),
                  static_cast<std::uint32_t>(kind_col)},
                 k,
                 msg(m_lang,
                     "'{}' names no form of vap (session, ballot, survey, assembly, monitoring)",
                     k));
        return;
      }
      f = &form_of(*purpose);
      columns.emplace(*f);
      std::vector<std::string> unknown;
      for (const auto& h : t.header) {
        cols.push_back(columns->find(h));
        if (!cols.back() && !columns->is_meta(h) && !h.empty()) unknown.push_back(h);
      }
      if (!unknown.empty()) {
        std::string list;
        for (const auto& u : unknown)
          list += (list.empty() ? "'" : ", '") + u + "'";
        m_diags.warning(SourcePos{m_files.front(), 0, 0},
                        msg(m_lang, "{}: columns that are no question of the form are not read: {}",
                            t.path, list));
      }
      // Its repeat groups' tables: of the same export, by name, else by their columns.
      std::function<void(const std::vector<form::Question>&)> walk =
          [&](const std::vector<form::Question>& qs) {
            for (const auto& q : qs) {
              if (q.type == QType::repeat) repeats.push_back({&q, nullptr, {}, {}, false});
              walk(q.children);
            }
          };
      walk(f->questions);
      for (auto& r : repeats) {
        std::size_t best = 0;
        for (auto& other : m_tables) {
          if (!is_repeat(other) || other.header.empty()) continue;
          if (other.source != t.source && (t.xlsx || lower_ext(t.source) == ".zip")) continue;
          std::string n = other.name;
          for (auto& c : n)
            c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
          const bool named =
              n == r.q->name || (n.size() == 31 && r.q->name.rfind(n, 0) == 0) ||
              (n.size() > r.q->name.size() + 4 &&
               n.substr(n.size() - r.q->name.size() - 5) == "-" + r.q->name + ".csv");
          std::size_t score = named ? 1000 : 0;
          for (const auto& h : other.header)
            if (auto c = columns->find(h);
                c && f->parents(*c->q).size() && f->parents(*c->q).back() == r.q)
              ++score;
          if (score > best) {
            best = score;
            r.t = &other;
          }
        }
        if (!r.t) continue;
        for (const auto& h : r.t->header)
          r.cols.push_back(columns->find(h));
        const std::size_t parent =
            std::min(column_of(r.t->header, "PARENT_KEY"), column_of(r.t->header, "_parent_index"));
        for (std::size_t i = 0; i < r.t->rows.size(); ++i)
          if (parent < r.t->rows[i].size()) r.by_parent[r.t->rows[i][parent]].push_back(i);
      }
    }
    // Rejected submissions are skipped.
    if (status_col < row.size()) {
      const std::string st = match_key(row[status_col]);
      if (st == "rejected" || st == "validation_status_not_approved" || st == "not approved") {
        ++m_rejected;
        continue;
      }
    }
    Entry e;
    bool ok = entry_of(*f, t, cols, row, place, e);
    for (auto& r : repeats) {
      std::vector<Entry> entries;
      if (r.t && key_col < row.size()) {
        std::string key = row[key_col];
        if (auto it = r.by_parent.find(key); it != r.by_parent.end())
          for (std::size_t i : it->second) {
            Entry c;
            const std::uint32_t rp = r.t->numbered && i < r.t->row_lines.size()
                                         ? r.t->row_lines[i]
                                         : static_cast<std::uint32_t>(i + 1);
            ok = entry_of(*f, *r.t, r.cols, r.t->rows[i], rp, c) && ok;
            entries.push_back(std::move(c));
          }
      }
      // A count the form keeps: an export without the repeat's rows is refused, not read as none.
      if (const auto* n = e.get(r.q->name + "_count"); n && n->text != "0" && entries.empty()) {
        if (!r.told) {
          std::string missing =
              central ? fmt::format("{}-{}.csv", path_text(utf8_path(t.name).stem()), r.q->name)
                      : r.q->name;
          error_at(t, n->where, n->text,
                   r.t || !t.numbered || central
                       ? msg(m_lang,
                             "the submission has {} entries of '{}', but the export has none of "
                             "them: give {} too",
                             n->text, r.q->name, missing)
                       : msg(m_lang,
                             "the submission has {} entries of '{}', but this CSV has none: "
                             "KoboToolbox's CSV export leaves repeat groups out; export as XLSX",
                             n->text, r.q->name));
          r.told = !r.t;
        }
        ok = false;
      }
      if (!entries.empty()) e.repeats.emplace_back(r.q, std::move(entries));
    }
    if (!ok) continue;
    ++m_submissions;
    if (uuid_col < row.size() && !row[uuid_col].empty()) {
      const std::uint64_t id = exports::text_hash(row[uuid_col]);
      const std::uint64_t content = exports::content_hash(e);
      auto [it, fresh] = m_seen.emplace(id, std::make_pair(content, e.where));
      if (!fresh) {
        const auto& first = it->second;
        const Table& ft = m_tables[first.second.table];
        const Where at{t.index, place, static_cast<std::uint32_t>(uuid_col),
                       static_cast<std::uint32_t>(uuid_col)};
        if (first.first == content) {
          ++m_twice;
          --m_submissions;
          warning_at(t, at, row[uuid_col],
                     msg(m_lang, "the same submission as {} row {}: read once", ft.path,
                         first.second.row + 1));
        } else {
          error_at(t, at, row[uuid_col],
                   msg(m_lang,
                       "two different submissions have the id '{}' (the other is {} row {}): an "
                       "edited submission? export again",
                       row[uuid_col], ft.path, first.second.row + 1));
        }
        continue;
      }
    }
    submission(*f, e, t.path);
  }
  if (rows.unclosed())
    error_at(t, {t.index, rows.unclosed() - 1, 0, 0}, "",
             msg(m_lang, "a quote opened here is never closed"));
}

void Run::submission(const form::Form& f, const Entry& e, const std::string& shown) {
  if (const auto* mid = e.get(form::k_municipality_field); mid && mid->text != m_m.id) {
    error_at(m_tables[mid->where.table], mid->where, mid->text,
             msg(m_lang, "this submission is of the form of municipality '{}', not of '{}'",
                 mid->text, m_m.id));
    return;
  }
  m_records.add(f, e, shown);
}

} // namespace

Imported import_exports(const std::vector<std::string>& paths, const Municipality& m,
                        Sources& sources, Diagnostics& diags) {
  Run run(m, sources, diags);
  for (const auto& p : paths)
    run.read(p);
  return run.finish();
}

} // namespace vap

namespace vap {
namespace {

void Run::read_xml(const std::string& path, std::uint32_t file) {
  FileBytes b = read_input_file(utf8_path(path), m_lang, k_max_export);
  if (!b) {
    m_diags.error(SourcePos{file, 0, 0}, b.message);
    return;
  }
  const exports::XmlInstance build = exports::parse_instance(b.bytes);
  Table t = table(path, path_text(utf8_path(path).filename()), true);
  t.header.push_back("");
  m_tables.push_back(t);
  const Table& tt = m_tables.back();
  if (!build.parsed) {
    error_at(tt, {tt.index, build.line ? build.line - 1 : 0, build.col, 0}, "",
             msg(m_lang, "this is not a submission vap can read (XML: {})", build.why));
    return;
  }
  const exports::XNode* kind = nullptr;
  for (const auto& k : build.root.kids)
    if (k.name == form::k_form_field) kind = &k;
  auto purpose = kind ? form::purpose_of(exports::trim_spaces(kind->text)) : std::nullopt;
  if (!purpose) {
    error_at(tt, {tt.index, build.root.line - 1, build.root.col, 0}, build.root.name,
             msg(m_lang, "this is not a submission of a form made by vap form (it has no '{}')",
                 form::k_form_field));
    return;
  }
  const form::Form& f = form_of(*purpose);
  // The elements into the submission: a group's elements are its questions', a repeat's each
  // an entry of its own.
  bool ok = true;
  std::string instance_id;
  std::function<void(const exports::XNode&, Entry&)> fill = [&](const exports::XNode& node,
                                                                Entry& e) {
    for (const auto& k : node.kids) {
      if (node.name == "meta" && k.name == "instanceID") instance_id = exports::trim_spaces(k.text);
      const form::Question* q = f.find(k.name);
      if (!q) {
        if (k.name == "meta") fill(k, e);
        continue;
      }
      if (q->type == QType::group) {
        fill(k, e);
      } else if (q->type == QType::repeat) {
        Entry c;
        c.where = {tt.index, k.line - 1, k.col, 0};
        fill(k, c);
        auto it = std::find_if(e.repeats.begin(), e.repeats.end(),
                               [&](const auto& r) { return r.first == q; });
        if (it == e.repeats.end()) it = e.repeats.insert(e.repeats.end(), {q, {}});
        it->second.push_back(std::move(c));
      } else {
        const std::string raw = exports::trim_spaces(k.text);
        if (raw.empty()) continue;
        m_tables[tt.index].header.push_back(k.name);
        const Where w{tt.index, k.line - 1, k.col,
                      static_cast<std::uint32_t>(m_tables[tt.index].header.size() - 1)};
        std::string value;
        if (q->type == QType::calculate && q->name.find("_count") == std::string::npos &&
            q->name != form::k_form_field && q->name != form::k_municipality_field)
          continue;
        if (normalise(f, *q, raw, m_tables[tt.index], w, value))
          e.answers.push_back({q, value, w});
        else
          ok = false;
      }
    }
  };
  Entry e;
  e.where = {tt.index, build.root.line - 1, build.root.col, 0};
  fill(build.root, e);
  if (!ok) return;
  auto no_column = [](const form::Question&) { return std::optional<std::uint32_t>(); };
  ok = check_answers(f.questions, tt, e, no_column);
  for (const auto& [q, entries] : e.repeats)
    for (const auto& c : entries)
      ok = check_answers(q->children, tt, c, no_column) && ok;
  if (!ok) return;
  ++m_submissions;
  if (!instance_id.empty()) {
    const std::uint64_t id = exports::text_hash(instance_id);
    auto [it, fresh] = m_seen.emplace(id, std::make_pair(exports::content_hash(e), e.where));
    if (!fresh) {
      const Table& ft = m_tables[it->second.second.table];
      if (it->second.first == exports::content_hash(e)) {
        ++m_twice;
        --m_submissions;
        warning_at(tt, e.where, "", msg(m_lang, "the same submission as {}: read once", ft.path));
      } else {
        error_at(tt, e.where, "",
                 msg(m_lang,
                     "two different submissions have the id '{}' (the other is {}): an edited "
                     "submission? export again",
                     instance_id, ft.path));
      }
      return;
    }
  }
  m_instances.push_back({path, {&f, std::move(e)}});
}

} // namespace
} // namespace vap
