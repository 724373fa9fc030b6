#pragma once
// A Word document (.docx, WordprocessingML) from the Markdown of a paper (`vap papers`), for the
// official to edit: real headings (Word's "heading 1" to "heading 3"), real tables (borders, a
// header row repeated on each page, columns sized to their text and together as wide as the
// text area), real lists (numbering.xml), an A4 page with margins (left 30 mm, right 15 mm, top
// and bottom 20 mm), Times New Roman, which Windows has. The shape of the text follows the
// paper's Markdown:
//   - `#` is the paper's title (centered, 14 pt), `##` its subject (centered), `###` a section;
//   - paragraphs above the first `#` of a page are the letterhead (centered);
//   - `---` starts a new page;
//   - a run of four or more underscores is a blank for the official to fill (highlighted);
//   - a table row whose last cell is empty is a form's row (taller, to write in by hand).
#include "vap/i18n.hpp"

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace vap {

struct DocxOptions {
  Lang lang = Lang::ky; // the document's language (spelling, hyphenation)
  std::string title;    // the document's title (its properties)
};

// The package's parts (name, XML), [Content_Types].xml first.
std::vector<std::pair<std::string, std::string>> docx_parts(std::string_view markdown,
                                                            const DocxOptions& options);

// The .docx file's bytes: docx_parts zipped (zip_archive). Throws Error (exit 73) when libzip
// cannot be loaded.
std::string docx_document(std::string_view markdown, const DocxOptions& options);

// The width of each column of a table, in twentieths of a point, adding up to `total`: each
// column at least as wide as its longest word (of `longest_word` characters) where the total
// allows, the rest shared out by how much more text (`longest_cell` characters) the column has.
std::vector<int> column_widths(const std::vector<std::size_t>& longest_word,
                               const std::vector<std::size_t>& longest_cell, int total);

} // namespace vap
