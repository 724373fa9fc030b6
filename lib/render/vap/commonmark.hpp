#pragma once
// Markdown to HTML: CommonMark with GitHub's tables (md4c), for the report and the papers.
#include <string>
#include <string_view>

namespace vap {

// Raw HTML is not let through: what vap's templates and the typed data say is escaped, except
// the <br> that the templates put in table cells. Column alignment becomes a class (HTML5 has no
// align attribute; the CSS aligns).
std::string commonmark_html(std::string_view markdown);

// Every `from` in `s` replaced by `to`, left to right.
void replace_all(std::string& s, std::string_view from, std::string_view to);

} // namespace vap
