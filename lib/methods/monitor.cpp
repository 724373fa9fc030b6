#include "vap/monitor.hpp"

#include "vap/gallery.hpp"
#include "vap/text.hpp"

#include <algorithm>
#include <map>

namespace vap {
namespace {

LabelSet name_of(const Ref& ref, const Catalog& catalog) {
  LabelSet n;
  n.id = ref.id;
  if (const CatalogEntry* e = catalog.by_id(ref.id)) n.labels = e->labels;
  for (auto& l : n.labels)
    if (l.empty()) l = ref.text.empty() ? ref.id : ref.text;
  return n;
}

// True when the round's date is after the task's end (a month-only end lasts the whole month).
bool past(const Date& end, const Date& date) {
  if (end.day == 0) return std::tie(date.year, date.month) > std::tie(end.year, end.month);
  return date > end;
}

double task_progress(const TaskReport& r) {
  if (r.progress) return *r.progress;
  return r.status.id == "done" ? 100.0 : 0.0;
}

// A task as one round leaves it: that round's report, with what the report leaves out carried
// from the rounds before it (FORMAT.md): its progress (unless the status is done or not started),
// its spent amounts, each of its indicators (and an indicator's baseline, target, actual and
// unit). `per` holds the task's report in each round; nothing when no round up to `upto` names it.
std::optional<TaskReport> carried(const std::vector<const TaskReport*>& per, std::size_t upto) {
  std::optional<TaskReport> out;
  for (std::size_t i = 0; i <= upto && i < per.size(); ++i) {
    if (!per[i]) continue;
    TaskReport next = *per[i];
    if (out) {
      const std::string& st = next.status.id;
      if (!next.progress && st != "done" && st != "not-started") next.progress = out->progress;
      if (next.spent.empty()) next.spent = out->spent;
      std::vector<Indicator> indicators = out->indicators;
      for (auto& ind : next.indicators) {
        auto it = std::find_if(indicators.begin(), indicators.end(),
                               [&](const Indicator& x) { return x.name.text == ind.name.text; });
        if (it == indicators.end()) {
          indicators.push_back(ind);
          continue;
        }
        if (!ind.baseline) ind.baseline = it->baseline;
        if (!ind.target) ind.target = it->target;
        if (!ind.actual) ind.actual = it->actual;
        if (ind.unit.empty()) ind.unit = it->unit;
        *it = ind;
      }
      next.indicators = std::move(indicators);
    }
    out = std::move(next);
  }
  return out;
}

// The progress of the tasks not cancelled (of one problem, when `problem` is given), weighted by
// their planned cost; their plain mean when none has a planned cost.
double weighted_progress(const std::vector<TaskResult>& tasks, const std::string* problem) {
  double weight = 0, weighted = 0, plain = 0;
  int counted = 0;
  for (const auto& t : tasks) {
    if (t.status.id == "cancelled" || (problem && t.problem.id != *problem)) continue;
    weight += t.planned;
    weighted += t.planned * t.progress;
    plain += t.progress;
    ++counted;
  }
  return weight > 0 ? weighted / weight : (counted ? plain / counted : 0);
}

// Fills a task's figures from its monitoring report (which may be missing).
void apply_report(TaskResult& t, const TaskReport* r, const Date& date, const Catalogs& cat) {
  const Catalog& sources = cat[CatalogKind::funding_sources];
  if (r) {
    t.reported = true;
    t.status = name_of(r->status, cat[CatalogKind::statuses]);
    t.progress = task_progress(*r);
    for (const auto& f : r->spent) {
      auto it = std::find_if(t.funding.begin(), t.funding.end(),
                             [&](const SourceAmount& s) { return s.source.id == f.source.id; });
      if (it == t.funding.end()) {
        t.funding.push_back({name_of(f.source, sources), 0, 0});
        it = t.funding.end() - 1;
      }
      it->spent += f.amount;
      t.spent += f.amount;
    }
    for (const auto& ind : r->indicators) {
      IndicatorResult ir;
      ir.name = ind.name.text;
      ir.target = ind.target;
      ir.actual = ind.actual;
      if (ind.target && ind.actual && *ind.target > 0) ir.achieved = *ind.actual / *ind.target;
      ir.under_target = ind.target && ind.actual && *ind.actual < *ind.target;
      t.indicators.push_back(ir);
    }
  }
  // Sources in catalog order.
  auto order = [&](const std::string& id) {
    const auto& es = sources.entries();
    for (std::size_t i = 0; i < es.size(); ++i)
      if (es[i].id == id) return i;
    return es.size();
  };
  std::stable_sort(t.funding.begin(), t.funding.end(),
                   [&](const SourceAmount& a, const SourceAmount& b) {
                     return order(a.source.id) < order(b.source.id);
                   });
  const std::string& st = t.status.id;
  t.delayed = st == "delayed" || (t.end && past(*t.end, date) && st != "done" && st != "cancelled");
  if (t.in_plan) {
    t.overspent = t.spent > t.planned + 1e-9;
    for (const auto& f : t.funding)
      t.overspent = t.overspent || f.spent > f.planned + 1e-9;
  }
  t.done_under_target = st == "done" && std::any_of(t.indicators.begin(), t.indicators.end(),
                                                    [](const auto& i) { return i.under_target; });
}

void count_surveys(const Monitoring& round, const Catalogs& cat, MonitorResult& out) {
  struct Acc {
    std::string service;
    std::string key;
    std::optional<Ref> group;
    int scale = 5;
    bool mixed_scales = false;
    std::map<int, long long> answers;
    long long satisfied = 0;
  };
  std::vector<Acc> rows;
  std::vector<std::string> services; // match keys, in order of first appearance
  std::vector<std::string> shown;
  for (const auto& s : round.surveys) {
    const std::string key = match_key(s.service.text);
    if (std::find(services.begin(), services.end(), key) == services.end()) {
      services.push_back(key);
      shown.push_back(s.service.text);
    }
    const std::string gid = s.group ? s.group->id : "";
    auto it = std::find_if(rows.begin(), rows.end(), [&](const Acc& a) {
      return a.key == key && (a.group ? a.group->id : "") == gid;
    });
    if (it == rows.end()) {
      rows.push_back({s.service.text, key, s.group, s.scale, false, {}, 0});
      it = rows.end() - 1;
    } else if (it->scale != s.scale) {
      it->mixed_scales = true;
    }
    for (const auto& [score, n] : s.answers) {
      it->answers[score] += n;
      if (score >= s.scale - 1) it->satisfied += n;
    }
  }
  auto finish = [](SurveyRow& row, const std::map<int, long long>& answers, bool mixed) {
    long long sum = 0;
    for (const auto& [score, n] : answers) {
      row.respondents += n;
      sum += score * n;
    }
    if (!mixed && row.respondents > 0)
      row.mean = static_cast<double>(sum) / static_cast<double>(row.respondents);
    row.satisfied_share = row.respondents > 0 ? static_cast<double>(row.satisfied) /
                                                    static_cast<double>(row.respondents)
                                              : 0;
  };
  for (std::size_t si = 0; si < services.size(); ++si) {
    std::vector<const Acc*> of;
    for (const auto& a : rows)
      if (a.key == services[si]) of.push_back(&a);
    for (const auto* a : of) {
      SurveyRow row;
      row.service = shown[si];
      if (a->group) row.group = name_of(*a->group, cat[CatalogKind::groups]);
      row.scale = a->scale;
      row.satisfied = a->satisfied;
      finish(row, a->answers, a->mixed_scales);
      out.surveys.push_back(row);
    }
    if (of.size() > 1) {
      SurveyRow total;
      total.service = shown[si];
      total.total = true;
      total.scale = of.front()->scale;
      std::map<int, long long> all;
      bool mixed = false;
      for (const auto* a : of) {
        mixed = mixed || a->mixed_scales || a->scale != total.scale;
        total.satisfied += a->satisfied;
        for (const auto& [score, n] : a->answers)
          all[score] += n;
      }
      finish(total, all, mixed);
      out.surveys.push_back(total);
    }
  }
}

TeamCheck check_team(const std::vector<Person>& team) {
  TeamCheck c;
  c.size = static_cast<int>(team.size());
  for (const auto& p : team) {
    if (p.gender && p.gender->id == "female") ++c.women;
    if (p.gender && p.gender->id == "male") ++c.men;
    if (p.role && p.role->id == "community") ++c.community;
    if (p.role && p.role->id == "lsg-staff") ++c.lsg_staff;
    if (p.role && p.role->id == "deputy") ++c.deputies;
  }
  if (c.size == 0) {
    c.warnings.push_back("monitor_team_missing");
    return c;
  }
  if (c.size < 5) c.warnings.push_back("monitor_team_small");
  if (c.size > 9) c.warnings.push_back("monitor_team_large");
  const int known = c.women + c.men;
  if (known > 0 && std::min(c.women, c.men) * 3 < known)
    c.warnings.push_back("monitor_team_gender");
  if (c.community * 2 < c.size) c.warnings.push_back("monitor_team_community");
  if (c.lsg_staff == 0) c.warnings.push_back("monitor_team_no_lsg");
  if (c.deputies == 0) c.warnings.push_back("monitor_team_no_deputy");
  return c;
}

// Since the last report, the indicators' history, the evaluation of the priorities and the
// surveys' trend.
void over_time(const Municipality& m, const std::vector<const Monitoring*>& rounds,
               const Catalogs& cat, MonitorResult& out) {
  const std::size_t n = rounds.size();
  if (n >= 2) {
    SinceLast s;
    s.previous = rounds[n - 2]->date;
    for (const auto& t : out.tasks) {
      if (t.history.size() != n) continue;
      const RoundState& now = t.history[n - 1];
      const RoundState& then = t.history[n - 2];
      const bool done_now = now.status == "done";
      if (done_now && then.status != "done") s.done.push_back(t.task);
      const bool going_now = now.progress > 0 || now.status == "in-progress" || done_now;
      const bool going_then =
          then.progress > 0 || then.status == "in-progress" || then.status == "done";
      if (going_now && !going_then && !done_now) s.started.push_back(t.task);
      if (t.status.id != "cancelled") s.spent += now.spent - then.spent;
    }
    out.since_last = s;
  }
  // Indicators by task and name, in order of first appearance.
  for (std::size_t i = 0; i < n; ++i)
    for (const auto& tr : rounds[i]->tasks)
      for (const auto& ind : tr.indicators) {
        auto it = std::find_if(out.indicator_history.begin(), out.indicator_history.end(),
                               [&](const IndicatorHistory& h) {
                                 return h.task == tr.task.text && h.name == ind.name.text;
                               });
        if (it == out.indicator_history.end()) {
          out.indicator_history.push_back({tr.task.text, ind.name.text, {}, {}, {}});
          it = out.indicator_history.end() - 1;
          it->actual.assign(n, std::nullopt);
        }
        if (ind.baseline) it->baseline = ind.baseline;
        if (ind.target) it->target = ind.target;
        it->actual[i] = ind.actual;
      }
  // The evaluation: the gallery's priorities against the plan and the latest state of its tasks.
  if (!m.sessions.empty()) {
    const GalleryTally g = tally_gallery(m, RankBy::dots);
    for (const auto& p : g.problems) {
      if (!p.priority) continue;
      PriorityEvaluation e;
      e.problem.id = p.problem.id;
      e.problem.labels = p.problem.labels;
      e.rank = p.rank;
      for (const auto& plan : m.plans)
        for (const auto& pp : plan.problems)
          if (pp.problem.id == p.problem.id) {
            e.planned = true;
            for (const auto& task : pp.tasks)
              for (const auto& f : task.funding)
                e.budgeted = e.budgeted || (f.source.id == "local-budget" && f.amount > 0);
          }
      int tasks = 0, done = 0;
      for (const auto& t : out.tasks) {
        if (t.problem.id != p.problem.id || !t.in_plan || t.status.id == "cancelled") continue;
        ++tasks;
        done += t.status.id == "done";
        e.started =
            e.started || t.progress > 0 || t.status.id == "in-progress" || t.status.id == "done";
      }
      e.done = tasks > 0 && done == tasks;
      for (const auto& pp : out.problems)
        if (pp.problem.id == p.problem.id) e.progress = pp.progress;
      out.evaluation.push_back(e);
    }
  }
  // Satisfied share by service and group, round by round.
  if (n >= 2)
    for (std::size_t i = 0; i < n; ++i) {
      MonitorResult one;
      count_surveys(*rounds[i], cat, one);
      for (const auto& row : one.surveys) {
        if (row.total) continue;
        const std::string key = match_key(row.service);
        auto it = std::find_if(out.survey_trend.begin(), out.survey_trend.end(),
                               [&](const SurveyTrend& t) {
                                 return match_key(t.service) == key && t.group.id == row.group.id;
                               });
        if (it == out.survey_trend.end()) {
          out.survey_trend.push_back({row.service, row.group, {}, {}});
          it = out.survey_trend.end() - 1;
          it->satisfied_share.assign(n, std::nullopt);
          it->carried.assign(n, false);
        }
        if (row.respondents > 0) it->satisfied_share[i] = row.satisfied_share;
      }
    }
  // A round without surveys leaves them as the round before gave them.
  for (auto& t : out.survey_trend)
    for (std::size_t i = 1; i < n; ++i)
      if (rounds[i]->surveys.empty()) {
        t.satisfied_share[i] = t.satisfied_share[i - 1];
        t.carried[i] = t.satisfied_share[i].has_value();
      }
}

} // namespace

const std::string& LabelSet::label(Lang lang) const {
  const std::string& l = labels[static_cast<std::size_t>(lang)];
  if (!l.empty()) return l;
  for (const auto& other : labels)
    if (!other.empty()) return other;
  return id;
}

MonitorResult monitor(const Municipality& m) {
  const Catalogs& cat = *m.catalogs;
  MonitorResult out;
  out.municipality_id = m.id;
  out.municipality = m.name;
  out.rounds = static_cast<int>(m.monitorings.size());
  // Every round counts, oldest first; the latest gives the date.
  std::vector<const Monitoring*> rounds;
  for (const auto& r : m.monitorings)
    rounds.push_back(&r);
  std::sort(rounds.begin(), rounds.end(), [](const Monitoring* a, const Monitoring* b) {
    return std::tie(a->date, a->file) < std::tie(b->date, b->file);
  });
  if (!rounds.empty()) {
    out.has_round = true;
    out.date = rounds.back()->date;
  }
  for (const auto* r : rounds)
    out.round_dates.push_back(r->date);
  // A task's report in each round (nullptr where the round does not name it).
  auto reports_of = [&](const std::string& problem, const std::string& task) {
    std::vector<const TaskReport*> per;
    for (const auto* r : rounds) {
      const TaskReport* found = nullptr;
      for (const auto& tr : r->tasks)
        if (tr.problem && tr.problem->id == problem && tr.task.text == task) found = &tr;
      per.push_back(found);
    }
    return per;
  };
  // The task round by round, and its figures as the rounds up to the latest leave them.
  auto follow = [&](TaskResult& t, const std::vector<const TaskReport*>& per) {
    RoundState last;
    for (std::size_t i = 0; i < per.size(); ++i) {
      RoundState s = last;
      s.date = rounds[i]->date;
      s.reported = per[i] != nullptr;
      if (per[i]) {
        const TaskReport state = *carried(per, i);
        s.known = true;
        s.status = state.status.id;
        s.progress = task_progress(state);
        s.spent = 0;
        for (const auto& f : state.spent)
          s.spent += f.amount;
        t.reported_on = rounds[i]->date;
      }
      t.history.push_back(s);
      last = s;
    }
    const std::optional<TaskReport> state = carried(per, per.size());
    apply_report(t, state ? &*state : nullptr, out.date, cat);
  };
  for (const auto& plan : m.plans) {
    if (!out.plan_year) out.plan_year = plan.year;
    if (out.unit.empty()) out.unit = plan.unit;
  }

  // The plan's tasks, each with its reports.
  std::vector<const TaskReport*> used;
  for (const auto& plan : m.plans)
    for (const auto& p : plan.problems)
      for (const auto& task : p.tasks) {
        TaskResult t;
        t.problem = name_of(p.problem, cat[CatalogKind::problems]);
        t.task = task.task.text;
        t.start = task.start;
        t.end = task.end;
        for (const auto& f : task.funding) {
          auto it = std::find_if(t.funding.begin(), t.funding.end(),
                                 [&](const SourceAmount& s) { return s.source.id == f.source.id; });
          if (it == t.funding.end()) {
            t.funding.push_back({name_of(f.source, cat[CatalogKind::funding_sources]), 0, 0});
            it = t.funding.end() - 1;
          }
          it->planned += f.amount;
          t.planned += f.amount;
        }
        const auto per = reports_of(p.problem.id, task.task.text);
        for (const auto* r : per)
          if (r) used.push_back(r);
        follow(t, per);
        out.tasks.push_back(std::move(t));
      }
  // Monitored tasks the plan does not have (no plan among the files), from the latest round
  // that names them.
  for (std::size_t ri = rounds.size(); ri-- > 0;)
    for (const auto& r : rounds[ri]->tasks) {
      if (std::find(used.begin(), used.end(), &r) != used.end()) continue;
      TaskResult t;
      t.in_plan = false;
      t.task = r.task.text;
      // Without a problem a task cannot be matched across rounds: the latest round only.
      if (!r.problem && ri + 1 != rounds.size()) continue;
      std::vector<const TaskReport*> per(rounds.size(), nullptr);
      if (r.problem) {
        t.problem = name_of(*r.problem, cat[CatalogKind::problems]);
        per = reports_of(r.problem->id, r.task.text);
        for (const auto* x : per)
          if (x) used.push_back(x);
      } else {
        per[ri] = &r;
      }
      used.push_back(&r);
      follow(t, per);
      if (!r.problem) t.history.clear();
      out.tasks.push_back(std::move(t));
    }

  // Totals, by source and by problem, over the tasks not cancelled (FORMAT.md: one base for the
  // planned and spent amounts and the progress); the cancelled ones are summed apart.
  for (const auto& t : out.tasks) {
    out.delayed += t.delayed;
    out.overspent += t.overspent;
    out.done_under_target += t.done_under_target;
    if (t.status.id == "cancelled") {
      ++out.cancelled.tasks;
      out.cancelled.planned += t.planned;
      out.cancelled.spent += t.spent;
      continue;
    }
    out.planned += t.planned;
    out.spent += t.spent;
    for (const auto& f : t.funding) {
      auto it = std::find_if(out.sources.begin(), out.sources.end(),
                             [&](const SourceAmount& s) { return s.source.id == f.source.id; });
      if (it == out.sources.end()) {
        out.sources.push_back({f.source, 0, 0});
        it = out.sources.end() - 1;
      }
      it->planned += f.planned;
      it->spent += f.spent;
    }
  }
  out.progress = weighted_progress(out.tasks, nullptr);
  for (const auto& t : out.tasks) {
    auto pit = std::find_if(out.problems.begin(), out.problems.end(),
                            [&](const ProblemProgress& p) { return p.problem.id == t.problem.id; });
    if (pit == out.problems.end()) {
      out.problems.push_back({t.problem, 0, 0, 0, weighted_progress(out.tasks, &t.problem.id)});
      pit = out.problems.end() - 1;
    }
    if (t.status.id == "cancelled") continue;
    ++pit->tasks;
    pit->planned += t.planned;
    pit->spent += t.spent;
  }
  const Catalog& sources = cat[CatalogKind::funding_sources];
  auto order = [&](const std::string& id) {
    const auto& es = sources.entries();
    for (std::size_t i = 0; i < es.size(); ++i)
      if (es[i].id == id) return i;
    return es.size();
  };
  std::stable_sort(out.sources.begin(), out.sources.end(),
                   [&](const SourceAmount& a, const SourceAmount& b) {
                     return order(a.source.id) < order(b.source.id);
                   });

  // The team and the surveys: the latest round's that records them (a round that records only
  // its tasks leaves them as they were).
  for (std::size_t i = rounds.size(); i-- > 0;)
    if (!rounds[i]->team.empty()) {
      out.team = check_team(rounds[i]->team);
      out.team_date = rounds[i]->date;
      break;
    }
  if (!out.team_date && out.has_round) out.team = check_team({});
  for (std::size_t i = rounds.size(); i-- > 0;)
    if (!rounds[i]->surveys.empty()) {
      count_surveys(*rounds[i], cat, out);
      out.surveys_date = rounds[i]->date;
      break;
    }
  over_time(m, rounds, cat, out);
  return out;
}

} // namespace vap
