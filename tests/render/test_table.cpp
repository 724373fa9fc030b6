#include "vap/table.hpp"

#include <doctest/doctest.h>

using namespace vap;

TEST_CASE("table: RFC 4180 CSV quotes separators, quotes and line breaks") {
  CsvWriter csv(CsvStyle::standard);
  csv.text("id").text("name").text("n");
  csv.end_row();
  csv.text("bathhouse-culture").text("Баня, объекты культуры и быта").whole(8);
  csv.end_row();
  csv.text("q").text("say \"hi\"").number(0.25, 4);
  csv.end_row();
  csv.text("nl").text("two\nlines").text("");
  csv.end_row();
  CHECK(csv.str() == "id,name,n\n"
                     "bathhouse-culture,\"Баня, объекты культуры и быта\",8\n"
                     "q,\"say \"\"hi\"\"\",0.2500\n"
                     "nl,\"two\nlines\",\n");
}

TEST_CASE("table: Excel CSV has a BOM, ';', CRLF and decimal commas") {
  CsvWriter csv(CsvStyle::excel);
  csv.text("problem").text("share");
  csv.end_row();
  csv.text("Баня, объекты культуры и быта").number(0.0272, 4);
  csv.end_row();
  csv.text("a;b").number(12.5, 1);
  csv.end_row();
  CHECK(csv.str() == "\xEF\xBB\xBFproblem;share\r\n"
                     "Баня, объекты культуры и быта;0,0272\r\n"
                     "\"a;b\";12,5\r\n");
}

TEST_CASE("table: a text cell that Excel would run as a formula gets an apostrophe") {
  CsvWriter csv(CsvStyle::standard);
  csv.text("=SUM(A1)").text("+7").text("-x").text("@cmd").text("a=b");
  csv.end_row();
  CHECK(csv.str() == "'=SUM(A1),'+7,'-x,'@cmd,a=b\n");
  // Numbers are written as numbers, negative ones too.
  CsvWriter n(CsvStyle::standard);
  n.number(-1.25, 1).whole(-3);
  n.end_row();
  CHECK(n.str() == "-1.3,-3\n");
}

TEST_CASE("table: Markdown cells escape '|' and flatten line breaks") {
  CHECK(md_cell("a|b") == "a\\|b");
  CHECK(md_cell("one\ntwo\r\nthree") == "one two  three");
  CHECK(md_cell("Ичүүчү суу") == "Ичүүчү суу");
  // No HTML, link or image can be typed into Markdown; the renderers' own "<br>" is kept.
  CHECK(md_cell("<script>alert(1)</script>") == "&lt;script&gt;alert(1)&lt;/script&gt;");
  CHECK(md_cell("![x](http://host/img)") == "!\\[x\\](http://host/img)");
  CHECK(md_cell("a & b\\") == "a &amp; b\\\\");
  CHECK(md_cell("one<br>two") == "one<br>two");
}

TEST_CASE("table: HTML escaping") {
  CHECK(html_escape("<a href=\"x\">Tom & Jerry's</a>") ==
        "&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;");
}

TEST_CASE("table: fixed decimals and percentages") {
  CHECK(fixed(0.26431, 4) == "0.2643");
  CHECK(fixed(2.5, 0) == "3");
  CHECK(fixed(-0.00001, 2) == "0.00");
  CHECK(fixed(1e6, 1) == "1000000.0");
  CHECK(percent(0.26431) == "26.4 %");
  CHECK(percent(0.5, 0) == "50 %");
}

TEST_CASE("table: a percentage as the Markdown shows it, with the style's decimal mark") {
  CsvWriter plain(CsvStyle::standard), excel(CsvStyle::excel);
  plain.percent(0.264, 1).percent(0, 1);
  excel.percent(0.264, 1).percent(1, 1);
  CHECK(plain.str() == "26.4 %,0.0 %");
  CHECK(excel.str() == "\xEF\xBB\xBF"
                       "26,4 %;100,0 %");
}
