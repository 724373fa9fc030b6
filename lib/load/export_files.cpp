// vap import's files into tables: a CSV (with ODK Central's repeat CSVs beside it), the sheets of
// a KoboToolbox XLSX, the CSVs of a Central zip, an XML instance into a submission.
#include "vap/export_run.hpp"

#include "vap/csv_reader.hpp"
#include "vap/export_values.hpp"
#include "vap/export_xml.hpp"
#include "vap/file_reader.hpp"
#include "vap/text.hpp"
#include "vap/utf8_path.hpp"
#include "vap/xlsx.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <fstream>
#include <sstream>

namespace vap::exports {

namespace fs = std::filesystem;
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

void Run::read(const std::string& path) {
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
      m_unreadable = true;
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

Table Run::table(const std::string& path, std::string name, bool numbered) {
  Table t;
  t.path = path;
  t.name = std::move(name);
  t.numbered = numbered;
  t.index = static_cast<std::uint32_t>(m_tables.size());
  t.source = m_current;
  return t;
}

void Run::csv_table(std::istream& in, const std::string& path, const std::string& name,
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

void Run::read_csv(const std::string& path, std::uint32_t) {
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

void Run::read_xml(const std::string& path, std::uint32_t file) {
  FileBytes b = read_input_file(utf8_path(path), m_lang, k_max_export);
  if (!b) {
    m_diags.error(SourcePos{file, 0, 0}, b.message);
    m_unreadable = true;
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

} // namespace vap::exports
