// The cause–effect analysis: the seed's table, who can solve what, Mermaid diagrams.
#include "vap/causes.hpp"
#include "vap/render_causes.hpp"

#include "temp_folder.hpp"

#include <doctest/doctest.h>

using namespace vap;
using vap::test::TempFolder;

namespace {

CausesResult analyse(const TempFolder& dir) {
  Loaded loaded = vap::test::load_folder(dir);
  REQUIRE_MESSAGE(!loaded.diags.has_errors(), format_diagnostics(loaded.diags, loaded.sources));
  return analyse_causes(loaded.program.municipalities.front());
}

const char* const k_causes = R"(causes:
  date: 2014-03-12
  problems:
    - problem: Мектепке даярдык начар
      causes: [Бала бакчанын жоктугу, Адистердин жоктугу]
      effects: [Балдар мектепке көнбөйт]
      solutions:
        - action: Даярдоо классын уюштуруу
          by: community
          contributions:
            Мектеп: класс
            ЖӨБО: мугалимдин айлык акысы
    - problem: Сугат суу
      causes: [Арык бузулган]
      solutions:
        - action: Арыкты тазалоо
          by: community
        - action: Насос станциясы
          by: external
        - action: Кургакчылык
          by: none
        - action: Суу кезегин сактоо
)";

} // namespace

TEST_CASE("causes: one row per problem, every cause, effect, solution and contribution in it") {
  TempFolder dir;
  dir.write("m.yaml", vap::test::municipality_yaml());
  dir.write("causes.yaml", k_causes);
  CausesResult r = analyse(dir);
  REQUIRE(r.rows.size() == 2);
  CHECK(r.rows[0].number == 1);
  CHECK(r.rows[0].problem.id == "preschool-education");
  CHECK(r.rows[0].causes ==
        std::vector<std::string>{"Бала бакчанын жоктугу", "Адистердин жоктугу"});
  RenderOptions o;
  o.lang = Lang::en;
  const std::string md = render_causes(r, o);
  CHECK(md.find("| 1 | Мектепке даярдык начар (Preschool education) | • Бала бакчанын жоктугу<br>• "
                "Адистердин "
                "жоктугу | • Балдар мектепке көнбөйт | • Даярдоо классын уюштуруу (community) | • "
                "Мектеп – "
                "класс<br>• ЖӨБО – мугалимдин айлык акысы |\n") != std::string::npos);
}

TEST_CASE("causes: who can solve what, from each solution's `by`") {
  TempFolder dir;
  dir.write("m.yaml", vap::test::municipality_yaml());
  dir.write("causes.yaml", k_causes);
  CausesResult r = analyse(dir);
  REQUIRE(r.solvers.size() == 4);
  CHECK(r.solvers[0].by == Solver::community);
  CHECK(r.solvers[0].problems.size() == 2);
  CHECK(r.solvers[1].by == Solver::external);
  CHECK(r.solvers[2].by == Solver::none);
  CHECK(r.solvers[2].problems[0].first.id == "irrigation");
  CHECK(r.solvers[3].by == Solver::unsaid);
  RenderOptions o;
  o.lang = Lang::en;
  const std::string md = render_causes(r, o);
  CHECK(md.find("- **The community can solve itself:** «Preschool education», «Irrigation»\n") !=
        std::string::npos);
  CHECK(md.find("- **Cannot be solved (a natural disaster, say):** «Irrigation»\n") !=
        std::string::npos);
  o.format = Format::csv;
  const std::string csv = render_causes(r, o);
  CHECK(csv.rfind("number,problem_id,problem,priority,causes,effects,solution,by,contributions\n",
                  0) == 0);
  CHECK(csv.find(",Кургакчылык,none,\n") != std::string::npos);
}

TEST_CASE("causes: a Mermaid diagram per problem, causes → problem → effects, labels escaped") {
  CauseRow row;
  row.typed = "Water \"now\"";
  row.causes = {"Old [1970] pipe"};
  row.effects = {"a: b; c #1 <x>"};
  CHECK(causes_mermaid(row, Lang::en) == "flowchart LR\n"
                                         "  P[\"Water #quot;now#quot;\"]\n"
                                         "  C1[\"Old #91;1970#93; pipe\"] --> P\n"
                                         "  P --> E1[\"a#58; b#59; c #35;1 #lt;x#gt;\"]\n"
                                         "  classDef problem fill:#fde68a,stroke:#b45309\n"
                                         "  class P problem");
  CHECK(mermaid_text("(a) {b} |c| `d`\nnext") ==
        "#40;a#41; #123;b#125; #124;c#124; #96;d#96; next");
}

TEST_CASE("causes: the report names priorities without analysis") {
  TempFolder dir;
  dir.write("m.yaml", vap::test::municipality_yaml(2));
  dir.write("s1.yaml", vap::test::session_yaml("young-women", "5",
                                               "    drinking-water: 8\n    irrigation: 4\n"));
  dir.write("causes.yaml", k_causes);
  Loaded loaded = vap::test::load_folder(dir);
  CausesResult r = analyse_causes(loaded.program.municipalities.front());
  REQUIRE(r.missing.size() == 1);
  CHECK(r.missing[0].id == "drinking-water");
  REQUIRE(r.extra.size() == 1);
  CHECK(r.extra[0].id == "preschool-education");
  RenderOptions o;
  o.lang = Lang::ru;
  CHECK(render_causes(r, o).find(
            "⚠ Приоритетные проблемы без причинно-следственного анализа: «Питьевая вода».") !=
        std::string::npos);
}
