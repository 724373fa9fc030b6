#pragma once
// The method of equal shares (pabutools' method_of_equal_shares), computed exactly: each voter
// gets an equal share of the budget (a GMP rational); each round the project with the smallest
// affordability ρ is bought (the price of one unit of satisfaction at which its supporters,
// each paying ρ x its satisfaction or all it has left, pay its cost together); a project whose
// supporters have less left than it costs leaves the race. Ties go to the smaller project id.
// Satisfaction: cost (points x cost; pabutools' Cost_Sat on approval ballots) or cardinality
// (points; Cardinality_Sat on approval ballots).
#include "vap/ballot_index.hpp"
#include "vap/pb.hpp"

#include <cstdint>
#include <vector>

namespace vap {

enum class Satisfaction { cost, cardinality };

struct MesPurchase {
  std::uint32_t project = 0;
  double rho = 0;                  // its affordability: the price of one unit of satisfaction
  double per_point = 0;            // what a supporter with enough left pays for each of its points
  std::vector<std::uint32_t> tied; // projects as affordable, lost on the tie rule (id order)
  std::vector<std::uint32_t> dropped; // traced: left the race (unaffordable) before this step
  std::vector<double> paid;           // traced: what each voter paid (by voter)
};

struct MesResult {
  double per_voter = 0;              // each voter's share of the budget at the start
  std::vector<std::uint32_t> free;   // supported projects of cost 0, funded before the first step
  std::vector<MesPurchase> steps;    // the purchases, in order
  std::vector<std::uint32_t> funded; // free ones, then the purchases
  std::vector<std::uint32_t> dropped_last; // traced: left the race after the last purchase
  std::vector<double> left;                // each voter's budget at the end
  long long spent = 0;
};

// `budget_percent`: the budget shared out, in % of e.budget (the budget-increase completion
// reruns the method with more). `trace`: record every step's payments and the projects that
// drop out (meant for small elections, such as a municipality's sessions).
struct MesOptions {
  Satisfaction satisfaction = Satisfaction::cost;
  long long budget_percent = 100;
  bool trace = false;
};
MesResult equal_shares(const PbElection& e, const BallotIndex& index, const MesOptions& options);

// Equal shares with cost satisfaction rerun with the budget raised by 1 % of it at a time
// (pabutools' exhaustion_by_budget_increase, its default step): the first outcome that spends
// the budget with nothing more that fits, or, when an outcome would overspend it, the one before.
struct IncreaseResult {
  std::vector<std::uint32_t> funded;
  long long percent = 100; // the budget the outcome came from, in % of the real one
};
IncreaseResult equal_shares_increase(const PbElection& e, const BallotIndex& index);

} // namespace vap
