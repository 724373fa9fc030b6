// The Word document of `vap papers`: WordprocessingML from a paper's Markdown, the columns of its
// tables, and the zip around it.
#include "vap/docx.hpp"

#include <doctest/doctest.h>

#include <numeric>

using namespace vap;

namespace {

std::string part(const std::vector<std::pair<std::string, std::string>>& parts,
                 const std::string& name) {
  for (const auto& [n, xml] : parts)
    if (n == name) return xml;
  FAIL("no part " << name);
  return "";
}

std::size_t count(const std::string& text, const std::string& what) {
  std::size_t n = 0;
  for (std::size_t at = 0; (at = text.find(what, at)) != std::string::npos; at += what.size())
    ++n;
  return n;
}

} // namespace

TEST_CASE("column_widths: as wide as the text area, each column at least its longest word") {
  const int total = 9355;
  // Room for every cell on one line: shared out in proportion to the cells.
  auto w = column_widths({2, 5}, {2, 20}, total);
  CHECK(std::accumulate(w.begin(), w.end(), 0) == total);
  CHECK(w[0] < w[1]);
  // Long text: the short column keeps its word, the long one takes the rest.
  w = column_widths({2, 10, 8}, {2, 400, 300}, total);
  CHECK(std::accumulate(w.begin(), w.end(), 0) == total);
  CHECK(w[0] == 2 * 115 + 170);
  CHECK(w[1] > w[2]);
  CHECK(w[1] >= 10 * 115 + 170);
  // Words too long for the page: every column shrinks in proportion (the words break).
  w = column_widths({60, 60}, {60, 60}, total);
  CHECK(w[0] + w[1] == total);
  CHECK(std::abs(w[0] - w[1]) <= 1);
}

TEST_CASE("docx_parts: headings, letterhead, lists, tables, blanks and page breaks") {
  const std::string md = "Облус\n\n**КЕҢЕШ**\n\n# ЧЕЧИМ\n\n## Жөнүндө\n\n"
                         "Текст \\_\\_\\_\\_\\_ бош.\n\n3. Биринчи\n4. Экинчи\n\n"
                         "| № | Аты |\n|---|---:|\n| 1 | Асан |\n| 2 |  |\n\n---\n\n# ТИРКЕМЕ\n";
  const auto parts = docx_parts(md, DocxOptions{Lang::ky, "Сынак"});
  REQUIRE(parts.size() == 9);
  CHECK(parts[0].first == "[Content_Types].xml");
  const std::string doc = part(parts, "word/document.xml");
  // The letterhead (above the first heading 1) is centered; the text after it is not.
  CHECK(doc.find("<w:p><w:pPr><w:jc w:val=\"center\"/></w:pPr><w:r><w:t xml:space=\"preserve\">"
                 "Облус</w:t></w:r></w:p>") != std::string::npos);
  CHECK(doc.find("<w:r><w:rPr><w:b/></w:rPr><w:t xml:space=\"preserve\">КЕҢЕШ</w:t></w:r>") !=
        std::string::npos);
  CHECK(doc.find("<w:p><w:r><w:t xml:space=\"preserve\">Текст </w:t></w:r>") != std::string::npos);
  CHECK(count(doc, "<w:pStyle w:val=\"Heading1\"/>") == 2);
  CHECK(count(doc, "<w:pStyle w:val=\"Heading2\"/>") == 1);
  // The blank is a highlighted run of its own.
  CHECK(doc.find("<w:r><w:rPr><w:highlight w:val=\"yellow\"/></w:rPr><w:t "
                 "xml:space=\"preserve\">_____</w:t></w:r>") != std::string::npos);
  // A numbered list starting at 3: numId 2, which numbering.xml starts at 3.
  CHECK(count(doc, "<w:numId w:val=\"2\"/>") == 2);
  CHECK(part(parts, "word/numbering.xml")
            .find("<w:num w:numId=\"2\"><w:abstractNumId w:val=\"1\"/><w:lvlOverride "
                  "w:ilvl=\"0\"><w:startOverride w:val=\"3\"/>") != std::string::npos);
  // The table: as wide as the text area, its header row repeated, the row with an empty last
  // cell a form's row.
  CHECK(doc.find("<w:tblW w:w=\"9355\" w:type=\"dxa\"/>") != std::string::npos);
  CHECK(count(doc, "<w:tblHeader/>") == 1);
  CHECK(count(doc, "<w:trHeight w:val=\"510\" w:hRule=\"atLeast\"/>") == 1);
  CHECK(doc.find("<w:jc w:val=\"right\"/></w:pPr><w:r><w:t xml:space=\"preserve\">Асан") !=
        std::string::npos);
  // `---` puts the next paragraph on a new page.
  CHECK(count(doc, "<w:pageBreakBefore/>") == 1);
  CHECK(doc.find("<w:pageBreakBefore/></w:pPr><w:r><w:t xml:space=\"preserve\">ТИРКЕМЕ") !=
        std::string::npos);
  // A4 with the margins of official papers.
  CHECK(doc.find("<w:pgSz w:w=\"11906\" w:h=\"16838\"/><w:pgMar w:top=\"1134\" w:right=\"850\" "
                 "w:bottom=\"1134\" w:left=\"1701\"") != std::string::npos);
  CHECK(part(parts, "word/styles.xml").find("<w:lang w:val=\"ky-KG\"") != std::string::npos);
  CHECK(part(parts, "docProps/core.xml").find("<dc:title>Сынак</dc:title>") != std::string::npos);
}

TEST_CASE("docx_parts: text is escaped, two tables in a row stay two") {
  const std::string md = "a &lt; b &amp; \"c\"\n\n| x |\n|---|\n| 1 |\n\n| y |\n|---|\n| 2 |\n";
  const std::string doc = part(docx_parts(md, DocxOptions{}), "word/document.xml");
  CHECK(doc.find("a &lt; b &amp; &quot;c&quot;") != std::string::npos);
  CHECK(doc.find("</w:tbl><w:p/><w:tbl>") != std::string::npos);
  CHECK(doc.find("</w:tbl><w:p/><w:sectPr>") != std::string::npos);
}

TEST_CASE("docx_document: a zip that starts with its content types, the same bytes each time") {
  const std::string md = "# A\n\nb\n";
  const std::string a = docx_document(md, DocxOptions{});
  const std::string b = docx_document(md, DocxOptions{});
  CHECK(a == b);
  REQUIRE(a.size() > 30);
  CHECK(a.compare(0, 4, "PK\x03\x04") == 0);
  // The first local header names [Content_Types].xml.
  CHECK(a.compare(30, 19, "[Content_Types].xml") == 0);
}
