#pragma once
// One run of vap import (vap/exports.hpp): the files given read into tables
// (lib/load/export_files.cpp: CSV, XLSX, zip, XML instances), each main table's rows with their
// repeat groups' rows made into submissions and checked (lib/load/export_reader.cpp).
#include "vap/export_columns.hpp"
#include "vap/export_records.hpp"

#include <filesystem>
#include <functional>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace vap::exports {

// A path's extension in lower case (".csv").
std::string lower_ext(const std::string& p);
// The column of `name` in a header (any spelling match_key folds), or header.size().
std::size_t column_of(const std::vector<std::string>& header, std::string_view name);
bool has_column(const Table& t, std::string_view name);

class Run {
public:
  Run(const Municipality& m, Sources& sources, Diagnostics& diags)
      : m_m(m), m_sources(sources), m_diags(diags), m_lang(diags.lang()),
        m_records(m, m_tables, sources, diags) {}

  void read(const std::string& path);

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
    out.unreadable = m_unreadable;
    return out;
  }

  bool unreadable() const { return m_unreadable; }

private:
  Table table(const std::string& path, std::string name, bool numbered);

  static bool is_repeat(const Table& t) {
    return has_column(t, "PARENT_KEY") || has_column(t, "_parent_index");
  }

  // A CSV: its header now; its rows now for a repeat group's table (joined by key), later
  // (streamed) for a main table.
  void csv_table(std::istream& in, const std::string& path, const std::string& name,
                 bool in_memory);

  void read_csv(const std::string& path, std::uint32_t);
  std::set<std::filesystem::path> m_read; // the CSV files read (once each)

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

} // namespace vap::exports
