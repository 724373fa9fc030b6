#include "vap/budget_report.hpp"

#include "vap/chart.hpp"
#include "vap/number.hpp"

#include <fmt/format.h>

namespace vap {

std::string money_text(double v) {
  std::string s = fixed(v, 2);
  if (s.find('.') != std::string::npos) {
    while (s.back() == '0')
      s.pop_back();
    if (s.back() == '.') s.pop_back();
  }
  return s;
}

std::string money_text(const PbElection& e, long long units) {
  return money_text(scaled_value(units, e.money_places));
}

std::string rule_name(Lang lang, RuleId rule) {
  return std::string(label(lang, "budget_rule_" + std::string(rule_key(rule))));
}

namespace {

std::string key_of(std::string_view id) {
  std::string k(id);
  for (char& c : k)
    if (c == '-') c = '_';
  return k;
}

std::string why_text(const PbElection& e, const BudgetAnalysis& a, const Unfunded& u,
                     const std::vector<std::string>& projects,
                     const std::vector<std::string>& groups, BudgetWords words, Lang lang) {
  const std::string w = words == BudgetWords::plan ? "budget_why_" : "pb_why_";
  const PbProject& p = e.projects[u.project];
  const std::string name = projects[u.project];
  const std::string cost = money_text(e, p.cost);
  if (u.supporters == 0) return label_fmt(lang, w + "nobody", name, cost);
  if (p.cost == 0) return label_fmt(lang, "budget_why_free", name);
  std::string by_group;
  for (const auto& [g, n] : u.by_group)
    by_group += (by_group.empty() ? "" : ", ") + groups[g] + " " + std::to_string(n);
  std::string text =
      label_fmt(lang, w + "left", name, cost, u.supporters, by_group, money_text(u.left));
  if (u.dropped_after == 0)
    text += " " + std::string(label(lang, "budget_why_at_start"));
  else if (u.dropped_after > 0)
    text += " " + label_fmt(lang, "budget_why_after_step", u.dropped_after);
  (void)a;
  return text;
}

} // namespace

std::vector<std::string> pb_group_names(const BudgetAnalysis& a, Lang lang) {
  std::vector<std::string> out;
  for (const auto& id : a.groups.ids)
    out.emplace_back(label(lang, "budget_group_" + key_of(id)));
  return out;
}

void set_budget_analysis(Data& d, const PbElection& e, const BudgetRuns& runs,
                         const BudgetAnalysis& a, const std::vector<std::string>& projects,
                         const std::vector<std::string>& groups, BudgetWords words, Lang lang) {
  const std::string how = words == BudgetWords::plan ? "budget_how_" : "pb_how_";
  Data rules_how = list();
  Data table = list();
  Data names = list();
  for (std::size_t k = 0; k < runs.outcomes.size(); ++k) {
    const RuleOutcome& o = runs.outcomes[k];
    const Measures& m = a.rules[k].all;
    Data item;
    item.set("name", rule_name(lang, o.rule));
    item.set("how", std::string(label(lang, how + std::string(rule_key(o.rule)))));
    rules_how.push_back(item);
    Data row;
    row.set("name", rule_name(lang, o.rule));
    row.set("funded", std::to_string(o.funded.size()));
    row.set("spent", money_text(e, o.spent));
    row.set("left", money_text(e, e.budget - o.spent));
    row.set("funded_share", percent(m.funded_share));
    row.set("satisfaction", percent(m.satisfaction));
    row.set("empty_handed", percent(m.empty_handed));
    row.set("gini", fixed(m.gini, 2));
    row.set("fair_distance", money_text(m.fair_distance));
    table.push_back(row);
    names.push_back(Data("name", rule_name(lang, o.rule)));
  }
  d.set("rules_how", rules_how);
  d.set("rules_table", table);
  d.set("rule_names", names);
  // What each group got: one column per group, one row per rule (a table narrow enough to
  // print on a portrait page, whatever the number of rules).
  Data group_names = list();
  Data group_voters = list();
  Data detail = list();
  for (std::size_t g = 0; g < groups.size(); ++g) {
    group_names.push_back(Data("name", groups[g]));
    group_voters.push_back(Data("value", std::to_string(a.rules.front().groups[g].voters)));
    const Measures& greedy = a.rules[0].groups[g];
    const Measures& mes = a.rules[1].groups[g];
    Data x;
    x.set("group", groups[g]);
    x.set("empty_greedy", percent(greedy.empty_handed));
    x.set("empty_mes", percent(mes.empty_handed));
    x.set("fair_share", money_text(mes.fair_share));
    x.set("distance_greedy", money_text(greedy.fair_distance));
    x.set("distance_mes", money_text(mes.fair_distance));
    detail.push_back(x);
  }
  Data group_rows = list();
  for (const auto& r : a.rules) {
    Data row;
    row.set("name", rule_name(lang, r.rule));
    Data cells = list();
    for (const auto& m : r.groups)
      cells.push_back(Data("value", percent(m.funded_share)));
    row.set("cells", cells);
    group_rows.push_back(row);
  }
  d.set("group_names", group_names);
  d.set("group_voters", group_voters);
  d.set("group_rows", group_rows);
  d.set("group_detail", detail);
  Data why = list();
  for (const auto& u : a.unfunded)
    why.push_back(Data("text", why_text(e, a, u, projects, groups, words, lang)));
  d.set("why", why);
  if (why.is_empty_list()) d.set("why_none", std::string(label(lang, "budget_why_none")));
}

std::string groups_chart_svg(const BudgetAnalysis& a, const std::vector<std::string>& groups,
                             Lang lang) {
  std::vector<PairRow> rows;
  for (std::size_t g = 0; g < groups.size(); ++g) {
    const double greedy = a.rules[0].groups[g].funded_share * 100;
    const double mes = a.rules[1].groups[g].funded_share * 100;
    rows.push_back({groups[g], greedy, mes, fixed(greedy, 1) + " %", fixed(mes, 1) + " %"});
  }
  return pair_chart_svg(label(lang, "budget_chart_title"), rule_name(lang, RuleId::greedy),
                        rule_name(lang, RuleId::equal_shares), rows);
}

Json budget_analysis_json(const PbElection& e, const BudgetRuns& runs, const BudgetAnalysis& a) {
  auto measures = [&](const Measures& m) {
    return Json{{"voters", m.voters},
                {"voting", m.voting},
                {"funded_share", m.funded_share},
                {"satisfaction", m.satisfaction},
                {"empty_handed", m.empty_handed},
                {"gini", m.gini},
                {"share", m.share},
                {"fair_share", m.fair_share},
                {"fair_distance", m.fair_distance}};
  };
  Json j;
  Json rules = Json::array();
  for (std::size_t k = 0; k < runs.outcomes.size(); ++k) {
    const RuleOutcome& o = runs.outcomes[k];
    Json funded = Json::array();
    for (std::uint32_t p : o.funded)
      funded.push_back(e.projects[p].id);
    Json groups = Json::object();
    for (std::size_t g = 0; g < a.groups.ids.size(); ++g)
      groups[a.groups.ids[g]] = measures(a.rules[k].groups[g]);
    rules.push_back({{"rule", rule_key(o.rule)},
                     {"funded", funded},
                     {"spent", scaled_value(o.spent, e.money_places)},
                     {"left", scaled_value(e.budget - o.spent, e.money_places)},
                     {"all", measures(a.rules[k].all)},
                     {"groups", groups}});
  }
  j["rules"] = rules;
  if (!runs.increase.funded.empty() || runs.increase.percent != 100)
    j["equal_shares_increase_budget_percent"] = runs.increase.percent;
  Json why = Json::array();
  for (const auto& u : a.unfunded) {
    Json by_group = Json::object();
    for (const auto& [g, n] : u.by_group)
      by_group[a.groups.ids[g]] = n;
    Json item{{"project_id", e.projects[u.project].id},
              {"cost", scaled_value(e.projects[u.project].cost, e.money_places)},
              {"supporters", u.supporters},
              {"left", u.left},
              {"supporters_by_group", by_group}};
    if (u.dropped_after >= 0) item["dropped_after_step"] = u.dropped_after;
    why.push_back(item);
  }
  j["why_not_funded"] = why;
  return j;
}

} // namespace vap
