#include "vap/budget_analysis.hpp"

#include <algorithm>
#include <cmath>

namespace vap {

VoterGroups pb_voter_groups(const PbElection& e) {
  static const char* const k_ids[] = {"young-women", "older-women", "young-men", "older-men",
                                      "women",       "men",         "other",     "under-35",
                                      "35-and-over", "not-given"};
  constexpr std::uint32_t k_groups = 10;
  std::vector<std::uint32_t> raw(e.voters());
  for (std::size_t v = 0; v < e.voters(); ++v) {
    const Sex sex = v < e.sex.size() ? e.sex[v] : Sex::unknown;
    const short age = v < e.age.size() ? e.age[v] : -1;
    const bool young = age >= 0 && age < 35;
    std::uint32_t g = 9;
    if (sex == Sex::female)
      g = age < 0 ? 4 : (young ? 0 : 1);
    else if (sex == Sex::male)
      g = age < 0 ? 5 : (young ? 2 : 3);
    else if (sex == Sex::other)
      g = 6;
    else if (age >= 0)
      g = young ? 7 : 8;
    raw[v] = g;
  }
  std::vector<std::uint32_t> index(k_groups, k_groups);
  std::vector<char> used(k_groups, 0);
  for (std::uint32_t g : raw)
    used[g] = 1;
  VoterGroups out;
  for (std::uint32_t g = 0; g < k_groups; ++g)
    if (used[g]) {
      index[g] = static_cast<std::uint32_t>(out.ids.size());
      out.ids.emplace_back(k_ids[g]);
    }
  out.of.resize(raw.size());
  for (std::size_t v = 0; v < raw.size(); ++v)
    out.of[v] = index[raw[v]];
  return out;
}

double gini(std::vector<double> values) {
  if (values.empty()) return 0;
  std::sort(values.begin(), values.end());
  double sum = 0, weighted = 0;
  for (std::size_t i = 0; i < values.size(); ++i) {
    sum += values[i];
    weighted += static_cast<double>(i + 1) * values[i];
  }
  if (sum <= 0) return 0;
  const auto n = static_cast<double>(values.size());
  return 2 * weighted / (n * sum) - (n + 1) / n;
}

namespace {

// What every voter has for any outcome: its points, and what its projects would give it.
struct VoterBase {
  std::vector<long long> points; // per voter: all its points
  std::vector<double> all_share; // per voter: its part of the cost of all its projects
  std::vector<double> part;      // per ballot entry: its part of the project's cost
};

VoterBase voter_base(const PbElection& e, const BallotIndex& index) {
  VoterBase b;
  b.points.assign(e.voters(), 0);
  b.all_share.assign(e.voters(), 0);
  b.part.resize(e.ballot_project.size());
  const double scale = static_cast<double>(power_of_ten(e.money_places));
  for (std::size_t v = 0; v < e.voters(); ++v)
    for (std::uint32_t k = e.ballot_start[v]; k < e.ballot_start[v + 1]; ++k) {
      const std::uint32_t p = e.ballot_project[k];
      const long long pts = e.ballot_points[k];
      b.points[v] += pts;
      b.part[k] = index.score[p] > 0
                      ? static_cast<double>(e.projects[p].cost) / scale * static_cast<double>(pts) /
                            static_cast<double>(index.score[p])
                      : 0;
      b.all_share[v] += b.part[k];
    }
  return b;
}

RuleMeasures measure(const PbElection& e, const VoterBase& base, const VoterGroups& groups,
                     const RuleOutcome& outcome) {
  std::vector<char> funded(e.projects.size(), 0);
  for (std::uint32_t p : outcome.funded)
    funded[p] = 1;
  const double scale = static_cast<double>(power_of_ten(e.money_places));
  const double per_voter =
      e.voters() ? static_cast<double>(e.budget) / scale / static_cast<double>(e.voters()) : 0;
  const std::size_t g_count = groups.ids.size();
  std::vector<std::vector<double>> sat(g_count + 1); // the last one: everybody
  std::vector<Measures> m(g_count + 1);
  std::vector<long long> points(g_count + 1, 0), funded_points(g_count + 1, 0);
  for (std::size_t v = 0; v < e.voters(); ++v) {
    const std::uint32_t g = groups.of[v];
    long long got = 0;
    double share = 0;
    for (std::uint32_t k = e.ballot_start[v]; k < e.ballot_start[v + 1]; ++k)
      if (funded[e.ballot_project[k]]) {
        got += e.ballot_points[k];
        share += base.part[k];
      }
    for (std::uint32_t x : {g, static_cast<std::uint32_t>(g_count)}) {
      Measures& mx = m[x];
      ++mx.voters;
      if (base.points[v] <= 0) continue;
      ++mx.voting;
      points[x] += base.points[v];
      funded_points[x] += got;
      const double s = static_cast<double>(got) / static_cast<double>(base.points[v]);
      sat[x].push_back(s);
      mx.satisfaction += s;
      if (got == 0) mx.empty_handed += 1;
      const double fair = std::min(base.all_share[v], per_voter);
      mx.share += share;
      mx.fair_share += fair;
      mx.fair_distance += std::fabs(share - fair);
    }
  }
  for (std::size_t x = 0; x <= g_count; ++x) {
    Measures& mx = m[x];
    if (mx.voting > 0) {
      const auto n = static_cast<double>(mx.voting);
      mx.satisfaction /= n;
      mx.empty_handed /= n;
      mx.share /= n;
      mx.fair_share /= n;
      mx.fair_distance /= n;
    }
    mx.funded_share =
        points[x] > 0 ? static_cast<double>(funded_points[x]) / static_cast<double>(points[x]) : 0;
    mx.gini = gini(std::move(sat[x]));
  }
  RuleMeasures r;
  r.rule = outcome.rule;
  r.all = m[g_count];
  m.pop_back();
  r.groups = std::move(m);
  return r;
}

} // namespace

BudgetAnalysis analyse_budget(const PbElection& e, const BallotIndex& index, const BudgetRuns& runs,
                              VoterGroups groups) {
  BudgetAnalysis a;
  a.groups = std::move(groups);
  const VoterBase base = voter_base(e, index);
  for (const auto& outcome : runs.outcomes)
    a.rules.push_back(measure(e, base, a.groups, outcome));
  std::vector<char> funded(e.projects.size(), 0);
  for (std::uint32_t p : runs.mes.funded)
    funded[p] = 1;
  // When each project left the race, in a traced run.
  std::vector<int> dropped_after(e.projects.size(), -1);
  for (std::size_t s = 0; s < runs.mes.steps.size(); ++s)
    for (std::uint32_t p : runs.mes.steps[s].dropped)
      dropped_after[p] = static_cast<int>(s);
  for (std::uint32_t p : runs.mes.dropped_last)
    dropped_after[p] = static_cast<int>(runs.mes.steps.size());
  for (std::uint32_t p = 0; p < e.projects.size(); ++p) {
    if (funded[p]) continue;
    Unfunded u;
    u.project = p;
    u.dropped_after = dropped_after[p];
    std::vector<long long> per_group(a.groups.ids.size(), 0);
    for (std::uint32_t k = index.start[p]; k < index.start[p + 1]; ++k) {
      if (index.points[k] <= 0) continue;
      const std::uint32_t v = index.voter[k];
      ++u.supporters;
      u.left += runs.mes.left.empty() ? 0 : runs.mes.left[v];
      ++per_group[a.groups.of[v]];
    }
    for (std::uint32_t g = 0; g < per_group.size(); ++g)
      if (per_group[g] > 0) u.by_group.emplace_back(g, per_group[g]);
    std::stable_sort(u.by_group.begin(), u.by_group.end(),
                     [](const auto& x, const auto& y) { return x.second > y.second; });
    a.unfunded.push_back(std::move(u));
  }
  return a;
}

} // namespace vap
