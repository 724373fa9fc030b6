#pragma once
// The budget pie's results as Markdown, CSV, JSON and a chart (SVG).
#include "vap/pie.hpp"
#include "vap/render.hpp"

#include <vector>

namespace vap {

// One municipality's comparison, or several in turn (Markdown: a section each; CSV: a
// municipality_id column first when there is more than one; JSON: {"municipalities": [...]}
// when more than one; SVG: the charts one under another).
std::string render_pie(const std::vector<PieComparison>& comparisons, const RenderOptions& options);

// The Mustache data of one municipality's comparison (also used by the full report).
Data pie_data(const PieComparison& comparison, const RenderOptions& options);

// What people think against the budget, per side, as paired bars. A complete SVG document.
std::string pie_svg(const PieComparison& comparison, Lang lang);
std::string pie_svg(const std::vector<PieComparison>& comparisons, Lang lang);

// The hearing topic as a sentence in `lang` ("People think X takes 40.0 % of spending; ...").
std::string topic_sentence(const HearingTopic& topic, Lang lang);

} // namespace vap
