// vap import's reading: each export file into tables (or an XML instance into a submission),
// each main table's rows with their repeat groups' rows into submissions, checked against the
// form and handed to the records (export_records.cpp).
#include "vap/export_run.hpp"

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

namespace vap::exports {

namespace fs = std::filesystem;
using form::QType;

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

} // namespace vap::exports

namespace vap {

Imported import_exports(const std::vector<std::string>& paths, const Municipality& m,
                        Sources& sources, Diagnostics& diags) {
  exports::Run run(m, sources, diags);
  for (const auto& p : paths)
    run.read(p);
  return run.finish();
}

} // namespace vap
