#pragma once
// Step 4, the plan in the local budget: which plan problems the local budget's envelope for the
// plan covers, under the rules of vap/budget_rules.hpp side by side (FORMAT.md, "vap budget").
//
// A project is a plan problem with what its tasks ask of the local budget (`local-budget`
// funding) as its cost. A voter is a session that gave dots in the gallery (also one whose dots
// all went to problems outside the plan: it holds its share of the envelope under equal shares,
// as a voter whose ballot names none of the projects); its dots are cumulative points, so
// satisfaction is dots x cost (equal shares with cost satisfaction) and greedy goes by dots, the
// gallery's rank. The assembly's (жыйын) latest decision governs: a problem it rejected is no
// project ("rejected by the assembly"), an amended one is marked so, one it added is a project
// when the plan asks the local budget for it.
#include "vap/budget_analysis.hpp"
#include "vap/budget_rules.hpp"
#include "vap/gallery.hpp"
#include "vap/map.hpp"
#include "vap/model.hpp"
#include "vap/pb.hpp"
#include "vap/plan.hpp"

#include <optional>
#include <string>
#include <vector>

namespace vap {

// What the assembly decided on a plan problem.
enum class AssemblyMark { none, agreed, amended, added, rejected };

struct BudgetRow {
  ProblemName problem;
  int rank = 0;                                     // in the gallery (0: no dots)
  long long dots = 0;                               // from the voting sessions
  double cost = 0;                                  // asked of the local budget
  std::vector<std::pair<SourceName, double>> other; // other sources the plan names for it
  AssemblyMark assembly = AssemblyMark::none;
  std::string amendment;    // as the assembly worded it (amended)
  std::vector<bool> funded; // by k_all_rules
  bool greedy() const { return !funded.empty() && funded[0]; }
  bool mes() const { return funded.size() > 1 && funded[1]; }
};

struct BudgetSession {
  std::string id; // s1, s2, ... in session order (sessions that gave dots)
  Date date;
  std::string village;
  NamedId group;
  long long dots = 0;      // all its dots in the gallery
  long long plan_dots = 0; // on the projects
};

struct BudgetSummary {
  std::string municipality_id;
  std::string municipality;
  std::string unit;
  double envelope = 0;
  bool has_plan = false;
  std::vector<BudgetRow> rows;         // the projects, by dots then id (the election's order)
  std::vector<BudgetRow> rejected;     // plan problems the assembly rejected
  std::vector<ProblemName> not_asking; // plan problems with no local-budget amount
  std::vector<BudgetSession> sessions; // the voters, in the election's order
  std::optional<Date> assembly_date;   // of the assembly whose decisions count
  double asked = 0;                    // what the projects ask of the local budget
  PbElection election;                 // projects = rows, voters = sessions
  BudgetRuns runs;
  BudgetAnalysis analysis;     // groups: the sessions' groups, by id
  std::vector<NamedId> groups; // the names of analysis.groups.ids
};

// The envelope is --envelope when given, else budget.plan_envelope; nullopt: none.
std::optional<double> plan_envelope(const Municipality& m, std::optional<double> flag);

BudgetSummary summarize_budget(const Municipality& m, double envelope);

// The fewest decimals (at most 6) that write every amount exactly, and an amount in units of
// 10^-places.
int amount_places(const std::vector<double>& amounts);
long long amount_units(double amount, int places);

} // namespace vap
