// vap plan draft: the starting plan.yaml, its placeholders, and a draft that `vap plan` accepts
// once they are filled in.
#include "vap/plan_draft_writer.hpp"
#include "vap/yaml_writer.hpp"

#include "vap/load.hpp"

#include "temp_folder.hpp"

#include <doctest/doctest.h>

#include <regex>

using namespace vap;
using vap::test::TempFolder;

namespace {

void municipality_with_causes(const TempFolder& dir) {
  dir.write("m.yaml", vap::test::municipality_yaml(2) +
                          "lang: ru\nbudget:\n  year: 2015\n  unit: тыс. сом\n");
  dir.write("s1.yaml",
            vap::test::session_yaml("young-women", "10", "    drinking-water: 9\n    roads: 4\n"));
  dir.write("causes.yaml", R"(causes:
  date: 2015-03-20
  problems:
    - problem: Питьевая вода
      solutions:
        - action: "Заменить трубы: 2,5 км"
          by: lsg
          contributions:
            Айыл окмоту: 400 тыс. сом
            Жители: рытьё траншей
            Донор: 1,3 млн сом
        - action: Вызвать дождь
          by: none
)");
}

} // namespace

TEST_CASE("plan draft: scalars are quoted only when YAML would read them otherwise") {
  CHECK(yaml_scalar("Ичүүчү суу") == "Ичүүчү суу");
  CHECK(yaml_scalar("Долбоор, 3 км") == "Долбоор, 3 км");
  CHECK(yaml_scalar("Заменить трубы: 2,5 км") == "\"Заменить трубы: 2,5 км\"");
  CHECK(yaml_scalar("20 колонка") == "20 колонка"); // vap reads every value as text first
  CHECK(yaml_scalar("- list?") == "\"- list?\"");
  CHECK(yaml_scalar("null") == "\"null\""); // YAML's empty value
  CHECK(yaml_scalar("say \"hi\"") == "say \"hi\""); // a quote inside plain text is text
  CHECK(yaml_scalar("\"hi\" he said") == "\"\\\"hi\\\" he said\"");
  CHECK(yaml_scalar("# not a comment") == "\"# not a comment\"");
  CHECK(yaml_scalar("a\nb") == "\"a\\nb\"");
}

TEST_CASE("plan draft: stakeholders become funding sources") {
  Catalogs cat = *shipped_catalogs(Lang::en);
  CHECK(stakeholder_source("ЖӨБО", cat) == "local-budget");
  CHECK(stakeholder_source("Айыл окмоту", cat) == "local-budget");
  CHECK(stakeholder_source("Коомчулук", cat) == "community");
  CHECK(stakeholder_source("Ата-энелер", cat) == "community");
  CHECK(stakeholder_source("Инвестор", cat) == "investor");
  CHECK(stakeholder_source("Мектеп", cat) == "other");
}

TEST_CASE(
    "plan draft: one entry per priority, one task per solution, in the municipality's language") {
  TempFolder dir;
  municipality_with_causes(dir);
  Loaded loaded = vap::test::load_folder(dir);
  REQUIRE(!loaded.diags.has_errors());
  const std::string draft = plan_draft_text(make_plan_draft(loaded.program.municipalities.front()), loaded.program.municipalities.front(), Lang::ru);
  CHECK(draft.find("  year: 2015 ") != std::string::npos);
  CHECK(draft.find("  unit: тыс. сом ") != std::string::npos);
  CHECK(draft.find("    # 1-е место: Питьевая вода (9 точек)\n    - problem: Питьевая вода\n") !=
        std::string::npos);
  CHECK(draft.find("        - task: \"Заменить трубы: 2,5 км\"") != std::string::npos);
  CHECK(draft.find("        # Не включено (не решается): Вызвать дождь\n") != std::string::npos);
  CHECK(draft.find("            local-budget: ___           # Айыл окмоту\n") != std::string::npos);
  CHECK(draft.find("            community: ___              # Жители\n") != std::string::npos);
  CHECK(draft.find("            donor: ___                  # Донор\n") != std::string::npos);
  CHECK(draft.find("    # 2-е место: Дороги (4 точки) – нет причинно-следственного анализа\n") !=
        std::string::npos);
}

TEST_CASE("plan draft: refused with every placeholder named, accepted once they are filled in") {
  TempFolder dir;
  municipality_with_causes(dir);
  std::string draft;
  {
    Loaded loaded = vap::test::load_folder(dir);
    draft = plan_draft_text(make_plan_draft(loaded.program.municipalities.front()),
                            loaded.program.municipalities.front(), Lang::en);
  }
  dir.write("plan.yaml", draft);
  Loaded unfilled = vap::test::load_folder(dir);
  std::size_t placeholders = 0;
  for (const auto& m : vap::test::messages(unfilled)) {
    if (m.find("error:") == std::string::npos) continue;
    CHECK(m.find("is a placeholder from 'vap plan draft': fill it in") != std::string::npos);
    ++placeholders;
  }
  CHECK(placeholders == unfilled.diags.error_count());
  // Per problem: statement, goal, leader, 4 members × (name, gender, village) = 15; per task:
  // activities, results, start, end, responsible, direct, indirect = 7, and the amounts.
  // Water: 15 + 7 + 3 sources; roads (no analysis): 15 + the task's title + 7 + 1 source.
  CHECK(placeholders == 25 + 24);

  // Fill in: names and genders in turn, villages of the municipality, numbers, dates, text.
  int n = 0;
  std::string filled;
  std::size_t at = 0;
  while (at < draft.size()) {
    std::size_t end = draft.find('\n', at);
    std::string line = draft.substr(at, end - at);
    at = end + 1;
    if (line.find("name: ___") != std::string::npos) {
      ++n;
      line = std::regex_replace(line, std::regex("name: ___"), "name: P" + std::to_string(n));
      line = std::regex_replace(line, std::regex("gender: ___"),
                                n % 2 ? "gender: female" : "gender: male");
      line =
          std::regex_replace(line, std::regex("village: ___"), n % 2 ? "village: A" : "village: B");
    }
    line = std::regex_replace(line, std::regex("leader: ___"), "leader: P" + std::to_string(n + 1));
    line = std::regex_replace(line, std::regex("(local-budget|community|donor|other): ___"),
                              "$1: 12.5");
    line = std::regex_replace(line, std::regex("(direct|indirect): ___"), "$1: 100");
    line = std::regex_replace(line, std::regex("YYYY-MM"), "2015-06");
    line = std::regex_replace(line, std::regex("___"), "Filled");
    filled += line + "\n";
  }
  dir.write("plan.yaml", filled);
  Loaded ok = vap::test::load_folder(dir);
  CHECK(vap::test::messages(ok) ==
        std::vector<std::string>{
            "causes.yaml:2:3: warning: priority problem 'Roads' (rank 2) has no cause-effect "
            "analysis",
            "plan.yaml:6:3: warning: no initiative group has a member from Кербен"});
}
