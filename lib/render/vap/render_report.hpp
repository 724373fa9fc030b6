#pragma once
// The full report (`vap report`): one municipality's every section, or a batch's program report,
// as Markdown or as one self-contained HTML file (inline CSS and SVG, print styles for A4).
#include "vap/model.hpp"
#include "vap/render.hpp"
#include "vap/report.hpp"
#include "vap/results.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace vap {

// One municipality's report, from its methods' results (results_of).
std::string render_report(const MunicipalityResults& results, const RenderOptions& options);
// The program report of a batch's summary (a streamed batch's ProgramTally).
std::string render_batch_report(const ProgramSummary& summary, const RenderOptions& options);

// The Markdown that vap's templates write, as HTML: the part before the first level-2 heading,
// then one section per level-2 heading. A line `%%chart:N%%` becomes charts[N] (inline SVG);
// Mermaid code blocks are left out (the HTML has SVG charts instead).
struct HtmlSection {
  std::string id;    // "s1", "s2", ...
  std::string title; // the heading's text
  std::string html;
};
struct HtmlDocument {
  std::string title; // the level-1 heading's text
  std::string intro;
  std::vector<HtmlSection> sections;
};
HtmlDocument markdown_html(std::string_view markdown, const std::vector<std::string>& charts);

// Markdown as the HTML page of a municipality's report (markdown_html in report.html.mustache),
// for a command's --format html (vap budget).
std::string report_page(const std::string& markdown, const std::vector<std::string>& charts,
                        const RenderOptions& options);

// An SVG document made fit to sit inside HTML: no XML declaration, no namespace URLs.
std::string inline_svg(std::string_view svg);

} // namespace vap
