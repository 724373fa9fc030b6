#include "vap/parse.hpp"

#include "temp_folder.hpp"

#include <doctest/doctest.h>

using namespace vap;
using vap::test::messages;
using vap::test::TempFolder;

namespace {

const std::string k_plan = "plan:\n"
                           "  year: 2015\n"
                           "  unit: миң сом\n"
                           "  problems:\n"
                           "    - problem: Ичүүчү суу\n"
                           "      goal: Таза суу\n"
                           "      tasks:\n"
                           "        - task: Долбоорду даярдоо\n"
                           "          results: [Долбоор]\n"
                           "          responsible: [Исанов А.]\n"
                           "          start: 2015-03\n"
                           "          end: 2015-04\n"
                           "          funding: {local-budget: 100}\n"
                           "    - problem: Жолдор\n"
                           "      goal: Жол\n"
                           "      tasks:\n"
                           "        - task: Долбоорду даярдоо\n"
                           "          results: [Долбоор]\n"
                           "          responsible: [Исанов А.]\n"
                           "          start: 2015-03\n"
                           "          end: 2015-04\n"
                           "          funding: {local-budget: 50}\n"
                           "        - task: Шагыл төшөө\n"
                           "          results: [2 км]\n"
                           "          responsible: [Исанов А.]\n"
                           "          start: 2015-05\n"
                           "          end: 2015-06\n"
                           "          funding: {local-budget: 200}\n";

// Only the monitoring file's own diagnostics (the plan's are another engineer's concern).
std::vector<std::string> run(const std::string& monitoring) {
  TempFolder dir;
  dir.write("m.yaml", vap::test::municipality_yaml());
  dir.write("plan.yaml", k_plan);
  dir.write("mon.yaml", monitoring);
  std::vector<std::string> out;
  for (auto& line : messages(vap::test::load_folder(dir)))
    if (line.rfind("mon.yaml", 0) == 0) out.push_back(line);
  return out;
}

} // namespace

TEST_CASE("parse_monitoring: a round with team, tasks, indicators and surveys") {
  Diagnostics diags;
  auto parsed =
      parse_text("vap: 1\n"
                 "monitoring:\n"
                 "  date: 2015-03-01\n"
                 "  team:\n"
                 "    - {name: Баринова Л., gender: female, village: A, role: community}\n"
                 "  tasks:\n"
                 "    - task: Шагыл төшөө\n"
                 "      status: in-progress\n"
                 "      progress: 60\n"
                 "      spent: {local-budget: 250, community: 150.5}\n"
                 "      indicators:\n"
                 "        - {name: Жол (км), target: 2, actual: 1.2}\n"
                 "  surveys:\n"
                 "    - service: Ичүүчү суу\n"
                 "      group: older-women\n"
                 "      answers: {5: 40, 4: 25, 3: 10, 2: 5, 1: 2}\n",
                 "mon.yaml", diags);
  CHECK(diags.items().empty());
  REQUIRE(parsed.file.monitoring);
  const Monitoring& m = *parsed.file.monitoring;
  CHECK(m.date == Date{2015, 3, 1});
  REQUIRE(m.team.size() == 1);
  CHECK(m.team[0].name.text == "Баринова Л.");
  REQUIRE(m.tasks.size() == 1);
  CHECK(m.tasks[0].status.text == "in-progress");
  CHECK(*m.tasks[0].progress == 60);
  REQUIRE(m.tasks[0].spent.size() == 2);
  CHECK(m.tasks[0].spent[1].amount == 150.5);
  REQUIRE(m.tasks[0].indicators.size() == 1);
  CHECK(*m.tasks[0].indicators[0].actual == 1.2);
  REQUIRE(m.surveys.size() == 1);
  CHECK(m.surveys[0].scale == 5);
  CHECK(m.surveys[0].answers.at(5) == 40);
  CHECK(m.surveys[0].answers.size() == 5);
}

TEST_CASE("parse_monitoring: bad values are errors at their place") {
  CHECK(run("monitoring:\n"
            "  date: 2015-03-01\n"
            "  tasks:\n"
            "    - task: Шагыл төшөө\n"
            "      status: in-progress\n"
            "      progress: 120\n"
            "      spent: {local-budget: -5}\n"
            "  surveys:\n"
            "    - service: Ичүүчү суу\n"
            "      answers: {6: 4, 4: 0}\n"
            "    - service: Жолдор\n"
            "      answers: {5: 0}\n") ==
        std::vector<std::string>{
            "mon.yaml:6:17: error: 'progress' must be between 0 and 100, not 120",
            "mon.yaml:7:29: error: 'local-budget' cannot be negative (-5)",
            "mon.yaml:10:17: error: 'answers' is too large (6); at most 5",
            "mon.yaml:12:16: error: the survey has no answers: every count is 0",
        });
}

TEST_CASE("resolve_monitorings: tasks are matched to the plan by title and problem") {
  // A title two problems share needs `problem:`; a typo gets "did you mean".
  CHECK(run("monitoring:\n"
            "  date: 2015-05-01\n"
            "  tasks:\n"
            "    - task: Долбоорду даярдоо\n"
            "      status: done\n"
            "    - task: Шагыл тошоо\n"
            "      status: in-progress\n"
            "      progress: 10\n"
            "    - task: Жол куруу\n"
            "      status: not-started\n") ==
        std::vector<std::string>{
            "mon.yaml:4:13: error: two problems of the plan have a task 'Долбоорду даярдоо' "
            "(Ичүүчү суу, "
            "Жолдор): add 'problem:' to say which",
            "mon.yaml:9:13: error: 'Жол куруу' is not a task of the plan",
        });
  CHECK(run("monitoring:\n"
            "  date: 2015-05-01\n"
            "  tasks:\n"
            "    - task: Долбоорду даярдоо\n"
            "      problem: Roads\n"
            "      status: Аткарылды\n"
            "    - task: Шагыл төшөөү\n"
            "      status: in progres\n") ==
        std::vector<std::string>{
            "mon.yaml:7:13: error: 'Шагыл төшөөү' is not a task of the plan; did you mean 'Шагыл "
            "төшөө'?",
            "mon.yaml:8:15: error: unknown status 'in progres'; did you mean 'in-progress'? "
            "Allowed: not-started, "
            "in-progress, done, delayed, cancelled",
        });
}

TEST_CASE("resolve_monitorings: sources, statuses against progress, a task twice, team villages") {
  CHECK(run("monitoring:\n"
            "  date: 2015-05-01\n"
            "  team:\n"
            "    - {name: X, gender: female, village: Кербн, role: community}\n"
            "  tasks:\n"
            "    - task: Шагыл төшөө\n"
            "      status: done\n"
            "      progress: 80\n"
            "      spent: {ЖБ: 10, local-budget: 5, Банк: 1}\n"
            "    - task: шагыл  төшөө\n"
            "      status: not-started\n") ==
        std::vector<std::string>{
            "mon.yaml:4:42: warning: 'Кербн' is not a village of Test AA; did you mean 'Кербен'? "
            "Its villages: A, B, "
            "Кербен",
            "mon.yaml:7:15: warning: the task is marked done, but its progress is 80 %",
            "mon.yaml:9:23: error: funding source 'local-budget' is named twice in 'spent'",
            "mon.yaml:9:40: error: unknown funding source 'Банк'; did you mean 'community'? "
            "Allowed: local-budget, republican-budget, community, "
            "sponsor, investor, donor, other",
            "mon.yaml:10:13: error: task 'шагыл төшөө' is reported twice in one monitoring round",
        });
}
