// The assembly's decisions by the three majority rules, and the final list against the gallery,
// on hand-made instances.
#include "vap/assembly.hpp"

#include <doctest/doctest.h>

using namespace vap;

namespace {

AssemblyProposal proposal(std::string id, long long yes, long long no, long long abstain,
                          std::optional<std::string> amendment = std::nullopt) {
  AssemblyProposal p;
  p.problem.id = id;
  p.problem.text = id;
  p.yes = yes;
  p.no = no;
  p.abstain = abstain;
  if (amendment) p.amendment = Text{*amendment, {}};
  return p;
}

ProblemTally tally(std::string id, int rank, bool priority) {
  ProblemTally t;
  t.problem.id = id;
  t.problem.labels = {id, id, id};
  t.rank = rank;
  t.priority = priority;
  return t;
}

AssemblyVillage village(std::string name, long long women, long long men) {
  AssemblyVillage v;
  v.village.text = name;
  v.participants.total = women + men;
  v.participants.women = women;
  v.participants.men = men;
  return v;
}

} // namespace

TEST_CASE("assembly: simple majority counts only those voting; abstentions do not vote") {
  // 40 yes, 39 no, 30 abstain: 40 > 39, agreed, though 40 is not half of the 109 present.
  const auto p = proposal("roads", 40, 39, 30);
  CHECK(decide(p, MajorityRule::simple, 109) == Decision::agreed);
  CHECK(decide(p, MajorityRule::absolute, 109) == Decision::rejected);   // 80 > 109 is false
  CHECK(decide(p, MajorityRule::two_thirds, 109) == Decision::rejected); // 120 >= 158 is false
  // A tie is not a majority.
  CHECK(decide(proposal("x", 20, 20, 0), MajorityRule::simple, 40) == Decision::rejected);
  // Two thirds exactly passes: 3 · 40 = 120 >= 2 · 60 = 120.
  CHECK(decide(proposal("x", 40, 20, 0), MajorityRule::two_thirds, 60) == Decision::agreed);
  CHECK(decide(proposal("x", 39, 20, 0), MajorityRule::two_thirds, 59) == Decision::rejected);
  // Absolute: yes more than half of everyone present: 51 of 100 passes, 50 does not.
  CHECK(decide(proposal("x", 51, 0, 49), MajorityRule::absolute, 100) == Decision::agreed);
  CHECK(decide(proposal("x", 50, 0, 50), MajorityRule::absolute, 100) == Decision::rejected);
  // An amendment that passes is "amended"; one that fails is "rejected".
  CHECK(decide(proposal("x", 30, 10, 0, "only the school road"), MajorityRule::simple, 40) ==
        Decision::amended);
  CHECK(decide(proposal("x", 10, 30, 0, "only the school road"), MajorityRule::simple, 40) ==
        Decision::rejected);
}

TEST_CASE("assembly: participants, missing villages, and what the assembly changed") {
  Assembly a;
  a.villages = {village("Жаңы-Жол", 30, 25), village("кербен", 0, 0)};
  a.deputies = 3;
  a.staff = 2;
  a.proposals = {proposal("drinking-water", 50, 3, 2), proposal("roads", 20, 30, 5),
                 proposal("irrigation", 40, 10, 5, "the pump first"),
                 proposal("street-lighting", 35, 15, 5)};
  GalleryTally g;
  g.problems = {tally("drinking-water", 1, true), tally("roads", 2, true),
                tally("budget-information", 3, true), tally("irrigation", 4, true),
                tally("street-lighting", 5, false)};
  const std::vector<Text> villages = {{"Жаңы-Жол", {}}, {"Кербен", {}}, {"Ак-Суу", {}}};
  const AssemblySummary s = summarize_assembly(a, villages, g);
  CHECK(s.participants == 55);
  CHECK(s.women == 30);
  CHECK(s.men == 25);
  CHECK(s.gender_known);
  CHECK(s.deputies == 3);
  CHECK(s.staff == 2);
  // Кербен is named with 0 people: not represented; Ак-Суу is not named at all.
  CHECK(s.villages_missing == std::vector<std::string>{"Кербен", "Ак-Суу"});
  REQUIRE(s.rows.size() == 4);
  CHECK(s.rows[0].decision == Decision::agreed);
  CHECK(s.rows[1].decision == Decision::rejected);
  CHECK(s.rows[2].decision == Decision::amended);
  CHECK(s.rows[2].amendment == "the pump first");
  CHECK(s.rows[3].decision == Decision::agreed);
  CHECK(s.rows[3].gallery_rank == 5);
  CHECK_FALSE(s.rows[3].gallery_priority);
  // Final: drinking water (kept), irrigation (amended), then street lighting (added).
  REQUIRE(s.final_list.size() == 3);
  CHECK(s.final_list[0].problem_id == "drinking-water");
  CHECK(s.final_list[0].change == Change::kept);
  CHECK(s.final_list[1].problem_id == "irrigation");
  CHECK(s.final_list[1].change == Change::amended);
  CHECK(s.final_list[2].problem_id == "street-lighting");
  CHECK(s.final_list[2].change == Change::added);
  CHECK(s.final_list[2].gallery_rank == 5);
  // Changed: roads dropped (rejected), budget information never voted on.
  REQUIRE(s.changes.size() == 2);
  CHECK(s.changes[0].problem_id == "roads");
  CHECK(s.changes[0].change == Change::dropped);
  CHECK(s.changes[1].problem_id == "budget-information");
  CHECK(s.changes[1].change == Change::not_voted);
}

TEST_CASE("assembly: gender is unknown when a village gives only a total") {
  Assembly a;
  a.villages = {village("A", 10, 10)};
  AssemblyVillage b;
  b.village.text = "B";
  b.participants.total = 12;
  a.villages.push_back(b);
  const AssemblySummary s = summarize_assembly(a, {{"A", {}}, {"B", {}}}, GalleryTally{});
  CHECK(s.participants == 32);
  CHECK_FALSE(s.gender_known);
  CHECK(s.villages_missing.empty());
  CHECK(s.final_list.empty());
}
