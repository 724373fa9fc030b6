#include "vap/render_monitor.hpp"

#include "vap/chart.hpp"

#include <fmt/format.h>

namespace vap {
namespace {

// A problem's name, or a dash for a monitored task that names none (no plan to take it from).
std::string problem_text(const LabelSet& p, Lang lang) {
  return p.label(lang).empty() ? "–" : p.label(lang);
}

std::string amount(double v) {
  return fixed(v, 1);
}

std::string share_of(double part, double whole) {
  return whole > 0 ? percent(part / whole) : "–";
}

std::string status_text(const TaskResult& t, Lang lang) {
  return t.reported ? t.status.label(lang) : std::string(label(lang, "monitor_not_reported"));
}

std::string flags_text(const TaskResult& t, Lang lang) {
  std::string out;
  auto add = [&](std::string_view key) {
    out += (out.empty() ? "⚠ " : "; ") + std::string(label(lang, key));
  };
  if (t.delayed) add("monitor_flag_delayed");
  if (t.overspent) add("monitor_flag_overspent");
  if (t.done_under_target) add("monitor_flag_under_target");
  if (!t.in_plan)
    out += (out.empty() ? "" : "; ") + std::string(label(lang, "monitor_flag_not_in_plan"));
  return out;
}

std::string group_text(const SurveyRow& s, Lang lang) {
  if (s.total) return std::string(label(lang, "monitor_all_groups"));
  return s.group.id.empty() ? "–" : s.group.label(lang);
}

Json opt_json(const std::optional<double>& v, int decimals) {
  return v ? Json(std::stod(fixed(*v, decimals))) : Json(nullptr);
}

double round_to(double v, int decimals) {
  return std::stod(fixed(v, decimals));
}

Json result_json(const MonitorResult& r, Lang lang) {
  Json j;
  j["municipality_id"] = r.municipality_id;
  j["municipality"] = r.municipality;
  j["date"] = r.has_round ? Json(date_text(r.date)) : Json(nullptr);
  j["rounds"] = r.rounds;
  j["plan_year"] = r.plan_year ? Json(r.plan_year) : Json(nullptr);
  j["unit"] = r.unit;
  j["progress_pct"] = round_to(r.progress, 1);
  j["planned"] = round_to(r.planned, 2);
  j["spent"] = round_to(r.spent, 2);
  j["delayed"] = r.delayed;
  j["overspent"] = r.overspent;
  j["done_under_target"] = r.done_under_target;
  j["cancelled"] = {{"tasks", r.cancelled.tasks},
                    {"planned", round_to(r.cancelled.planned, 2)},
                    {"spent", round_to(r.cancelled.spent, 2)}};
  Json sources = Json::array();
  for (const auto& s : r.sources)
    sources.push_back({{"source_id", s.source.id},
                       {"source", s.source.label(lang)},
                       {"planned", round_to(s.planned, 2)},
                       {"spent", round_to(s.spent, 2)}});
  j["by_source"] = sources;
  Json problems = Json::array();
  for (const auto& p : r.problems)
    problems.push_back({{"problem_id", p.problem.id},
                        {"problem", p.problem.label(lang)},
                        {"tasks", p.tasks},
                        {"planned", round_to(p.planned, 2)},
                        {"spent", round_to(p.spent, 2)},
                        {"progress_pct", round_to(p.progress, 1)}});
  j["by_problem"] = problems;
  Json tasks = Json::array();
  for (const auto& t : r.tasks) {
    Json tj;
    tj["problem_id"] = t.problem.id;
    tj["problem"] = t.problem.label(lang);
    tj["task"] = t.task;
    tj["in_plan"] = t.in_plan;
    tj["reported"] = t.reported;
    tj["status"] = t.reported ? Json(t.status.id) : Json(nullptr);
    tj["progress_pct"] = round_to(t.progress, 1);
    tj["start"] = t.start ? Json(date_text(*t.start)) : Json(nullptr);
    tj["end"] = t.end ? Json(date_text(*t.end)) : Json(nullptr);
    tj["planned"] = round_to(t.planned, 2);
    tj["spent"] = round_to(t.spent, 2);
    Json f = Json::array();
    for (const auto& s : t.funding)
      f.push_back({{"source_id", s.source.id},
                   {"planned", round_to(s.planned, 2)},
                   {"spent", round_to(s.spent, 2)}});
    tj["by_source"] = f;
    Json inds = Json::array();
    for (const auto& i : t.indicators)
      inds.push_back({{"name", i.name},
                      {"target", opt_json(i.target, 4)},
                      {"actual", opt_json(i.actual, 4)},
                      {"achieved", opt_json(i.achieved, 4)},
                      {"under_target", i.under_target}});
    tj["indicators"] = inds;
    tj["delayed"] = t.delayed;
    tj["overspent"] = t.overspent;
    tj["done_under_target"] = t.done_under_target;
    tasks.push_back(tj);
  }
  j["tasks"] = tasks;
  Json surveys = Json::array();
  for (const auto& s : r.surveys)
    surveys.push_back(
        {{"service", s.service},
         {"group", s.total ? Json("all") : (s.group.id.empty() ? Json(nullptr) : Json(s.group.id))},
         {"scale", s.scale},
         {"respondents", s.respondents},
         {"mean", opt_json(s.mean, 2)},
         {"satisfied", s.satisfied},
         {"satisfied_share", round_to(s.satisfied_share, 4)}});
  j["surveys"] = surveys;
  j["surveys_date"] = r.surveys_date ? Json(date_text(*r.surveys_date)) : Json(nullptr);
  Json team;
  team["size"] = r.team.size;
  team["women"] = r.team.women;
  team["men"] = r.team.men;
  team["community"] = r.team.community;
  team["lsg_staff"] = r.team.lsg_staff;
  team["deputies"] = r.team.deputies;
  Json warns = Json::array();
  for (const auto& w : r.team.warnings)
    warns.push_back(w.substr(std::string("monitor_team_").size()));
  team["warnings"] = warns;
  j["team"] = team;
  j["team_date"] = r.team_date ? Json(date_text(*r.team_date)) : Json(nullptr);
  Json dates = Json::array();
  for (const auto& d : r.round_dates)
    dates.push_back(date_text(d));
  j["round_dates"] = dates;
  Json history = Json::array();
  for (const auto& t : r.tasks) {
    Json states = Json::array();
    for (const auto& s : t.history)
      states.push_back({{"date", date_text(s.date)},
                        {"reported", s.reported},
                        {"status", s.known ? Json(s.status) : Json(nullptr)},
                        {"progress", round_to(s.progress, 1)},
                        {"spent", round_to(s.spent, 2)}});
    history.push_back({{"problem_id", t.problem.id}, {"task", t.task}, {"rounds", states}});
  }
  j["task_history"] = history;
  if (r.since_last) {
    j["since_last"] = {{"previous", date_text(r.since_last->previous)},
                       {"done", r.since_last->done},
                       {"started", r.since_last->started},
                       {"spent", round_to(r.since_last->spent, 2)}};
  } else {
    j["since_last"] = nullptr;
  }
  Json inds = Json::array();
  for (const auto& h : r.indicator_history) {
    Json actual = Json::array();
    for (const auto& a : h.actual)
      actual.push_back(opt_json(a, 2));
    inds.push_back({{"task", h.task},
                    {"indicator", h.name},
                    {"baseline", opt_json(h.baseline, 2)},
                    {"target", opt_json(h.target, 2)},
                    {"actual", actual}});
  }
  j["indicator_history"] = inds;
  Json eval = Json::array();
  for (const auto& e : r.evaluation)
    eval.push_back({{"problem_id", e.problem.id},
                    {"problem", e.problem.label(lang)},
                    {"rank", e.rank},
                    {"planned", e.planned},
                    {"budgeted", e.budgeted},
                    {"started", e.started},
                    {"done", e.done},
                    {"progress", round_to(e.progress, 1)}});
  j["evaluation"] = eval;
  Json trend = Json::array();
  for (const auto& t : r.survey_trend) {
    Json shares = Json::array();
    for (const auto& s : t.satisfied_share)
      shares.push_back(opt_json(s, 3));
    trend.push_back({{"service", t.service},
                     {"group", t.group.id.empty() ? Json(nullptr) : Json(t.group.id)},
                     {"satisfied_share", shares}});
  }
  j["survey_trend"] = trend;
  return j;
}

std::string yes_no(bool b) {
  return b ? "✓" : "–";
}

} // namespace

std::string short_number(double value, int decimals) {
  std::string s = fixed(value, decimals);
  if (s.find('.') != std::string::npos) {
    while (!s.empty() && s.back() == '0')
      s.pop_back();
    if (!s.empty() && s.back() == '.') s.pop_back();
  }
  return s;
}

Data monitor_data(const MonitorResult& r, const RenderOptions& o) {
  const Lang lang = o.lang;
  Data d;
  d.set("municipality", r.municipality);
  d.set("round", r.has_round ? label_fmt(lang, "monitor_round", date_text(r.date),
                                         r.plan_year ? std::to_string(r.plan_year) : "–",
                                         r.unit.empty() ? "–" : r.unit)
                             : std::string(label(lang, "monitor_no_round")));
  bool in_plan = false;
  for (const auto& t : r.tasks)
    in_plan = in_plan || t.in_plan;
  if (!in_plan) d.set("no_plan", std::string(label(lang, "monitor_no_plan")));
  if (r.planned > 0)
    d.set("overall", label_fmt(lang, "monitor_overall", percent(r.progress / 100),
                               amount(r.planned), amount(r.spent), share_of(r.spent, r.planned)));
  else
    d.set("overall",
          label_fmt(lang, "monitor_overall_plain", percent(r.progress / 100), amount(r.spent)));
  if (r.cancelled.tasks > 0)
    d.set("cancelled", label_fmt(lang, "monitor_cancelled", r.cancelled.tasks,
                                 amount(r.cancelled.planned), amount(r.cancelled.spent)));
  d.set("flags_summary",
        label_fmt(lang, "monitor_flags_summary", r.delayed, r.overspent, r.done_under_target));
  d.set("progress", percent(r.progress / 100));

  Data problems = list();
  for (const auto& p : r.problems) {
    Data row;
    row.set("problem", problem_text(p.problem, lang));
    row.set("tasks", std::to_string(p.tasks));
    row.set("planned", amount(p.planned));
    row.set("spent", amount(p.spent));
    row.set("progress", percent(p.progress / 100));
    problems.push_back(row);
  }
  d.set("problems", problems);

  Data tasks = list();
  Data funding = list();
  Data indicators = list();
  int n = 0;
  for (const auto& t : r.tasks) {
    ++n;
    Data row;
    row.set("n", std::to_string(n));
    row.set("problem", problem_text(t.problem, lang));
    row.set("task", t.task);
    row.set("deadline", t.end ? date_text(*t.end) : "–");
    row.set("status", status_text(t, lang));
    row.set("progress", percent(t.progress / 100));
    row.set("planned", amount(t.planned));
    row.set("spent", amount(t.spent));
    row.set("flags", flags_text(t, lang));
    tasks.push_back(row);
    for (const auto& f : t.funding) {
      Data fr;
      fr.set("n", std::to_string(n));
      fr.set("task", t.task);
      fr.set("source", f.source.label(lang));
      fr.set("planned", amount(f.planned));
      fr.set("spent", amount(f.spent));
      fr.set("share", share_of(f.spent, f.planned));
      fr.set("over", f.spent > f.planned + 1e-9 ? std::string(" ⚠") : std::string());
      funding.push_back(fr);
    }
    for (const auto& i : t.indicators) {
      Data ir;
      ir.set("n", std::to_string(n));
      ir.set("task", t.task);
      ir.set("indicator", i.name);
      ir.set("target", i.target ? short_number(*i.target) : "–");
      ir.set("actual", i.actual ? short_number(*i.actual) : "–");
      ir.set("achieved", i.achieved ? percent(*i.achieved) : "–");
      ir.set("under", i.under_target ? std::string(" ⚠") : std::string());
      indicators.push_back(ir);
    }
  }
  d.set("tasks", tasks);
  d.set("has_tasks", !r.tasks.empty());
  d.set("funding", funding);
  d.set("has_indicators", !indicators.is_empty_list());
  d.set("indicators", indicators);
  Data sources = list();
  for (const auto& s : r.sources) {
    Data sr;
    sr.set("source", s.source.label(lang));
    sr.set("planned", amount(s.planned));
    sr.set("spent", amount(s.spent));
    sr.set("share", share_of(s.spent, s.planned));
    sources.push_back(sr);
  }
  d.set("sources", sources);
  d.set("total_planned", amount(r.planned));
  d.set("total_spent", amount(r.spent));
  d.set("total_share", share_of(r.spent, r.planned));
  if (r.cancelled.tasks > 0) {
    d.set("cancelled_planned", amount(r.cancelled.planned));
    d.set("cancelled_spent", amount(r.cancelled.spent));
  }

  if (!r.surveys.empty()) {
    Data surveys = list();
    for (const auto& s : r.surveys) {
      Data sr;
      sr.set("service", s.service);
      sr.set("group", group_text(s, lang));
      sr.set("respondents", std::to_string(s.respondents));
      sr.set("mean", s.mean ? fixed(*s.mean, 2) + " / " + std::to_string(s.scale) : "–");
      sr.set("satisfied", std::to_string(s.satisfied) + " (" + percent(s.satisfied_share) + ")");
      surveys.push_back(sr);
    }
    d.set("surveys", surveys);
    d.set("has_surveys", true);
    if (r.surveys_date && *r.surveys_date != r.date)
      d.set("surveys_as_of", label_fmt(lang, "monitor_surveys_as_of", date_text(*r.surveys_date)));
  }
  // Over time: every round, a task not named in a round keeping its last known state (marked *).
  if (r.round_dates.size() >= 2) {
    d.set("has_rounds", true);
    Data cols = list();
    std::string align;
    for (const auto& date : r.round_dates) {
      cols.push_back(Data("name", date_text(date)));
      align += "---:|";
    }
    d.set("round_columns", cols);
    d.set("round_align", align);
    Data rows = list();
    int k = 0;
    for (const auto& t : r.tasks) {
      Data row;
      row.set("n", std::to_string(++k));
      row.set("task", t.task);
      Data cells = list();
      for (const auto& s : t.history)
        cells.push_back(
            Data("value", !s.known ? std::string("–")
                                   : percent(s.progress / 100, 0) + (s.reported ? "" : " *")));
      row.set("cells", cells);
      rows.push_back(row);
    }
    d.set("round_rows", rows);
    const SinceLast& s = *r.since_last;
    auto joined = [](const std::vector<std::string>& xs) {
      std::string out;
      for (const auto& x : xs)
        out += (out.empty() ? "«" : ", «") + x + "»";
      return out.empty() ? std::string("–") : out;
    };
    d.set("since_last", label_fmt(lang, "monitor_since_last", date_text(s.previous), joined(s.done),
                                  joined(s.started), amount(s.spent)));
    if (!r.survey_trend.empty()) {
      d.set("has_trend", true);
      Data trows = list();
      bool any_carried = false;
      for (const auto& t : r.survey_trend) {
        Data row;
        row.set("service", t.service);
        row.set("group", t.group.id.empty() ? std::string("–") : t.group.label(lang));
        Data cells = list();
        for (std::size_t i = 0; i < t.satisfied_share.size(); ++i) {
          const auto& x = t.satisfied_share[i];
          if (x && t.carried[i]) any_carried = true;
          cells.push_back(
              Data("value", x ? percent(*x) + (t.carried[i] ? " *" : "") : std::string("–")));
        }
        row.set("cells", cells);
        trows.push_back(row);
      }
      d.set("trend_rows", trows);
      if (any_carried) d.set("trend_how", std::string(label(lang, "monitor_trend_how")));
    }
    if (!r.indicator_history.empty()) {
      d.set("has_indicator_history", true);
      Data irows = list();
      for (const auto& h : r.indicator_history) {
        Data row;
        row.set("task", h.task);
        row.set("indicator", h.name);
        row.set("baseline", h.baseline ? short_number(*h.baseline) : "–");
        row.set("target", h.target ? short_number(*h.target) : "–");
        Data cells = list();
        for (const auto& a : h.actual)
          cells.push_back(Data("value", a ? short_number(*a) : std::string("–")));
        row.set("cells", cells);
        irows.push_back(row);
      }
      d.set("indicator_rows", irows);
    }
  }
  if (!r.evaluation.empty()) {
    d.set("has_evaluation", true);
    Data erows = list();
    for (const auto& e : r.evaluation) {
      Data row;
      row.set("rank", std::to_string(e.rank));
      row.set("problem", e.problem.label(lang));
      row.set("planned", yes_no(e.planned));
      row.set("budgeted", yes_no(e.budgeted));
      row.set("started", yes_no(e.started));
      row.set("done", yes_no(e.done));
      row.set("progress", e.planned ? percent(e.progress / 100) : std::string("–"));
      erows.push_back(row);
    }
    d.set("evaluation_rows", erows);
  }
  if (r.has_round) {
    const TeamCheck& c = r.team;
    d.set("team_summary", label_fmt(lang, "monitor_team_summary", c.size, c.women, c.men,
                                    c.community, c.lsg_staff, c.deputies));
    if (r.team_date && *r.team_date != r.date)
      d.set("team_as_of", label_fmt(lang, "monitor_team_as_of", date_text(*r.team_date)));
    Data warnings = list();
    for (const auto& w : c.warnings)
      warnings.push_back(Data("text", std::string(label(lang, w))));
    d.set("team_warnings", warnings);
    d.set("has_team", true);
  }
  return d;
}

std::vector<std::string> monitor_charts(const MonitorResult& r, Lang lang) {
  std::vector<std::string> out;
  if (!r.tasks.empty()) {
    std::vector<BarRow> rows;
    for (const auto& t : r.tasks)
      rows.push_back({t.task, t.progress, percent(t.progress / 100, 0)});
    out.push_back(bar_chart_svg(label(lang, "monitor_chart_progress"), rows, 100, "#3c8d5a"));
  }
  if (!r.sources.empty()) {
    std::vector<PairRow> rows;
    for (const auto& s : r.sources)
      rows.push_back(
          {s.source.label(lang), s.planned, s.spent, amount(s.planned), amount(s.spent)});
    out.push_back(pair_chart_svg(label(lang, "monitor_chart_sources"),
                                 label(lang, "monitor_planned"), label(lang, "monitor_spent"),
                                 rows));
  }
  if (!r.surveys.empty()) {
    std::vector<BarRow> rows;
    for (const auto& s : r.surveys)
      rows.push_back({s.service + " — " + group_text(s, lang), s.satisfied_share * 100,
                      percent(s.satisfied_share)});
    out.push_back(bar_chart_svg(label(lang, "monitor_chart_satisfied"), rows, 100, "#8a5fb0"));
  }
  return out;
}

std::string render_monitor(const std::vector<MonitorResult>& results, const RenderOptions& o) {
  const Lang lang = o.lang;
  switch (o.format) {
  case Format::csv: {
    CsvWriter csv(o.csv);
    for (auto h : {"municipality_id", "problem_id", "problem", "task", "status", "progress",
                   "source", "planned", "spent", "delayed", "overspent", "done_under_target"})
      csv.text(csv_header(o, h));
    csv.end_row();
    for (const auto& r : results)
      for (const auto& t : r.tasks) {
        auto row = [&](const std::string& source, double planned, double spent) {
          csv.text(r.municipality_id).text(t.problem.id).text(t.problem.label(lang)).text(t.task);
          csv.text(t.reported ? csv_word(o, t.status.id, t.status.label(lang)) : "")
              .number(t.progress, 1)
              .text(source)
              .number(planned, 2);
          csv.number(spent, 2).text(csv_yes_no(o, t.delayed)).text(csv_yes_no(o, t.overspent));
          csv.text(csv_yes_no(o, t.done_under_target));
          csv.end_row();
        };
        if (t.funding.empty()) row("", 0, 0);
        for (const auto& f : t.funding)
          row(csv_word(o, f.source.id, f.source.label(lang)), f.planned, f.spent);
      }
    return csv.str();
  }
  case Format::json: {
    return json_one_or_all(results.size() != 1 || o.batch, results,
                           [&](const auto& item) { return result_json(item, lang); });
  }
  default: {
    std::string out;
    for (const auto& r : results) {
      Data d = monitor_data(r, o);
      out += (out.empty() ? "" : "\n") +
             render_template("monitor.md.mustache", d, lang, Markup::markdown, o.templates_dir);
    }
    return out;
  }
  }
}

} // namespace vap
