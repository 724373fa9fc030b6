#include "vap/diag.hpp"

#include "vap/text.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <tuple>

namespace vap {
namespace {

constexpr std::size_t k_quote_width = 120; // longer lines are quoted around the column only
constexpr std::size_t k_quote_before = 40;

// The line as quoted under a message: control characters (binary data) as U+FFFD, and a line
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
    if ((b < 0x20 && b != '\t') || b == 0x7F)
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

} // namespace

Sources::Sources() {
  m_entries.push_back({"", "", {}});
}

std::uint32_t Sources::add(std::string path) {
  m_entries.push_back({std::move(path), "", {}});
  return static_cast<std::uint32_t>(m_entries.size() - 1);
}

void Sources::set_text(std::uint32_t file, std::string text) {
  Entry& e = m_entries.at(file);
  e.text = std::move(text);
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
  std::string_view t = text(file);
  offset = std::min(offset, t.size());
  std::size_t line0 = static_cast<std::size_t>(
      std::count(t.begin(), t.begin() + static_cast<std::ptrdiff_t>(offset), '\n'));
  auto bol = t.rfind('\n', offset == 0 ? 0 : offset - 1);
  std::size_t start = (bol == std::string_view::npos || offset == 0) ? 0 : bol + 1;
  if (offset > 0 && t[offset - 1] == '\n') start = offset;
  return at(file, line0, offset - start);
}

void Diagnostics::error(SourcePos pos, std::string message) {
  m_items.push_back({Severity::error, pos, std::move(message)});
  ++m_errors;
}

void Diagnostics::warning(SourcePos pos, std::string message) {
  m_items.push_back({Severity::warning, pos, std::move(message)});
}

void Diagnostics::note(SourcePos pos, std::string message) {
  m_items.push_back({Severity::note, pos, std::move(message)});
  ++m_notes;
}

void Diagnostics::add(const Diagnostic& d) {
  m_items.push_back(d);
  if (d.severity == Severity::error) ++m_errors;
  if (d.severity == Severity::note) ++m_notes;
}

void Diagnostics::append(const Diagnostics& other) {
  m_items.insert(m_items.end(), other.m_items.begin(), other.m_items.end());
  m_errors += other.m_errors;
  m_notes += other.m_notes;
}

std::vector<Diagnostic> Diagnostics::sorted(const Sources& sources) const {
  std::vector<Diagnostic> out = m_items;
  auto key = [&](const Diagnostic& d) {
    return std::make_tuple(d.pos.known() ? 1 : 0, std::string_view(sources.path(d.pos.file)),
                           d.pos.line, d.pos.col, static_cast<int>(d.severity),
                           std::string_view(d.message));
  };
  std::stable_sort(out.begin(), out.end(),
                   [&](const Diagnostic& a, const Diagnostic& b) { return key(a) < key(b); });
  out.erase(std::unique(out.begin(), out.end(),
                        [&](const Diagnostic& a, const Diagnostic& b) { return key(a) == key(b); }),
            out.end());
  return out;
}

std::string format_diagnostic(const Diagnostic& d, const Sources& sources, Lang lang) {
  std::string_view kind = tr(lang, d.severity == Severity::error     ? "error"
                                   : d.severity == Severity::warning ? "warning"
                                                                     : "note");
  if (!d.pos.known()) return fmt::format("vap: {}: {}\n", kind, d.message);
  const std::string& path = sources.path(d.pos.file);
  if (d.pos.line == 0) return fmt::format("{}: {}: {}\n", path, kind, d.message);
  std::string out = fmt::format("{}:{}:{}: {}: {}\n", path, d.pos.line, d.pos.col, kind, d.message);
  std::uint32_t col = d.pos.col;
  const std::string shown = excerpt(printable(sources.line(d.pos.file, d.pos.line)), col);
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
  std::string number = std::to_string(d.pos.line);
  out += fmt::format(" {} | {}\n", number, line);
  out += fmt::format(" {} | {}^\n", std::string(number.size(), ' '), pad);
  return out;
}

std::string format_diagnostics(const Diagnostics& diags, const Sources& sources) {
  std::string out;
  for (const auto& d : diags.sorted(sources))
    out += format_diagnostic(d, sources, diags.lang());
  return out;
}

} // namespace vap
