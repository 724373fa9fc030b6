// The hidden yaml sheet of a workbook written by an older vap: column A names a part
// ("municipality", "session N", "file NAME.yaml"), column B holds its YAML (a part longer than
// a cell continues on the next rows of the same part). vap writes no such sheet any more; it
// reads it so that those workbooks read as they did. A part and a visible sheet never merge:
// the same section in both is an error.
#include "vap/book_reader.hpp"

#include "vap/i18n.hpp"
#include "vap/parse.hpp"
#include "vap/record_document.hpp"
#include "vap/text.hpp"
#include "vap/yaml_guard.hpp"

#include <algorithm>
#include <map>

namespace vap {
namespace {

struct Line {
  std::size_t row;
  std::uint32_t inner; // 1-based line within its cell
  std::string text;
};

struct Part {
  std::string name;
  std::size_t first_row = 0;
  std::vector<Line> lines;
  std::string text() const {
    std::string t;
    for (const auto& l : lines)
      t += l.text + "\n";
    return t;
  }
};

bool all_digits(std::string_view s) {
  return !s.empty() &&
         std::all_of(s.begin(), s.end(), [](char ch) { return ch >= '0' && ch <= '9'; });
}

bool safe_name(std::string_view name) {
  if (name.empty() || name.find("..") != std::string_view::npos || name[0] == '/' ||
      name.find('\\') != std::string_view::npos || name.find(':') != std::string_view::npos)
    return false;
  return name.ends_with(".yaml") || name.ends_with(".yml");
}

// The kind a whole file's text is, by its first top-level section key.
FileKind text_kind(std::string_view text) {
  for (const auto& k : schema::kinds()) {
    const std::string key = std::string(k.key) + ":";
    if (text.rfind(key, 0) == 0 || text.find("\n" + key) != std::string_view::npos) return k.kind;
  }
  return FileKind::none;
}

struct PlaceContext {
  BookReader* reader;
  BookReader::File* file;
  std::size_t sheet;
  const Part* part;
};

std::uint32_t place_of(const yaml::Node& node, const void* context) {
  const auto& c = *static_cast<const PlaceContext*>(context);
  const int line = node.Mark().line;
  if (line < 0 || static_cast<std::size_t>(line) >= c.part->lines.size()) return 0;
  const Line& l = c.part->lines[static_cast<std::size_t>(line)];
  const std::uint32_t p = c.reader->place(*c.file, c.sheet, l.row, 1, l.text);
  c.file->cells.back().inner_line = l.inner;
  return p;
}

// The columns of a node's marks (characters before it on its line), after record_of_node.
void set_columns(Record& r, const yaml::Node& node, const Part& part) {
  const int line = node.Mark().line;
  const auto bytes = static_cast<std::size_t>(std::max(0, node.Mark().column));
  if (line >= 0 && static_cast<std::size_t>(line) < part.lines.size()) {
    const std::string& text = part.lines[static_cast<std::size_t>(line)].text;
    r.column = static_cast<std::uint32_t>(
        codepoints(std::string_view(text).substr(0, std::min(bytes, text.size()))));
  }
  if (node.IsSequence()) {
    std::size_t i = 0;
    for (const auto& item : node)
      set_columns(r.items[i++], item, part);
  } else if (node.IsMap()) {
    std::size_t i = 0;
    for (auto it = node.begin(); it != node.end(); ++it) {
      set_columns(r.items[i++], it->first, part);
      set_columns(r.items[i++], it->second, part);
    }
  }
}

} // namespace

void read_yaml_sheet(BookReader& reader, std::size_t si, std::vector<WorkbookFile>& whole) {
  const XlsxSheet& s = reader.sheet(si);
  const Lang lang = reader.lang();
  std::vector<Part> parts;
  for (std::size_t r = 1; r < s.rows.size(); ++r) {
    const XlsxCell& part = s.at(r, 0);
    const XlsxCell& text = s.at(r, 1);
    if (part.empty() && text.empty()) continue;
    const std::string p = trimmed(shown(part));
    const bool known =
        p == "municipality" ||
        (p.rfind("session ", 0) == 0 && all_digits(p.substr(8)) && p.size() < 16) ||
        (p.rfind("file ", 0) == 0 && safe_name(p.substr(5)));
    if (!known) {
      reader.error(si, r, 0,
                   msg(lang,
                       "'{}' is not a part vap knows; the parts are: municipality, session N, "
                       "file NAME.yaml",
                       p));
      continue;
    }
    auto it = std::find_if(parts.begin(), parts.end(), [&](const Part& x) { return x.name == p; });
    if (it == parts.end()) {
      parts.push_back({p, r, {}});
      it = parts.end() - 1;
    }
    const std::string yaml = shown(text);
    std::size_t start = 0;
    std::uint32_t n = 0;
    while (start < yaml.size()) {
      const auto nl = yaml.find('\n', start);
      std::string line = yaml.substr(start, nl == std::string::npos ? nl : nl - start);
      if (!line.empty() && line.back() == '\r') line.pop_back();
      it->lines.push_back({r, ++n, std::move(line)});
      if (nl == std::string::npos) break;
      start = nl + 1;
    }
  }

  for (const auto& part : parts) {
    if (part.name.rfind("file ", 0) == 0) {
      WorkbookFile f;
      f.name = part.name.substr(5);
      f.text = part.text();
      f.kind = text_kind(f.text);
      for (const auto& l : part.lines) {
        CellPlace c{s.name, static_cast<std::uint32_t>(si), static_cast<std::uint32_t>(l.row), 1,
                    l.text, l.inner, nullptr};
        f.cells.push_back(std::move(c));
      }
      // A section typed in a sheet and kept here too would be two of a kind in silence.
      for (const auto& made : reader.files())
        if (made.kind == f.kind && f.kind != FileKind::none && f.kind != FileKind::session &&
            f.kind != FileKind::municipality) {
          reader.error(si, part.first_row, 0,
                       msg(lang,
                           "'{}' is kept in this hidden sheet (an older vap wrote it here) and "
                           "typed in the sheet '{}' too: keep one (copy these rows into the "
                           "sheet, or clear the sheet)",
                           f.name, reader.sheet(made.sheet).name));
          break;
        }
      whole.push_back(std::move(f));
      continue;
    }
    BookReader::File* target = nullptr;
    if (part.name == "municipality") {
      target = &reader.municipality();
    } else {
      target = reader.session(std::stoll(part.name.substr(8)));
      if (!target) {
        reader.error(si, part.first_row, 0,
                     msg(lang, "no session {} in the sessions sheet", part.name.substr(8)));
        continue;
      }
    }
    // The part's YAML, parsed as a file of its own (for its syntax messages at its cells).
    Sources scratch;
    const std::uint32_t id = scratch.add("");
    scratch.set_text(id, part.text());
    std::vector<CellPlace> cells;
    for (const auto& l : part.lines)
      cells.push_back(CellPlace{s.name, static_cast<std::uint32_t>(si),
                                static_cast<std::uint32_t>(l.row), 1, l.text, l.inner, nullptr});
    scratch.set_cells(id, cells);
    Diagnostics diags(lang);
    std::unique_ptr<yaml::Document> doc;
    try {
      doc = parse_refusing_aliases(scratch, id, diags);
    } catch (const YAML::Exception& e) {
      report_syntax_error(e, scratch, id, diags);
    }
    for (const auto& d : diags.items()) {
      const CellPlace* c = scratch.cell(d.pos);
      if (!c) continue;
      reader.inner_message(d.severity, *c, d.pos.col, d.message);
    }
    if (!doc) continue;
    const yaml::Node root = doc->root();
    if (!root.IsMap()) continue;
    PlaceContext context{&reader, target, si, &part};
    Record fragment = record_of_node(root, place_of, &context);
    set_columns(fragment, root, part);
    for (std::size_t i = 0; i < fragment.size(); ++i) {
      const std::string& key = fragment.key(i).text;
      if (target->record.get(key)) {
        reader.error(si, part.first_row, 1,
                     msg(lang,
                         "'{}' of '{}' is kept in this hidden sheet (an older vap wrote it here) "
                         "and typed in a sheet too: keep one",
                         key, part.name));
        continue;
      }
      target->record.set(key, fragment.value(i), fragment.key(i).place);
    }
  }
}

} // namespace vap
