// The two rules of `vap budget` on instances worked out by hand (pabutools' definitions, cost
// utilities: u_i(p) = points_i(p) · cost(p); ties by project id).
#include "vap/budget.hpp"

#include <doctest/doctest.h>

using namespace vap;

namespace {

BudgetInstance instance(double envelope, std::vector<BudgetProject> projects,
                        std::vector<BudgetVoter> voters) {
  return {envelope, std::move(projects), std::move(voters)};
}

using Ids = std::vector<std::string>;

} // namespace

TEST_CASE("budget: greedy and equal shares differ when a majority's project takes everything") {
  // Envelope 100, four voters: 25 each under equal shares.
  //   road   costs 100, one dot each from v1, v2, v3 (3 dots)
  //   school costs  25, one dot from v4 (1 dot)
  // Greedy, by dots: road 100 ≤ 100 → funded, 0 left; school 25 > 0 → skipped.
  // Equal shares: road's supporters have 3 · 25 = 75 < 100 → out at once. school: v4 has
  // 25 ≥ 25, ρ = 25 / (1 · 25) = 1, v4 pays 1 · 25 = 25 → bought, 0 left. Nothing else: 75 unspent.
  const auto in = instance(100, {{"road", 100}, {"school", 25}},
                           {{"v1", {{"road", 1}}},
                            {"v2", {{"road", 1}}},
                            {"v3", {{"road", 1}}},
                            {"v4", {{"school", 1}}}});
  const GreedyResult g = greedy_budget(in);
  CHECK(g.funded == Ids{"road"});
  CHECK(g.spent == 100);
  CHECK(g.left == 0);
  REQUIRE(g.steps.size() == 2);
  CHECK(g.steps[1].project == "school");
  CHECK_FALSE(g.steps[1].funded);
  CHECK(g.steps[1].left_before == 0);

  const MesResult m = equal_shares(in);
  CHECK(m.per_voter == 25);
  CHECK(m.funded == Ids{"school"});
  CHECK(m.spent == 25);
  CHECK(m.left == 75);
  REQUIRE(m.steps.size() == 1);
  CHECK(m.steps[0].dropped == Ids{"road"});
  CHECK(m.steps[0].rho == doctest::Approx(1.0));
  CHECK(m.steps[0].per_point == doctest::Approx(25.0));
  REQUIRE(m.steps[0].payments.size() == 1);
  CHECK(m.steps[0].payments[0].voter == "v4");
  CHECK(m.steps[0].payments[0].paid == doctest::Approx(25.0));
  CHECK(m.steps[0].payments[0].left == 0);
}

TEST_CASE("budget: a tie goes to the first project id under both rules") {
  // Envelope 40, two voters: 20 each.
  //   alpha costs 20, 1 dot from v1;  beta costs 20, 1 dot from v1;  gamma costs 20, 2 dots from
  //   v2.
  // Greedy, by dots: gamma (2) first: 20 ≤ 40 → 20 left; alpha and beta tie at 1 dot, alpha
  // first by id: 20 ≤ 20 → 0 left; beta 20 > 0 → skipped.
  // Equal shares, round 1: ρ(gamma) = 20 / (2 · 20) = 0.5, ρ(alpha) = ρ(beta) = 20 / 20 = 1 →
  // gamma, v2 pays 0.5 · 40 = 20, 0 left. Round 2: alpha and beta tie at ρ = 1 → alpha (beta
  // lost the tie), v1 pays 20, 0 left. Round 3: beta's supporter has 0 < 20 → out. Spent 40.
  const auto in = instance(40, {{"beta", 20}, {"gamma", 20}, {"alpha", 20}},
                           {{"v1", {{"alpha", 1}, {"beta", 1}}}, {"v2", {{"gamma", 2}}}});
  const GreedyResult g = greedy_budget(in);
  CHECK(g.funded == Ids{"gamma", "alpha"});
  REQUIRE(g.steps.size() == 3);
  CHECK(g.steps[1].project == "alpha");
  CHECK(g.steps[2].project == "beta");
  CHECK_FALSE(g.steps[2].funded);
  CHECK(g.left == 0);

  const MesResult m = equal_shares(in);
  CHECK(m.funded == Ids{"gamma", "alpha"});
  REQUIRE(m.steps.size() == 2);
  CHECK(m.steps[0].rho == doctest::Approx(0.5));
  CHECK(m.steps[0].tied.empty());
  CHECK(m.steps[1].rho == doctest::Approx(1.0));
  CHECK(m.steps[1].tied == Ids{"beta"});
  CHECK(m.dropped_last == Ids{"beta"});
  CHECK(m.left == 0);
}

TEST_CASE("budget: greedy skips what does not fit and goes on; equal shares leaves money") {
  // Envelope 90, three voters: 30 each.
  //   water  costs 60, 1 dot each from v1, v2, v3 (3 dots)
  //   road   costs 40, 2 dots from v1 (2 dots)
  //   school costs 30, 1 dot each from v2, v3 (2 dots)
  // Greedy: water 60 ≤ 90 → 30 left; road and school tie at 2 dots, road first by id:
  // 40 > 30 → skipped; school 30 ≤ 30 → funded, 0 left. Funded: water, school.
  // Equal shares, round 1: road's supporter has 30 < 40 → out. ρ(water) = 60 / 180 = 1/3
  // (each pays 20 ≤ 30), ρ(school) = 30 / 60 = 1/2 → water; v1, v2, v3 pay 20, 10 left each.
  // Round 2: school's supporters have 10 + 10 = 20 < 30 → out. Funded: water; 30 unspent.
  const auto in = instance(90, {{"water", 60}, {"road", 40}, {"school", 30}},
                           {{"v1", {{"water", 1}, {"road", 2}}},
                            {"v2", {{"water", 1}, {"school", 1}}},
                            {"v3", {{"water", 1}, {"school", 1}}}});
  const GreedyResult g = greedy_budget(in);
  CHECK(g.funded == Ids{"water", "school"});
  REQUIRE(g.steps.size() == 3);
  CHECK(g.steps[1].project == "road");
  CHECK_FALSE(g.steps[1].funded);
  CHECK(g.steps[1].left_before == 30);
  CHECK(g.spent == 90);

  const MesResult m = equal_shares(in);
  CHECK(m.per_voter == 30);
  CHECK(m.funded == Ids{"water"});
  REQUIRE(m.steps.size() == 1);
  CHECK(m.steps[0].dropped == Ids{"road"});
  CHECK(m.steps[0].rho == doctest::Approx(1.0 / 3));
  CHECK(m.steps[0].per_point == doctest::Approx(20.0));
  REQUIRE(m.steps[0].payments.size() == 3);
  for (const auto& p : m.steps[0].payments) {
    CHECK(p.paid == doctest::Approx(20.0));
    CHECK(p.left == doctest::Approx(10.0));
  }
  CHECK(m.dropped_last == Ids{"school"});
  CHECK(m.spent == 60);
  CHECK(m.left == 30);
}

TEST_CASE("budget: under equal shares a supporter pays no more than it has left") {
  // Envelope 100, two voters: 50 each.
  //   a costs 80: 1 dot from v1 (u = 80), 3 dots from v2 (u = 240);  b costs 20: 1 dot from v1.
  // ρ(a): supporters by budget per utility: v2 50/240, v1 50/80. ρ = 80 / 320 = 0.25 asks v2
  // for 60 > 50, so v2 pays its 50 and ρ = (80 − 50) / 80 = 0.375: v1 pays 0.375 · 80 = 30 ≤ 50.
  // ρ(b) = 20 / 20 = 1. Round 1: a (0.375 < 1): v1 pays 30 (20 left), v2 pays 50 (0 left).
  // Round 2: b: v1 has 20 ≥ 20, ρ = 1, pays 20 → bought. Spent 100.
  // Greedy: a (4 dots) 80 ≤ 100 → 20 left; b 20 ≤ 20 → funded.
  const auto in =
      instance(100, {{"a", 80}, {"b", 20}}, {{"v1", {{"a", 1}, {"b", 1}}}, {"v2", {{"a", 3}}}});
  CHECK(greedy_budget(in).funded == Ids{"a", "b"});
  const MesResult m = equal_shares(in);
  CHECK(m.funded == Ids{"a", "b"});
  REQUIRE(m.steps.size() == 2);
  CHECK(m.steps[0].rho == doctest::Approx(0.375));
  CHECK(m.steps[0].per_point == doctest::Approx(30.0));
  REQUIRE(m.steps[0].payments.size() == 2);
  CHECK(m.steps[0].payments[0].voter == "v1");
  CHECK(m.steps[0].payments[0].paid == doctest::Approx(30.0));
  CHECK(m.steps[0].payments[0].left == doctest::Approx(20.0));
  CHECK(m.steps[0].payments[1].voter == "v2");
  CHECK(m.steps[0].payments[1].paid == doctest::Approx(50.0));
  CHECK(m.steps[0].payments[1].left == 0);
  CHECK(m.steps[1].rho == doctest::Approx(1.0));
  CHECK(m.left == doctest::Approx(0.0));
}

TEST_CASE("budget: projects nobody voted for are funded by greedy last and never by equal shares") {
  // pabutools: greedy gives an unvoted project density 0, so it comes last but is bought if it
  // fits; equal shares leaves projects without support out of the race.
  // Envelope 50, one voter (50): x costs 20 (1 dot), y costs 10 (no dot).
  // Greedy: x 20 ≤ 50 → 30 left; y 10 ≤ 30 → funded. Equal shares: x, ρ = 1, pays 20; 30 left.
  const auto in = instance(50, {{"x", 20}, {"y", 10}}, {{"v1", {{"x", 1}}}});
  CHECK(greedy_budget(in).funded == Ids{"x", "y"});
  const MesResult m = equal_shares(in);
  CHECK(m.funded == Ids{"x"});
  CHECK(m.never_supported == Ids{"y"});
  CHECK(m.left == 30);
}
