#pragma once
// Writing cells: CSV (RFC 4180, or Excel's flavour), Markdown table cells, numbers.
#include "vap/number.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace vap {

enum class CsvStyle {
  standard, // ',' separator, LF line ends, '.' decimals
  excel     // UTF-8 BOM, ';' separator, CRLF, ',' decimals: what a Russian-locale Excel opens right
};

class CsvWriter {
public:
  explicit CsvWriter(CsvStyle style);
  // Text cell: quoted when needed; a cell that Excel would take for a formula (=, +, -, @) is
  // prefixed with an apostrophe.
  CsvWriter& text(std::string_view cell);
  // Number cell with a fixed number of decimals (the decimal mark of the style).
  CsvWriter& number(double value, int decimals);
  CsvWriter& whole(long long value);
  // A fraction as a percentage, as the Markdown shows it: 0.264 -> "26.4 %" ("26,4 %" in the
  // Excel style).
  CsvWriter& percent(double fraction, int decimals);
  void end_row();
  std::string str() const { return m_out; }

private:
  void separator();
  CsvStyle m_style;
  std::string m_out;
  bool m_row_started = false;
};

// Text from data in Markdown (a table cell or a sentence): '|', '[', ']' and '\\' escaped, '<',
// '>' and '&' as entities (no HTML, link or image can be typed in; "<br>", which the renderers
// join items with, is kept), line breaks made spaces.
std::string md_cell(std::string_view text);
// HTML text: & < > " ' escaped.
std::string html_escape(std::string_view text);

} // namespace vap
