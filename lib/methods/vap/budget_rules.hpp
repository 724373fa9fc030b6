#pragma once
// The rules of `vap budget` on a participatory budget (vap/pb.hpp), as pabutools defines them
// and computed exactly (amounts are whole numbers; equal shares and Phragmén divide in GMP
// rationals), side by side:
// - greedy: pabulib's `rule;greedy` (pabutools' greedy_utilitarian_welfare with cost
//   satisfaction): projects by their score (votes on approval ballots, points on the others),
//   highest first, each one taken when it still fits; projects nobody voted for come last;
// - equal_shares (cost satisfaction) and equal_shares_cardinality (vap/equal_shares.hpp);
// - equal_shares_greedy: equal shares, then greedy by score per cost on what it leaves
//   (completion_by_rule_combination with greedy_utilitarian_welfare);
// - equal_shares_increase: equal shares with the budget raised 1 % at a time
//   (exhaustion_by_budget_increase);
// - phragmen: sequential Phragmén (vap/phragmen.hpp).
// Ties go to the project whose id comes first by code point (pabutools' lexico_tie_breaking).
#include "vap/ballot_index.hpp"
#include "vap/equal_shares.hpp"
#include "vap/pb.hpp"
#include "vap/phragmen.hpp"

#include <cstdint>
#include <string_view>
#include <vector>

namespace vap {

enum class RuleId {
  greedy,
  equal_shares,
  equal_shares_cardinality,
  equal_shares_greedy,
  equal_shares_increase,
  phragmen
};
inline constexpr RuleId k_all_rules[] = {RuleId::greedy,
                                         RuleId::equal_shares,
                                         RuleId::equal_shares_cardinality,
                                         RuleId::equal_shares_greedy,
                                         RuleId::equal_shares_increase,
                                         RuleId::phragmen};
// The rule's column in CSV and key in JSON: "greedy", "equal_shares", ...
std::string_view rule_key(RuleId rule);

struct GreedyStep {
  std::uint32_t project = 0;
  long long left_before = 0;
  bool funded = false;
};

struct GreedyResult {
  std::vector<GreedyStep> steps;     // every project, in the rule's order
  std::vector<std::uint32_t> funded; // in the order they were taken
  long long spent = 0;
};

// pabulib's greedy: by score (votes or points), highest first.
GreedyResult greedy_by_score(const PbElection& e, const BallotIndex& index);
// Greedy by score per cost, taking `funded` first (the completion of equal shares).
std::vector<std::uint32_t> greedy_completion(const PbElection& e, const BallotIndex& index,
                                             std::vector<std::uint32_t> funded);

struct RuleOutcome {
  RuleId rule = RuleId::greedy;
  std::vector<std::uint32_t> funded; // in the rule's order
  long long spent = 0;
};

struct BudgetRuns {
  GreedyResult greedy;
  MesResult mes;  // cost satisfaction
  MesResult card; // cardinality satisfaction
  IncreaseResult increase;
  PhragmenResult phragmen;
  std::vector<RuleOutcome> outcomes; // one per rule, in k_all_rules' order
  const RuleOutcome& outcome(RuleId rule) const;
};
// Every rule; `trace`: equal shares records its payments (vap/equal_shares.hpp).
BudgetRuns run_budget_rules(const PbElection& e, const BallotIndex& index, bool trace);

} // namespace vap
