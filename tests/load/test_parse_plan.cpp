// The `plan` file kind: errors (exit 65) and the warnings of the plan's checks, word for word.
#include "vap/model.hpp"

#include "temp_folder.hpp"

#include <doctest/doctest.h>

using namespace vap;
using vap::test::TempFolder;

namespace {

std::vector<std::string> plan_messages(const std::string& plan, int priorities = 5,
                                       const std::string& votes = "") {
  TempFolder dir;
  dir.write("m.yaml", vap::test::municipality_yaml(priorities));
  if (!votes.empty()) dir.write("s1.yaml", vap::test::session_yaml("young-women", "10", votes));
  dir.write("plan.yaml", plan);
  return vap::test::messages(vap::test::load_folder(dir));
}

// A group that meets every criterion, for tests about other things.
const char* const k_group = R"(      initiative_group:
        leader: Aida
        members:
          - {name: Aida, gender: female, village: A, role: community}
          - {name: Bakyt, gender: male, village: B, role: lsg-staff}
          - {name: Cholpon, gender: female, village: Кербен, role: deputy}
          - {name: Daniyar, gender: male, village: A, role: community}
)";

std::string one_task(const std::string& task) {
  return "plan:\n  year: 2015\n  problems:\n    - problem: Roads\n      goal: Gravel 2 km\n" +
         std::string(k_group) + "      tasks:\n" + task;
}

} // namespace

TEST_CASE(
    "parse plan: a complete task and a balanced group give only the note about the merged source") {
  CHECK(plan_messages(
            one_task("        - task: Gravel\n          results: [2 km]\n          start: 2015-06\n"
                     "          end: 2016-01-15\n          responsible: [Bakyt]\n"
                     "          beneficiaries: {direct: 900, indirect: 300}\n"
                     "          funding: {local-budget: 120.5, ЖБ: 10, Коомчулук: 30}\n"))
            .size() == 1); // ЖБ is local-budget again: merged, with a warning
}

TEST_CASE("parse plan: the same source twice in one task is added up with a warning") {
  CHECK(plan_messages(
            one_task("        - task: Gravel\n          results: [2 km]\n          start: 2015-06\n"
                     "          responsible: [Bakyt]\n"
                     "          funding: {local-budget: 120.5, ЖБ: 10}\n")) ==
        std::vector<std::string>{
            "plan.yaml:18:42: warning: 'ЖБ' is the same source as 'local-budget' on line 18; "
            "their amounts are added up"});
}

TEST_CASE("parse plan: negative amounts, unknown sources, dates, roles, genders and untitled tasks "
          "are errors") {
  const std::string plan = R"(plan:
  year: 2015
  problems:
    - problem: Roads
      goal: Gravel 2 km
      initiative_group:
        members:
          - {name: Aida, gender: femal, village: A, role: comunity}
      tasks:
        - results: [Done]
        - task: Gravel
          start: 2015-13
          end: June
          funding:
            local-budget: -50
            sponsr: 10
)";
  CHECK(
      plan_messages(plan) ==
      std::vector<std::string>{
          "plan.yaml:2:3: warning: no initiative group has a member from B",
          "plan.yaml:2:3: warning: no initiative group has a member from Кербен",
          "plan.yaml:7:9: warning: the initiative group of 'Roads' has no ayil okmotu staff: give "
          "one "
          "member the role 'LSG staff'",
          "plan.yaml:7:9: warning: the initiative group of 'Roads' has no council deputy: give one "
          "member the role 'Council deputy'",
          "plan.yaml:8:34: error: unknown gender 'femal'; did you mean 'female'? Allowed: "
          "female, male",
          "plan.yaml:8:59: error: unknown role 'comunity'; did you mean 'community'? Allowed: "
          "lsg-staff, deputy, "
          "community, organization",
          "plan.yaml:10:11: error: 'tasks' is missing 'task', which is required",
          "plan.yaml:11:17: warning: task 'Gravel' has no one responsible: add 'responsible'",
          "plan.yaml:11:17: warning: task 'Gravel' has no result or indicator: add 'results'",
          "plan.yaml:12:18: error: 'start' is not a real date: 2015-13",
          "plan.yaml:13:16: error: 'end' is not a date: 'June'; write DD.MM.YYYY or YYYY-MM-DD "
          "(a month: MM.YYYY or YYYY-MM), e.g. 02.03.2015",
          "plan.yaml:15:27: error: 'local-budget' cannot be negative (-50)",
          "plan.yaml:16:13: error: unknown funding source 'sponsr'; did you mean 'sponsor'? "
          "Allowed: local-budget, "
          "republican-budget, community, sponsor, investor, donor, other",
      });
}

TEST_CASE("parse plan: tasks without deadline, responsible or result, and dates out of range, are "
          "warnings; a task that ends before it starts is an error at its end") {
  CHECK(
      plan_messages(one_task(
          "        - task: Survey\n        - task: Gravel\n          results: [2 km]\n"
          "          responsible: [Bakyt]\n          start: 2015-06-10\n"
          "          end: 2015-06-02\n        - task: Later\n          results: [x]\n"
          "          responsible: [Bakyt]\n          start: 2014-12\n          end: 2017-01\n")) ==
      std::vector<std::string>{
          "plan.yaml:14:17: warning: task 'Survey' has no deadline: add 'start' and 'end'",
          "plan.yaml:14:17: warning: task 'Survey' has no one responsible: add 'responsible'",
          "plan.yaml:14:17: warning: task 'Survey' has no result or indicator: add 'results'",
          "plan.yaml:19:16: error: task 'Gravel' ends (2015-06-02) before it starts (2015-06-10)",
          "plan.yaml:23:18: warning: 2014-12 is outside the plan's years 2015 and 2016",
          "plan.yaml:24:16: warning: 2017-01 is outside the plan's years 2015 and 2016",
      });
}

TEST_CASE("parse plan: an all-male initiative group without a deputy, and a village left out, are "
          "warnings") {
  const std::string plan = R"(plan:
  year: 2015
  problems:
    - problem: Roads
      goal: Gravel 2 km
      initiative_group:
        leader: Nurlan
        members:
          - {name: Bakyt, gender: male, village: A, role: lsg-staff}
          - {name: Daniyar, gender: m, village: A, role: community}
)";
  CHECK(
      plan_messages(plan) ==
      std::vector<std::string>{
          "plan.yaml:2:3: warning: no initiative group has a member from B",
          "plan.yaml:2:3: warning: no initiative group has a member from Кербен",
          "plan.yaml:7:9: warning: the initiative group of 'Roads' has no council deputy: give one "
          "member the role 'Council deputy'",
          "plan.yaml:7:9: warning: the initiative group of 'Roads': women are 0 of its 2 members; "
          "gender balance asks for at least 1 of each (40 %, or as near as the group's size "
          "allows)",
          "plan.yaml:7:17: warning: the leader 'Nurlan' is not among the group's members",
      });
}

TEST_CASE("parse plan: every priority of the gallery needs a plan entry") {
  CHECK(plan_messages(
            one_task("        - task: Gravel\n          results: [2 km]\n          start: 2015-06\n"
                     "          responsible: [Bakyt]\n"),
            1, "    drinking-water: 9\n    roads: 4\n") ==
        std::vector<std::string>{"plan.yaml:2:3: warning: priority problem 'Drinking water' (rank "
                                 "1) has no entry in the plan"});
}

TEST_CASE("parse plan: the placeholders of 'vap plan draft' are errors, one each") {
  CHECK(plan_messages("plan:\n  year: ___\n  problems:\n    - problem: Roads\n      goal: ___\n"
                      "      tasks:\n        - task: X\n          start: YYYY-MM\n"
                      "          funding: {local-budget: ___}\n") ==
        std::vector<std::string>{
            "plan.yaml:2:9: error: '___' is a placeholder from 'vap plan draft': fill it in",
            "plan.yaml:4:7: warning: 'Roads' has no initiative group: add 'initiative_group'",
            "plan.yaml:5:13: error: '___' is a placeholder from 'vap plan draft': fill it in",
            "plan.yaml:7:17: warning: task 'X' has no one responsible: add 'responsible'",
            "plan.yaml:7:17: warning: task 'X' has no result or indicator: add 'results'",
            "plan.yaml:8:18: error: 'YYYY-MM' is a placeholder from 'vap plan draft': fill it in",
            "plan.yaml:9:35: error: '___' is a placeholder from 'vap plan draft': fill it in",
        });
}
