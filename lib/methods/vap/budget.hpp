#pragma once
// Step 4, the plan in the local budget: which plan problems the local budget's envelope for the
// plan covers, by two rules side by side, as pabutools defines them (FORMAT.md, "vap budget"):
//
// - greedy (pabutools' greedy_utilitarian_welfare): projects in falling order of satisfaction per
//   som, ties by project id; a project that no longer fits is skipped and the next one is tried;
// - the method of equal shares (pabutools' method_of_equal_shares, no completion): every voter
//   gets envelope / n; each round the project with the smallest affordability ρ is bought, its
//   supporters paying min(budget left, ρ · utility); ties by project id; a project whose
//   supporters have less left than it costs drops out.
//
// A project is a plan problem with what its tasks ask of the local budget (`local-budget`
// funding) as its cost. A voter is a session that gave dots in the gallery; its dots are
// cumulative points. Utilities are cost utilities: u_i(p) = points_i(p) · cost(p) (for one-dot
// ballots this is pabutools' Cost_Sat; greedy then orders by dots, the gallery's rank).
#include "vap/gallery.hpp"
#include "vap/map.hpp"
#include "vap/model.hpp"
#include "vap/plan.hpp"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace vap {

struct BudgetProject {
  std::string id; // the tie rule compares these, byte by byte
  double cost = 0;
};

struct BudgetVoter {
  std::string id;
  std::map<std::string, long long> points; // project id → points (dots), only > 0
};

struct BudgetInstance {
  double envelope = 0;
  std::vector<BudgetProject> projects;
  std::vector<BudgetVoter> voters;
};

// One project as the greedy rule met it, in the rule's order.
struct GreedyStep {
  std::string project;
  long long points = 0; // satisfaction per som under cost utilities: the project's points
  double cost = 0;
  double left_before = 0;
  bool funded = false;
};

struct GreedyResult {
  std::vector<GreedyStep> steps;
  std::vector<std::string> funded; // in the order they were bought
  double spent = 0;
  double left = 0;
};

struct MesPayment {
  std::string voter;
  double paid = 0;
  double left = 0; // after paying
};

// One round of equal shares: the project bought, or the projects that dropped out.
struct MesStep {
  std::string project;  // the project bought
  double rho = 0;       // its affordability (pabutools' ρ, per unit of utility)
  double per_point = 0; // ρ · cost: what a supporter pays per point, if it can
  double cost = 0;
  std::vector<std::string> tied; // other projects with the same ρ, lost on the tie rule
  std::vector<MesPayment> payments;
  std::vector<std::string> dropped; // projects that left the race this round, unaffordable
};

struct MesResult {
  double per_voter = 0;
  std::vector<MesStep> steps;
  std::vector<std::string> funded;
  std::vector<std::string> never_supported; // projects with no points, or cost 0: not in MES
  std::vector<std::string> dropped_last;    // dropped after the last purchase
  double spent = 0;
  double left = 0;
};

GreedyResult greedy_budget(const BudgetInstance& instance);
MesResult equal_shares(const BudgetInstance& instance);

// ---- the municipality's budget instance ----

struct BudgetRow {
  ProblemName problem;
  int rank = 0; // in the gallery (0: no dots)
  long long dots = 0;
  double cost = 0;                                  // asked of the local budget
  std::vector<std::pair<SourceName, double>> other; // other sources the plan names for it
  bool greedy = false;
  bool mes = false;
};

struct BudgetSession {
  std::string id; // s1, s2, ... in session order (sessions that gave dots)
  Date date;
  std::string village;
  NamedId group;
  long long dots = 0; // on the instance's projects
};

struct BudgetSummary {
  std::string municipality_id;
  std::string municipality;
  std::string unit;
  double envelope = 0;
  bool has_plan = false;
  std::vector<BudgetRow> rows;         // plan problems asking the local budget, by rank then id
  std::vector<ProblemName> not_asking; // plan problems with no local-budget amount
  std::vector<BudgetSession> sessions;
  BudgetInstance instance;
  GreedyResult greedy;
  MesResult mes;
  double asked = 0; // the local budget the plan asks for
};

// The envelope is --envelope when given, else budget.plan_envelope; nullopt: none.
std::optional<double> plan_envelope(const Municipality& m, std::optional<double> flag);

BudgetSummary summarize_budget(const Municipality& m, double envelope);

} // namespace vap
