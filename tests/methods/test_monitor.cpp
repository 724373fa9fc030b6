#include "vap/monitor.hpp"

#include "vap/load.hpp"

#include <doctest/doctest.h>

using namespace vap;

namespace {

Ref named(const std::string& id) {
  return Ref{id, id, {}, true};
}

Task task(const std::string& title, Date end, std::vector<std::pair<std::string, double>> funding) {
  Task t;
  t.task.text = title;
  t.end = end;
  for (auto& [source, amount] : funding)
    t.funding.push_back({named(source), amount, {}});
  return t;
}

TaskReport report(const std::string& problem, const std::string& title, const std::string& status,
                  std::optional<double> progress,
                  std::vector<std::pair<std::string, double>> spent) {
  TaskReport r;
  r.problem = named(problem);
  r.task.text = title;
  r.status = named(status);
  r.progress = progress;
  for (auto& [source, amount] : spent)
    r.spent.push_back({named(source), amount, {}});
  return r;
}

Person person(const std::string& gender, const std::string& role) {
  Person p;
  p.gender = named(gender);
  p.role = named(role);
  return p;
}

// The jany-jol plan in small, with one more task that nobody reported on.
Municipality example() {
  Municipality m;
  m.id = "test";
  m.name = "Test AA";
  m.catalogs = shipped_catalogs(Lang::en);
  Plan plan;
  plan.year = 2014;
  plan.unit = "thousand som";
  PlanProblem water;
  water.problem = named("drinking-water");
  water.tasks.push_back(task("Design", {2014, 6, 0}, {{"local-budget", 300}, {"sponsor", 100}}));
  water.tasks.push_back(
      task("Build", {2015, 3, 0}, {{"local-budget", 400}, {"community", 150}, {"investor", 1300}}));
  PlanProblem info;
  info.problem = named("access-to-budget-information");
  info.tasks.push_back(task("Inform", {2014, 6, 0}, {{"local-budget", 4}}));
  info.tasks.push_back(task("Monitor", {2014, 3, 0}, {{"local-budget", 1}}));
  PlanProblem roads;
  roads.problem = named("roads");
  roads.tasks.push_back(task("Gravel", {2014, 10, 0}, {{"local-budget", 50}}));
  plan.problems = {water, info, roads};
  m.plans.push_back(plan);

  Monitoring round;
  round.date = {2014, 12, 15};
  round.tasks.push_back(
      report("drinking-water", "Design", "done", 100, {{"local-budget", 300}, {"sponsor", 120}}));
  TaskReport build = report("drinking-water", "Build", "in-progress", 60,
                            {{"local-budget", 250}, {"community", 150}, {"investor", 700}});
  build.indicators.push_back({{"Standpipes", {}}, 20, 12, {}, {}, {}});
  round.tasks.push_back(build);
  TaskReport inform = report("access-to-budget-information", "Inform", "done", std::nullopt,
                             {{"local-budget", 3.6}});
  inform.indicators.push_back({{"People at hearings", {}}, 1000, 870, {}, {}, {}});
  inform.indicators.push_back({{"Boards", {}}, 3, 3, {}, {}, {}});
  round.tasks.push_back(inform);
  round.tasks.push_back(
      report("access-to-budget-information", "Monitor", "delayed", 40, {{"local-budget", 0.4}}));

  Survey older;
  older.service.text = "Water";
  older.group = named("older-women");
  older.answers = {{5, 9}, {4, 14}, {3, 11}, {2, 6}, {1, 3}};
  Survey young = older;
  young.group = named("young-men");
  young.answers = {{5, 5}, {4, 10}, {3, 8}, {2, 4}, {1, 1}};
  Survey roads_survey;
  roads_survey.service.text = "Roads";
  roads_survey.scale = 3;
  roads_survey.answers = {{3, 2}, {2, 2}, {1, 6}};
  round.surveys = {older, young, roads_survey};
  round.team = {person("female", "community"), person("female", "community"),
                person("male", "lsg-staff")};
  m.monitorings.push_back(round);
  return m;
}

} // namespace

TEST_CASE("monitor: progress weighted by planned cost, overall and by problem") {
  const MonitorResult r = monitor(example());
  CHECK(r.has_round);
  CHECK(r.plan_year == 2014);
  REQUIRE(r.tasks.size() == 5);
  // (400×100 + 1850×60 + 4×100 + 1×40 + 50×0) / 2305
  CHECK(r.progress == doctest::Approx(151440.0 / 2305));
  CHECK(r.planned == doctest::Approx(2305));
  CHECK(r.spent == doctest::Approx(300 + 120 + 250 + 150 + 700 + 3.6 + 0.4));
  REQUIRE(r.problems.size() == 3);
  CHECK(r.problems[0].problem.id == "drinking-water");
  CHECK(r.problems[0].progress == doctest::Approx(151000.0 / 2250));
  CHECK(r.problems[1].progress == doctest::Approx(88));
  CHECK(r.problems[2].progress == 0);
  // A done task without a progress counts as 100 %; an unreported one as 0 %.
  CHECK(r.tasks[2].progress == 100);
  CHECK_FALSE(r.tasks[4].reported);
}

TEST_CASE("monitor: planned vs spent by source, in catalog order") {
  const MonitorResult r = monitor(example());
  REQUIRE(r.sources.size() == 4);
  CHECK(r.sources[0].source.id == "local-budget");
  CHECK(r.sources[0].planned == doctest::Approx(755));
  CHECK(r.sources[0].spent == doctest::Approx(554));
  CHECK(r.sources[1].source.id == "community");
  CHECK(r.sources[2].source.id == "sponsor");
  CHECK(r.sources[2].spent == doctest::Approx(120));
  CHECK(r.sources[3].source.id == "investor");
  CHECK(r.sources[3].source.label(Lang::ru) == "Инвестор");
}

TEST_CASE("monitor: flags for delay, overspending and done-but-under-target") {
  const MonitorResult r = monitor(example());
  // Design spent 120 of a planned 100 from the sponsor.
  CHECK(r.tasks[0].overspent);
  CHECK_FALSE(r.tasks[1].overspent);
  // Build ends 2015-03: not late at 2014-12-15.
  CHECK_FALSE(r.tasks[1].delayed);
  CHECK(r.tasks[1].indicators[0].achieved == doctest::Approx(0.6));
  CHECK(r.tasks[1].indicators[0].under_target);
  CHECK_FALSE(r.tasks[1].done_under_target); // not done yet
  CHECK(r.tasks[2].done_under_target);       // 870 of 1000 people
  CHECK(r.tasks[3].delayed);                 // status delayed
  CHECK(r.tasks[4].delayed);                 // ended 2014-10, nothing reported
  CHECK(r.delayed == 2);
  CHECK(r.overspent == 1);
  CHECK(r.done_under_target == 1);
}

TEST_CASE("monitor: satisfaction by group and per service, top two answers of the scale") {
  const MonitorResult r = monitor(example());
  REQUIRE(r.surveys.size() == 4);
  CHECK(r.surveys[0].group.id == "older-women");
  CHECK(r.surveys[0].respondents == 43);
  CHECK(*r.surveys[0].mean == doctest::Approx(149.0 / 43));
  CHECK(r.surveys[0].satisfied == 23);
  CHECK(r.surveys[1].respondents == 28);
  CHECK(*r.surveys[1].mean == doctest::Approx(3.5));
  CHECK(r.surveys[2].total);
  CHECK(r.surveys[2].respondents == 71);
  CHECK(*r.surveys[2].mean == doctest::Approx(247.0 / 71));
  CHECK(r.surveys[2].satisfied_share == doctest::Approx(38.0 / 71));
  // On a 3-point scale the top two are 3 and 2.
  CHECK(r.surveys[3].service == "Roads");
  CHECK(r.surveys[3].satisfied_share == doctest::Approx(0.4));
  CHECK(*r.surveys[3].mean == doctest::Approx(1.6));
}

TEST_CASE("monitor: the team against the seed's make-up") {
  const MonitorResult r = monitor(example());
  CHECK(r.team.size == 3);
  CHECK(r.team.women == 2);
  CHECK(r.team.lsg_staff == 1);
  CHECK(r.team.warnings ==
        std::vector<std::string>{"monitor_team_small", "monitor_team_no_deputy"});
  Municipality m = example();
  m.monitorings[0].team.clear();
  for (int i = 0; i < 5; ++i)
    m.monitorings[0].team.push_back(person(i < 4 ? "male" : "female", "lsg-staff"));
  CHECK(monitor(m).team.warnings == std::vector<std::string>{"monitor_team_gender",
                                                             "monitor_team_community",
                                                             "monitor_team_no_deputy"});
}

TEST_CASE("monitor: without a monitoring file every task is not started") {
  Municipality m = example();
  m.monitorings.clear();
  const MonitorResult r = monitor(m);
  CHECK_FALSE(r.has_round);
  CHECK(r.progress == 0);
  CHECK(r.spent == 0);
  CHECK(r.surveys.empty());
}

TEST_CASE("monitor: every round counts; a task a round does not name keeps its last state") {
  Municipality m = example();
  // An earlier round (given second, so that the order comes from the dates): Design in progress,
  // Gravel started at 20 % (the December round does not name Gravel).
  Monitoring june;
  june.date = {2014, 6, 20};
  june.tasks.push_back(
      report("drinking-water", "Design", "in-progress", 50, {{"local-budget", 150}}));
  june.tasks.push_back(report("roads", "Gravel", "in-progress", 20, {{"local-budget", 10}}));
  TaskReport build = report("drinking-water", "Build", "not-started", 0, {});
  build.indicators.push_back({{"Standpipes", {}}, 20, 0, {}, 0.0, {}});
  june.tasks.push_back(build);
  Survey older;
  older.service.text = "Water";
  older.group = named("older-women");
  older.answers = {{5, 2}, {4, 3}, {3, 10}, {2, 10}, {1, 5}}; // 5 of 30 satisfied
  june.surveys = {older};
  m.monitorings.push_back(june);

  const MonitorResult r = monitor(m);
  REQUIRE(r.round_dates.size() == 2);
  CHECK(r.round_dates[0] == Date{2014, 6, 20});
  CHECK(r.date == Date{2014, 12, 15});
  REQUIRE(r.tasks.size() == 5);
  const TaskResult& gravel = r.tasks[4];
  CHECK(gravel.task == "Gravel");
  // Not 0 %: the June state carries over, and the figures come from June.
  CHECK(gravel.progress == 20);
  CHECK(gravel.spent == 10);
  CHECK(gravel.reported_on == Date{2014, 6, 20});
  REQUIRE(gravel.history.size() == 2);
  CHECK(gravel.history[1].progress == 20);
  CHECK_FALSE(gravel.history[1].reported);
  CHECK(gravel.history[1].known);
  // Since June: Design and Inform done (Inform was not named in June), Build and Monitor
  // started; spent to date then 150 + 10, now 420 + 1100 + 3.6 + 0.4 + 10 → 1374 more.
  REQUIRE(r.since_last);
  CHECK(r.since_last->done == std::vector<std::string>{"Design", "Inform"});
  CHECK(r.since_last->started == std::vector<std::string>{"Build", "Monitor"});
  CHECK(r.since_last->spent == doctest::Approx(1374.0));
  // Standpipes: baseline 0, target 20, actual 0 in June and 12 in December.
  REQUIRE_FALSE(r.indicator_history.empty());
  const IndicatorHistory& pipes = r.indicator_history.front();
  CHECK(pipes.name == "Standpipes");
  CHECK(pipes.baseline == 0.0);
  CHECK(pipes.target == 20.0);
  REQUIRE(pipes.actual.size() == 2);
  CHECK(pipes.actual[0] == 0.0);
  CHECK(pipes.actual[1] == 12.0);
  // Older women satisfied with water: 5 of 30 in June, 23 of 43 in December.
  REQUIRE_FALSE(r.survey_trend.empty());
  const SurveyTrend& t = r.survey_trend.front();
  CHECK(t.group.id == "older-women");
  REQUIRE(t.satisfied_share.size() == 2);
  CHECK(*t.satisfied_share[0] == doctest::Approx(5.0 / 30));
  CHECK(*t.satisfied_share[1] == doctest::Approx(23.0 / 43));
}

TEST_CASE("monitor: one base for the figures, the tasks not cancelled; cancelled ones apart") {
  Municipality m = example();
  // Gravel (50 planned, never reported) cancelled in a later round that names nothing else.
  Monitoring march;
  march.date = {2015, 3, 20};
  march.tasks.push_back(report("roads", "Gravel", "cancelled", std::nullopt, {}));
  m.monitorings.push_back(march);
  const MonitorResult r = monitor(m);
  // Planned and progress over the same four tasks: 2255 planned, (400×100 + 1850×60 + 4×100 +
  // 1×40) / 2255.
  CHECK(r.planned == doctest::Approx(2255));
  CHECK(r.progress == doctest::Approx(151440.0 / 2255));
  CHECK(r.cancelled.tasks == 1);
  CHECK(r.cancelled.planned == doctest::Approx(50));
  double by_source = 0;
  for (const auto& s : r.sources)
    by_source += s.planned;
  CHECK(by_source == doctest::Approx(r.planned));
  CHECK(r.planned + r.cancelled.planned == doctest::Approx(2305));
  REQUIRE(r.problems.size() == 3);
  CHECK(r.problems[2].tasks == 0);
  CHECK(r.problems[2].planned == 0);
}

TEST_CASE("monitor: the team and the surveys carry over until a round replaces them") {
  Municipality m = example();
  Monitoring march;
  march.date = {2015, 3, 20};
  march.tasks.push_back(report("drinking-water", "Build", "in-progress", 80, {}));
  m.monitorings.push_back(march);
  MonitorResult r = monitor(m);
  CHECK(r.date == Date{2015, 3, 20});
  CHECK(r.team.size == 3);
  CHECK(r.team_date == Date{2014, 12, 15});
  REQUIRE(r.surveys.size() == 4);
  CHECK(r.surveys_date == Date{2014, 12, 15});
  // Build keeps December's spent amounts (the March round gives none), with March's progress.
  CHECK(r.tasks[1].progress == 80);
  CHECK(r.tasks[1].spent == doctest::Approx(1100));
  const SurveyTrend& t = r.survey_trend.front();
  REQUIRE(t.satisfied_share.size() == 2);
  CHECK(*t.satisfied_share[1] == doctest::Approx(23.0 / 43));
  CHECK(t.carried[1]);
  // A round with a team replaces it whole.
  m.monitorings.back().team = {person("male", "deputy")};
  r = monitor(m);
  CHECK(r.team.size == 1);
  CHECK(r.team_date == Date{2015, 3, 20});
}
