#include "vap/csv_reader.hpp"

#include <algorithm>

namespace vap {

CsvReader::CsvReader(std::istream& in) : m_in(in), m_buf(1 << 16) {}

void CsvReader::fill() {
  m_in.read(m_buf.data(), static_cast<std::streamsize>(m_buf.size()));
  m_end = static_cast<std::size_t>(m_in.gcount());
  m_pos = 0;
}

int CsvReader::peek() {
  if (m_pos == m_end) fill();
  if (m_pos == m_end) return -1;
  return static_cast<unsigned char>(m_buf[m_pos]);
}

int CsvReader::get() {
  const int c = peek();
  if (c >= 0) {
    ++m_pos;
    ++m_bytes;
  }
  return c;
}

bool CsvReader::next(std::vector<std::string>& fields) {
  fields.clear();
  if (!m_started) {
    m_started = true;
    // The byte-order mark Excel's "CSV UTF-8" writes; then the delimiter, from the header line
    // (the separator that occurs most outside quotes; ',' when none does).
    // (The first fill holds 64 KiB, or the whole of a shorter file.)
    if (peek() == 0xEF && m_end - m_pos >= 3 &&
        static_cast<unsigned char>(m_buf[m_pos + 1]) == 0xBB &&
        static_cast<unsigned char>(m_buf[m_pos + 2]) == 0xBF) {
      m_pos += 3;
      m_bytes += 3;
      m_bom = true;
    }
    std::size_t counts[3] = {0, 0, 0};
    bool quoted = false;
    for (std::size_t i = m_pos; i < m_end; ++i) {
      const char c = m_buf[i];
      if (c == '"') quoted = !quoted;
      if (quoted) continue;
      if (c == '\n') break;
      if (c == ',') ++counts[0];
      if (c == ';') ++counts[1];
      if (c == '\t') ++counts[2];
    }
    if (counts[1] > counts[0] && counts[1] >= counts[2])
      m_delimiter = ';';
    else if (counts[2] > counts[0] && counts[2] > counts[1])
      m_delimiter = '\t';
  }
  if (peek() < 0) return false;
  m_record_line = m_line;
  std::string field;
  bool quoted = false;
  bool was_quoted = false;
  std::uint32_t quote_line = 0;
  for (;;) {
    const int c = get();
    if (c < 0) {
      if (quoted) m_unclosed = quote_line;
      fields.push_back(std::move(field));
      return true;
    }
    if (quoted) {
      if (c == '"') {
        if (peek() == '"') {
          get();
          field += '"';
        } else {
          quoted = false;
        }
      } else {
        if (c == '\n') ++m_line;
        field += static_cast<char>(c);
      }
      continue;
    }
    if (c == '"' && !was_quoted && field.empty()) {
      quoted = was_quoted = true;
      quote_line = m_line;
    } else if (c == m_delimiter) {
      fields.push_back(std::move(field));
      field.clear();
      was_quoted = false;
    } else if (c == '\r' && peek() == '\n') {
      continue;
    } else if (c == '\n') {
      ++m_line;
      fields.push_back(std::move(field));
      return true;
    } else {
      field += static_cast<char>(c);
    }
  }
}

} // namespace vap
