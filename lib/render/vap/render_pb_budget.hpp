#pragma once
// `vap budget FILE.pb...`: every rule on each participatory budget, as Markdown (the rules in
// one plain sentence each, the rules side by side, every project under every rule, what each
// voter group got, why equal shares left a project out, how greedy compares with the file's
// `selected`), HTML (the same with the chart of the groups), CSV (one row per project:
// project_id, then yes/no per rule; a `file` column first over several files) and JSON.
#include "vap/pb_budget.hpp"
#include "vap/render.hpp"

#include <string>
#include <vector>

namespace vap {

std::string render_pb_budget(const std::vector<PbBudget>& budgets, const RenderOptions& options);

} // namespace vap
