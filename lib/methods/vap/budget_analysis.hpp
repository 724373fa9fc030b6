#pragma once
// Whom a budget's outcome serves: the measures of each rule's outcome over all voters and per
// voter group, and why each project equal shares leaves out was left out.
//
// A voter's satisfaction is the share of its own points (votes, dots) that went to funded
// projects, 0 to 1; voters who gave no points to any project of the budget are counted as
// voters but have no satisfaction. Per group: the share of the group's points on funded
// projects, the mean satisfaction, the share of voters with nothing funded, the Gini coefficient
// of satisfaction, and the fair share (pabutools' analysis.fairshare, by points): a funded
// project's cost is shared among its supporters by their points; a voter's share is what it got
// so; its fair share is what all its projects would give it so, at most budget / voters.
#include "vap/ballot_index.hpp"
#include "vap/budget_rules.hpp"
#include "vap/pb.hpp"

#include <cstdint>
#include <string>
#include <vector>

namespace vap {

// The voter groups of a .pb: sex and age where the file gives them (under 35, and 35 and over,
// as the groups of a session: young women, older women, young men, older men), sex alone, age
// alone, or neither. Group ids: young-women, older-women, young-men, older-men, women, men,
// other, under-35, 35-and-over, not-given (only those with voters, in this order).
struct VoterGroups {
  std::vector<std::string> ids;
  std::vector<std::uint32_t> of; // per voter: its group's index in `ids`
};
VoterGroups pb_voter_groups(const PbElection& e);

struct Measures {
  std::size_t voters = 0;   // every voter of the group
  std::size_t voting = 0;   // those who gave points to a project of the budget
  double funded_share = 0;  // of the group's points, on funded projects
  double satisfaction = 0;  // mean over `voting`
  double empty_handed = 0;  // share of `voting` with nothing funded
  double gini = 0;          // of the satisfaction of `voting`
  double share = 0;         // mean over `voting`, in money
  double fair_share = 0;    // mean over `voting`, in money
  double fair_distance = 0; // mean |share - fair share| over `voting`, in money
};

struct RuleMeasures {
  RuleId rule = RuleId::greedy;
  Measures all;
  std::vector<Measures> groups; // by VoterGroups::ids
};

// A project equal shares (cost satisfaction, no completion) did not fund, and why.
struct Unfunded {
  std::uint32_t project = 0;
  long long supporters = 0;
  double left = 0; // what its supporters had left together when equal shares ended
  std::vector<std::pair<std::uint32_t, long long>> by_group; // group index, supporters; most first
  int dropped_after = -1; // traced runs: the number of purchases before it left the race
};

struct BudgetAnalysis {
  VoterGroups groups;
  std::vector<RuleMeasures> rules; // by k_all_rules
  std::vector<Unfunded> unfunded;  // in project order
};

BudgetAnalysis analyse_budget(const PbElection& e, const BallotIndex& index, const BudgetRuns& runs,
                              VoterGroups groups);

// The Gini coefficient of `values` (0: all equal; sorts them).
double gini(std::vector<double> values);

} // namespace vap
