#pragma once
// The joint action plan (БАП): per problem its tasks with contributions by source, the financing
// summary the local council needs (sources × problems, the local budget's part per year,
// beneficiaries), the budget lines a budget officer pastes, and the initiative groups.
#include "vap/gallery.hpp"
#include "vap/model.hpp"

#include <map>
#include <string>
#include <vector>

namespace vap {

// A funding source as reports name it.
struct SourceName {
  std::string id;
  std::array<std::string, 3> labels;
  const std::string& label(Lang lang) const { return labels[static_cast<std::size_t>(lang)]; }
};

struct PlanTaskRow {
  std::string task;
  std::vector<std::string> activities;
  std::vector<std::string> results;
  std::optional<Date> start;
  std::optional<Date> end;
  std::vector<std::string> responsible;
  std::optional<long long> direct;
  std::optional<long long> indirect;
  std::vector<std::pair<std::string, double>> funding; // source id → amount, in catalog order
  double total = 0;
};

struct GroupMember {
  std::string name;
  std::string gender;  // genders id, or ""
  std::string village; // as the municipality spells it, or ""
  std::string role;    // roles id, or ""
  bool leader = false;
};

struct PlanEntry {
  ProblemName problem;
  std::string typed; // the problem as the file words it
  int rank = 0;      // in the gallery, 0 when it got no dots
  bool priority = false;
  std::string statement;
  std::string goal;
  std::string leader;
  std::vector<GroupMember> members;
  int women = 0; // members by gender, where known
  int men = 0;
  std::vector<PlanTaskRow> tasks;
  std::map<std::string, double> by_source; // source id → amount
  double total = 0;
  long long direct =
      0; // the largest count of any of its tasks (the same people benefit from several)
  long long indirect = 0;
};

// One row of `vap plan --format csv`: a task's amount from one source.
struct BudgetLineRow {
  std::string problem_id;
  std::string problem;
  std::string task;
  std::string source;
  double amount = 0;
  std::optional<Date> start;
  std::optional<Date> end;
};

// A person who sits in more than one initiative group.
struct SharedMember {
  std::string name;
  std::vector<ProblemName> problems;
};

struct PlanSummary {
  std::string municipality_id;
  std::string municipality;
  int year = 0;
  std::string unit;
  std::vector<PlanEntry> entries;          // in file order
  std::vector<SourceName> sources;         // sources with any amount, in catalog order
  std::map<std::string, double> by_source; // source id → amount over the plan
  double total = 0;
  std::map<int, double>
      local_budget_by_year; // year a task starts (else ends, else the plan's year) → amount
  std::optional<double>
      approved_expenditure; // the approved budget's expenditure of the plan's year, if typed
  std::string budget_unit;
  long long direct = 0; // summed over problems
  long long indirect = 0;
  std::vector<SharedMember> shared_members;
  std::vector<std::string> villages_without_group; // when any member's village is known
  std::vector<ProblemName> missing;                // priorities of the gallery with no plan entry
};

PlanSummary summarize_plan(const Municipality& m);

// One row per task and funding source, in plan order.
std::vector<BudgetLineRow> budget_lines(const PlanSummary& plan, Lang lang);

} // namespace vap
