#include "vap/render_budget.hpp"

#include "vap/budget_report.hpp"
#include "vap/plan.hpp"
#include "vap/render_report.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace vap {
namespace {

std::string money(double v) {
  return money_text(v);
}

std::string name_of(const BudgetSummary& b, std::uint32_t project, Lang lang) {
  return b.rows[project].problem.label(lang);
}

std::string session_text(const BudgetSession& s, Lang lang) {
  return fmt::format("{} ({}, {}, {})", s.id, date_text(s.date), s.village, s.group.label(lang));
}

std::string names(const BudgetSummary& b, const std::vector<std::uint32_t>& ids, Lang lang) {
  std::string out;
  for (std::uint32_t id : ids)
    out += (out.empty() ? "" : ", ") + std::string("«") + name_of(b, id, lang) + "»";
  return out;
}

std::string others_text(const BudgetRow& r, Lang lang) {
  std::string out;
  for (const auto& [source, amount] : r.other)
    out += (out.empty() ? "" : ", ") + source.label(lang) + ": " + money(amount);
  return out;
}

std::string_view mark_key(AssemblyMark mark) {
  switch (mark) {
  case AssemblyMark::agreed:
    return "agreed";
  case AssemblyMark::amended:
    return "amended";
  case AssemblyMark::added:
    return "added";
  case AssemblyMark::rejected:
    return "rejected";
  case AssemblyMark::none:
    break;
  }
  return "";
}

std::vector<std::string> project_names(const BudgetSummary& b, Lang lang) {
  std::vector<std::string> out;
  for (const auto& r : b.rows)
    out.push_back(r.problem.label(lang));
  return out;
}

std::vector<std::string> group_names(const BudgetSummary& b, Lang lang) {
  std::vector<std::string> out;
  for (const auto& g : b.groups)
    out.push_back(g.label(lang));
  return out;
}

Json row_json(const BudgetRow& r, Lang lang) {
  Json other = Json::object();
  for (const auto& [source, amount] : r.other)
    other[source.id] = amount;
  Json funded = Json::object();
  for (std::size_t k = 0; k < r.funded.size(); ++k)
    funded[std::string(rule_key(k_all_rules[k]))] = static_cast<bool>(r.funded[k]);
  Json j{{"problem_id", r.problem.id},
         {"problem", r.problem.label(lang)},
         {"rank", r.rank},
         {"dots", r.dots},
         {"cost", r.cost},
         {"greedy", r.greedy()},
         {"equal_shares", r.mes()},
         {"other_sources", other},
         {"funded", funded}};
  if (r.assembly != AssemblyMark::none) j["assembly"] = mark_key(r.assembly);
  if (!r.amendment.empty()) j["amendment"] = r.amendment;
  return j;
}

Json summary_json(const BudgetSummary& b, Lang lang) {
  const PbElection& e = b.election;
  Json j;
  j["municipality_id"] = b.municipality_id;
  j["municipality"] = b.municipality;
  j["unit"] = b.unit;
  j["envelope"] = b.envelope;
  j["asked"] = b.asked;
  j["tie_rule"] = "project id, lexicographic";
  j["utility"] = "cost";
  Json projects = Json::array();
  for (const auto& r : b.rows)
    projects.push_back(row_json(r, lang));
  j["projects"] = projects;
  Json sessions = Json::array();
  for (const auto& s : b.sessions)
    sessions.push_back({{"voter_id", s.id},
                        {"date", date_text(s.date)},
                        {"village", s.village},
                        {"group", s.group.id},
                        {"dots", s.dots},
                        {"dots_on_projects", s.plan_dots}});
  j["voters"] = sessions;
  Json greedy = Json::array();
  for (const auto& s : b.runs.greedy.steps)
    greedy.push_back({{"problem_id", e.projects[s.project].id},
                      {"dots", b.rows[s.project].dots},
                      {"cost", b.rows[s.project].cost},
                      {"left_before", scaled_value(s.left_before, e.money_places)},
                      {"funded", s.funded}});
  const long long greedy_spent = b.runs.greedy.spent;
  Json greedy_funded = Json::array();
  for (std::uint32_t p : b.runs.greedy.funded)
    greedy_funded.push_back(e.projects[p].id);
  j["greedy"] = {{"funded", greedy_funded},
                 {"spent", scaled_value(greedy_spent, e.money_places)},
                 {"left", scaled_value(e.budget - greedy_spent, e.money_places)},
                 {"steps", greedy}};
  const MesResult& m = b.runs.mes;
  auto ids = [&](const std::vector<std::uint32_t>& ps) {
    Json out = Json::array();
    for (std::uint32_t p : ps)
      out.push_back(e.projects[p].id);
    return out;
  };
  Json mes = Json::array();
  for (const auto& s : m.steps) {
    Json pays = Json::array();
    for (std::size_t v = 0; v < s.paid.size(); ++v)
      if (s.paid[v] > 0) pays.push_back({{"voter_id", e.voter_ids[v]}, {"paid", s.paid[v]}});
    mes.push_back({{"problem_id", e.projects[s.project].id},
                   {"cost", b.rows[s.project].cost},
                   {"rho", s.rho},
                   {"per_dot", s.per_point},
                   {"tied", ids(s.tied)},
                   {"dropped_before", ids(s.dropped)},
                   {"payments", pays}});
  }
  j["equal_shares"] = {{"per_voter", m.per_voter},
                       {"funded", ids(m.funded)},
                       {"spent", scaled_value(m.spent, e.money_places)},
                       {"left", scaled_value(e.budget - m.spent, e.money_places)},
                       {"dropped_at_end", ids(m.dropped_last)},
                       {"steps", mes}};
  Json not_asking = Json::array();
  for (const auto& p : b.not_asking)
    not_asking.push_back(p.id);
  j["not_asking_local_budget"] = not_asking;
  Json rejected = Json::array();
  for (const auto& r : b.rejected)
    rejected.push_back(row_json(r, lang));
  j["rejected_by_assembly"] = rejected;
  if (b.assembly_date) j["assembly_date"] = date_text(*b.assembly_date);
  Json analysis = budget_analysis_json(e, b.runs, b.analysis);
  for (auto it = analysis.begin(); it != analysis.end(); ++it)
    j[it.key()] = it.value();
  return j;
}

void set_steps(Data& d, const BudgetSummary& b, Lang lang) {
  const PbElection& e = b.election;
  Data greedy = list();
  for (const auto& s : b.runs.greedy.steps) {
    const double cost = b.rows[s.project].cost;
    const double before = scaled_value(s.left_before, e.money_places);
    greedy.push_back(
        Data("text", label_fmt(lang, s.funded ? "budget_greedy_funded" : "budget_greedy_skipped",
                               name_of(b, s.project, lang), b.rows[s.project].dots, money(cost),
                               money(before), money(before - (s.funded ? cost : 0)))));
  }
  d.set("greedy_steps", greedy);
  const MesResult& m = b.runs.mes;
  d.set("mes_start", label_fmt(lang, "budget_mes_start", b.sessions.size(), money(m.per_voter)));
  Data mes = list();
  int step = 0;
  std::vector<double> left(b.sessions.size(), m.per_voter);
  for (const auto& s : m.steps) {
    ++step;
    if (!s.dropped.empty())
      mes.push_back(Data("text", label_fmt(lang, "budget_mes_dropped", names(b, s.dropped, lang))));
    std::string pays;
    for (std::size_t v = 0; v < s.paid.size(); ++v) {
      if (s.paid[v] <= 0) continue; // a supporter with nothing left pays nothing
      left[v] -= s.paid[v];
      if (left[v] < 1e-9) left[v] = 0;
      pays += (pays.empty() ? "" : "; ") + label_fmt(lang, "budget_mes_pays",
                                                     session_text(b.sessions[v], lang),
                                                     money(s.paid[v]), money(left[v]));
    }
    // Under cost satisfaction ρ is the share of its cost that each of its dots pays: the rule
    // buys the problem whose dots each pay the smallest share.
    std::string text =
        label_fmt(lang, "budget_mes_step", step, name_of(b, s.project, lang),
                  money(b.rows[s.project].cost), percent(s.rho, 2), money(s.per_point), pays);
    if (!s.tied.empty())
      text += " " + label_fmt(lang, "budget_mes_tie", names(b, s.tied, lang),
                              e.projects[s.project].id, [&] {
                                std::string t;
                                for (std::uint32_t p : s.tied)
                                  t += (t.empty() ? "" : ", ") + e.projects[p].id;
                                return t;
                              }());
    mes.push_back(Data("text", text));
  }
  if (!m.dropped_last.empty())
    mes.push_back(
        Data("text", label_fmt(lang, "budget_mes_dropped", names(b, m.dropped_last, lang))));
  mes.push_back(Data("text", label_fmt(lang, "budget_mes_end",
                                       money(scaled_value(e.budget - m.spent, e.money_places)))));
  d.set("mes_steps", mes);
}

} // namespace

Data budget_data(const BudgetSummary& b, const RenderOptions& o) {
  const Lang lang = o.lang;
  const std::string unit = b.unit.empty() ? std::string(label(lang, "plan_default_unit")) : b.unit;
  Data d;
  d.set("municipality", b.municipality);
  if (b.rows.empty()) {
    d.set("no_data", std::string(label(lang, b.has_plan ? "budget_no_local" : "budget_no_plan")));
  } else {
    d.set("has_data", true);
  }
  const PbElection& e = b.election;
  d.set("summary", label_fmt(lang, "budget_summary", money(b.envelope), unit, money(b.asked),
                             b.rows.size(), b.sessions.size(), money(b.runs.mes.per_voter)));
  d.set("tie_rule", std::string(label(lang, "budget_tie_rule")));
  Data rows = list();
  for (const auto& r : b.rows) {
    Data row;
    std::string name = r.problem.label(lang);
    if (r.assembly == AssemblyMark::amended)
      name += " (" + label_fmt(lang, "budget_amended", r.amendment) + ")";
    else if (r.assembly == AssemblyMark::added)
      name += " (" + std::string(label(lang, "budget_added")) + ")";
    row.set("problem", name);
    row.set("rank", r.rank ? std::to_string(r.rank) : std::string("–"));
    row.set("dots", std::to_string(r.dots));
    row.set("cost", money(r.cost));
    row.set("greedy", r.greedy() ? std::string("✓") : std::string("–"));
    row.set("mes", r.mes() ? std::string("✓") : std::string("–"));
    rows.push_back(row);
  }
  d.set("rows", rows);
  d.set("spent_greedy", money_text(e, b.runs.greedy.spent));
  d.set("spent_mes", money_text(e, b.runs.mes.spent));
  d.set("left_greedy", money_text(e, e.budget - b.runs.greedy.spent));
  d.set("left_mes", money_text(e, e.budget - b.runs.mes.spent));
  set_budget_analysis(d, e, b.runs, b.analysis, project_names(b, lang), group_names(b, lang),
                      BudgetWords::plan, lang);
  set_steps(d, b, lang);
  Data unfunded = list();
  for (const auto& r : b.rows) {
    if (r.greedy() && r.mes()) continue;
    const std::string which = std::string(label(
        lang, !r.greedy() && !r.mes() ? "budget_neither"
                                      : (r.greedy() ? "budget_only_greedy" : "budget_only_mes")));
    const std::string others = others_text(r, lang);
    unfunded.push_back(Data(
        "text", label_fmt(lang, "budget_unfunded_item", r.problem.label(lang), money(r.cost), which,
                          others.empty() ? std::string(label(lang, "budget_ask_default"))
                                         : label_fmt(lang, "budget_ask_plan", others))));
  }
  d.set("unfunded", unfunded);
  if (unfunded.is_empty_list())
    d.set("unfunded_none", std::string(label(lang, "budget_unfunded_none")));
  Data rejected = list();
  for (const auto& r : b.rejected)
    rejected.push_back(
        Data("text", label_fmt(lang, "budget_rejected_item", r.problem.label(lang), money(r.cost),
                               b.assembly_date ? date_text(*b.assembly_date) : std::string())));
  d.set("rejected", rejected);
  if (!b.rejected.empty()) d.set("any_rejected", true);
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
    row.set("plan_dots", std::to_string(s.plan_dots));
    sessions.push_back(row);
  }
  d.set("sessions", sessions);
  return d;
}

std::string budget_chart_svg(const BudgetSummary& b, Lang lang) {
  if (b.rows.empty() || b.groups.empty()) return "";
  return groups_chart_svg(b.analysis, group_names(b, lang), lang);
}

std::string render_budget(const std::vector<BudgetSummary>& summaries, const RenderOptions& o) {
  const Lang lang = o.lang;
  const bool many = o.batch || summaries.size() > 1;
  switch (o.format) {
  case Format::csv: {
    CsvWriter csv(o.csv);
    if (many) csv.text("municipality_id");
    for (auto h : {"problem_id", "problem", "rank", "dots", "cost", "greedy", "equal_shares",
                   "other_sources", "equal_shares_cardinality", "equal_shares_greedy",
                   "equal_shares_increase", "phragmen", "assembly"})
      csv.text(csv_header(o, h));
    csv.end_row();
    for (const auto& b : summaries) {
      auto row = [&](const BudgetRow& r) {
        if (many) csv.text(b.municipality_id);
        csv.text(r.problem.id).text(r.problem.label(lang)).whole(r.rank).whole(r.dots);
        auto funded = [&](std::size_t k) { return k < r.funded.size() && r.funded[k]; };
        csv.number(r.cost, 2)
            .text(csv_yes_no(o, funded(0)))
            .text(csv_yes_no(o, funded(1)))
            .text(others_text(r, lang));
        for (std::size_t k = 2; k < std::size(k_all_rules); ++k)
          csv.text(csv_yes_no(o, funded(k)));
        const std::string_view mark = mark_key(r.assembly);
        csv.text(mark.empty() ? std::string()
                              : csv_word(o, mark, label(lang, "budget_mark_" + std::string(mark))));
        csv.end_row();
      };
      for (const auto& r : b.rows)
        row(r);
      for (const auto& r : b.rejected)
        row(r);
    }
    return csv.str();
  }
  case Format::json:
    return json_one_or_all(many, summaries,
                           [&](const auto& item) { return summary_json(item, lang); });
  default: {
    std::string out;
    std::vector<std::string> charts;
    for (const auto& b : summaries) {
      Data d = budget_data(b, o);
      if (o.format == Format::html) {
        // One chart per municipality: its token names its place among the charts.
        const std::string svg = inline_svg(budget_chart_svg(b, lang));
        if (!svg.empty()) {
          d.set("chart", "%%chart:" + std::to_string(charts.size()) + "%%");
          charts.push_back(svg);
        }
      }
      if (!out.empty()) out += "\n";
      out += render_template("budget.md.mustache", d, lang, Markup::markdown, o.templates_dir);
    }
    out = tidy_markdown(out);
    if (o.format == Format::html) return report_page(out, charts, o);
    return out;
  }
  }
}

} // namespace vap
