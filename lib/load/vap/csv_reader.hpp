#pragma once
// Reading CSV as KoboToolbox, ODK Central and Excel write it (RFC 4180): quoted fields with
// doubled quotes and line breaks inside, a UTF-8 byte-order mark, ',' or ';' (or a tab) between
// fields (found in the header line), CRLF or LF. Streamed: one record at a time from a stream,
// so that memory does not grow with the number of rows.
#include <cstdint>
#include <istream>
#include <string>
#include <vector>

namespace vap {

class CsvReader {
public:
  explicit CsvReader(std::istream& in);

  // The next record into `fields`; false at the end. A quote left open at the end of the file
  // sets error().
  bool next(std::vector<std::string>& fields);
  // The line the last record started on (1-based).
  std::uint32_t line() const { return m_record_line; }
  char delimiter() const { return m_delimiter; }
  bool had_bom() const { return m_bom; }
  // A quote opened on this line was never closed (0: none).
  std::uint32_t unclosed_quote() const { return m_unclosed; }
  // Bytes read so far.
  std::uint64_t bytes() const { return m_bytes; }

private:
  int get();
  int peek();
  void fill();

  std::istream& m_in;
  std::vector<char> m_buf;
  std::size_t m_pos = 0;
  std::size_t m_end = 0;
  std::uint64_t m_bytes = 0;
  char m_delimiter = ',';
  bool m_bom = false;
  bool m_started = false;
  std::uint32_t m_line = 1;
  std::uint32_t m_record_line = 0;
  std::uint32_t m_unclosed = 0;
};

} // namespace vap
