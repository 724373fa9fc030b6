#pragma once
// `vap budget`: the plan in the local budget, greedy and equal shares side by side, as Markdown
// (with each rule's steps), CSV (one row per project) and JSON.
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

} // namespace vap
