#include "vap/report.hpp"

#include "vap/chart.hpp"
#include "vap/load.hpp"
#include "vap/render_report.hpp"

#include <doctest/doctest.h>

using namespace vap;

TEST_CASE("markdown_html (md4c): headings make sections, tables keep their alignment as a class, "
          "raw HTML is escaped but the cells' <br>") {
  const std::string md =
      "# Title <x>\n\nIntro line\nsecond line\n\n## First\n\n| A | B \\| C |\n|---|---:|\n"
      "| <script> | 1<br>2 |\n\n- one\n- `two`\n\n## Second\n\n```mermaid\ngraph LR\n```\n\n"
      "%%chart:0%%\n";
  const HtmlDocument doc = markdown_html(md, {"<svg>c</svg>\n"});
  CHECK(doc.title == "Title <x>");
  CHECK(doc.intro == "<h1>Title &lt;x&gt;</h1>\n<p>Intro line\nsecond line</p>\n");
  REQUIRE(doc.sections.size() == 2);
  CHECK(doc.sections[0].id == "s1");
  CHECK(doc.sections[0].title == "First");
  CHECK(doc.sections[0].html ==
        "<h2>First</h2>\n<table>\n<thead>\n<tr>\n<th>A</th>\n<th class=\"right\">B | C</th>\n"
        "</tr>\n</thead>\n<tbody>\n<tr>\n<td>&lt;script&gt;</td>\n<td class=\"right\">1<br>2</td>\n"
        "</tr>\n</tbody>\n</table>\n<ul>\n<li>one</li>\n<li><code>two</code></li>\n</ul>\n");
  // Mermaid blocks are left out; a chart token becomes the inline SVG.
  CHECK(doc.sections[1].html ==
        "<h2>Second</h2>\n<figure class=\"chart\">\n<svg>c</svg>\n</figure>\n");
}

TEST_CASE("inline_svg: no XML declaration and no namespace URL") {
  CHECK(inline_svg(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" "
            "width=\"1\"></svg>\n") == "<svg width=\"1\"></svg>\n");
}

TEST_CASE("bar_chart_svg: one bar per row, scaled to the maximum, text escaped") {
  const std::string svg =
      bar_chart_svg("13 AA", {{"Питьевая вода", 13, "13"}, {"A & B", 6.5, "6.5"}}, 13);
  CHECK(svg.rfind("<svg class=\"chart\"", 0) == 0);
  CHECK(svg.find("http") == std::string::npos);
  CHECK(svg.find(">A &amp; B</text>") != std::string::npos);
  CHECK(svg.find(">13</text>") != std::string::npos);
  // The second bar is half as long as the first.
  const auto width = [&](std::size_t nth) {
    std::size_t at = 0;
    for (std::size_t i = 0; i <= nth; ++i)
      at = svg.find("<rect", at + 1);
    const std::size_t w = svg.find("width=\"", at) + 7;
    return std::stod(svg.substr(w, svg.find('"', w) - w));
  };
  CHECK(width(1) == doctest::Approx(width(0) / 2).epsilon(0.01));
  CHECK(svg == bar_chart_svg("13 AA", {{"Питьевая вода", 13, "13"}, {"A & B", 6.5, "6.5"}}, 13));
}

TEST_CASE("participation_by_group: gender from the count or from the group") {
  Municipality m;
  m.catalogs = shipped_catalogs(Lang::en);
  auto session = [](const std::string& group, long long total, std::optional<long long> women,
                    std::optional<long long> men) {
    Session s;
    s.group = Ref{group, group, {}, true};
    s.participants.total = total;
    s.participants.women = women;
    s.participants.men = men;
    return s;
  };
  m.sessions = {session("mixed", 10, 6, 4), session("older-men", 8, {}, {}),
                session("young-women", 5, {}, {}), session("mixed", 7, {}, {})};
  const auto groups = participation_by_group(m);
  REQUIRE(groups.size() == 3);
  CHECK(groups[0].id == "young-women");
  CHECK(groups[0].women == 5);
  CHECK(groups[1].id == "older-men");
  CHECK(groups[1].men == 8);
  CHECK(groups[2].id == "mixed");
  CHECK(groups[2].sessions == 2);
  CHECK(groups[2].participants == 17);
  CHECK(groups[2].women == 6);
  CHECK(groups[2].men == 4);
  CHECK(groups[2].unknown == 7);
}

TEST_CASE("markdown_html: a heading that only introduced a Mermaid block goes with it") {
  const HtmlDocument doc = markdown_html(
      "## Plan\n\nText.\n\n### Timeline\n\n```mermaid\ngantt\n```\n\n### Groups\n\n- A\n", {});
  REQUIRE(doc.sections.size() == 1);
  CHECK(doc.sections[0].html ==
        "<h2>Plan</h2>\n<p>Text.</p>\n<h3>Groups</h3>\n<ul>\n<li>A</li>\n</ul>\n");
}

namespace {
// A Markdown table of `columns` columns: `header` in each header cell, `cell` in each body cell.
std::string md_table(std::size_t columns, const std::string& header, const std::string& cell) {
  std::string head = "|", rule = "|", row = "|";
  for (std::size_t i = 0; i < columns; ++i) {
    head += " " + header + " |";
    rule += "---|";
    row += " " + cell + " |";
  }
  return head + "\n" + rule + "\n" + row + "\n";
}
} // namespace

TEST_CASE("markdown_html: a wide table goes on landscape pages with its item, from its level-3 "
          "heading to the next") {
  // 7 columns of 30 characters: 210 > 190.
  const std::string md = "## Plan\n\n### 1. Water\n\nProblem.\n\n" +
                         md_table(7, "H", std::string(30, 'x')) +
                         "\nTotal.\n\n### 2. Roads\n\nNarrow.\n";
  const HtmlDocument doc = markdown_html(md, {});
  REQUIRE(doc.sections.size() == 1);
  const std::string& html = doc.sections[0].html;
  const std::size_t open = html.find("<div class=\"wide\">\n<h3>1. Water</h3>\n<p>Problem.</p>\n");
  CHECK(open != std::string::npos);
  CHECK(html.find("</table>\n<p>Total.</p>\n</div>\n<h3>2. Roads</h3>") != std::string::npos);
  CHECK(html.find("<div", open + 1) == std::string::npos);
}

TEST_CASE("markdown_html: seven columns go wide when their unbreakable header words leave the "
          "text columns a few letters, not when the cells are short; any table whose header "
          "words alone are wider than the portrait line goes wide") {
  auto wide = [](std::size_t columns, const std::string& header, const std::string& cell) {
    return markdown_html("## T\n\n" + md_table(columns, header, cell), {})
               .sections[0]
               .html.find("<div class=\"wide\">") != std::string::npos;
  };
  // Header words of 8 letters: 7 x (8 + 2) = 70 > 60; body cells 7 x 15 = 105 > 95, < 190.
  CHECK(wide(7, "Плановый", "aaaa bbbb ccccc"));
  // The same headers over short cells (7 x 4 = 28): the table stays on the portrait page.
  CHECK_FALSE(wide(7, "Плановый", "12.5"));
  // Six columns of long cells and headers that fit (6 x 10 = 60): portrait.
  CHECK_FALSE(wide(6, "Плановый", std::string(40, 'x')));
  // Header words of 10 letters: 7 x 12 = 84 > 70, and 6 x 12 = 72: wide whatever the cells;
  // 5 x 12 = 60: portrait.
  CHECK(wide(7, "Пландалган", "12.5"));
  CHECK(wide(6, "Пландалган", "1"));
  CHECK_FALSE(wide(5, "Пландалган", "1"));
}

TEST_CASE("bar_chart_svg: a Cyrillic label has room for its letters (0.72 em each)") {
  // 15 characters, 14 Cyrillic and a space: (14 x 0.72 + 0.32) x 13 + 12 = 147.2 units, the
  // label ends 6 before the bars.
  const std::string svg = bar_chart_svg("t", {{"Пожилые женщины", 1, "1"}}, 1);
  CHECK(svg.find("<text x=\"141.2\" y=\"44.0\" text-anchor=\"end\">Пожилые женщины</text>") !=
        std::string::npos);
}
