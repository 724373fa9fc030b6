#include "vap/render_budget.hpp"

#include "vap/plan.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace vap {
namespace {

// An amount as a council reads it: at most two decimals, no trailing zeros ("300", "32.5").
std::string money(double v) {
  std::string s = fixed(v, 2);
  if (s.find('.') != std::string::npos) {
    while (s.back() == '0')
      s.pop_back();
    if (s.back() == '.') s.pop_back();
  }
  return s;
}

const BudgetRow* row_of(const BudgetSummary& b, const std::string& id) {
  for (const auto& r : b.rows)
    if (r.problem.id == id) return &r;
  return nullptr;
}

std::string name_of(const BudgetSummary& b, const std::string& id, Lang lang) {
  const BudgetRow* r = row_of(b, id);
  return r ? r->problem.label(lang) : id;
}

const BudgetSession* session_of(const BudgetSummary& b, const std::string& id) {
  for (const auto& s : b.sessions)
    if (s.id == id) return &s;
  return nullptr;
}

std::string session_text(const BudgetSession& s, Lang lang) {
  return fmt::format("{} ({}, {}, {})", s.id, date_text(s.date), s.village, s.group.label(lang));
}

std::string names(const BudgetSummary& b, const std::vector<std::string>& ids, Lang lang) {
  std::string out;
  for (const auto& id : ids)
    out += (out.empty() ? "" : ", ") + std::string("«") + name_of(b, id, lang) + "»";
  return out;
}

std::string others_text(const BudgetRow& r, Lang lang) {
  std::string out;
  for (const auto& [source, amount] : r.other)
    out += (out.empty() ? "" : ", ") + source.label(lang) + ": " + money(amount);
  return out;
}

Json summary_json(const BudgetSummary& b, Lang lang) {
  Json j;
  j["municipality_id"] = b.municipality_id;
  j["municipality"] = b.municipality;
  j["unit"] = b.unit;
  j["envelope"] = b.envelope;
  j["asked"] = b.asked;
  j["tie_rule"] = "project id, lexicographic";
  j["utility"] = "cost";
  Json projects = Json::array();
  for (const auto& r : b.rows) {
    Json other = Json::object();
    for (const auto& [source, amount] : r.other)
      other[source.id] = amount;
    projects.push_back({{"problem_id", r.problem.id},
                        {"problem", r.problem.label(lang)},
                        {"rank", r.rank},
                        {"dots", r.dots},
                        {"cost", r.cost},
                        {"greedy", r.greedy},
                        {"equal_shares", r.mes},
                        {"other_sources", other}});
  }
  j["projects"] = projects;
  Json sessions = Json::array();
  for (const auto& s : b.sessions)
    sessions.push_back({{"voter_id", s.id},
                        {"date", date_text(s.date)},
                        {"village", s.village},
                        {"group", s.group.id},
                        {"dots", s.dots}});
  j["voters"] = sessions;
  Json greedy = Json::array();
  for (const auto& s : b.greedy.steps)
    greedy.push_back({{"problem_id", s.project},
                      {"dots", s.points},
                      {"cost", s.cost},
                      {"left_before", s.left_before},
                      {"funded", s.funded}});
  j["greedy"] = {{"funded", b.greedy.funded},
                 {"spent", b.greedy.spent},
                 {"left", b.greedy.left},
                 {"steps", greedy}};
  Json mes = Json::array();
  for (const auto& s : b.mes.steps) {
    Json pays = Json::array();
    for (const auto& p : s.payments)
      pays.push_back({{"voter_id", p.voter}, {"paid", p.paid}, {"left", p.left}});
    mes.push_back({{"problem_id", s.project},
                   {"cost", s.cost},
                   {"rho", s.rho},
                   {"per_dot", s.per_point},
                   {"tied", s.tied},
                   {"dropped_before", s.dropped},
                   {"payments", pays}});
  }
  j["equal_shares"] = {{"per_voter", b.mes.per_voter},
                       {"funded", b.mes.funded},
                       {"spent", b.mes.spent},
                       {"left", b.mes.left},
                       {"dropped_at_end", b.mes.dropped_last},
                       {"not_in_race", b.mes.never_supported},
                       {"steps", mes}};
  Json not_asking = Json::array();
  for (const auto& p : b.not_asking)
    not_asking.push_back(p.id);
  j["not_asking_local_budget"] = not_asking;
  return j;
}

} // namespace

Data budget_data(const BudgetSummary& b, const RenderOptions& o) {
  const Lang lang = o.lang;
  const std::string unit = b.unit.empty() ? std::string(label(lang, "plan_default_unit")) : b.unit;
  Data d;
  d.set("municipality", b.municipality);
  if (b.rows.empty()) {
    d.set("no_data", std::string(label(lang, b.has_plan ? "budget_no_local" : "budget_no_plan")));
    return d;
  }
  d.set("has_data", true);
  d.set("summary", label_fmt(lang, "budget_summary", money(b.envelope), unit, money(b.asked),
                             b.rows.size(), b.sessions.size(), money(b.mes.per_voter)));
  d.set("how", std::string(label(lang, "budget_how")));
  d.set("tie_rule", std::string(label(lang, "budget_tie_rule")));
  Data rows = list();
  for (const auto& r : b.rows) {
    Data row;
    row.set("problem", r.problem.label(lang));
    row.set("rank", r.rank ? std::to_string(r.rank) : std::string("–"));
    row.set("dots", std::to_string(r.dots));
    row.set("cost", money(r.cost));
    row.set("greedy", r.greedy ? std::string("✓") : std::string("–"));
    row.set("mes", r.mes ? std::string("✓") : std::string("–"));
    rows.push_back(row);
  }
  d.set("rows", rows);
  d.set("spent_greedy", money(b.greedy.spent));
  d.set("spent_mes", money(b.mes.spent));
  d.set("left_greedy", money(b.greedy.left));
  d.set("left_mes", money(b.mes.left));

  Data greedy = list();
  for (const auto& s : b.greedy.steps)
    greedy.push_back(Data(
        "text", label_fmt(lang, s.funded ? "budget_greedy_funded" : "budget_greedy_skipped",
                          name_of(b, s.project, lang), s.points, money(s.cost),
                          money(s.left_before), money(s.left_before - (s.funded ? s.cost : 0)))));
  d.set("greedy_steps", greedy);

  d.set("mes_start",
        label_fmt(lang, "budget_mes_start", b.sessions.size(), money(b.mes.per_voter)));
  Data mes = list();
  int step = 0;
  for (const auto& s : b.mes.steps) {
    ++step;
    if (!s.dropped.empty())
      mes.push_back(Data("text", label_fmt(lang, "budget_mes_dropped", names(b, s.dropped, lang))));
    std::string pays;
    for (const auto& p : s.payments) {
      if (p.paid <= 0) continue; // a supporter with nothing left pays nothing
      const BudgetSession* bs = session_of(b, p.voter);
      pays += (pays.empty() ? "" : "; ") + label_fmt(lang, "budget_mes_pays",
                                                     bs ? session_text(*bs, lang) : p.voter,
                                                     money(p.paid), money(p.left));
    }
    std::string text = label_fmt(lang, "budget_mes_step", step, name_of(b, s.project, lang),
                                 money(s.cost), money(s.per_point), pays);
    if (!s.tied.empty())
      text += " " + label_fmt(lang, "budget_mes_tie", names(b, s.tied, lang), s.project,
                              fmt::format("{}", fmt::join(s.tied, ", ")));
    mes.push_back(Data("text", text));
  }
  if (!b.mes.dropped_last.empty())
    mes.push_back(
        Data("text", label_fmt(lang, "budget_mes_dropped", names(b, b.mes.dropped_last, lang))));
  mes.push_back(Data("text", label_fmt(lang, "budget_mes_end", money(b.mes.left))));
  d.set("mes_steps", mes);

  Data unfunded = list();
  for (const auto& r : b.rows) {
    if (r.greedy && r.mes) continue;
    const std::string which = std::string(
        label(lang, !r.greedy && !r.mes ? "budget_neither"
                                        : (r.greedy ? "budget_only_greedy" : "budget_only_mes")));
    const std::string others = others_text(r, lang);
    unfunded.push_back(Data(
        "text", label_fmt(lang, "budget_unfunded_item", r.problem.label(lang), money(r.cost), which,
                          others.empty() ? std::string(label(lang, "budget_ask_default"))
                                         : label_fmt(lang, "budget_ask_plan", others))));
  }
  d.set("unfunded", unfunded);
  if (unfunded.is_empty_list())
    d.set("unfunded_none", std::string(label(lang, "budget_unfunded_none")));
  if (!b.not_asking.empty()) {
    std::string list_text;
    for (const auto& p : b.not_asking)
      list_text += (list_text.empty() ? "«" : ", «") + p.label(lang) + "»";
    d.set("not_asking", label_fmt(lang, "budget_not_asking", list_text));
  }
  Data sessions = list();
  for (const auto& s : b.sessions) {
    Data row;
    row.set("id", s.id);
    row.set("date", date_text(s.date));
    row.set("village", s.village);
    row.set("group", s.group.label(lang));
    row.set("dots", std::to_string(s.dots));
    sessions.push_back(row);
  }
  d.set("sessions", sessions);
  return d;
}

std::string render_budget(const std::vector<BudgetSummary>& summaries, const RenderOptions& o) {
  const Lang lang = o.lang;
  const bool many = o.batch || summaries.size() > 1;
  switch (o.format) {
  case Format::csv: {
    CsvWriter csv(o.csv);
    if (many) csv.text("municipality_id");
    for (auto h : {"problem_id", "problem", "rank", "dots", "cost", "greedy", "equal_shares",
                   "other_sources"})
      csv.text(csv_header(o, h));
    csv.end_row();
    for (const auto& b : summaries)
      for (const auto& r : b.rows) {
        if (many) csv.text(b.municipality_id);
        csv.text(r.problem.id).text(r.problem.label(lang)).whole(r.rank).whole(r.dots);
        csv.number(r.cost, 2)
            .text(csv_yes_no(o, r.greedy))
            .text(csv_yes_no(o, r.mes))
            .text(others_text(r, lang));
        csv.end_row();
      }
    return csv.str();
  }
  case Format::json: {
    return json_one_or_all(many, summaries,
                           [&](const auto& item) { return summary_json(item, lang); });
  }
  default: {
    std::string out;
    for (const auto& b : summaries) {
      Data d = budget_data(b, o);
      if (!out.empty()) out += "\n";
      out += render_template("budget.md.mustache", d, lang, Markup::markdown, o.templates_dir);
    }
    return tidy_markdown(out);
  }
  }
}

} // namespace vap
