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
  std::string out;
  for (char c : text) {
    if (c == '|')
      out += "\\|";
    else if (c == '\n' || c == '\r')
      out += ' ';
    else
      out += c;
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
