#include "vap/resolve.hpp"

#include "temp_folder.hpp"

#include <doctest/doctest.h>

using namespace vap;
using vap::test::messages;
using vap::test::TempFolder;

namespace {

std::vector<std::string> run(const std::string& session) {
  TempFolder dir;
  dir.write("m.yaml", vap::test::municipality_yaml());
  dir.write("s.yaml", session);
  return messages(vap::test::load_folder(dir));
}

const std::string k_head = "session:\n"
                           "  date: 2015-03-02\n"
                           "  village: A\n"
                           "  group: mixed\n"
                           "  participants: 4\n";

} // namespace

TEST_CASE("resolve: more dots than participants × dots, with both numbers") {
  CHECK(run(k_head + "gallery:\n  dots: 3\n  votes:\n    Жолдор: 10\n    Мусор: 3\n") ==
        std::vector<std::string>{
            "s.yaml:6:1: error: the gallery has 13 dots, more than 4 participants × 3 dots = 12"});
  // Exactly participants × dots is fine.
  CHECK(run(k_head + "gallery:\n  dots: 3\n  votes:\n    Жолдор: 10\n    Мусор: 2\n").empty());
  // The default is 3 dots a participant.
  CHECK(run(k_head + "gallery:\n  votes:\n    Жолдор: 13\n") ==
        std::vector<std::string>{
            "s.yaml:6:1: error: the gallery has 13 dots, more than 4 participants × 3 dots = 12"});
}

TEST_CASE("resolve: dots by colour against women and men") {
  CHECK(
      run("session:\n  date: 2015-03-02\n  village: A\n  group: mixed\n  participants: {women: 2, "
          "men: 3}\n"
          "gallery:\n  dots: 2\n  votes:\n    Жолдор: {women: 5, men: 1}\n    Мусор: {men: 6}\n") ==
      std::vector<std::string>{
          "s.yaml:6:1: error: men's dots are 7, more than 3 men × 2 dots = 6",
          "s.yaml:6:1: error: the gallery has 12 dots, more than 5 participants × 2 dots = 10",
          "s.yaml:6:1: error: women's dots are 5, more than 2 women × 2 dots = 4",
      });
}

TEST_CASE("resolve: a ballot over the dots, and more ballots than participants") {
  CHECK(run("session:\n  date: 2015-03-02\n  village: A\n  group: mixed\n  participants: 2\n"
            "gallery:\n  dots: 2\n  ballots:\n    - [Жолдор, Жолдор, Мусор]\n    - [Мусор]\n    - "
            "[Мусор]\n") ==
        std::vector<std::string>{
            "s.yaml:6:1: error: the gallery has 5 dots, more than 2 participants × 2 dots = 4",
            "s.yaml:9:7: error: this ballot has 3 dots; each participant has 2",
            "s.yaml:11:7: error: 3 ballots, but the session has 2 participants",
        });
}

TEST_CASE("resolve: an unknown group gets 'did you mean' and the allowed ids") {
  auto lines =
      run("session:\n  date: 2015-03-02\n  village: A\n  group: yong-women\n  participants: 4\n");
  REQUIRE(lines.size() == 1);
  CHECK(lines[0].rfind(
            "s.yaml:4:10: error: unknown group 'yong-women'; did you mean 'young-women'? Allowed: "
            "young-women, young-men, older-women, older-men, youth, mixed",
            0) == 0);
  auto far =
      run("session:\n  date: 2015-03-02\n  village: A\n  group: космонавты\n  participants: 4\n");
  REQUIRE(far.size() == 1);
  CHECK(far[0].rfind(
            "s.yaml:4:10: error: unknown group 'космонавты'; allowed: young-women, young-men", 0) ==
        0);
}

TEST_CASE("resolve: a group by its label or synonym in any language") {
  CHECK(run("session:\n  date: 2015-03-02\n  village: A\n  group: Аксакалдар\n  participants: 4\n")
            .empty());
  CHECK(run("session:\n  date: 2015-03-02\n  village: A\n  group: Молодые женщины\n  participants: "
            "4\n")
            .empty());
}

TEST_CASE("resolve: an unknown village") {
  CHECK(
      run("session:\n  date: 2015-03-02\n  village: Кербн\n  group: mixed\n  participants: 4\n") ==
      std::vector<std::string>{
          "s.yaml:3:12: error: 'Кербн' is not a village of Test AA; did you mean 'Кербен'? "
          "Its villages: A, B, Кербен"});
  CHECK(
      run("session:\n  date: 2015-03-02\n  village: Бишкек\n  group: mixed\n  participants: 4\n") ==
      std::vector<std::string>{
          "s.yaml:3:12: error: 'Бишкек' is not a village of Test AA; its villages: A, B, Кербен"});
  // Case, spacing and Russian-keyboard letters do not matter.
  CHECK(run("session:\n  date: 2015-03-02\n  village: \" кербен \"\n  group: mixed\n  "
            "participants: 4\n")
            .empty());
}

TEST_CASE(
    "resolve: a problem named twice in one session is merged, with a warning naming both lines") {
  TempFolder dir;
  dir.write("m.yaml", vap::test::municipality_yaml());
  dir.write("s.yaml",
            k_head +
                "gallery:\n  votes:\n    Ичүүчү суу: 4\n    Жолдор: 2\n    Питьевая вода: 3\n");
  Loaded loaded = vap::test::load_folder(dir);
  CHECK(messages(loaded) ==
        std::vector<std::string>{"s.yaml:10:5: warning: 'Питьевая вода' is the same problem as "
                                 "'Ичүүчү суу' on line 8; their dots are added up"});
  CHECK_FALSE(loaded.diags.has_errors());
  const Gallery& g = *loaded.program.municipalities.at(0).sessions.at(0).gallery;
  REQUIRE(g.votes.size() == 2);
  CHECK(g.votes[0].problem.id == "drinking-water");
  CHECK(g.votes[0].dots.total == 7);
  CHECK(g.votes[1].problem.id == "roads");
}

TEST_CASE("resolve: a new problem name is kept, with one warning naming the closest entries") {
  TempFolder dir;
  dir.write("m.yaml", vap::test::municipality_yaml());
  dir.write("s1.yaml", k_head + "gallery:\n  votes:\n    Аппарат УЗИ: 4\n");
  // Another day's session (the same date, village and group twice would be a warning too).
  std::string head2 = k_head;
  head2.replace(head2.find("2015-03-02"), 10, "2015-03-03");
  dir.write("s2.yaml", head2 + "gallery:\n  votes:\n    аппарат узи: 2\n    Ичүүчү сууу: 1\n");
  Loaded loaded = vap::test::load_folder(dir);
  CHECK_FALSE(loaded.diags.has_errors());
  auto lines = messages(loaded);
  REQUIRE(lines.size() == 2);
  CHECK(lines[0] == "s1.yaml:8:5: warning: 'Аппарат УЗИ' is not in the problem catalog; it is kept "
                    "as a new problem");
  CHECK(lines[1] ==
        "s2.yaml:9:5: warning: 'Ичүүчү сууу' is not in the problem catalog; it is kept as a new "
        "problem; closest: 'Drinking water' (drinking-water)");
  const auto& s = loaded.program.municipalities.at(0).sessions;
  CHECK(s.at(0).gallery->votes.at(0).problem.id == "apparat-uzi");
  CHECK_FALSE(s.at(0).gallery->votes.at(0).problem.in_catalog);
}

TEST_CASE("resolve: a session needs a participant") {
  CHECK(run("session:\n  date: 2015-03-02\n  village: A\n  group: mixed\n  participants: 0\n") ==
        std::vector<std::string>{"s.yaml:5:17: error: a session needs at least one participant"});
}

TEST_CASE("resolve: closed vocabularies in a map") {
  auto lines = run(k_head + "map:\n  - {name: Мектеп, category: school, condition: bad}\n"
                            "  - {name: Көпүрө, category: bridge, condition: начар}\n"
                            "  - {name: X, category: school, condition: gud}\n");
  REQUIRE(lines.size() == 1);
  CHECK(lines[0] == "s.yaml:9:44: error: unknown condition 'gud'; did you mean 'good'? Allowed: "
                    "good, fair, poor, "
                    "absent");
}

TEST_CASE("resolve: errors in several sessions are all reported in one run") {
  TempFolder dir;
  dir.write("m.yaml", vap::test::municipality_yaml());
  dir.write("s1.yaml",
            "session:\n  date: 2015-03-02\n  village: Кербн\n  group: mixed\n  participants: 4\n");
  dir.write("s2.yaml",
            "session:\n  date: 2015-02-30\n  village: A\n  group: mixed\n  participants: 4\n");
  dir.write("s3.yaml", k_head + "gallery:\n  votes:\n    Жолдор: 20\n");
  Loaded loaded = vap::test::load_folder(dir);
  CHECK(loaded.diags.error_count() == 3);
  auto lines = messages(loaded);
  REQUIRE(lines.size() == 3);
  CHECK(lines[0].rfind("s1.yaml:3:12: error: ", 0) == 0);
  CHECK(lines[1].rfind("s2.yaml:2:9: error: ", 0) == 0);
  CHECK(lines[2].rfind("s3.yaml:6:1: error: ", 0) == 0);
}

TEST_CASE("resolve: a wrong 'dots' is one error, not a second one about the total") {
  CHECK(run("session:\n  date: 2015-03-02\n  village: A\n  group: mixed\n  participants: 1\n"
            "gallery:\n  dots: 2.5\n  ballots:\n    - [Жолдор, Жолдор, Мусор]\n") ==
        std::vector<std::string>{
            "s.yaml:7:9: error: 'dots' must be a whole number, not a fraction (2.5)"});
}
