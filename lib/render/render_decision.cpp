// The ayil kenesh's decision approving the joint action plan: its points, the plan (annex 1),
// the plan's lines in the local budget against the envelope (annex 2) and the monitoring group
// (annex 3).
#include "vap/render_papers.hpp"
#include "vap/render_plan.hpp"

namespace vap {
namespace {

// The amounts the decision writes, to choose one number of decimals for all.
std::vector<double> amounts_of(const DecisionPaper& p) {
  std::vector<double> out = {p.total, p.local_budget};
  if (p.envelope) out.push_back(*p.envelope);
  for (const auto& pr : p.problems) {
    out.push_back(pr.total);
    for (const auto& t : pr.tasks)
      for (const auto& [source, amount] : t.funding)
        out.push_back(amount);
  }
  for (const auto& [source, amount] : p.other_sources)
    out.push_back(amount);
  return out;
}

} // namespace

Data decision_data(const DecisionPaper& p, Lang lang) {
  Data d = paper_data(p.header, lang);
  const int dec = amount_decimals(amounts_of(p));
  auto amount = [&](double v) { return paper_amount(lang, v, dec, p.unit); };
  auto number = [&](double v) { return official_number(lang, v, dec); };
  const std::string unit = paper_unit(lang, p.unit);
  std::vector<std::string> fill = {std::string(label(lang, "paper_fill_number")),
                                   std::string(label(lang, "paper_fill_session"))};
  d.set("year", std::to_string(p.year));
  d.set("unit", unit);
  d.set("subject", paper_fmt(lang, "paper_decision_subject", p.year));
  std::string assembly;
  if (p.assembly) {
    assembly = paper_date(lang, *p.assembly);
  } else {
    assembly = "__________"; // in parentheses already; the draft note says it is missing
    fill.push_back(std::string(label(lang, "paper_fill_assembly")));
  }
  d.set("preamble", paper_fmt(lang, "paper_decision_preamble", assembly, p.year));

  // The points of the decision, numbered as they come.
  std::vector<std::string> points;
  std::string approve = paper_fmt(lang, "paper_decision_approve", p.year, amount(p.total));
  if (!p.rejected.empty()) {
    std::string names;
    for (const auto& r : p.rejected)
      names += (names.empty() ? "" : ", ") + r.label(lang);
    approve += " " + paper_fmt(lang, "paper_decision_rejected", names);
  }
  points.push_back(approve);
  if (p.local_budget > 0) {
    std::string envelope;
    if (p.envelope) {
      envelope = amount(*p.envelope);
    } else {
      envelope = paper_missing(lang);
      fill.push_back(std::string(label(lang, "paper_fill_envelope")));
    }
    std::string point =
        paper_fmt(lang, "paper_decision_budget", p.year, amount(p.local_budget), envelope);
    if (p.envelope && p.local_budget > *p.envelope + 1e-9) {
      point += " " + paper_fmt(lang, "paper_decision_over", amount(p.local_budget - *p.envelope));
      fill.push_back(std::string(label(lang, "paper_fill_difference")));
    } else if (p.envelope) {
      point += " " + paper_fmt(lang, "paper_decision_within", amount(*p.envelope - p.local_budget));
    }
    points.push_back(point);
    fill.push_back(std::string(label(lang, "paper_fill_articles")));
  } else {
    points.push_back(std::string(label(lang, "paper_decision_no_budget")));
  }
  if (!p.other_sources.empty()) {
    std::string sources;
    for (const auto& [source, value] : p.other_sources)
      sources += (sources.empty() ? "" : "; ") + source.label(lang) + " – " + amount(value);
    points.push_back(paper_fmt(lang, "paper_decision_other", sources));
  }
  std::string rounds;
  for (const auto& r : p.rounds)
    rounds += (rounds.empty() ? "" : ", ") + paper_date(lang, r);
  if (rounds.empty()) {
    rounds = paper_missing(lang);
    fill.push_back(std::string(label(lang, "paper_fill_rounds")));
  }
  points.push_back(paper_fmt(lang, "paper_decision_monitoring", rounds));
  points.push_back(std::string(label(lang, "paper_decision_report")));
  points.push_back(std::string(label(lang, "paper_decision_post")));
  points.push_back(std::string(label(lang, "paper_decision_control")));
  d.set("points", numbered(points, "text"));

  for (int i = 1; i <= 3; ++i)
    d.set("annex" + std::to_string(i), paper_fmt(lang, "paper_annex", i));

  // Annex 1: the plan, problem by problem.
  d.set("plan_title", paper_fmt(lang, "paper_plan_title", p.year));
  d.set("col_amount", paper_fmt(lang, "paper_col_amount", unit));
  Data problems = list(p.problems.size());
  int n = 0;
  for (const auto& pr : p.problems) {
    Data item;
    item.set("number", std::to_string(++n));
    item.set("problem", pr.problem.label(lang));
    item.set("goal", pr.goal);
    if (!pr.leader.empty()) item.set("leader", pr.leader);
    Data tasks = list(pr.tasks.size());
    int t_n = 0;
    for (const auto& t : pr.tasks) {
      Data row;
      row.set("number", std::to_string(n) + "." + std::to_string(++t_n));
      row.set("task", t.task);
      row.set("deadline", paper_span(lang, t.start, t.end));
      std::string who;
      for (const auto& r : t.responsible)
        who += (who.empty() ? "" : ", ") + r;
      row.set("responsible", who);
      std::string sources;
      for (const auto& [source, value] : t.funding) {
        std::string name = source;
        for (const auto& s : p.sources)
          if (s.id == source) name = s.label(lang);
        sources += (sources.empty() ? "" : "; ") + name + " " + number(value);
      }
      row.set("sources", sources);
      row.set("amount", number(t.total));
      append(tasks, std::move(row));
    }
    item.set("tasks", tasks);
    item.set("total", number(pr.total));
    append(problems, std::move(item));
  }
  d.set("problems", problems);
  d.set("plan_total", paper_fmt(lang, "paper_plan_total", amount(p.total)));

  // Annex 2: the lines in the local budget.
  Data lines = list();
  n = 0;
  for (const auto& pr : p.problems) {
    if (pr.lines.empty()) continue;
    Data head;
    head.set("number", std::to_string(++n));
    head.set("text", pr.problem.label(lang));
    head.set("amount", number(pr.local_budget));
    head.set("problem", true);
    append(lines, std::move(head));
    int l_n = 0;
    for (const auto& l : pr.lines) {
      Data row;
      row.set("number", std::to_string(n) + "." + std::to_string(++l_n));
      row.set("text", l.task);
      row.set("amount", number(l.amount));
      append(lines, std::move(row));
    }
  }
  d.set("lines", lines);
  d.set("has_lines", p.local_budget > 0);
  d.set("asked", paper_fmt(lang, "paper_lines_asked", amount(p.local_budget)));
  d.set("envelope", paper_fmt(lang, "paper_lines_envelope",
                              p.envelope ? amount(*p.envelope) : paper_missing(lang)));
  if (p.envelope && p.local_budget > *p.envelope + 1e-9)
    d.set("difference", paper_fmt(lang, "paper_lines_over", amount(p.local_budget - *p.envelope)));
  else if (p.envelope)
    d.set("difference", paper_fmt(lang, "paper_lines_left", amount(*p.envelope - p.local_budget)));
  Data others = list(p.other_sources.size());
  for (const auto& [source, value] : p.other_sources) {
    Data row;
    row.set("source", source.label(lang));
    row.set("amount", number(value));
    append(others, std::move(row));
  }
  d.set("other_sources", others);
  d.set("has_other_sources", !p.other_sources.empty());

  // Annex 3: the monitoring group.
  if (!p.team.members.empty()) {
    d.set("team", member_rows(p.team.members, lang));
    if (p.team.date)
      d.set("team_from", paper_fmt(lang, "paper_team_from", paper_date(lang, *p.team.date)));
  } else {
    fill.push_back(std::string(label(lang, "paper_fill_team")));
    d.set("team_none", true);
    d.set("team", team_form_rows(monitoring_community_wanted(p.header.villages.size()), lang));
  }
  fill.push_back(std::string(label(lang, "paper_fill_report")));
  fill.push_back(std::string(label(lang, "paper_fill_committee")));
  fill.push_back(std::string(label(lang, "paper_fill_signature")));
  d.set("draft_note", paper_fmt(lang, "paper_draft_note", paper_list(lang, fill)));
  return d;
}

} // namespace vap
