#include "vap/assembly.hpp"
#include "vap/parse.hpp"

#include "temp_folder.hpp"

#include <doctest/doctest.h>

using namespace vap;
using vap::test::messages;
using vap::test::TempFolder;

namespace {

// Only the assembly file's own diagnostics, with the loaded municipality.
struct Run {
  std::vector<std::string> lines;
  Program program;
};

Run run(const std::string& assembly) {
  TempFolder dir;
  dir.write("m.yaml", vap::test::municipality_yaml());
  dir.write("asm.yaml", assembly);
  Run out;
  auto loaded = vap::test::load_folder(dir);
  for (auto& line : messages(loaded))
    if (line.rfind("asm.yaml", 0) == 0) out.lines.push_back(line);
  out.program = std::move(loaded.program);
  return out;
}

} // namespace

TEST_CASE("parse_assembly: villages by gender, rule, proposals") {
  Run r = run("assembly:\n"
              "  date: 2015-06-20\n"
              "  rule: two_thirds\n"
              "  deputies: 7\n"
              "  staff: 4\n"
              "  villages:\n"
              "    - village: a\n"
              "      participants: {women: 10, men: 10}\n"
              "    - village: B\n"
              "      participants: {women: 5, men: 5}\n"
              "    - village: Кербен\n"
              "      participants: {women: 3, men: 3}\n"
              "  proposals:\n"
              "    - problem: Ичүүчү суу\n"
              "      yes: 30\n"
              "      no: 4\n"
              "      abstain: 2\n"
              "    - problem: Жолдор\n"
              "      yes: 20\n"
              "      no: 10\n"
              "      amendment: Кербенге чейин гана\n");
  CHECK(r.lines == std::vector<std::string>{});
  REQUIRE(r.program.municipalities.size() == 1);
  const auto& as = r.program.municipalities[0].assemblies;
  REQUIRE(as.size() == 1);
  const Assembly& a = as[0];
  CHECK(a.rule == MajorityRule::two_thirds);
  CHECK(a.deputies == 7);
  CHECK(a.staff == 4);
  REQUIRE(a.villages.size() == 3);
  CHECK(a.villages[0].village.text == "A"); // as the municipality spells it
  CHECK(a.villages[0].participants.total == 20);
  REQUIRE(a.proposals.size() == 2);
  CHECK(a.proposals[0].problem.id == "drinking-water");
  CHECK(a.proposals[0].abstain == 2);
  CHECK(!a.proposals[0].amendment);
  CHECK(a.proposals[1].amendment->text == "Кербенге чейин гана");
}

TEST_CASE("parse_assembly: bad keys, negative votes, unknown villages and rules") {
  CHECK(run("assembly:\n"
            "  date: 2015-06-20\n"
            "  rule: two-thirds\n"
            "  deputes: 3\n"
            "  villages:\n"
            "    - village: Кербн\n"
            "      participants: 10\n"
            "    - village: A\n"
            "      participants: {women: 4, men: -1}\n"
            "  proposals:\n"
            "    - problem: Ичүүчү суу\n"
            "      yes: -2\n"
            "      no: 1\n")
            .lines ==
        std::vector<std::string>{
            "asm.yaml:3:9: error: unknown rule 'two-thirds'; did you mean 'two_thirds'? Allowed: "
            "simple, absolute, two_thirds",
            "asm.yaml:4:3: error: unknown key 'deputes' in 'assembly'; did you mean 'deputies'?",
            "asm.yaml:6:16: error: 'Кербн' is not a village of Test AA; did you mean 'Кербен'? Its "
            "villages: A, B, Кербен",
            "asm.yaml:9:37: error: 'men' cannot be negative (-1)",
            "asm.yaml:12:12: error: 'yes' cannot be negative (-2)",
        });
}

TEST_CASE("resolve_assemblies: absent villages and unequal numbers are warnings") {
  CHECK(run("assembly:\n"
            "  date: 2015-06-20\n"
            "  villages:\n"
            "    - village: A\n"
            "      participants: {women: 6, men: 4}\n"
            "    - village: B\n"
            "      participants: {women: 2, men: 2}\n"
            "  proposals:\n"
            "    - problem: Ичүүчү суу\n"
            "      yes: 9\n"
            "      no: 4\n"
            "      abstain: 2\n")
            .lines ==
        std::vector<std::string>{
            "asm.yaml:2:3: warning: no one from Кербен is at the assembly; every village should be "
            "represented",
            "asm.yaml:2:3: warning: the assembly has 8 women and 6 men; the seed asks for as many "
            "women as men",
            "asm.yaml:9:7: error: 15 votes (yes, no and abstain), but the assembly has 14 "
            "participants",
        });
}

TEST_CASE("assembly_report: the latest assembly, against the gallery, names from the catalog") {
  TempFolder dir;
  dir.write("m.yaml", vap::test::municipality_yaml(2));
  dir.write("s.yaml", vap::test::session_yaml("young-women", "{women: 10}",
                                              "    Ичүүчү суу: 12\n    Жолдор: 9\n"
                                              "    Таштанды: 4\n"));
  const std::string villages = "  villages:\n"
                               "    - {village: A, participants: {women: 5, men: 5}}\n"
                               "    - {village: B, participants: {women: 2, men: 2}}\n"
                               "    - {village: Кербен, participants: {women: 1, men: 1}}\n";
  dir.write("a1.yaml", "assembly:\n  date: 2015-06-20\n" + villages +
                           "  proposals:\n    - {problem: Ичүүчү суу, yes: 1, no: 9}\n");
  dir.write("a2.yaml", "assembly:\n  date: 2015-07-04\n" + villages +
                           "  proposals:\n"
                           "    - {problem: Ичүүчү суу, yes: 9, no: 1}\n"
                           "    - {problem: Таштанды, yes: 8, no: 2, amendment: Кербенде гана}\n");
  auto loaded = vap::test::load_folder(dir);
  CHECK(messages(loaded) == std::vector<std::string>{});
  REQUIRE(loaded.program.municipalities.size() == 1);
  const AssemblyReport r = assembly_report(loaded.program.municipalities[0]);
  CHECK(r.assemblies == 2);
  REQUIRE(r.assembly);
  CHECK(r.summary.date == Date{2015, 7, 4});
  CHECK(r.summary.participants == 16);
  CHECK(r.summary.women == 8);
  CHECK(r.summary.men == 8);
  CHECK(r.summary.villages_missing.empty());
  REQUIRE(r.summary.final_list.size() == 2);
  CHECK(r.summary.final_list[0].problem_id == "drinking-water");
  CHECK(r.summary.final_list[0].change == Change::kept);
  CHECK(r.summary.final_list[1].problem_id == "garbage");
  CHECK(r.summary.final_list[1].change == Change::added);
  REQUIRE(r.summary.changes.size() == 1);
  CHECK(r.summary.changes[0].problem_id == "roads");
  CHECK(r.summary.changes[0].change == Change::not_voted);
  CHECK(r.name("garbage", Lang::ru) == "Мусор");
  CHECK(r.name("roads", Lang::en) == "Roads");
}
