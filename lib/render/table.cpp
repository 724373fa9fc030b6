#include "vap/table.hpp"

#include <fmt/format.h>

#include <cmath>

namespace vap {

CsvWriter::CsvWriter(CsvStyle style) : m_style(style) {
  if (m_style == CsvStyle::excel) m_out = "\xEF\xBB\xBF";
}

void CsvWriter::separator() {
  if (m_row_started) m_out += m_style == CsvStyle::excel ? ';' : ',';
  m_row_started = true;
}

CsvWriter& CsvWriter::text(std::string_view cell) {
  separator();
  std::string value;
  if (!cell.empty() && (cell[0] == '=' || cell[0] == '+' || cell[0] == '-' || cell[0] == '@' ||
                        cell[0] == '\t' || cell[0] == '\r'))
    value = "'";
  value += cell;
  const char sep = m_style == CsvStyle::excel ? ';' : ',';
  if (value.find_first_of(std::string("\"\r\n") + sep) != std::string::npos) {
    std::string quoted = "\"";
    for (char c : value) {
      if (c == '"') quoted += '"';
      quoted += c;
    }
    quoted += '"';
    value = std::move(quoted);
  }
  m_out += value;
  return *this;
}

CsvWriter& CsvWriter::percent(double fraction, int decimals) {
  number(fraction * 100, decimals);
  m_out += " %";
  return *this;
}

CsvWriter& CsvWriter::number(double value, int decimals) {
  separator();
  std::string s = fixed(value, decimals);
  if (m_style == CsvStyle::excel)
    for (auto& c : s)
      if (c == '.') c = ',';
  m_out += s;
  return *this;
}

CsvWriter& CsvWriter::whole(long long value) {
  separator();
  m_out += std::to_string(value);
  return *this;
}

void CsvWriter::end_row() {
  m_out += m_style == CsvStyle::excel ? "\r\n" : "\n";
  m_row_started = false;
}

std::string md_cell(std::string_view text) {
  // Typed text stays text in any Markdown viewer: no table cell ends early, no HTML tag or
  // entity, no link or image (a remote image would be loaded when the report is opened).
  // The one tag let through is the line break the renderers join a cell's items with ("<br>":
  // it can neither run nor load anything).
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    switch (c) {
    case '|':
    case '[':
    case ']':
    case '\\':
      out += '\\';
      out += c;
      break;
    case '<':
      if (text.compare(i, 4, "<br>") == 0) {
        out += "<br>";
        i += 3;
      } else {
        out += "&lt;";
      }
      break;
    case '>':
      out += "&gt;";
      break;
    case '&':
      out += "&amp;";
      break;
    case '\n':
    case '\r':
      out += ' ';
      break;
    default:
      out += c;
    }
  }
  return out;
}

std::string html_escape(std::string_view text) {
  std::string out;
  for (char c : text) {
    switch (c) {
    case '&':
      out += "&amp;";
      break;
    case '<':
      out += "&lt;";
      break;
    case '>':
      out += "&gt;";
      break;
    case '"':
      out += "&quot;";
      break;
    case '\'':
      out += "&#39;";
      break;
    default:
      out += c;
    }
  }
  return out;
}

} // namespace vap
