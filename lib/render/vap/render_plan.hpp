#pragma once
// The joint action plan as Markdown (the seed's layout per problem, the financing summary,
// initiative groups, a Mermaid Gantt timeline), budget lines as CSV, and JSON.
#include "vap/plan.hpp"
#include "vap/render.hpp"

#include <vector>

namespace vap {

std::string render_plan(const PlanSummary& plan, const RenderOptions& options);

// The Mustache data of the plan (also used by the full report): `l` is not set.
Data plan_data(const PlanSummary& plan, const RenderOptions& options);

// The Mermaid Gantt chart of the tasks that have dates, one section per problem.
std::string plan_gantt(const PlanSummary& plan, Lang lang);

// How many decimals the plan's amounts need (1 to 3), so that columns line up.
int amount_decimals(const PlanSummary& plan);
// How many decimals these amounts need (1 to 3).
int amount_decimals(const std::vector<double>& amounts);

} // namespace vap
