// The rules of `vap budget` on elections worked out by hand, with pabutools' definitions: greedy
// by score, equal shares with cost satisfaction (points x cost) and with cardinality
// satisfaction (points), its completions, sequential Phragmén; ties by project id.
#include "vap/budget_rules.hpp"

#include <doctest/doctest.h>

#include <string>
#include <utility>
#include <vector>

using namespace vap;

namespace {

using Ids = std::vector<std::string>;
using Ballot = std::vector<std::pair<std::string, long long>>;

// An election: projects (id, cost), voters (ballot of id, points); amounts in whole units.
PbElection election(long long budget, std::vector<std::pair<std::string, long long>> projects,
                    std::vector<Ballot> voters, VoteType type = VoteType::cumulative) {
  PbElection e;
  e.vote_type = type;
  e.budget = budget;
  for (auto& [id, cost] : projects) {
    PbProject p;
    p.id = id;
    p.cost = cost;
    e.projects.push_back(p);
  }
  int n = 0;
  for (const auto& ballot : voters) {
    std::vector<std::pair<std::uint32_t, long long>> entries;
    for (const auto& [id, points] : ballot)
      for (std::uint32_t p = 0; p < e.projects.size(); ++p)
        if (e.projects[p].id == id) entries.emplace_back(p, points);
    e.add_voter("v" + std::to_string(++n), entries);
  }
  return e;
}

Ids ids(const PbElection& e, const std::vector<std::uint32_t>& projects) {
  Ids out;
  for (std::uint32_t p : projects)
    out.push_back(e.projects[p].id);
  return out;
}

struct Runs {
  PbElection e;
  BallotIndex index;
  BudgetRuns runs;
  explicit Runs(PbElection election)
      : e(std::move(election)), index(e), runs(run_budget_rules(e, index, true)) {}
  Ids funded(RuleId rule) const { return ids(e, runs.outcome(rule).funded); }
};

} // namespace

TEST_CASE("budget rules: greedy and equal shares differ when a majority's project takes all") {
  // Budget 100, four voters: 25 each under equal shares.
  //   road costs 100, one point each from v1, v2, v3;  school costs 25, one point from v4.
  // Greedy, by points: road 100 ≤ 100 → funded, 0 left; school 25 > 0 → skipped.
  // Equal shares: road's supporters have 3 · 25 = 75 < 100 → out at once. school: v4 has 25,
  // ρ = 25 / (1 · 25) = 1, v4 pays 1 · 25 = 25 → bought, 0 left; 75 unspent.
  Runs r(election(100, {{"road", 100}, {"school", 25}},
                  {{{"road", 1}}, {{"road", 1}}, {{"road", 1}}, {{"school", 1}}}));
  CHECK(r.funded(RuleId::greedy) == Ids{"road"});
  const GreedyResult& g = r.runs.greedy;
  CHECK(g.spent == 100);
  REQUIRE(g.steps.size() == 2);
  CHECK(r.e.projects[g.steps[1].project].id == "school");
  CHECK_FALSE(g.steps[1].funded);
  CHECK(g.steps[1].left_before == 0);

  const MesResult& m = r.runs.mes;
  CHECK(m.per_voter == 25);
  CHECK(ids(r.e, m.funded) == Ids{"school"});
  CHECK(m.spent == 25);
  REQUIRE(m.steps.size() == 1);
  CHECK(ids(r.e, m.steps[0].dropped) == Ids{"road"});
  CHECK(m.steps[0].rho == doctest::Approx(1.0)); // per unit of satisfaction (point x cost)
  CHECK(m.steps[0].per_point == doctest::Approx(25.0));
  CHECK(m.steps[0].paid == std::vector<double>{0, 0, 0, 25});
  CHECK(m.left == std::vector<double>{25, 25, 25, 0});
  // The completions: school leaves 75, and road (100) does not fit: nothing to complete.
  CHECK(r.funded(RuleId::equal_shares_greedy) == Ids{"school"});
  CHECK(r.funded(RuleId::equal_shares_increase) == Ids{"school"});
  // Phragmén: school's load 25, road's 100/3 → school; then road, 25 + 100 > 100 → stop.
  CHECK(r.funded(RuleId::phragmen) == Ids{"school"});
}

TEST_CASE("budget rules: a tie goes to the first project id under every rule") {
  // Budget 40, two voters: 20 each.
  //   alpha costs 20, 1 point from v1;  beta costs 20, 1 point from v1;  gamma costs 20, 2 points
  //   from v2.
  // Greedy: gamma (2) first, 20 left; alpha and beta tie at 1 point, alpha first by id; beta
  // skipped. Equal shares, round 1: ρ(gamma) = 20 / (2 · 20) = 1/2, ρ(alpha) = ρ(beta) = 1 →
  // gamma, v2 pays 20. Round 2: alpha and beta tie at ρ = 1 → alpha; v1 pays 20. Beta is out.
  Runs r(election(40, {{"beta", 20}, {"gamma", 20}, {"alpha", 20}},
                  {{{"alpha", 1}, {"beta", 1}}, {{"gamma", 2}}}));
  CHECK(r.funded(RuleId::greedy) == Ids{"gamma", "alpha"});
  const MesResult& m = r.runs.mes;
  CHECK(ids(r.e, m.funded) == Ids{"gamma", "alpha"});
  REQUIRE(m.steps.size() == 2);
  CHECK(m.steps[0].rho == doctest::Approx(0.5));
  CHECK(m.steps[0].tied.empty());
  CHECK(m.steps[1].rho == doctest::Approx(1.0));
  CHECK(ids(r.e, m.steps[1].tied) == Ids{"beta"});
  CHECK(ids(r.e, m.dropped_last) == Ids{"beta"});
  // Phragmén reads the ballots as approvals: every project's load is 20, a three-way tie →
  // alpha; then beta's load is (20 + 20) / 1 = 40 and gamma's 20 → gamma; then beta: 40 + 20 >
  // 40 → stop.
  CHECK(r.funded(RuleId::phragmen) == Ids{"alpha", "gamma"});
}

TEST_CASE("budget rules: the completions of equal shares spend what it leaves") {
  // Budget 90, three voters: 30 each.
  //   water costs 60, 1 point from each;  road costs 40, 2 points from v1;  school costs 30,
  //   1 point each from v2 and v3.
  // Greedy: water 60 → 30 left; road (2) and school (2) tie, road first by id: 40 > 30 →
  // skipped; school 30 ≤ 30 → funded.
  // Equal shares: road's supporter has 30 < 40 → out. ρ(water) = 60 / 180 = 1/3 (each pays
  // 20), ρ(school) = 30 / 60 = 1/2 → water; 10 left each. School's supporters have 20 < 30 → out.
  // Completed by greedy, points per cost: school 2/30 before road 2/40; school fits the 30 left.
  // Raised budget: school becomes affordable when v2 and v3 keep 15 each after water, each with
  // 35 at the start: 105 = 116.7 % of 90, so at 117 % the outcome is water and school, 90: the
  // budget is spent and road does not fit.
  // Phragmén: school's load 15, water's 20, road's 40 → school; water (15 + 15 + 60) / 3 = 30;
  // road 70: 90 + 40 > 90 → stop.
  Runs r(election(
      90, {{"water", 60}, {"road", 40}, {"school", 30}},
      {{{"water", 1}, {"road", 2}}, {{"water", 1}, {"school", 1}}, {{"water", 1}, {"school", 1}}}));
  CHECK(r.funded(RuleId::greedy) == Ids{"water", "school"});
  CHECK(r.funded(RuleId::equal_shares) == Ids{"water"});
  CHECK(ids(r.e, r.runs.mes.steps[0].dropped) == Ids{"road"});
  CHECK(ids(r.e, r.runs.mes.dropped_last) == Ids{"school"});
  CHECK(r.funded(RuleId::equal_shares_greedy) == Ids{"water", "school"});
  CHECK(r.funded(RuleId::equal_shares_increase) == Ids{"water", "school"});
  CHECK(r.runs.increase.percent == 117);
  CHECK(r.funded(RuleId::phragmen) == Ids{"school", "water"});
}

TEST_CASE("budget rules: under equal shares a supporter pays no more than it has left") {
  // Budget 100, two voters: 50 each.
  //   a costs 80: 1 point from v1 (u = 80), 3 points from v2 (u = 240);  b costs 20: v1.
  // ρ(a) = 80 / 320 asks v2 for 60 > 50: v2 pays its 50, and v1 pays the other 30 for its
  // 80: ρ = 30 / 80 = 3/8. ρ(b) = 20 / 20 = 1. a first, then b: v1 has 20 left.
  Runs r(election(100, {{"a", 80}, {"b", 20}}, {{{"a", 1}, {"b", 1}}, {{"a", 3}}}));
  CHECK(r.funded(RuleId::greedy) == Ids{"a", "b"});
  const MesResult& m = r.runs.mes;
  CHECK(ids(r.e, m.funded) == Ids{"a", "b"});
  REQUIRE(m.steps.size() == 2);
  CHECK(m.steps[0].rho == doctest::Approx(0.375));
  CHECK(m.steps[0].per_point == doctest::Approx(30.0));
  CHECK(m.steps[0].paid == std::vector<double>{30, 50});
  CHECK(m.steps[1].paid == std::vector<double>{20, 0});
  CHECK(m.left == std::vector<double>{0, 0});
}

TEST_CASE("budget rules: a project nobody voted for: greedy last, never equal shares") {
  // Budget 50, one voter: x costs 20 (1 point), y costs 10 (none). Greedy gives y density 0:
  // last, and bought as it fits. Equal shares leaves it out of the race; its greedy completion
  // takes it (10 ≤ 30); so does raising the budget (the outcome never includes y, and a budget
  // whose share covers every project ends it with x alone). Phragmén: y's load is infinite,
  // taken last while it fits.
  Runs r(election(50, {{"x", 20}, {"y", 10}}, {{{"x", 1}}}));
  CHECK(r.funded(RuleId::greedy) == Ids{"x", "y"});
  CHECK(r.funded(RuleId::equal_shares) == Ids{"x"});
  CHECK(r.funded(RuleId::equal_shares_greedy) == Ids{"x", "y"});
  CHECK(r.funded(RuleId::equal_shares_increase) == Ids{"x"});
  CHECK(r.funded(RuleId::phragmen) == Ids{"x", "y"});
}

TEST_CASE("budget rules: cost and cardinality satisfaction buy different projects") {
  // Budget 100, two approval voters: 50 each. big costs 100 (both); small1 costs 10 (v1);
  // small2 costs 10 (v2). Cost satisfaction: ρ(big) = 100 / 200, ρ(small) = 10 / 10 → big;
  // both pay 50, nothing left. Cardinality: ρ(big) = 100 / 2 = 50, ρ(small) = 10 → small1 (by
  // id), small2; then big's supporters have 80 < 100.
  Runs r(election(100, {{"big", 100}, {"small1", 10}, {"small2", 10}},
                  {{{"big", 1}, {"small1", 1}}, {{"big", 1}, {"small2", 1}}}, VoteType::approval));
  CHECK(r.funded(RuleId::equal_shares) == Ids{"big"});
  CHECK(r.funded(RuleId::equal_shares_cardinality) == Ids{"small1", "small2"});
  CHECK(r.funded(RuleId::greedy) == Ids{"big"});
}

TEST_CASE("budget rules: Phragmén stops at the first project it picks that does not fit") {
  // Budget 9, approvals: a costs 8 (v1, v2, v3), b costs 5 (v4), c costs 2 (v5). Loads:
  // c 2, a 8/3, b 5 → c; then a, 2 + 8 > 9 → stop, although b would fit.
  Runs r(election(9, {{"a", 8}, {"b", 5}, {"c", 2}},
                  {{{"a", 1}}, {{"a", 1}}, {{"a", 1}}, {{"b", 1}}, {{"c", 1}}},
                  VoteType::approval));
  CHECK(r.funded(RuleId::phragmen) == Ids{"c"});
  CHECK(r.runs.phragmen.loads == std::vector<double>{2});
  CHECK(r.funded(RuleId::greedy) == Ids{"a"});
}

TEST_CASE("budget rules: exact arithmetic decides a tie that rounding would not") {
  // Budget 3, three voters with 1 each. p costs 1, a point from each: ρ = 1 / 3. q costs 2, two
  // points from each: ρ = 2 / (3 · 2 · 2) = 1/6 → q first, each pays 1/6 · 4 = 2/3 and keeps
  // 1/3. Then p: its supporters have exactly its cost together (1/3 + 1/3 + 1/3 = 1), ρ = 1/3,
  // each pays all it has: the whole budget is spent.
  Runs r(election(3, {{"p", 1}, {"q", 2}},
                  {{{"p", 1}, {"q", 2}}, {{"p", 1}, {"q", 2}}, {{"p", 1}, {"q", 2}}}));
  CHECK(r.funded(RuleId::equal_shares) == Ids{"q", "p"});
  CHECK(r.runs.mes.spent == 3);
}

TEST_CASE("budget rules: every rule on an election with no voters") {
  Runs r(election(10, {{"a", 5}}, {}));
  CHECK(r.funded(RuleId::greedy) == Ids{"a"}); // density 0, fits
  CHECK(r.funded(RuleId::equal_shares).empty());
  CHECK(r.funded(RuleId::equal_shares_increase).empty());
}
