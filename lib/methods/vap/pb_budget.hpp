#pragma once
// `vap budget FILE.pb`: every rule of vap/budget_rules.hpp on a participatory budget read from
// a pabulib file, the analysis per voter group (vap/budget_analysis.hpp), and how greedy compares
// with the projects the file marks as selected.
#include "vap/budget_analysis.hpp"
#include "vap/budget_rules.hpp"
#include "vap/pb.hpp"

#include <optional>
#include <string>
#include <vector>

namespace vap {

// The file's `selected` column (1: funded) against vap's greedy, when the file has the column
// and its rule is greedy.
struct SelectedCheck {
  bool agrees = true;
  std::vector<std::uint32_t> only_greedy;   // funded by greedy, not marked selected
  std::vector<std::uint32_t> only_selected; // marked selected (1), not funded by greedy
  std::vector<std::uint32_t> unvoted;       // of only_greedy, those nobody voted for
  std::vector<std::string> comments;        // the file's comment lines (META comment*)
};

struct PbBudget {
  PbElection election;
  BudgetRuns runs;
  BudgetAnalysis analysis;
  std::optional<SelectedCheck> selected;
};

PbBudget summarize_pb_budget(PbElection election);

} // namespace vap
