// The plan's summary: the seed's two plan tables add up by source as the seed does; budget lines,
// financing, beneficiaries, groups, Gantt.
#include "vap/plan.hpp"
#include "vap/render_plan.hpp"

#include "temp_folder.hpp"

#include <doctest/doctest.h>

#include <cstdlib>

using namespace vap;
using vap::test::TempFolder;

namespace {

// The seed's two plan tables (slides 81-82) as typed in tests/golden/plan-seed-sums/input.
std::optional<PlanSummary> seed_plan() {
  const char* root = std::getenv("VAP_SOURCE_DIR");
  if (!root) return std::nullopt;
  Loaded loaded = load({std::string(root) + "/tests/golden/plan-seed-sums/input"}, LoadOptions{});
  REQUIRE_MESSAGE(!loaded.diags.has_errors(), format_diagnostics(loaded.diags, loaded.sources));
  return summarize_plan(loaded.program.municipalities.front());
}

} // namespace

TEST_CASE("plan: the seed's tables add up by source as the seed does") {
  auto p = seed_plan();
  if (!p) return;
  REQUIRE(p->entries.size() == 2);
  // Table 1, drinking water: ЖБ 300 + 5 + 400, sponsor 100, community 150, investor 1.3 mln som.
  const auto& water = p->entries[0].by_source;
  CHECK(water.at("local-budget") == doctest::Approx(705.0));
  CHECK(water.at("sponsor") == doctest::Approx(100.0));
  CHECK(water.at("community") == doctest::Approx(150.0));
  CHECK(water.at("investor") == doctest::Approx(1300.0));
  CHECK(p->entries[0].total == doctest::Approx(2255.0));
  // Table 2, budget information: ЖБ 4.0 + 1.0 (4000 and 1000 som).
  CHECK(p->entries[1].by_source.at("local-budget") == doctest::Approx(5.0));
  CHECK(p->entries[1].by_source.size() == 1);
  CHECK(p->total == doctest::Approx(2260.0));
  CHECK(p->local_budget_by_year == std::map<int, double>{{2014, 710.0}});
  // Beneficiaries: the largest task of each problem (1000/500 and 1000/3000), added up.
  CHECK(p->direct == 2000);
  CHECK(p->indirect == 3500);
  REQUIRE(p->shared_members.size() == 1);
  CHECK(p->shared_members[0].name == "Исанов А.");
  CHECK(p->entries[0].women == 2);
  CHECK(p->entries[0].men == 4);
}

TEST_CASE("plan: budget lines, one per task and source, sum to the seed's columns") {
  auto p = seed_plan();
  if (!p) return;
  auto lines = budget_lines(*p, Lang::ky);
  CHECK(lines.size() == 8);
  std::map<std::string, double> sums;
  for (const auto& l : lines)
    sums[l.source] += l.amount;
  CHECK(sums == std::map<std::string, double>{{"community", 150.0},
                                              {"investor", 1300.0},
                                              {"local-budget", 710.0},
                                              {"sponsor", 100.0}});
  RenderOptions o;
  o.format = Format::csv;
  const std::string csv = render_plan(*p, o);
  CHECK(csv.rfind(
            "problem_id,problem,task,source,amount,start,end,source_name,unit,municipality_id\n",
            0) == 0);
  CHECK(csv.find("\ndrinking-water,Ичүүчү суу,Долбоорду ишке "
                 "ашыруу,investor,1300.0,2014-10,2015-03,Инвестор,миң "
                 "сом,seed\n") != std::string::npos);
  o.csv = CsvStyle::excel;
  CHECK(render_plan(*p, o).find("investor;1300,0;2014-10;2015-03") != std::string::npos);
}

TEST_CASE("plan: the financing summary shows sources × problems with totals and shares") {
  auto p = seed_plan();
  if (!p) return;
  RenderOptions o;
  o.lang = Lang::en;
  const std::string md = render_plan(*p, o);
  CHECK(md.find("| Local budget | 705.0 | 5.0 | 710.0 | 31.4 % |\n") != std::string::npos);
  CHECK(md.find("| Investor | 1300.0 | – | 1300.0 | 57.5 % |\n") != std::string::npos);
  CHECK(md.find("| **Total** | 2255.0 | 5.0 | 2260.0 | 100.0 % |\n") != std::string::npos);
  CHECK(md.find("- The local budget's part in 2014: 710.0 миң сом.\n") != std::string::npos);
  o.lang = Lang::ru;
  CHECK(render_plan(*p, o).find("| Местный бюджет | 705.0 | 5.0 | 710.0 | 31.4 % |\n") !=
        std::string::npos);
}

TEST_CASE("plan: the Gantt chart covers whole months and escapes task names") {
  PlanSummary p;
  PlanEntry e;
  e.problem.id = "roads";
  e.problem.labels = {"Жолдор", "Дороги", "Roads"};
  PlanTaskRow a;
  a.task = "Gravel: phase 1";
  a.start = Date{2016, 2, 0};
  a.end = Date{2016, 2, 0};
  PlanTaskRow b;
  b.task = "No dates";
  e.tasks = {a, b};
  p.entries = {e};
  CHECK(plan_gantt(p, Lang::en) ==
        "gantt\n  dateFormat YYYY-MM-DD\n  axisFormat %Y-%m\n  section Roads\n"
        "  Gravel#58; phase 1 :t1, 2016-02-01, 2016-02-29");
}

TEST_CASE("plan: amounts keep the decimals they need") {
  PlanSummary p;
  PlanEntry e;
  PlanTaskRow t;
  t.funding = {{"local-budget", 300.0}};
  e.tasks = {t};
  p.entries = {e};
  CHECK(amount_decimals(p) == 1);
  p.entries[0].tasks[0].funding.push_back({"community", 12.25});
  CHECK(amount_decimals(p) == 2);
}
