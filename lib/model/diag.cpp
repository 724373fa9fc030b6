#include "vap/diag.hpp"

#include "vap/text.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <tuple>

namespace vap {
namespace {

constexpr std::size_t k_quote_width = 120; // longer lines are quoted around the column only
constexpr std::size_t k_quote_before = 40;

// The line as quoted under a message: control and invisible characters as U+FFFD, and a line
// longer than k_quote_width characters cut to the part around the column, with "…" where it is
// cut. `col` is moved to the same character of the quote.
std::string excerpt(std::string_view line, std::uint32_t& col) {
  std::vector<std::size_t> starts; // the byte where each character starts
  for (std::size_t i = 0; i < line.size(); ++i)
    if ((static_cast<unsigned char>(line[i]) & 0xC0) != 0x80) starts.push_back(i);
  std::size_t first = 0;
  std::size_t last = starts.size();
  if (starts.size() > k_quote_width) {
    const std::size_t at = col > 0 ? col - 1 : 0;
    first = at > k_quote_before ? at - k_quote_before : 0;
    first = std::min(first, starts.size() - k_quote_width);
    last = first + k_quote_width;
  }
  std::string out = first > 0 ? "\xE2\x80\xA6" : "";
  for (std::size_t k = first; k < last; ++k) {
    const std::size_t end = k + 1 < starts.size() ? starts[k + 1] : line.size();
    std::string_view ch = line.substr(starts[k], end - starts[k]);
    auto b = static_cast<unsigned char>(ch[0]);
    // Invisible characters (a right-to-left override would reorder the terminal's line) too.
    char32_t cp = b;
    if (ch.size() > 1) {
      cp = b & (0xFF >> (ch.size() + 1));
      for (std::size_t k = 1; k < ch.size(); ++k)
        cp = (cp << 6) | (static_cast<unsigned char>(ch[k]) & 0x3F);
    }
    if ((b < 0x20 && b != '\t') || b == 0x7F || (ch.size() > 1 && !invisible_character(cp).empty()))
      out += "\xEF\xBF\xBD";
    else
      out += ch;
  }
  if (last < starts.size()) out += "\xE2\x80\xA6";
  if (first > 0) col = static_cast<std::uint32_t>(col - first + 1); // "…" takes the first column
  return out;
}

} // namespace
namespace {

// The line as it can be shown: each byte that is not UTF-8 becomes one U+FFFD, so that the
// caret still lines up with the column (counted the same way).
std::string printable(std::string_view line) {
  std::string out;
  while (auto bad = find_invalid_utf8(line)) {
    out.append(line.substr(0, *bad));
    out += "\xEF\xBF\xBD";
    line.remove_prefix(*bad + 1);
  }
  out.append(line);
  return out;
}

// A path as shown before a message: quoted, with escapes, when it holds a control character (a
// newline in a file name would otherwise start a line of its own).
std::string shown_path(const std::string& path) {
  if (std::none_of(path.begin(), path.end(),
                   [](char c) { return static_cast<unsigned char>(c) < 0x20 || c == 0x7F; }))
    return path;
  std::string out = "\"";
  for (char c : path) {
    auto b = static_cast<unsigned char>(c);
    if (c == '\n')
      out += "\\n";
    else if (c == '\t')
      out += "\\t";
    else if (c == '"' || c == '\\')
      out += std::string("\\") + c;
    else if (b < 0x20 || b == 0x7F)
      out += fmt::format("\\x{:02x}", b);
    else
      out += c;
  }
  return out + "\"";
}

// The message with each key of `headers` quoted in it ('year') quoted as its header ('Жылы'),
// at its first place.
std::string with_headers(const std::string& message, const CellPlace& c) {
  if (!c.headers || c.headers->empty()) return message;
  std::string out;
  std::vector<bool> done(c.headers->size(), false);
  std::size_t from = 0;
  for (;;) {
    const std::size_t open = message.find('\'', from);
    const std::size_t close = open == std::string::npos ? open : message.find('\'', open + 1);
    if (close == std::string::npos) break;
    const std::string_view word(message.data() + open + 1, close - open - 1);
    std::size_t k = 0;
    while (k < c.headers->size() && (done[k] || (*c.headers)[k].first != word))
      ++k;
    out.append(message, from, open + 1 - from);
    if (k < c.headers->size()) {
      done[k] = true;
      out += (*c.headers)[k].second;
    } else {
      out += word;
    }
    out += '\'';
    from = close + 1;
  }
  out.append(message, from, std::string::npos);
  return out;
}

} // namespace

std::string cell_label(const CellPlace& place) {
  std::string col;
  for (std::uint32_t c = place.col + 1; c > 0; c = (c - 1) / 26)
    col.insert(col.begin(), static_cast<char>('A' + (c - 1) % 26));
  bool quote = place.sheet.empty();
  for (char ch : place.sheet) {
    auto c = static_cast<unsigned char>(ch);
    if (c < 0x80 && !std::isalnum(c) && c != '_' && c != '.') quote = true;
  }
  std::string sheet = place.sheet.str();
  if (quote) {
    std::string q = "'";
    for (char ch : sheet)
      q += ch == '\'' ? std::string("''") : std::string(1, ch);
    sheet = q + "'";
  }
  return fmt::format("{}!{}{}", sheet, col, place.row + 1);
}

void Sources::set_cells(std::uint32_t file, std::vector<CellPlace> cells) {
  cells.shrink_to_fit(); // kept for the whole batch: a workbook's grew by doubling
  m_entries.at(file).cells = std::move(cells);
}

SourcePos Sources::add_cell(std::uint32_t file, CellPlace place) {
  Entry& e = m_entries.at(file);
  e.cells.push_back(std::move(place));
  return SourcePos{file, static_cast<std::uint32_t>(e.cells.size()), 1};
}

const CellPlace* Sources::cell(const SourcePos& pos) const {
  if (!pos.known() || pos.line == 0 || pos.file >= m_entries.size()) return nullptr;
  const Entry& e = m_entries[pos.file];
  if (e.cells.empty()) return nullptr;
  // A position past the last line (the end of the text) is at the last cell.
  return &e.cells[std::min<std::size_t>(pos.line, e.cells.size()) - 1];
}

Sources::Sources() {
  m_entries.push_back({"", "", {}, {}});
}

std::uint32_t Sources::add(std::string path) {
  m_entries.push_back({std::move(path), "", {}, {}});
  return static_cast<std::uint32_t>(m_entries.size() - 1);
}

void Sources::set_clean_text(std::uint32_t file, std::string text,
                             std::vector<std::uint32_t> lines) {
  Entry& e = m_entries.at(file);
  e.text = std::move(text);
  e.lines = std::move(lines);
  e.clean = true;
}

void Sources::set_text(std::uint32_t file, std::string text) {
  Entry& e = m_entries.at(file);
  e.text = std::move(text);
  e.clean = false;
  // Where each line starts, so that a position's line is found without reading the file again.
  e.lines.assign(1, 0);
  for (auto nl = e.text.find('\n'); nl != std::string::npos; nl = e.text.find('\n', nl + 1))
    e.lines.push_back(static_cast<std::uint32_t>(nl + 1));
}

const std::string& Sources::path(std::uint32_t file) const {
  return m_entries.at(file).path;
}
const std::string& Sources::text(std::uint32_t file) const {
  return m_entries.at(file).text;
}

std::string_view Sources::line(std::uint32_t file, std::uint32_t line) const {
  const Entry& e = m_entries.at(file);
  std::string_view t = e.text;
  const std::size_t l = std::max<std::uint32_t>(line, 1);
  if (l > e.lines.size()) return {};
  const std::size_t start = e.lines[l - 1];
  const std::size_t end = l < e.lines.size() ? e.lines[l] - 1 : t.size();
  std::string_view s = t.substr(start, end - start);
  if (!s.empty() && s.back() == '\r') s.remove_suffix(1);
  return s;
}

SourcePos Sources::at(std::uint32_t file, std::size_t line0, std::size_t byte_col0) const {
  SourcePos pos{file, static_cast<std::uint32_t>(line0 + 1), 1};
  std::string_view l = line(file, pos.line);
  pos.col = static_cast<std::uint32_t>(codepoints(l.substr(0, std::min(byte_col0, l.size()))) + 1);
  if (byte_col0 > l.size()) pos.col += static_cast<std::uint32_t>(byte_col0 - l.size());
  return pos;
}

SourcePos Sources::at_offset(std::uint32_t file, std::size_t offset) const {
  const Entry& e = m_entries.at(file);
  offset = std::min(offset, e.text.size());
  // The line is found among the line starts (binary search): a file with many messages does not
  // count its newlines again for each.
  std::size_t line0 = 0;
  if (!e.lines.empty())
    line0 = static_cast<std::size_t>(std::upper_bound(e.lines.begin(), e.lines.end(), offset) -
                                     e.lines.begin()) -
            1;
  const std::size_t start = e.lines.empty() ? 0 : e.lines[line0];
  return at(file, line0, offset - start);
}

void Diagnostics::keep(Diagnostic d) {
  std::size_t& kept = m_kept_file[d.pos.file];
  if (kept >= k_per_file) {
    drop_file(d.pos.file, 1);
    return;
  }
  ++kept;
  m_items.push_back(std::move(d));
}

bool Diagnostics::full(std::uint32_t file) const {
  auto it = m_kept_file.find(file);
  return it != m_kept_file.end() && it->second >= k_per_file;
}

void Diagnostics::drop_file(std::uint32_t file, std::size_t n) {
  m_dropped_file[file] += n;
}

void Diagnostics::error(SourcePos pos, std::string message) {
  ++m_errors;
  keep({Severity::error, pos, std::move(message)});
}

void Diagnostics::warning(SourcePos pos, std::string message) {
  ++m_warnings;
  keep({Severity::warning, pos, std::move(message)});
}

void Diagnostics::note(SourcePos pos, std::string message) {
  ++m_notes;
  keep({Severity::note, pos, std::move(message)});
}

void Diagnostics::add(const Diagnostic& d) {
  if (d.severity == Severity::error) ++m_errors;
  if (d.severity == Severity::warning) ++m_warnings;
  if (d.severity == Severity::note) ++m_notes;
  keep(d);
}

void Diagnostics::append(const Diagnostics& other) {
  for (const auto& d : other.m_items)
    keep(d);
  for (const auto& [file, n] : other.m_dropped_file)
    drop_file(file, n);
  m_errors += other.m_errors;
  m_notes += other.m_notes;
  m_warnings += other.m_warnings;
}

std::vector<Diagnostic> Diagnostics::sorted(const Sources& sources) const {
  std::vector<Diagnostic> out = m_items;
  // A workbook's cells sort by sheet, row, line within the cell, column.
  auto key = [&](const Diagnostic& d) {
    std::uint64_t major = d.pos.line;
    std::uint64_t minor = d.pos.col;
    if (const CellPlace* c = sources.cell(d.pos)) {
      major = (std::uint64_t{c->sheet_index} << 32) | c->row;
      minor = (std::uint64_t{c->inner_line} << 40) | (std::uint64_t{c->col} << 20) |
              (c->inner_line ? d.pos.col : 0);
    }
    return std::make_tuple(d.pos.known() ? 1 : 0, std::string_view(sources.path(d.pos.file)), major,
                           minor, static_cast<int>(d.severity), std::string_view(d.message));
  };
  std::stable_sort(out.begin(), out.end(),
                   [&](const Diagnostic& a, const Diagnostic& b) { return key(a) < key(b); });
  out.erase(std::unique(out.begin(), out.end(),
                        [&](const Diagnostic& a, const Diagnostic& b) { return key(a) == key(b); }),
            out.end());
  return out;
}

namespace {
std::string format_diagnostic_quote(const Diagnostic& d, std::string_view line_text,
                                    std::uint32_t shown_line);
} // namespace

std::string format_diagnostic(const Diagnostic& d, const Sources& sources, Lang lang) {
  std::string_view kind = tr(lang, d.severity == Severity::error     ? "error"
                                   : d.severity == Severity::warning ? "warning"
                                                                     : "note");
  if (!d.pos.known()) return fmt::format("vap: {}: {}\n", kind, d.message);
  const std::string path = shown_path(sources.path(d.pos.file));
  if (d.pos.line == 0) return fmt::format("{}: {}: {}\n", path, kind, d.message);
  if (const CellPlace* c = sources.cell(d.pos)) {
    if (c->numbered) {
      std::string out =
          fmt::format("{}:{}:{}: {}: {}\n",
                      shown_path(c->path.empty() ? sources.path(d.pos.file) : c->path.str()),
                      c->row + 1, c->col + 1, kind, with_headers(d.message, *c));
      if (!c->value.empty()) {
        std::uint32_t col = 1;
        out += fmt::format(" {} | {}\n",
                           c->header.empty() ? std::to_string(c->col + 1) : c->header.str(),
                           excerpt(printable(c->value), col));
      }
      return out;
    }
    const std::string where = cell_label(*c);
    if (c->inner_line == 0) {
      // The cell's value is quoted after its name, as a YAML line is after its number.
      std::string out =
          fmt::format("{}:{}: {}: {}\n", c->path.empty() ? path : shown_path(c->path.str()), where,
                      kind, with_headers(d.message, *c));
      if (!c->value.empty()) {
        std::uint32_t col = 1;
        std::string shown = excerpt(printable(c->value), col);
        out += fmt::format(" {} | {}\n", where.substr(where.rfind('!') + 1), shown);
      }
      return out;
    }
    // YAML typed in a cell: the line within the cell (the cell's value is that line), with the
    // caret.
    std::string out = fmt::format("{}:{}:{}:{}: {}: {}\n", path, where, c->inner_line, d.pos.col,
                                  kind, d.message);
    return out + format_diagnostic_quote(d, c->value, c->inner_line);
  }
  std::string out = fmt::format("{}:{}:{}: {}: {}\n", path, d.pos.line, d.pos.col, kind, d.message);
  return out + format_diagnostic_quote(d, sources.line(d.pos.file, d.pos.line), d.pos.line);
}

namespace {

// The quoted line and the caret under the column, numbered `shown_line`.
std::string format_diagnostic_quote(const Diagnostic& d, std::string_view line_text,
                                    std::uint32_t shown_line) {
  std::string out;
  std::uint32_t col = d.pos.col;
  const std::string shown = excerpt(printable(line_text), col);
  std::string_view line = shown;
  if (line.empty()) return out;
  // The caret goes under the column; tabs are kept so that it lines up in a terminal.
  std::string pad;
  std::size_t cp = 0;
  std::size_t i = 0;
  while (i < line.size() && cp + 1 < col) {
    std::size_t len = 1;
    auto c = static_cast<unsigned char>(line[i]);
    if (c >= 0xF0)
      len = 4;
    else if (c >= 0xE0)
      len = 3;
    else if (c >= 0xC0)
      len = 2;
    std::string_view ch = line.substr(i, len);
    pad += ch == "\t" ? std::string("\t") : std::string(display_width(ch), ' ');
    i += len;
    ++cp;
  }
  std::string number = std::to_string(shown_line);
  out += fmt::format(" {} | {}\n", number, line);
  out += fmt::format(" {} | {}^\n", std::string(number.size(), ' '), pad);
  return out;
}

} // namespace

std::string format_diagnostics_part(const Diagnostics& diags, const Sources& sources,
                                    std::size_t& shown, std::size_t& left_out) {
  std::string out;
  const std::vector<Diagnostic> sorted = diags.sorted(sources);
  const std::size_t room = Diagnostics::k_per_run - std::min(shown, Diagnostics::k_per_run);
  const std::size_t n = std::min(room, sorted.size());
  for (std::size_t i = 0; i < n; ++i)
    out += format_diagnostic(sorted[i], sources, diags.lang());
  shown += n;
  left_out += sorted.size() - n;
  return out;
}

std::string run_limit_line(Lang lang, std::size_t left_out) {
  return fmt::format("vap: {}\n",
                     msg(lang, "and {} more problems (the first {} of a run are shown)", left_out,
                         Diagnostics::k_per_run));
}

std::string format_diagnostics(const Diagnostics& diags, const Sources& sources) {
  std::size_t shown = 0, left_out = 0;
  std::string out = format_diagnostics_part(diags, sources, shown, left_out);
  // What was over the limits, counted: per file in the order of the paths, then the run's.
  std::vector<std::pair<std::uint32_t, std::size_t>> dropped(diags.dropped_per_file().begin(),
                                                             diags.dropped_per_file().end());
  std::sort(dropped.begin(), dropped.end(), [&](const auto& a, const auto& b) {
    return sources.path(a.first) < sources.path(b.first);
  });
  const Lang lang = diags.lang();
  for (const auto& [file, n] : dropped) {
    const std::string line = msg(lang, "and {} more problems in this file (the first {} are shown)",
                                 n, Diagnostics::k_per_file);
    if (file == 0)
      out += fmt::format("vap: {}\n", line);
    else
      out += fmt::format("{}: {}\n", shown_path(sources.path(file)), line);
  }
  if (left_out > 0) out += run_limit_line(lang, left_out);
  return out;
}

} // namespace vap
