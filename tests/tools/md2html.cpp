// The Markdown reports as a reader's viewer shows them, for tests/script/print_layout.sh: a
// Markdown file (argument 1) through md4c with GitHub's tables, the same library and flags the
// HTML report uses (<br> in table cells let through, as there), in a plain page (argument 2: the
// lang attribute) with no style sheet of vap's but A4 pages, on standard output.
#include <md4c-html.h>

#include <fstream>
#include <iostream>
#include <sstream>
#include <string>

namespace {
void append(const MD_CHAR* text, MD_SIZE size, void* out) {
  static_cast<std::string*>(out)->append(text, size);
}
} // namespace

int main(int argc, char** argv) {
  if (argc != 3) {
    std::cerr << "usage: vap_md2html FILE.md LANG\n";
    return 64;
  }
  std::ifstream in(argv[1], std::ios::binary);
  if (!in) {
    std::cerr << "vap_md2html: cannot read " << argv[1] << "\n";
    return 66;
  }
  std::stringstream buffer;
  buffer << in.rdbuf();
  const std::string md = buffer.str();
  std::string html;
  if (md_html(md.data(), static_cast<MD_SIZE>(md.size()), append, &html,
              MD_FLAG_TABLES | MD_FLAG_NOHTML | MD_FLAG_STRIKETHROUGH, 0) != 0) {
    std::cerr << "vap_md2html: md4c failed\n";
    return 65;
  }
  // A viewer (GitHub, GitLab) breaks the line at the <br> the templates put in table cells, as
  // vap's HTML report does; md4c with MD_FLAG_NOHTML escapes it.
  const std::string escaped = "&lt;br&gt;";
  for (std::size_t at = 0; (at = html.find(escaped, at)) != std::string::npos; at += 4)
    html.replace(at, escaped.size(), "<br>");
  std::cout << "<!DOCTYPE html>\n<html lang=\"" << argv[2]
            << "\">\n<head>\n<meta charset=\"utf-8\">\n<title>report</title>\n"
               "<style>@page { size: A4; margin: 14mm 12mm; }</style>\n</head>\n<body>\n"
            << html << "</body>\n</html>\n";
  return 0;
}
