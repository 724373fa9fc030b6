#pragma once
// `vap budget`: the plan in the local budget under every rule of vap/budget_rules.hpp, as
// Markdown (greedy's and equal shares' steps, the rules side by side, what each group of
// sessions got), HTML (the same, with the chart of the groups), CSV (one row per project) and
// JSON.
#include "vap/budget.hpp"
#include "vap/render.hpp"

#include <vector>

namespace vap {

// One municipality, or several in turn (CSV: a municipality_id column first when there is more
// than one; JSON: {"municipalities": [...]} when more than one).
std::string render_budget(const std::vector<BudgetSummary>& summaries,
                          const RenderOptions& options);

// The Mustache data of one municipality's budget (also used by the full report).
Data budget_data(const BudgetSummary& summary, const RenderOptions& options);

// What each group of sessions got under greedy and under equal shares (SVG; "" without data).
std::string budget_chart_svg(const BudgetSummary& summary, Lang lang);

} // namespace vap
