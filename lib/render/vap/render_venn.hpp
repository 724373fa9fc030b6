#pragma once
// The Venn diagram's results as Markdown, CSV, JSON and the drawn diagram (SVG).
#include "vap/render.hpp"
#include "vap/venn.hpp"

#include <vector>

namespace vap {

// One municipality's Venn summary, or several in turn (Markdown: a section each; CSV: a
// municipality_id column first when there is more than one; JSON: {"municipalities": [...]}
// when more than one; SVG: the diagrams one under another).
std::string render_venn(const std::vector<VennSummary>& summaries, const RenderOptions& options);

// The Mustache data of one municipality's Venn summary (also used by the full report).
Data venn_data(const VennSummary& summary, const RenderOptions& options);

// The diagram: the community in the centre, each institution a circle whose area grows with its
// importance and whose distance from the centre grows as its closeness falls, coloured by type,
// labelled without overlaps, with a legend. A complete SVG document.
std::string venn_svg(const VennSummary& summary, Lang lang);
std::string venn_svg(const std::vector<VennSummary>& summaries, Lang lang);

} // namespace vap
