#include "vap/pie.hpp"
#include "vap/render_pie.hpp"

#include "temp_folder.hpp"

#include <doctest/doctest.h>

using namespace vap;
using vap::test::TempFolder;

namespace {

std::string municipality(bool budget) {
  std::string y = "vap: 1\nmunicipality:\n  id: test\n  name: Test AA\n  villages: [A, B]\n";
  if (budget)
    y += "budget:\n  year: 2015\n  unit: миң сом\n  revenue:\n    land-tax: 750\n    property-tax: "
         "250\n"
         "  expenditure:\n    education: 600\n    culture: 300\n    reserve-fund: 100\n";
  return y;
}

std::string session(const std::string& group, const std::string& village, const std::string& pie) {
  return "session:\n  date: 2015-03-02\n  village: " + village + "\n  group: " + group +
         "\n  participants: 10\n" + pie;
}

// Two pies, one in percent and one in beans, and a session without a pie:
//   revenue:     s1 land 40 / property 60 (percent)   s2 land 8 / property 2 (beans = 80 / 20)
//   expenditure: s1 education 50 / culture 30 / parks 20     s2 education 3 / culture 1 (75 / 25)
//   budget: land 75 / property 25; education 60 / culture 30 / reserve 10
PieComparison two_pies(const TempFolder& dir, bool budget = true, double threshold = 10) {
  dir.write("m.yaml", municipality(budget));
  dir.write("s1.yaml",
            session("young-women", "A",
                    "pie:\n  revenue:\n    land-tax: 40\n    property-tax: 60\n"
                    "  expenditure:\n    education: 50\n    culture: 30\n    Парктар: 20\n"));
  dir.write("s2.yaml", session("older-men", "B",
                               "pie:\n  revenue:\n    Жер салыгы: 8\n    Мүлк салыгы: 2\n"
                               "  expenditure:\n    Билим берүү: 3\n    Маданият: 1\n"));
  dir.write("s3.yaml", session("young-men", "A", "gallery:\n  votes:\n    roads: 3\n"));
  Loaded loaded = vap::test::load_folder(dir);
  REQUIRE_MESSAGE(!loaded.diags.has_errors(), format_diagnostics(loaded.diags, loaded.sources));
  return compare_pie(loaded.program.municipalities.front(), threshold);
}

const PieItem& item(const PieSide& side, const std::string& id) {
  for (const auto& it : side.items)
    if (it.item.id == id) return it;
  FAIL("no item " << id);
  return side.items.front();
}

} // namespace

TEST_CASE("pie: normalise scales any counts to 100 % and adds up an item named twice") {
  auto beans = normalise({{"a", 17}, {"b", 6}, {"c", 4}, {"d", 9}});
  REQUIRE(beans);
  CHECK((*beans)[0].second == doctest::Approx(47.2222).epsilon(1e-4));
  double sum = 0;
  for (const auto& [id, v] : *beans)
    sum += v;
  CHECK(sum == doctest::Approx(100));
  auto twice = normalise({{"a", 1}, {"b", 2}, {"a", 1}});
  REQUIRE(twice);
  CHECK(twice->size() == 2);
  CHECK((*twice)[0].second == doctest::Approx(50));
  CHECK_FALSE(normalise({{"a", 0}, {"b", 0}}));
  CHECK_FALSE(normalise({}));
}

TEST_CASE("pie: awareness is 100 minus half the sum of the absolute gaps") {
  CHECK(awareness_score({{"a", 60}, {"b", 40}}, {{"a", 60}, {"b", 40}}) == doctest::Approx(100));
  CHECK(awareness_score({{"a", 100}}, {{"b", 100}}) == doctest::Approx(0));
  CHECK(awareness_score({{"a", 50}, {"b", 50}}, {{"a", 100}}) == doctest::Approx(50));
  CHECK(awareness_score({{"a", 40}, {"b", 60}}, {{"a", 75}, {"b", 25}}) == doctest::Approx(65));
}

TEST_CASE(
    "pie: perceived is the mean of the normalised pies; a session without one does not count") {
  TempFolder dir;
  PieComparison c = two_pies(dir);
  CHECK(c.sessions == 2);
  CHECK(c.has_budget);
  CHECK(c.revenue.sessions == 2);
  const PieItem& land = item(c.revenue, "land-tax");
  CHECK(land.perceived == doctest::Approx(60.0)); // (40 + 80) / 2
  CHECK(land.actual == doctest::Approx(75.0));
  CHECK(land.gap == doctest::Approx(-15.0));
  CHECK(land.sessions == 2);
  const PieItem& property = item(c.revenue, "property-tax");
  CHECK(property.perceived == doctest::Approx(40.0));
  CHECK(property.gap == doctest::Approx(15.0));
  CHECK(*c.revenue.awareness == doctest::Approx(85.0));
  // Expenditure: education (50 + 75) / 2 = 62.5, culture (30 + 25) / 2 = 27.5, parks 10 (not in
  // the budget: actual 0), reserve fund 0 (in the budget, named by nobody).
  CHECK(item(c.expenditure, "education").perceived == doctest::Approx(62.5));
  CHECK(item(c.expenditure, "education").gap == doctest::Approx(2.5));
  CHECK(item(c.expenditure, "culture").perceived == doctest::Approx(27.5));
  const PieItem& parks = item(c.expenditure, "parktar");
  CHECK(parks.perceived == doctest::Approx(10.0));
  CHECK(parks.actual == doctest::Approx(0.0));
  CHECK_FALSE(parks.in_budget);
  const PieItem& reserve = item(c.expenditure, "reserve-fund");
  CHECK(reserve.perceived == doctest::Approx(0.0));
  CHECK(reserve.actual == doctest::Approx(10.0));
  CHECK(reserve.sessions == 0);
  // |2.5| + |−2.5| + |10| + |−10| = 25 → 87.5; overall (85 + 87.5) / 2 = 86.25 → 86.3.
  CHECK(*c.expenditure.awareness == doctest::Approx(87.5));
  CHECK(*c.awareness == doctest::Approx(86.3));
  // Items by actual share, largest first.
  CHECK(c.expenditure.items.front().item.id == "education");
}

TEST_CASE("pie: each group's awareness, least aware first") {
  TempFolder dir;
  PieComparison c = two_pies(dir);
  REQUIRE(c.groups.size() == 2);
  // young-women: revenue 100 − (35 + 35) / 2 = 65; expenditure |50−60| + |30−30| + |20−0| + |0−10|
  // = 40 → 80; score 72.5. older-men: revenue 100 − (5 + 5) / 2 = 95; expenditure 15 + 5 + 10 = 30
  // → 85; score 90.
  CHECK(c.groups[0].group == "young-women");
  CHECK(*c.groups[0].revenue == doctest::Approx(65.0));
  CHECK(*c.groups[0].expenditure == doctest::Approx(80.0));
  CHECK(c.groups[0].score == doctest::Approx(72.5));
  CHECK(c.groups[1].group == "older-men");
  CHECK(c.groups[1].score == doctest::Approx(90.0));
}

TEST_CASE("pie: hearing topics are the gaps above the threshold, largest first, as sentences") {
  TempFolder dir;
  PieComparison c = two_pies(dir, true, 10);
  REQUIRE(c.topics.size() == 2);
  CHECK(c.topics[0].item.item.id == "land-tax"); // |−15| and |+15|: equal, budget order kept
  CHECK(c.topics[1].item.item.id == "property-tax");
  CHECK(topic_sentence(c.topics[0], Lang::en) ==
        "People think «Land tax» brings 60.0 % of the revenue; it brings 75.0 %.");
  CHECK(topic_sentence(c.topics[1], Lang::ru) ==
        "Люди думают, что «Налог на имущество» дает 40.0 % доходов; на деле — 25.0 %.");
  TempFolder dir2;
  CHECK(two_pies(dir2, true, 15).topics.empty()); // 15 does not exceed 15
  TempFolder dir3;
  PieComparison low = two_pies(dir3, true, 5);
  REQUIRE(low.topics.size() == 4);
  CHECK(topic_sentence(low.topics[2], Lang::en) ==
        "People think «Reserve fund» takes 0.0 % of spending; it takes 10.0 %.");
  CHECK(topic_sentence(low.topics[3], Lang::en) ==
        "People think «Парктар» takes 10.0 % of spending; it takes 0.0 %.");
}

TEST_CASE("pie: without a budget the perceived shares are still there") {
  TempFolder dir;
  PieComparison c = two_pies(dir, false);
  CHECK_FALSE(c.has_budget);
  CHECK(item(c.revenue, "land-tax").perceived == doctest::Approx(60.0));
  CHECK_FALSE(c.revenue.awareness);
  CHECK_FALSE(c.awareness);
  CHECK(c.groups.empty());
  CHECK(c.topics.empty());
  RenderOptions o;
  o.format = Format::csv;
  CHECK(render_pie({c}, o) == "side,item_id,item,perceived_pct,actual_pct,gap_pp\n"
                              "revenue,land-tax,Жер салыгы,60.0,,\n"
                              "revenue,property-tax,Мүлк салыгы,40.0,,\n"
                              "expenditure,education,Билим берүү,62.5,,\n"
                              "expenditure,culture,Маданият,27.5,,\n"
                              "expenditure,parktar,Парктар,10.0,,\n");
}

TEST_CASE("pie: a side that adds up to 0 is left out and reported") {
  TempFolder dir;
  dir.write("m.yaml", municipality(true));
  dir.write("s1.yaml", session("young-women", "A",
                               "pie:\n  revenue:\n    land-tax: 0\n    property-tax: 0\n"
                               "  expenditure:\n    education: 1\n"));
  dir.write("s2.yaml", session("older-men", "B", "pie:\n  revenue:\n    land-tax: 1\n"));
  Loaded loaded = vap::test::load_folder(dir);
  REQUIRE(!loaded.diags.has_errors());
  PieComparison c = compare_pie(loaded.program.municipalities.front(), 10);
  REQUIRE(c.empty_sides.size() == 1);
  CHECK(c.empty_sides[0].side == BudgetSide::revenue);
  CHECK(c.empty_sides[0].group == "young-women");
  CHECK(c.empty_sides[0].pos.line == 8);
  CHECK(c.revenue.sessions == 1);
  CHECK(item(c.revenue, "land-tax").perceived == doctest::Approx(100.0));
  CHECK(c.expenditure.sessions == 1);
}
