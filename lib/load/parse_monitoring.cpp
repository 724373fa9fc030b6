// The `monitoring` file kind (БМжБ): the team, the state of the plan's tasks, satisfaction
// surveys; then matching its names and its tasks against the municipality's plan.
#include "vap/number.hpp"
#include "vap/parse.hpp"
#include "vap/resolve.hpp"
#include "vap/section_reader.hpp"
#include "vap/text.hpp"

#include <algorithm>
#include <map>
#include <set>

namespace vap {
namespace {

void parse_team(SectionReader& r, YamlReader& reader, Monitoring& m) {
  const schema::Section& section = *r.field("team").section;
  r.items("team", [&](const yaml::Node& item) {
    SectionReader pr(item, section, reader);
    if (!pr.ok()) return;
    Person p;
    p.pos = reader.pos(item);
    auto name = pr.text("name");
    p.gender = pr.name("gender");
    p.village = pr.text("village");
    p.role = pr.name("role");
    if (!name) return;
    p.name = *name;
    m.team.push_back(std::move(p));
  });
}

void parse_indicators(SectionReader& r, YamlReader& reader, TaskReport& t) {
  const schema::Section& section = *r.field("indicators").section;
  r.items("indicators", [&](const yaml::Node& item) {
    SectionReader ir(item, section, reader);
    if (!ir.ok()) return;
    Indicator ind;
    ind.pos = reader.pos(item);
    auto name = ir.text("name");
    ind.baseline = ir.number("baseline");
    ind.target = ir.number("target");
    ind.actual = ir.number("actual");
    if (auto u = ir.text("unit")) ind.unit = u->text;
    if (!name) return;
    ind.name = *name;
    t.indicators.push_back(std::move(ind));
  });
}

void parse_tasks(SectionReader& r, YamlReader& reader, Monitoring& m) {
  const schema::Section& section = *r.field("tasks").section;
  r.items("tasks", [&](const yaml::Node& item) {
    SectionReader rr(item, section, reader);
    if (!rr.ok()) return;
    TaskReport t;
    t.pos = reader.pos(item);
    auto task = rr.text("task");
    t.problem = rr.name("problem");
    auto status = rr.name("status");
    t.progress = rr.number("progress");
    for (auto& [source, amount] : rr.amounts("spent", "'{}' must be 'source: amount' lines")) {
      const SourcePos at = source.pos;
      t.spent.push_back({std::move(source), amount, at});
    }
    parse_indicators(rr, reader, t);
    if (auto n = rr.text("note")) t.note = n->text;
    if (!task || !status) return;
    t.task = *task;
    t.status = *status;
    m.tasks.push_back(std::move(t));
  });
}

void parse_surveys(SectionReader& r, YamlReader& reader, Monitoring& m) {
  const Lang lang = reader.lang();
  const schema::Section& section = *r.field("surveys").section;
  r.items("surveys", [&](const yaml::Node& item) {
    SectionReader sr(item, section, reader);
    if (!sr.ok()) return;
    Survey s;
    s.pos = reader.pos(item);
    auto service = sr.text("service");
    s.group = sr.name("group");
    s.village = sr.text("village");
    if (auto scale = sr.whole("scale")) s.scale = static_cast<int>(*scale);
    if (auto n = sr.text("note")) s.note = n->text;
    const yaml::Node answers = sr["answers"];
    const long long most = static_cast<long long>(sr.field("answers").max);
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
        auto n = reader.as_whole(it->second, "answers", 0, most);
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
    if (!service || !ok) return;
    s.service = *service;
    m.surveys.push_back(std::move(s));
  });
}

// The plan tasks a monitoring task may mean, by title (and by problem when it names one).
struct PlanTaskRef {
  const PlanProblem* problem;
  const Task* task;
};

} // namespace

void parse_monitoring_doc(const yaml::Node& root, YamlReader& reader, ParsedFile& out) {
  SectionReader file(root, *schema::kind(FileKind::monitoring).top, reader);
  Monitoring m;
  m.file = reader.file();
  SectionReader r(root["monitoring"], schema::main_section(FileKind::monitoring), reader);
  m.pos = r.pos();
  if (r.ok()) {
    if (auto d = r.date("date")) m.date = *d;
    if (auto t = r.text("municipality")) m.municipality = t->text;
    if (auto t = r.text("note")) m.note = t->text;
    parse_team(r, reader, m);
    parse_tasks(r, reader, m);
    parse_surveys(r, reader, m);
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

    for (auto& s : m.surveys) {
      if (s.group) resolve_ref(*s.group, cat[CatalogKind::groups], diags, "group");
      if (s.village) resolve_village(*s.village, mun, diags, Severity::error);
    }
  }
}

} // namespace vap
