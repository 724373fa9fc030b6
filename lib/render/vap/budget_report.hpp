#pragma once
// What the reports of `vap budget` share, for a municipality's plan and for a .pb file: the
// rules' names and one plain sentence each in the reader's language, the table comparing their
// outcomes, what each voter group got under each rule (a table and a chart), why equal shares
// left a project out, and the JSON of all that.
#include "vap/budget_analysis.hpp"
#include "vap/budget_rules.hpp"
#include "vap/pb.hpp"
#include "vap/render.hpp"

#include <string>
#include <vector>

namespace vap {

// The words of the sentences: a municipality's plan (problems, sessions, dots) or a .pb file
// (projects, voters, votes).
enum class BudgetWords { plan, pb };

// An amount as a council reads it: at most two decimals, no trailing zeros ("300", "32.5").
std::string money_text(double value);
std::string money_text(const PbElection& e, long long units);

std::string rule_name(Lang lang, RuleId rule);

// The Mustache data of the shared sections, set into `d`:
//   rules_how: [{name, how}], one plain sentence per rule;
//   rules_table: [{name, funded, spent, left, funded_share, satisfaction, empty_handed, gini,
//                  fair_distance}];
//   rule_names: [{name}], group_rows: [{group, voters, cells: [{value}]}]: the share of each
//   group's points on funded projects, per rule;
//   group_detail: [{group, empty_greedy, empty_mes, fair_share, distance_greedy,
//                   distance_mes}];
//   why: [{text}]: the projects equal shares left out, and why.
// `projects` and `groups` name the election's projects and the analysis' groups in `lang`.
void set_budget_analysis(Data& d, const PbElection& e, const BudgetRuns& runs,
                         const BudgetAnalysis& a, const std::vector<std::string>& projects,
                         const std::vector<std::string>& groups, BudgetWords words, Lang lang);

// The share of each group's points on funded projects, greedy against equal shares (SVG).
std::string groups_chart_svg(const BudgetAnalysis& a, const std::vector<std::string>& groups,
                             Lang lang);

// "rules": each rule's funded project ids, spent and measures; "groups": per group and rule;
// "why_not_funded" (equal shares).
Json budget_analysis_json(const PbElection& e, const BudgetRuns& runs, const BudgetAnalysis& a);

// The group names of a .pb's analysis (pb_voter_groups' ids) in `lang`.
std::vector<std::string> pb_group_names(const BudgetAnalysis& a, Lang lang);

} // namespace vap
