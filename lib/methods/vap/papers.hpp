#pragma once
// What the local government's papers say (`vap papers`), from the model and the other methods'
// results: the ayil kenesh's decision approving the joint action plan (the plan, its lines in the
// local budget against the envelope, the other sources, the monitoring group and its rounds), the
// head's order approving the initiative groups, the public hearing's citizens' budget (the
// approved budget's shares as `vap pie` gives them, the items people misjudged most, what the
// plan asks of the budget) and the monitoring group checked against the method. What the data
// does not hold (a number, a date, a place) is not here: the papers leave a blank for it.
#include "vap/budget.hpp"
#include "vap/model.hpp"
#include "vap/pie.hpp"
#include "vap/plan.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace vap {

enum class PaperKind { decision, order, hearing, monitoring_group };

// "decision", "order", "hearing", "monitoring-group"; nullopt for another word.
std::optional<PaperKind> paper_kind(std::string_view name);

// The municipality as a paper's letterhead names it.
struct PaperHeader {
  std::string municipality;
  std::string region;
  std::string district;
  std::vector<std::string> villages;
};

// A task's amount from the local budget (a row of `vap plan --format csv` whose source is
// local-budget).
struct LocalBudgetLine {
  std::string task;
  double amount = 0;
};

struct DecisionProblem {
  ProblemName problem;
  std::string goal;
  std::string leader;
  std::vector<PlanTaskRow> tasks; // deadlines, responsible people, amounts by source
  double total = 0;               // every source
  double local_budget = 0;        // what it asks of the local budget (`vap budget`'s cost)
  std::vector<LocalBudgetLine> lines;
};

// The monitoring group as the latest monitoring round lists it.
struct MonitoringTeam {
  std::optional<Date> date; // of the round; none without a monitoring file
  std::vector<GroupMember> members;
};

struct DecisionPaper {
  PaperHeader header;
  int year = 0; // the plan's
  std::string unit;
  std::optional<Date> assembly;          // the latest assembly (жыйын) that agreed the plan
  std::vector<DecisionProblem> problems; // the plan's, less what the assembly rejected
  std::vector<ProblemName> rejected;     // plan problems the assembly rejected
  double total = 0;                      // the plan, every source
  double local_budget = 0; // what the plan asks of the local budget (`vap budget`'s total)
  std::optional<double> envelope;
  std::vector<std::pair<SourceName, double>> other_sources; // over the plan, in catalog order
  std::vector<SourceName> sources;                          // every source the plan names
  MonitoringTeam team;
  std::vector<Date> rounds; // the monitoring rounds, oldest first
};

struct OrderGroup {
  ProblemName problem;
  std::string leader;
  std::vector<GroupMember> members; // as the plan lists them
  int women = 0;
  int men = 0;
  bool balanced = true; // women and men each at least 40 % of those whose gender is known
};

struct OrderPaper {
  PaperHeader header;
  int year = 0;
  std::vector<OrderGroup> groups; // one per plan problem that has members, in plan order
  int people = 0;                 // different names over the groups
  int women = 0;                  // of those people
  int men = 0;
  std::vector<std::string> villages_without_group;
};

// A line of the approved budget with its share of its side (`vap pie`'s actual share).
struct CitizensBudgetLine {
  NamedId item;
  double amount = 0;
  double share = 0; // percent, one decimal
};

struct CitizensBudgetSide {
  std::vector<CitizensBudgetLine> lines; // as the municipality file lists them
  double total = 0;
};

// What the plan asks of the local budget for one problem (`vap budget`'s cost).
struct PlanAsk {
  ProblemName problem;
  double amount = 0;
};

struct HearingPaper {
  PaperHeader header;
  bool has_budget = false;
  int budget_year = 0;
  std::string unit;
  CitizensBudgetSide revenue;
  CitizensBudgetSide expenditure;
  int pie_sessions = 0;                // sessions that drew the pie
  std::vector<HearingTopic> misjudged; // the pie's largest gaps, largest first (at most five)
  int plan_year = 0;                   // 0: no plan
  std::string plan_unit;
  std::vector<PlanAsk> asks; // the plan's problems that ask the local budget
  double asked = 0;
  std::optional<double> envelope;
};

// A way the monitoring group falls short of the method (about seven people: five from the
// community, more when there are more villages, one from the ayil okmotu, one from the kenesh;
// every village; women and men balanced).
enum class TeamGap {
  no_team,         // no monitoring round lists a group
  community_short, // `count` community members missing
  no_lsg_staff,    // no one from the ayil okmotu
  no_deputy,       // no kenesh deputy
  village_missing, // no one from `village`
  no_women,        //
  no_men,          //
  unbalanced,      // one gender under 40 % of those known
  unknown_gender,  // `count` members without a gender
  unknown_role,    // `count` members without a role
  large,           // more than the method's size plus two
};

struct TeamGapItem {
  TeamGap gap = TeamGap::no_team;
  int count = 0;
  std::string village;
};

struct MonitoringGroupPaper {
  PaperHeader header;
  MonitoringTeam team;
  int size_wanted = 7;      // community_wanted + 2
  int community_wanted = 5; // five, or one per village when there are more
  int community = 0;
  int lsg_staff = 0;
  int deputies = 0;
  int women = 0;
  int men = 0;
  int villages_covered = 0;
  std::vector<TeamGapItem> gaps; // in the order above; none: the group follows the method
};

// The community members the method wants in the monitoring group: five, or one per village
// when there are more villages.
int monitoring_community_wanted(std::size_t villages);

// Women and men each at least 40 % of those whose gender is known (the initiative groups' and
// the monitoring group's gender balance); true when no gender is known.
bool gender_balanced(int women, int men);

DecisionPaper decision_paper(const Municipality& m);
OrderPaper order_paper(const Municipality& m);
HearingPaper hearing_paper(const Municipality& m);
MonitoringGroupPaper monitoring_group_paper(const Municipality& m);

} // namespace vap
