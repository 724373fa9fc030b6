// The report's HTML page (vap/render_report.hpp): the Markdown through md4c, cut at its
// sections, charts placed, wide tables on landscape pages.
#include "vap/render_report.hpp"

#include "report_parts.hpp"

#include "vap/commonmark.hpp"
#include "vap/text.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace vap {

using namespace report_parts;

namespace {

// Plain text of a heading (for the table of contents): inline marks dropped.
std::string plain(std::string_view s) {
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '`' || s[i] == '*') continue;
    if (s[i] == '\\' && i + 1 < s.size()) ++i;
    out += s[i];
  }
  return out;
}

// Mermaid blocks left out (the HTML has SVG charts), and with them the headings that only
// introduced them: a heading with no text, table or chart before the next heading of its level.
std::vector<std::string> without_mermaid(std::string_view markdown) {
  std::vector<std::string> lines;
  bool mermaid = false;
  for (auto& line : split_lines(markdown)) {
    if (!mermaid && line.rfind("```mermaid", 0) == 0) {
      mermaid = true;
      continue;
    }
    if (mermaid) {
      if (line.rfind("```", 0) == 0) mermaid = false;
      continue;
    }
    lines.push_back(std::move(line));
  }
  std::vector<std::string> out;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (const int level = heading_level(lines[i])) {
      bool content = false;
      for (std::size_t j = i + 1; j < lines.size(); ++j) {
        const int l = heading_level(lines[j]);
        if (l > 0 && l <= level) break;
        if (l == 0 && !trim(lines[j]).empty()) {
          content = true;
          break;
        }
      }
      if (!content) continue;
    }
    out.push_back(lines[i]);
  }
  return out;
}

} // namespace

std::string inline_svg(std::string_view svg) {
  std::string s(svg);
  if (s.rfind("<?xml", 0) == 0) {
    std::size_t end = s.find("?>");
    s.erase(0, end == std::string::npos ? 0 : end + 2);
    while (!s.empty() && (s.front() == '\n' || s.front() == '\r'))
      s.erase(0, 1);
  }
  for (std::string_view ns :
       {" xmlns=\"http://www.w3.org/2000/svg\"", " xmlns:xlink=\"http://www.w3.org/1999/xlink\""})
    for (std::size_t at; (at = s.find(ns)) != std::string::npos;)
      s.erase(at, ns.size());
  return s;
}

namespace {

// The text of an HTML fragment: tags dropped, entities counted as one character.
std::size_t text_columns(std::string_view html) {
  std::string text;
  bool tag = false;
  for (std::size_t i = 0; i < html.size(); ++i) {
    const char c = html[i];
    if (c == '<') tag = true;
    if (!tag) {
      if (c == '&') {
        const std::size_t semi = html.find(';', i);
        if (semi != std::string_view::npos && semi - i < 10) i = semi;
        text += 'x';
      } else {
        text += c;
      }
    }
    if (c == '>') tag = false;
  }
  return display_width(text);
}

// What goes on landscape pages with a wide table [table, table_end): from the level-3 heading
// before it (its item: heading, problem, goal) to the next heading (the lines under the table),
// when nothing else (table, chart) lies between, so that no portrait page holds just a heading
// and two lines before the table's landscape pages.
std::pair<std::size_t, std::size_t> wide_span(std::string_view html, std::size_t table,
                                              std::size_t table_end) {
  auto other = [&](std::size_t from, std::size_t to) {
    for (std::string_view tag : {"<table", "<figure", "<div", "<h2", "<h4"}) {
      const std::size_t at = html.find(tag, from);
      if (at != std::string_view::npos && at < to) return true;
    }
    return false;
  };
  std::size_t open = table;
  const std::size_t heading = html.rfind("<h3", table);
  if (heading != std::string_view::npos && !other(heading + 1, table)) open = heading;
  std::size_t close =
      std::min({html.find("<h2", table_end), html.find("<h3", table_end), html.size()});
  if (other(table_end, close)) close = table_end;
  return {open, close};
}

// The longest word of an HTML fragment, in display columns (header cells break at spaces only).
std::size_t longest_word(std::string_view html) {
  std::size_t longest = 0;
  std::size_t start = 0;
  const std::string text(html);
  for (std::size_t i = 0; i <= text.size(); ++i)
    if (i == text.size() || text[i] == ' ') {
      longest = std::max(longest, text_columns(std::string_view(text).substr(start, i - start)));
      start = i + 1;
    }
  return longest;
}

// A table that does not fit the portrait page goes on landscape pages of its own (@page wide):
// seven columns or more whose longest cells add up to more than twice the characters of a
// portrait line at 10 pt (about 95), so that wrapping every cell would make rows of many lines;
// or whose longest body cells add up to more than a line when the header words (which do not
// break) with the cells' padding take most of the line (60 of 95), leaving the text columns a
// few letters each; and any table whose header words alone, in bold, are wider than the portrait
// line (70 letters), which would make Chromium shrink every page to fit it.
void widen_tables(std::string& html) {
  constexpr std::size_t k_columns = 7;
  constexpr std::size_t k_characters = 190;
  constexpr std::size_t k_line = 95;
  constexpr std::size_t k_header_room = 60;
  constexpr std::size_t k_padding = 2;      // a cell's padding and border, in characters
  constexpr std::size_t k_header_line = 70; // bold header letters a portrait line holds
  for (std::size_t at = 0; (at = html.find("<table>", at)) != std::string::npos;) {
    const std::size_t end = html.find("</table>", at);
    if (end == std::string::npos) break;
    const std::string_view table(html.data() + at, end - at);
    std::vector<std::size_t> widest;
    std::vector<std::size_t> header_words; // the longest word of each header cell
    std::vector<std::size_t> widest_body;  // the longest body cell of each column
    for (std::size_t row = 0; (row = table.find("<tr>", row)) != std::string_view::npos; ++row) {
      const std::size_t row_end = std::min(table.find("</tr>", row), table.size());
      std::size_t column = 0;
      for (std::size_t cell = row; cell < row_end;) {
        const std::size_t open = table.find("<t", cell + 1);
        if (open >= row_end ||
            (table.compare(open, 3, "<th") != 0 && table.compare(open, 3, "<td") != 0)) {
          break;
        }
        const std::size_t body = table.find('>', open) + 1;
        const std::size_t close = table.find("</t", body);
        if (widest.size() <= column) widest.resize(column + 1, 0);
        widest[column] = std::max(widest[column], text_columns(table.substr(body, close - body)));
        if (table.compare(open, 3, "<th") == 0) {
          if (header_words.size() <= column) header_words.resize(column + 1, 0);
          header_words[column] = longest_word(table.substr(body, close - body));
        } else {
          if (widest_body.size() <= column) widest_body.resize(column + 1, 0);
          widest_body[column] =
              std::max(widest_body[column], text_columns(table.substr(body, close - body)));
        }
        ++column;
        cell = close;
      }
    }
    std::size_t sum = 0;
    for (const std::size_t w : widest)
      sum += w;
    std::size_t header_sum = 0;
    for (const std::size_t w : header_words)
      header_sum += w + k_padding;
    std::size_t body_sum = 0;
    for (const std::size_t w : widest_body)
      body_sum += w;
    if ((widest.size() >= k_columns &&
         (sum > k_characters || (body_sum > k_line && header_sum > k_header_room))) ||
        header_sum > k_header_line) {
      const auto [open, close] = wide_span(html, at, end + 8);
      html.insert(close, "</div>\n");
      html.insert(open, "<div class=\"wide\">\n");
      at = close + 7 + 19;
    } else {
      at = end + 8;
    }
  }
}

// Chart tokens (a paragraph of their own) become the charts' figures.
void place_figures(std::string& html, const std::vector<std::string>& charts) {
  for (std::size_t i = 0; i < charts.size(); ++i)
    replace_all(html, fmt::format("<p>%%chart:{}%%</p>\n", i),
                "<figure class=\"chart\">\n" + charts[i] + "</figure>\n");
}

} // namespace

HtmlDocument markdown_html(std::string_view markdown, const std::vector<std::string>& charts) {
  // The report is cut at its level-2 headings (the table of contents' sections) before the
  // conversion; the first level-1 heading is the title.
  HtmlDocument doc;
  std::vector<std::string> chunks(1);
  bool fence = false;
  for (const auto& line : without_mermaid(markdown)) {
    if (line.rfind("```", 0) == 0) fence = !fence;
    const int level = fence ? 0 : heading_level(line);
    if (level == 1 && doc.title.empty()) doc.title = plain(line.substr(2));
    if (level == 2) {
      doc.sections.push_back(
          {"s" + std::to_string(doc.sections.size() + 1), plain(line.substr(3)), ""});
      chunks.emplace_back();
    }
    chunks.back() += line + "\n";
  }
  for (std::size_t i = 0; i < chunks.size(); ++i) {
    std::string html = commonmark_html(chunks[i]);
    place_figures(html, charts);
    widen_tables(html);
    (i == 0 ? doc.intro : doc.sections[i - 1].html) = std::move(html);
  }
  return doc;
}

namespace report_parts {

std::string report_html(const std::string& md, const std::vector<std::string>& charts, bool batch,
                        const RenderOptions& o) {
  const HtmlDocument doc = markdown_html(md, charts);
  Data d;
  d.set("lang", std::string(lang_code(o.lang)));
  d.set("title", doc.title);
  d.set("intro", doc.intro);
  Data sections = list();
  for (const auto& s : doc.sections) {
    Data x;
    x.set("id", s.id);
    x.set("title", s.title);
    x.set("html", s.html);
    // The footer goes in the last section, so that the page break keeps it with its last lines.
    if (&s == &doc.sections.back()) x.set("last", true);
    sections.push_back(x);
  }
  d.set("sections", sections);
  d.set("charts", std::to_string(charts.size()));
  std::string html = render_template(batch ? "batch_report.html.mustache" : "report.html.mustache",
                                     d, o.lang, Markup::html, o.templates_dir);
  // The template's leading comment leaves blank lines: the file starts with <!DOCTYPE html>.
  html.erase(0, html.find_first_not_of(" \t\r\n"));
  return html;
}

} // namespace report_parts

} // namespace vap
