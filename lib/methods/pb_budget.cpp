#include "vap/pb_budget.hpp"

#include <algorithm>

namespace vap {

PbBudget summarize_pb_budget(PbElection election) {
  PbBudget b;
  b.election = std::move(election);
  const PbElection& e = b.election;
  const BallotIndex index(e);
  b.runs = run_budget_rules(e, index, false);
  b.analysis = analyse_budget(e, index, b.runs, pb_voter_groups(e));
  const bool has_selected = std::any_of(e.projects.begin(), e.projects.end(),
                                        [](const PbProject& p) { return p.selected.has_value(); });
  if (has_selected && e.meta_value("rule") == "greedy") {
    SelectedCheck c;
    std::vector<char> greedy(e.projects.size(), 0);
    for (std::uint32_t p : b.runs.greedy.funded)
      greedy[p] = 1;
    for (std::uint32_t p = 0; p < e.projects.size(); ++p) {
      const bool selected = e.projects[p].selected == 1;
      if (greedy[p] && !selected) c.only_greedy.push_back(p);
      if (greedy[p] && !selected && index.approvals[p] == 0) c.unvoted.push_back(p);
      if (!greedy[p] && selected) c.only_selected.push_back(p);
    }
    sort_by_id(e, c.only_greedy);
    sort_by_id(e, c.only_selected);
    sort_by_id(e, c.unvoted);
    c.agrees = c.only_greedy.empty() && c.only_selected.empty();
    for (const auto& [key, value] : e.meta)
      if (key.rfind("comment", 0) == 0) c.comments.push_back(value);
    b.selected = std::move(c);
  }
  return b;
}

} // namespace vap
