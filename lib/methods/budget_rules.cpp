#include "vap/budget_rules.hpp"

#include "exact.hpp"

#include <algorithm>

namespace vap {

std::string_view rule_key(RuleId rule) {
  switch (rule) {
  case RuleId::greedy:
    return "greedy";
  case RuleId::equal_shares:
    return "equal_shares";
  case RuleId::equal_shares_cardinality:
    return "equal_shares_cardinality";
  case RuleId::equal_shares_greedy:
    return "equal_shares_greedy";
  case RuleId::equal_shares_increase:
    return "equal_shares_increase";
  case RuleId::phragmen:
    return "phragmen";
  }
  return "greedy";
}

namespace {

// pabutools' order for greedy: by falling density (satisfaction per cost), ties by id. A density
// is `sat` / cost; a project with no satisfaction has density 0, one of cost 0 with some has an
// infinite one.
struct Density {
  int klass = 0;     // 0 infinite, 1 finite, 2 zero
  long long sat = 0; // finite: sat / cost
  long long cost = 1;
};

std::vector<std::uint32_t> by_density(const PbElection& e, std::vector<std::uint32_t> projects,
                                      const std::vector<Density>& d) {
  sort_by_id(e, projects);
  std::stable_sort(projects.begin(), projects.end(), [&](std::uint32_t a, std::uint32_t b) {
    if (d[a].klass != d[b].klass) return d[a].klass < d[b].klass;
    if (d[a].klass != 1) return false;
    return static_cast<Int128>(d[a].sat) * d[b].cost > static_cast<Int128>(d[b].sat) * d[a].cost;
  });
  return projects;
}

std::vector<std::uint32_t> all_projects(const PbElection& e) {
  std::vector<std::uint32_t> out(e.projects.size());
  for (std::uint32_t p = 0; p < out.size(); ++p)
    out[p] = p;
  return out;
}

} // namespace

GreedyResult greedy_by_score(const PbElection& e, const BallotIndex& index) {
  // Cost satisfaction per cost is the score (votes or points x cost, divided by the cost); a
  // project of cost 0 gives no cost satisfaction: density 0 (it always fits).
  std::vector<Density> d(e.projects.size());
  for (std::uint32_t p = 0; p < d.size(); ++p)
    if (index.score[p] > 0 && e.projects[p].cost > 0)
      d[p] = {1, index.score[p], 1};
    else
      d[p] = {2, 0, 1};
  GreedyResult r;
  long long left = e.budget;
  for (std::uint32_t p : by_density(e, all_projects(e), d)) {
    GreedyStep s{p, left, e.projects[p].cost <= left};
    if (s.funded) {
      left -= e.projects[p].cost;
      r.funded.push_back(p);
      r.spent += e.projects[p].cost;
    }
    r.steps.push_back(s);
  }
  return r;
}

std::vector<std::uint32_t> greedy_completion(const PbElection& e, const BallotIndex& index,
                                             std::vector<std::uint32_t> funded) {
  // Cardinality satisfaction on approval ballots (votes), points on the others, per cost.
  std::vector<Density> d(e.projects.size());
  for (std::uint32_t p = 0; p < d.size(); ++p) {
    const long long sat = e.vote_type == VoteType::approval ? index.approvals[p] : index.score[p];
    if (sat <= 0)
      d[p] = {2, 0, 1};
    else if (e.projects[p].cost == 0)
      d[p] = {0, sat, 1};
    else
      d[p] = {1, sat, e.projects[p].cost};
  }
  std::vector<char> in(e.projects.size(), 0);
  for (std::uint32_t p : funded)
    in[p] = 1;
  std::vector<std::uint32_t> rest;
  for (std::uint32_t p = 0; p < e.projects.size(); ++p)
    if (!in[p]) rest.push_back(p);
  long long left = e.budget - cost_of(e, funded);
  for (std::uint32_t p : by_density(e, rest, d))
    if (e.projects[p].cost <= left) {
      left -= e.projects[p].cost;
      funded.push_back(p);
    }
  return funded;
}

const RuleOutcome& BudgetRuns::outcome(RuleId rule) const {
  for (const auto& o : outcomes)
    if (o.rule == rule) return o;
  return outcomes.front();
}

BudgetRuns run_budget_rules(const PbElection& e, const BallotIndex& index, bool trace) {
  BudgetRuns r;
  r.greedy = greedy_by_score(e, index);
  r.mes = equal_shares(e, index, {Satisfaction::cost, 100, trace});
  r.card = equal_shares(e, index, {Satisfaction::cardinality, 100, trace});
  r.increase = equal_shares_increase(e, index);
  r.phragmen = phragmen(e, index);
  auto add = [&](RuleId rule, std::vector<std::uint32_t> funded) {
    const long long spent = cost_of(e, funded);
    r.outcomes.push_back({rule, std::move(funded), spent});
  };
  add(RuleId::greedy, r.greedy.funded);
  add(RuleId::equal_shares, r.mes.funded);
  add(RuleId::equal_shares_cardinality, r.card.funded);
  add(RuleId::equal_shares_greedy,
      exhaustive(e, r.mes.funded) ? r.mes.funded : greedy_completion(e, index, r.mes.funded));
  add(RuleId::equal_shares_increase, r.increase.funded);
  add(RuleId::phragmen, r.phragmen.funded);
  return r;
}

} // namespace vap
