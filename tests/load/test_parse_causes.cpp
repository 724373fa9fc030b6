// The `causes` file kind: parsing, matching `by`, and the checks against the gallery's priorities.
#include "vap/model.hpp"

#include "temp_folder.hpp"

#include <doctest/doctest.h>

using namespace vap;
using vap::test::TempFolder;

namespace {

// The seed's cause–effect example (Жаңы-Жол, the kindergarten), as FORMAT.md types it.
const char* const k_kindergarten = R"(vap: 1
causes:
  date: 2014-03-12
  problems:
    - problem: Мектепке даярдык начар
      causes: [Бала бакчанын жоктугу, Квалификациялуу адистердин жоктугу, Жабдуу үчүн каражаттардын жетишсиздиги]
      effects: [Балдардын мектепке оңой менен көнбөгөндүгү, Мектеп программасын өздөштүрүү деңгээлинин төмөндүгү]
      solutions:
        - action: Мектеп астында эң баштапкы классты уюштуруу
          by: community
          contributions:
            Мектеп: классты даярдоо, методикалык жана көрсөтмө куралдар
            ЖӨБО: бөлмө, мугалимдин айлык акысы
            Ата-энелер: кеңсе товарлары, тамак-аш
)";

} // namespace

TEST_CASE("parse causes: the seed's kindergarten example is one problem with every cause, effect "
          "and contribution") {
  TempFolder dir;
  dir.write("m.yaml", vap::test::municipality_yaml());
  dir.write("causes.yaml", k_kindergarten);
  Loaded loaded = vap::test::load_folder(dir);
  CHECK(vap::test::messages(loaded).empty());
  const auto& m = loaded.program.municipalities.front();
  REQUIRE(m.causes.size() == 1);
  REQUIRE(m.causes[0].problems.size() == 1);
  const CauseAnalysis& a = m.causes[0].problems[0];
  CHECK(a.problem.id == "preschool-education");
  CHECK(a.problem.text == "Мектепке даярдык начар");
  CHECK(a.causes.size() == 3);
  CHECK(a.effects.size() == 2);
  REQUIRE(a.solutions.size() == 1);
  CHECK(a.solutions[0].by->id == "community");
  REQUIRE(a.solutions[0].contributions.size() == 3);
  CHECK(a.solutions[0].contributions[1].first.text == "ЖӨБО");
  CHECK(a.solutions[0].contributions[1].second.text == "бөлмө, мугалимдин айлык акысы");
  CHECK(m.causes[0].date == Date{2014, 3, 12});
}

TEST_CASE(
    "parse causes: an unknown 'by' is an error with the closest value; an action is required") {
  TempFolder dir;
  dir.write("m.yaml", vap::test::municipality_yaml());
  dir.write("causes.yaml",
            "causes:\n  problems:\n    - problem: Roads\n      solutions:\n"
            "        - action: Gravel the road\n          by: comunity\n        - by: lsg\n");
  Loaded loaded = vap::test::load_folder(dir);
  CHECK(vap::test::messages(loaded) ==
        std::vector<std::string>{
            "causes.yaml:6:15: error: unknown solver ('by') 'comunity'; did you mean 'community'? "
            "Allowed: "
            "community, lsg, external, none",
            "causes.yaml:7:11: error: 'solutions' is missing 'action', which is required"});
}

TEST_CASE("parse causes: a priority without analysis and an analysed problem that is no priority "
          "are warnings") {
  TempFolder dir;
  dir.write("m.yaml", vap::test::municipality_yaml(1));
  dir.write("s1.yaml",
            vap::test::session_yaml("young-women", "5", "    drinking-water: 8\n    roads: 4\n"));
  dir.write("causes.yaml", "causes:\n  problems:\n    - problem: Roads\n      causes: [Old]\n"
                           "    - problem: Bridges\n");
  Loaded loaded = vap::test::load_folder(dir);
  CHECK(vap::test::messages(loaded) ==
        std::vector<std::string>{"causes.yaml:2:3: warning: priority problem 'Drinking water' "
                                 "(rank 1) has no cause-effect analysis",
                                 "causes.yaml:3:16: warning: 'Roads' is analysed but is not a "
                                 "priority of the gallery (rank 2)",
                                 "causes.yaml:5:16: warning: 'Bridges' is analysed but got no dots "
                                 "in the gallery; it is not a priority"});
}

TEST_CASE("parse causes: without a gallery there is nothing to compare, so no warning") {
  TempFolder dir;
  dir.write("m.yaml", vap::test::municipality_yaml());
  dir.write("causes.yaml", k_kindergarten);
  CHECK(vap::test::messages(vap::test::load_folder(dir)).empty());
}
