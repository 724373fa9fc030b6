#pragma once
// `vap assembly`: the assembly (жыйын) that agrees the plan – participants by village and
// gender, the votes on each proposal, and the final list against the gallery's priorities – as
// Markdown, CSV (one row per proposal, then the priorities not voted on) and JSON.
#include "vap/assembly.hpp"
#include "vap/render.hpp"

#include <vector>

namespace vap {

// One municipality, or several in turn (CSV: a municipality_id column first when there is more
// than one; JSON: {"municipalities": [...]} when more than one).
std::string render_assembly(const std::vector<AssemblyReport>& reports,
                            const RenderOptions& options);

// The Mustache data of one municipality's assembly (also for the full report).
Data assembly_data(const AssemblyReport& report, const RenderOptions& options);

} // namespace vap
