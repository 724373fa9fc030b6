#include "vap/commonmark.hpp"

#include <fmt/format.h>
#include <md4c-html.h>

#include <stdexcept>

namespace vap {
namespace {

void append_html(const MD_CHAR* text, MD_SIZE size, void* out) {
  static_cast<std::string*>(out)->append(text, size);
}

} // namespace

void replace_all(std::string& s, std::string_view from, std::string_view to) {
  for (std::size_t at = 0; (at = s.find(from, at)) != std::string::npos; at += to.size())
    s.replace(at, from.size(), to);
}

std::string commonmark_html(std::string_view markdown) {
  std::string html;
  const unsigned flags = MD_FLAG_TABLES | MD_FLAG_NOHTML | MD_FLAG_STRIKETHROUGH;
  if (md_html(markdown.data(), static_cast<MD_SIZE>(markdown.size()), append_html, &html, flags,
              0) != 0)
    throw std::runtime_error("md4c could not convert the report's Markdown");
  replace_all(html, "&lt;br&gt;", "<br>");
  for (std::string_view side : {"left", "center", "right"})
    replace_all(html, fmt::format(" align=\"{}\"", side), fmt::format(" class=\"{}\"", side));
  return html;
}

} // namespace vap
