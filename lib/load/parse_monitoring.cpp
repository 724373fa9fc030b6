// The `monitoring` file kind (БМжБ): the team, the state of the plan's tasks, satisfaction
// surveys; then matching its names and its tasks against the municipality's plan.
#include "vap/number.hpp"
#include "vap/parse.hpp"
#include "vap/resolve.hpp"
#include "vap/text.hpp"

#include <algorithm>
#include <map>
#include <set>

namespace vap {
namespace {

void parse_team(const yaml::Node& node, YamlReader& reader, Monitoring& m) {
  if (!node || node.IsNull()) return;
  if (!node.IsSequence()) {
    reader.not_a_list(node, "team");
    return;
  }
  for (const auto& item : node) {
    if (!reader.check_map(item, "team", {"name", "gender", "village", "role"})) continue;
    Person p;
    p.pos = reader.pos(item);
    auto name = reader.text(item, "name", "team", Need::required);
    p.gender = reader.name(item, "gender", "team", Need::optional);
    p.village = reader.text(item, "village", "team", Need::optional);
    p.role = reader.name(item, "role", "team", Need::optional);
    if (!name) continue;
    p.name = *name;
    m.team.push_back(std::move(p));
  }
}

std::vector<Funding> parse_spent(const yaml::Node& node, YamlReader& reader) {
  std::vector<Funding> out;
  if (!node || node.IsNull()) return out;
  if (!node.IsMap()) {
    reader.error(node, msg(reader.lang(), "'{}' must be 'source: amount' lines", "spent"));
    return out;
  }
  for (auto it = node.begin(); it != node.end(); ++it) {
    auto source = reader.as_text(it->first, "spent");
    auto amount =
        reader.as_number(it->second, source ? source->text : std::string("spent"), 0, 1e12);
    if (source && amount) out.push_back({reader.as_ref(*source), *amount, source->pos});
  }
  return out;
}

void parse_indicators(const yaml::Node& node, YamlReader& reader, TaskReport& t) {
  if (!node || node.IsNull()) return;
  if (!node.IsSequence()) {
    reader.not_a_list(node, "indicators");
    return;
  }
  for (const auto& item : node) {
    if (!reader.check_map(item, "indicators", {"name", "baseline", "target", "actual", "unit"}))
      continue;
    Indicator ind;
    ind.pos = reader.pos(item);
    auto name = reader.text(item, "name", "indicators", Need::required);
    ind.baseline = reader.number(item, "baseline", "indicators", Need::optional, 0, 1e12);
    ind.target = reader.number(item, "target", "indicators", Need::optional, 0, 1e12);
    ind.actual = reader.number(item, "actual", "indicators", Need::optional, 0, 1e12);
    if (!name) continue;
    ind.name = *name;
    t.indicators.push_back(std::move(ind));
  }
}

void parse_tasks(const yaml::Node& node, YamlReader& reader, Monitoring& m) {
  if (!node || node.IsNull()) return;
  if (!node.IsSequence()) {
    reader.not_a_list(node, "tasks");
    return;
  }
  for (const auto& item : node) {
    if (!reader.check_map(item, "tasks",
                          {"task", "problem", "status", "progress", "spent", "indicators", "note"}))
      continue;
    TaskReport t;
    t.pos = reader.pos(item);
    auto task = reader.text(item, "task", "tasks", Need::required);
    t.problem = reader.name(item, "problem", "tasks", Need::optional);
    auto status = reader.name(item, "status", "tasks", Need::required);
    t.progress = reader.number(item, "progress", "tasks", Need::optional, 0, 100);
    t.spent = parse_spent(item["spent"], reader);
    parse_indicators(item["indicators"], reader, t);
    if (!task || !status) continue;
    t.task = *task;
    t.status = *status;
    m.tasks.push_back(std::move(t));
  }
}

void parse_surveys(const yaml::Node& node, YamlReader& reader, Monitoring& m) {
  const Lang lang = reader.lang();
  if (!node || node.IsNull()) return;
  if (!node.IsSequence()) {
    reader.not_a_list(node, "surveys");
    return;
  }
  for (const auto& item : node) {
    if (!reader.check_map(item, "surveys", {"service", "group", "scale", "answers", "note"}))
      continue;
    Survey s;
    s.pos = reader.pos(item);
    auto service = reader.text(item, "service", "surveys", Need::required);
    s.group = reader.name(item, "group", "surveys", Need::optional);
    if (auto scale = reader.whole(item, "scale", "surveys", Need::optional, 2, 10))
      s.scale = static_cast<int>(*scale);
    const yaml::Node answers = item["answers"];
    bool ok = true;
    if (!answers) {
      reader.require(item, "answers", "surveys");
      ok = false;
    } else if (!answers.IsMap()) {
      reader.error(answers,
                   msg(lang, "'{}' must be 'score: how many' lines, like {{5: 40, 4: 25, 3: 10}}",
                       "answers"));
      ok = false;
    } else {
      long long total = 0;
      for (auto it = answers.begin(); it != answers.end(); ++it) {
        auto score = reader.as_whole(it->first, "answers", 1, s.scale);
        auto n = reader.as_whole(it->second, "answers", 0, 100'000'000);
        if (!score || !n) {
          ok = false;
          continue;
        }
        if (s.answers.count(static_cast<int>(*score))) {
          reader.error(it->first, msg(lang, "score {} is given twice in '{}'", *score, "answers"));
          ok = false;
          continue;
        }
        s.answers[static_cast<int>(*score)] = *n;
        total += *n;
      }
      if (ok && total == 0) {
        reader.error(answers, msg(lang, "the survey has no answers: every count is 0"));
        ok = false;
      }
    }
    if (!service || !ok) continue;
    s.service = *service;
    m.surveys.push_back(std::move(s));
  }
}

// The plan tasks a monitoring task may mean, by title (and by problem when it names one).
struct PlanTaskRef {
  const PlanProblem* problem;
  const Task* task;
};

} // namespace

void parse_monitoring_doc(const yaml::Node& root, YamlReader& reader, ParsedFile& out) {
  reader.check_map(root, "file", {"vap", "monitoring"});
  const yaml::Node node = root["monitoring"];
  Monitoring m;
  m.file = reader.file();
  m.pos = reader.pos(node);
  if (reader.check_map(node, "monitoring",
                       {"date", "municipality", "team", "tasks", "surveys", "note"})) {
    if (auto d = reader.date(node, "date", "monitoring", Need::required)) m.date = *d;
    if (auto t = reader.text(node, "municipality", "monitoring", Need::optional))
      m.municipality = t->text;
    parse_team(node["team"], reader, m);
    parse_tasks(node["tasks"], reader, m);
    parse_surveys(node["surveys"], reader, m);
  }
  out.monitoring = std::move(m);
}

void resolve_monitorings(Municipality& mun, NewNames& news, Diagnostics& diags) {
  const Catalogs& cat = *mun.catalogs;
  const Lang lang = diags.lang();

  std::vector<PlanTaskRef> plan_tasks;
  for (const auto& plan : mun.plans)
    for (const auto& p : plan.problems)
      for (const auto& t : p.tasks)
        plan_tasks.push_back({&p, &t});
  std::vector<std::string> titles;
  for (const auto& r : plan_tasks)
    titles.push_back(r.task->task.text);

  for (auto& m : mun.monitorings) {
    for (auto& p : m.team) {
      if (p.gender) resolve_ref(*p.gender, cat[CatalogKind::genders], diags, "gender");
      if (p.role) resolve_ref(*p.role, cat[CatalogKind::roles], diags, "role");
      if (p.village) resolve_village(*p.village, mun, diags, Severity::warning);
    }

    if (!m.tasks.empty() && mun.plans.empty())
      diags.warning(
          m.pos,
          msg(lang, "there is no plan among the files, so the monitored tasks cannot be compared "
                    "with planned amounts"));
    std::set<std::pair<const PlanProblem*, const Task*>> seen;
    for (auto& t : m.tasks) {
      resolve_ref(t.status, cat[CatalogKind::statuses], diags, "status");
      std::set<std::string> sources;
      for (auto& f : t.spent) {
        if (resolve_ref(f.source, cat[CatalogKind::funding_sources], diags, "funding source") &&
            !sources.insert(f.source.id).second)
          diags.error(f.pos, msg(lang, "funding source '{}' is named twice in '{}'", f.source.text,
                                 "spent"));
      }
      if (t.problem) {
        resolve_ref(*t.problem, cat[CatalogKind::problems], diags, "problem");
        news.note(*t.problem, cat[CatalogKind::problems], diags, "problem");
      }
      if (t.status.id == "done" && t.progress && *t.progress < 100)
        diags.warning(t.status.pos, msg(lang, "the task is marked done, but its progress is {} %",
                                        fixed(*t.progress, 0)));
      if (t.status.id == "not-started" && t.progress && *t.progress > 0)
        diags.warning(t.status.pos,
                      msg(lang, "the task is marked not started, but its progress is {} %",
                          fixed(*t.progress, 0)));
      if (plan_tasks.empty()) continue;

      // Which plan task: by title, within the named problem if any.
      std::vector<PlanTaskRef> found;
      for (const auto& r : plan_tasks) {
        if (match_key(r.task->task.text) != match_key(t.task.text) &&
            loose_key(r.task->task.text) != loose_key(t.task.text))
          continue;
        if (t.problem && r.problem->problem.id != t.problem->id) continue;
        found.push_back(r);
      }
      if (found.empty()) {
        std::string hint = did_you_mean(lang, t.task.text, titles);
        diags.error(t.task.pos,
                    hint.empty()
                        ? msg(lang, "'{}' is not a task of the plan", t.task.text)
                        : msg(lang, "'{}' is not a task of the plan; {}", t.task.text, hint));
        continue;
      }
      const bool one_problem = std::all_of(found.begin(), found.end(), [&](const PlanTaskRef& r) {
        return r.problem == found[0].problem;
      });
      if (found.size() > 1 && one_problem) {
        // 'problem:' cannot tell them apart: the plan must (it reports the same title twice).
        diags.error(t.task.pos,
                    msg(lang,
                        "the plan has two tasks '{}' under '{}'; give them different titles "
                        "in the plan",
                        t.task.text, found[0].problem->problem.text));
        continue;
      }
      if (found.size() > 1) {
        std::string list;
        for (const auto& r : found)
          list += (list.empty() ? "" : ", ") + r.problem->problem.text;
        diags.error(
            t.task.pos,
            msg(lang, "two problems of the plan have a task '{}' ({}): add 'problem:' to say which",
                t.task.text, list));
        continue;
      }
      if (!seen.insert({found[0].problem, found[0].task}).second) {
        diags.error(t.task.pos,
                    msg(lang, "task '{}' is reported twice in one monitoring round", t.task.text));
        continue;
      }
      // From here on the report names the plan's problem and task exactly.
      t.problem = found[0].problem->problem;
      t.task.text = found[0].task->task.text;
    }

    for (auto& s : m.surveys)
      if (s.group) resolve_ref(*s.group, cat[CatalogKind::groups], diags, "group");
  }
}

} // namespace vap
