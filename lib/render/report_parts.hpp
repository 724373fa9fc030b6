#pragma once
// What render_report.cpp (the report's Markdown) and report_html.cpp (its HTML page) share
// (private to lib/render): Markdown lines, and the page.
#include "vap/render.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace vap::report_parts {

inline std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t'))
    s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r'))
    s.remove_suffix(1);
  return s;
}

inline std::vector<std::string> split_lines(std::string_view text) {
  std::vector<std::string> lines;
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    lines.emplace_back(text.substr(start, end - start));
    start = end + 1;
  }
  return lines;
}

inline int heading_level(std::string_view line) {
  int n = 0;
  while (n < static_cast<int>(line.size()) && line[static_cast<std::size_t>(n)] == '#')
    ++n;
  if (n == 0 || n > 6 || static_cast<std::size_t>(n) >= line.size() ||
      line[static_cast<std::size_t>(n)] != ' ')
    return 0;
  return n;
}

// The Markdown as HTML, in the municipality's or the batch's page (report.html.mustache or
// batch_report.html.mustache).
std::string report_html(const std::string& md, const std::vector<std::string>& charts, bool batch,
                        const RenderOptions& o);

} // namespace vap::report_parts
