#pragma once
// The cause–effect analysis as Markdown (the seed's table, a summary of who can solve what, a
// Mermaid diagram per problem), CSV and JSON.
#include "vap/causes.hpp"
#include "vap/render.hpp"

namespace vap {

std::string render_causes(const CausesResult& result, const RenderOptions& options);

// The Mustache data of the analysis (also used by the full report): `l` is not set.
Data causes_data(const CausesResult& result, const RenderOptions& options);

// Text made safe inside a quoted Mermaid label or a Gantt task name: quotes, brackets, braces,
// '#', ':', ';', '|', '<', '>' become Mermaid entity codes; line breaks become spaces.
std::string mermaid_text(std::string_view text);

// The Mermaid flowchart of one row: causes → problem → effects.
std::string causes_mermaid(const CauseRow& row, Lang lang);

} // namespace vap
