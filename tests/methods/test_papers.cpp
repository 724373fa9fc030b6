// What the papers of `vap papers` say, from small municipalities written out as files and loaded
// as vap loads them.
#include "vap/papers.hpp"

#include "../temp_folder.hpp"

#include <doctest/doctest.h>

using namespace vap;
using vap::test::TempFolder;

namespace {

constexpr std::string_view k_municipality = R"(vap: 1
municipality:
  id: test
  name: Сынак айыл аймагы
  villages: [Ак-Суу, Кербен, Жаңы-Жол, Арал, Көл, Тоо]
lang: ky
budget:
  year: 2024
  unit: миң сом
  plan_envelope: 100
  revenue:
    land-tax: 400
    equalization-grant: 600
  expenditure:
    education: 750
    culture: 250
)";

constexpr std::string_view k_plan = R"(vap: 1
plan:
  year: 2024
  unit: миң сом
  problems:
    - problem: drinking-water
      goal: Суу
      initiative_group:
        leader: Асанов А.
        members:
          - {name: Асанов А., gender: male, village: Ак-Суу, role: community}
          - {name: Бекова Б., gender: female, village: Кербен, role: deputy}
          - {name: Осмонов О., gender: male, village: Кербен, role: lsg-staff}
          - {name: Турдиев Т., gender: male, village: Ак-Суу, role: community}
      tasks:
        - task: Долбоор
          funding: {local-budget: 60.5, community: 10}
        - task: Түтүк
          funding: {local-budget: 40, donor: 200}
    - problem: roads
      goal: Жол
      initiative_group:
        members:
          - {name: асанов  а., gender: male, village: Ак-Суу, role: community}
          - {name: Бекова Ж., gender: female, village: Кербен, role: community}
      tasks:
        - task: Шагыл
          funding: {community: 30}
)";

Municipality load_one(const TempFolder& dir) {
  Loaded loaded = load({dir.path()}, LoadOptions{});
  REQUIRE(loaded.diags.error_count() == 0);
  REQUIRE(loaded.program.municipalities.size() == 1);
  return loaded.program.municipalities.front();
}

} // namespace

TEST_CASE("papers: the kinds by name") {
  CHECK(paper_kind("decision") == PaperKind::decision);
  CHECK(paper_kind("order") == PaperKind::order);
  CHECK(paper_kind("hearing") == PaperKind::hearing);
  CHECK(paper_kind("monitoring-group") == PaperKind::monitoring_group);
  CHECK_FALSE(paper_kind("minutes"));
}

TEST_CASE("papers: gender balance is each gender at least 40 % of those known") {
  CHECK(gender_balanced(0, 0));
  CHECK(gender_balanced(2, 3));       // 40 %
  CHECK_FALSE(gender_balanced(1, 3)); // 25 %
  CHECK(gender_balanced(4, 3));
  CHECK_FALSE(gender_balanced(5, 0));
}

TEST_CASE("papers: the decision's amounts are the plan's and the budget's") {
  TempFolder dir;
  dir.write("municipality.yaml", k_municipality);
  dir.write("plan.yaml", k_plan);
  const DecisionPaper d = decision_paper(load_one(dir));
  CHECK(d.year == 2024);
  CHECK(d.unit == "миң сом");
  CHECK_FALSE(d.assembly);
  REQUIRE(d.problems.size() == 2);
  CHECK(d.problems[0].problem.id == "drinking-water");
  CHECK(d.problems[0].leader == "Асанов А.");
  CHECK(d.problems[0].total == doctest::Approx(310.5));
  CHECK(d.problems[0].local_budget == doctest::Approx(100.5));
  REQUIRE(d.problems[0].lines.size() == 2);
  CHECK(d.problems[0].lines[0].task == "Долбоор");
  CHECK(d.problems[0].lines[0].amount == 60.5);
  CHECK(d.problems[0].lines[1].amount == 40);
  // A problem that asks nothing of the local budget has no line there.
  CHECK(d.problems[1].lines.empty());
  CHECK(d.problems[1].local_budget == 0);
  CHECK(d.total == doctest::Approx(340.5));
  CHECK(d.local_budget == doctest::Approx(100.5));
  REQUIRE(d.envelope);
  CHECK(*d.envelope == 100);
  // The other sources over the plan, in the catalog's order (community before donor).
  REQUIRE(d.other_sources.size() == 2);
  CHECK(d.other_sources[0].first.id == "community");
  CHECK(d.other_sources[0].second == 40);
  CHECK(d.other_sources[1].first.id == "donor");
  CHECK(d.other_sources[1].second == 200);
  // No monitoring file: no group, no rounds.
  CHECK(d.team.members.empty());
  CHECK_FALSE(d.team.date);
  CHECK(d.rounds.empty());
}

TEST_CASE("papers: the decision names the latest assembly and monitoring round") {
  TempFolder dir;
  dir.write("municipality.yaml", k_municipality);
  dir.write("plan.yaml", k_plan);
  dir.write("assembly-1.yaml", "vap: 1\nassembly:\n  date: 2024-03-01\n  villages:\n"
                               "    - {village: Ак-Суу, participants: 10}\n  proposals: []\n");
  dir.write("assembly-2.yaml", "vap: 1\nassembly:\n  date: 2024-04-18\n  villages:\n"
                               "    - {village: Кербен, participants: 12}\n  proposals: []\n");
  dir.write("m1.yaml",
            "vap: 1\nmonitoring:\n  date: 2024-09-01\n  team:\n"
            "    - {name: Биринчи Б., gender: female, village: Арал, role: community}\n");
  dir.write("m2.yaml", "vap: 1\nmonitoring:\n  date: 2024-06-01\n  team:\n"
                       "    - {name: Экинчи Э., gender: male, village: Тоо, role: deputy}\n");
  const DecisionPaper d = decision_paper(load_one(dir));
  REQUIRE(d.assembly);
  CHECK(*d.assembly == Date{2024, 4, 18});
  REQUIRE(d.team.date);
  CHECK(*d.team.date == Date{2024, 9, 1});
  REQUIRE(d.team.members.size() == 1);
  CHECK(d.team.members[0].name == "Биринчи Б.");
  REQUIRE(d.rounds.size() == 2);
  CHECK(d.rounds[0] == Date{2024, 6, 1});
  CHECK(d.rounds[1] == Date{2024, 9, 1});
}

TEST_CASE("papers: the order lists the plan's groups; a person in two groups counts once") {
  TempFolder dir;
  dir.write("municipality.yaml", k_municipality);
  dir.write("plan.yaml", k_plan);
  const OrderPaper o = order_paper(load_one(dir));
  REQUIRE(o.groups.size() == 2);
  CHECK(o.groups[0].problem.id == "drinking-water");
  CHECK(o.groups[0].leader == "Асанов А.");
  REQUIRE(o.groups[0].members.size() == 4);
  CHECK(o.groups[0].members[0].leader);
  CHECK_FALSE(o.groups[0].members[1].leader);
  CHECK(o.groups[0].women == 1);
  CHECK(o.groups[0].men == 3);
  CHECK_FALSE(o.groups[0].balanced);
  CHECK(o.groups[1].balanced);
  // "асанов  а." is "Асанов А." as the plan matches names: 5 people, 2 women, 3 men.
  CHECK(o.people == 5);
  CHECK(o.women == 2);
  CHECK(o.men == 3);
  CHECK(o.villages_without_group == std::vector<std::string>{"Жаңы-Жол", "Арал", "Көл", "Тоо"});
}

TEST_CASE("papers: the hearing's shares are the pie's") {
  TempFolder dir;
  dir.write("municipality.yaml", k_municipality);
  dir.write("plan.yaml", k_plan);
  dir.write("s1.yaml", "vap: 1\nsession:\n  date: 2024-02-01\n  village: Ак-Суу\n"
                       "  group: young-women\n  participants: 10\npie:\n  revenue:\n"
                       "    land-tax: 10\n    equalization-grant: 90\n  expenditure:\n"
                       "    education: 50\n    culture: 50\n");
  const Municipality m = load_one(dir);
  const HearingPaper h = hearing_paper(m);
  const PieComparison pie = compare_pie(m, 10);
  CHECK(h.has_budget);
  CHECK(h.budget_year == 2024);
  REQUIRE(h.revenue.lines.size() == 2);
  CHECK(h.revenue.lines[0].item.id == "land-tax");
  CHECK(h.revenue.lines[0].amount == 400);
  CHECK(h.revenue.lines[0].share == 40);
  CHECK(h.revenue.lines[1].share == 60);
  CHECK(h.revenue.total == 1000);
  for (const auto& l : h.expenditure.lines)
    for (const auto& it : pie.expenditure.items)
      if (it.item.id == l.item.id) CHECK(l.share == it.actual);
  // Gaps: land-tax 10 − 40 = −30, grant 90 − 60 = +30, education 50 − 75 = −25, culture +25.
  CHECK(h.pie_sessions == 1);
  REQUIRE(h.misjudged.size() == 4);
  CHECK(std::abs(h.misjudged[0].item.gap) == 30);
  CHECK(std::abs(h.misjudged[3].item.gap) == 25);
  CHECK(h.plan_year == 2024);
  REQUIRE(h.asks.size() == 1);
  CHECK(h.asks[0].problem.id == "drinking-water");
  CHECK(h.asks[0].amount == doctest::Approx(100.5));
  CHECK(h.asked == doctest::Approx(100.5));
  CHECK(h.envelope == 100);
}

TEST_CASE("papers: the monitoring group against the method, every gap named") {
  TempFolder dir;
  dir.write("municipality.yaml", k_municipality);
  SUBCASE("no group in the data") {
    const MonitoringGroupPaper g = monitoring_group_paper(load_one(dir));
    CHECK(g.community_wanted == 6); // six villages: one from each
    CHECK(g.size_wanted == 8);
    REQUIRE(g.gaps.size() == 1);
    CHECK(g.gaps[0].gap == TeamGap::no_team);
  }
  SUBCASE("a group short of the community, the kenesh, three villages and women") {
    dir.write("monitoring.yaml", R"(vap: 1
monitoring:
  date: 2024-12-01
  team:
    - {name: А, gender: male, village: Ак-Суу, role: community}
    - {name: Б, gender: male, village: Кербен, role: community}
    - {name: В, gender: female, village: Ак-Суу, role: lsg-staff}
    - {name: Г, gender: male, village: Жаңы-Жол, role: community}
    - {name: Д, village: Ак-Суу}
)");
    const MonitoringGroupPaper g = monitoring_group_paper(load_one(dir));
    CHECK(g.community == 3);
    CHECK(g.lsg_staff == 1);
    CHECK(g.deputies == 0);
    CHECK(g.women == 1);
    CHECK(g.men == 3);
    CHECK(g.villages_covered == 3);
    std::vector<TeamGap> kinds;
    std::vector<std::string> villages;
    for (const auto& gap : g.gaps) {
      kinds.push_back(gap.gap);
      if (gap.gap == TeamGap::village_missing) villages.push_back(gap.village);
    }
    CHECK(kinds == std::vector<TeamGap>{TeamGap::community_short, TeamGap::no_deputy,
                                        TeamGap::village_missing, TeamGap::village_missing,
                                        TeamGap::village_missing, TeamGap::unbalanced,
                                        TeamGap::unknown_gender, TeamGap::unknown_role});
    CHECK(g.gaps[0].count == 3);
    CHECK(villages == std::vector<std::string>{"Арал", "Көл", "Тоо"});
  }
}
