#include "vap/render_plan.hpp"

#include "vap/causes.hpp"
#include "vap/render_causes.hpp"

#include <cmath>
#include <fmt/format.h>

namespace vap {
namespace {

const SourceName* source_of(const PlanSummary& p, const std::string& id) {
  for (const auto& s : p.sources)
    if (s.id == id) return &s;
  return nullptr;
}

std::string source_label(const PlanSummary& p, const std::string& id, Lang lang) {
  const SourceName* s = source_of(p, id);
  return s ? s->label(lang) : id;
}

std::string numbered(const std::vector<std::string>& items) {
  if (items.size() == 1) return items.front();
  std::string out;
  for (std::size_t i = 0; i < items.size(); ++i)
    out += (i ? "<br>" : "") + fmt::format("{}. {}", i + 1, items[i]);
  return out;
}

std::string joined(const std::vector<std::string>& items, std::string_view sep) {
  std::string out;
  for (const auto& i : items)
    out += (out.empty() ? "" : std::string(sep)) + i;
  return out;
}

std::string deadline(const PlanTaskRow& t) {
  if (t.start && t.end)
    return *t.start == *t.end ? date_text(*t.start)
                              : date_text(*t.start) + " – " + date_text(*t.end);
  if (t.start) return date_text(*t.start);
  if (t.end) return date_text(*t.end);
  return "";
}

// The first and the last day a date stands for, as YYYY-MM-DD.
std::string gantt_first(const Date& d) {
  return fmt::format("{:04}-{:02}-{:02}", d.year, d.month, d.day ? d.day : 1);
}
std::string gantt_last(const Date& d) {
  static const int k_days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  int last = k_days[d.month - 1];
  if (d.month == 2 && ((d.year % 4 == 0 && d.year % 100 != 0) || d.year % 400 == 0)) last = 29;
  return fmt::format("{:04}-{:02}-{:02}", d.year, d.month, d.day ? d.day : last);
}

std::string role_label(const std::string& id, Lang lang) {
  if (id.empty()) return "";
  return std::string(label(lang, "plan_role_" + std::string(id == "lsg-staff" ? "lsg_staff" : id)));
}

std::string names(const std::vector<ProblemName>& list, Lang lang) {
  std::string out;
  for (const auto& p : list)
    out += (out.empty() ? "" : ", ") + ("«" + p.label(lang) + "»");
  return out;
}

Json date_json(const std::optional<Date>& d) {
  return d ? Json(date_text(*d)) : Json(nullptr);
}

double rounded(double v, int decimals) {
  return std::stod(fixed(v, decimals));
}

} // namespace

int amount_decimals(const std::vector<double>& amounts) {
  int dec = 1;
  for (const double a : amounts) {
    int need = 3;
    for (int d = 1; d <= 3; ++d) {
      const double scaled = a * std::pow(10.0, d);
      if (std::fabs(scaled - std::round(scaled)) < 1e-6) {
        need = d;
        break;
      }
    }
    dec = std::max(dec, need);
  }
  return dec;
}

int amount_decimals(const PlanSummary& p) {
  std::vector<double> amounts;
  for (const auto& e : p.entries)
    for (const auto& t : e.tasks)
      for (const auto& [id, a] : t.funding)
        amounts.push_back(a);
  return amount_decimals(amounts);
}

std::string plan_gantt(const PlanSummary& p, Lang lang) {
  std::string out = "gantt\n  dateFormat YYYY-MM-DD\n  axisFormat %Y-%m\n";
  int n = 0;
  for (const auto& e : p.entries) {
    bool any = false;
    for (const auto& t : e.tasks) {
      if (!t.start && !t.end) continue;
      if (!any) out += "  section " + mermaid_text(e.problem.label(lang)) + "\n";
      any = true;
      Date a = t.start ? *t.start : *t.end;
      Date b = t.end ? *t.end : *t.start;
      if (b < a)
        std::swap(a, b); // a task that ends before it starts (an error of the plan) is drawn the
                         // right way round
      out += fmt::format("  {} :t{}, {}, {}\n", mermaid_text(t.task), ++n, gantt_first(a),
                         gantt_last(b));
    }
  }
  while (!out.empty() && out.back() == '\n')
    out.pop_back();
  return out;
}

Data plan_data(const PlanSummary& p, const RenderOptions& o) {
  const Lang lang = o.lang;
  const int dec = amount_decimals(p);
  const std::string unit = p.unit.empty() ? std::string(label(lang, "plan_default_unit")) : p.unit;
  auto amount = [&](double v) { return fixed(v, dec); };
  Data d;
  d.set("municipality", p.municipality);
  std::size_t tasks = 0;
  for (const auto& e : p.entries)
    tasks += e.tasks.size();
  d.set("summary",
        label_fmt(lang, "plan_summary", p.year ? std::to_string(p.year) : std::string("–"),
                  p.entries.size(), tasks, amount(p.total), unit));
  Data entries = list();
  int number = 0;
  for (const auto& e : p.entries) {
    Data x;
    x.set("number", std::to_string(++number));
    std::string problem = ranked_name(e.problem, e.typed, e.priority ? e.rank : 0, lang);
    x.set("problem", problem);
    if (!e.statement.empty()) x.set("statement", e.statement);
    x.set("goal", e.goal);
    Data rows = list();
    for (const auto& t : e.tasks) {
      Data r;
      r.set("task", t.task);
      r.set("activities", numbered(t.activities));
      r.set("results", numbered(t.results));
      r.set("deadline", deadline(t));
      r.set("responsible", joined(t.responsible, ", "));
      std::string ben;
      if (t.direct || t.indirect)
        ben = (t.direct ? std::to_string(*t.direct) : "–") + " / " +
              (t.indirect ? std::to_string(*t.indirect) : "–");
      r.set("beneficiaries", ben);
      std::string f;
      for (const auto& [id, a] : t.funding)
        f += (f.empty() ? "" : "<br>") + source_label(p, id, lang) + ": " + amount(a);
      r.set("funding", f);
      rows.push_back(r);
    }
    x.set("tasks", rows);
    std::string parts;
    for (const auto& s : p.sources)
      if (e.by_source.count(s.id))
        parts += (parts.empty() ? "" : ", ") + s.label(lang) + " " + amount(e.by_source.at(s.id));
    x.set("total", label_fmt(lang, "plan_problem_total", amount(e.total), unit, parts));
    if (!e.members.empty() || !e.leader.empty()) {
      std::string group;
      for (const auto& m : e.members) {
        std::vector<std::string> about;
        if (m.leader) about.push_back(std::string(label(lang, "plan_leader")));
        if (!m.role.empty()) about.push_back(role_label(m.role, lang));
        if (!m.village.empty()) about.push_back(m.village);
        group += (group.empty() ? "" : ", ") + m.name +
                 (about.empty() ? "" : " (" + joined(about, ", ") + ")");
      }
      if (e.members.empty())
        group = e.leader + " (" + std::string(label(lang, "plan_leader")) + ")";
      x.set("group", group);
      if (e.women + e.men > 0) x.set("balance", label_fmt(lang, "plan_balance", e.women, e.men));
    }
    entries.push_back(x);
  }
  d.set("entries", entries);
  if (p.entries.empty()) d.set("empty", std::string(label(lang, "plan_empty")));

  // Sources × problems.
  Data columns = list();
  std::string align;
  for (const auto& e : p.entries) {
    columns.push_back(Data("name", e.problem.label(lang)));
    align += "---:|";
  }
  d.set("columns", columns);
  d.set("align", align);
  Data srows = list();
  for (const auto& s : p.sources) {
    Data r;
    r.set("source", s.label(lang));
    Data cells = list();
    for (const auto& e : p.entries)
      cells.push_back(
          Data("value", e.by_source.count(s.id) ? amount(e.by_source.at(s.id)) : std::string("–")));
    r.set("cells", cells);
    r.set("total", amount(p.by_source.at(s.id)));
    r.set("share", p.total > 0 ? percent(p.by_source.at(s.id) / p.total) : std::string("–"));
    srows.push_back(r);
  }
  d.set("sources", srows);
  Data totals = list();
  for (const auto& e : p.entries)
    totals.push_back(Data("value", amount(e.total)));
  d.set("totals", totals);
  d.set("total", amount(p.total));
  d.set("total_share", p.total > 0 ? percent(1.0) : std::string("–"));
  d.set("has_sources", !p.sources.empty());
  d.set("unit_note", label_fmt(lang, "plan_unit_note", unit));
  Data years = list();
  for (const auto& [year, a] : p.local_budget_by_year) {
    std::string text = label_fmt(lang, "plan_lb_year", year, amount(a), unit);
    if (p.approved_expenditure && year == p.year && *p.approved_expenditure > 0 &&
        p.budget_unit == p.unit)
      text += " " + label_fmt(lang, "plan_lb_share", percent(a / *p.approved_expenditure),
                              amount(*p.approved_expenditure), unit);
    years.push_back(Data("text", text));
  }
  d.set("local_budget", years);
  if (p.direct > 0 || p.indirect > 0)
    d.set("beneficiaries", label_fmt(lang, "plan_beneficiaries", p.direct, p.indirect));

  // Initiative groups.
  Data groups = list();
  bool any_group = false;
  for (const auto& e : p.entries) {
    if (e.members.empty()) continue;
    any_group = true;
    Data g;
    g.set("problem", e.problem.label(lang));
    g.set("leader", e.leader);
    g.set("members", std::to_string(e.members.size()));
    g.set("women", std::to_string(e.women));
    g.set("men", std::to_string(e.men));
    bool staff = false, deputy = false;
    std::vector<std::string> villages;
    for (const auto& m : e.members) {
      staff = staff || m.role == "lsg-staff";
      deputy = deputy || m.role == "deputy";
      if (!m.village.empty() &&
          std::find(villages.begin(), villages.end(), m.village) == villages.end())
        villages.push_back(m.village);
    }
    g.set("staff", staff ? std::string(label(lang, "yes")) : std::string("–"));
    g.set("deputy", deputy ? std::string(label(lang, "yes")) : std::string("–"));
    g.set("villages", joined(villages, ", "));
    const int known = e.women + e.men;
    // The mark is on the column of the gender that is short of 40 %; `unbalanced` (either) is
    // kept for templates written before.
    const bool women_short = known > 0 && e.women * 10 < known * 4;
    const bool men_short = known > 0 && e.men * 10 < known * 4;
    if (women_short) g.set("women_short", std::string(" ⚠"));
    if (men_short) g.set("men_short", std::string(" ⚠"));
    if (women_short || men_short) g.set("unbalanced", std::string(" ⚠"));
    groups.push_back(g);
  }
  d.set("groups", groups);
  d.set("has_groups", any_group);
  Data notes = list();
  for (const auto& s : p.shared_members)
    notes.push_back(
        Data("text", label_fmt(lang, "plan_shared_member", s.name, names(s.problems, lang))));
  if (!p.villages_without_group.empty())
    notes.push_back(Data(
        "text", label_fmt(lang, "plan_villages_missing", joined(p.villages_without_group, ", "))));
  d.set("group_notes", notes);
  if (!p.missing.empty()) d.set("missing", label_fmt(lang, "plan_missing", names(p.missing, lang)));
  // The timeline is Mermaid code: only with --mermaid (Word would show it as code).
  if (o.mermaid) {
    std::string gantt = plan_gantt(p, lang);
    if (gantt.find(" :t") != std::string::npos) d.set("gantt", gantt);
  }
  return d;
}

std::string render_plan(const PlanSummary& p, const RenderOptions& o) {
  const Lang lang = o.lang;
  const int dec = amount_decimals(p);
  switch (o.format) {
  case Format::csv: {
    CsvWriter csv(o.csv);
    // In a batch municipality_id comes first, as in every command's CSV; one municipality's
    // plan keeps it last (FORMAT.md's columns first).
    if (o.batch) csv.text("municipality_id");
    for (auto h : {"problem_id", "problem", "task", "source", "amount", "start", "end",
                   "source_name", "unit"})
      csv.text(csv_header(o, h));
    if (!o.batch) csv.text("municipality_id");
    csv.end_row();
    for (const auto& l : budget_lines(p, lang)) {
      if (o.batch) csv.text(p.municipality_id);
      csv.text(l.problem_id).text(l.problem).text(l.task).text(l.source).number(l.amount, dec);
      csv.text(l.start ? date_text(*l.start) : "").text(l.end ? date_text(*l.end) : "");
      csv.text(source_label(p, l.source, lang)).text(p.unit);
      if (!o.batch) csv.text(p.municipality_id);
      csv.end_row();
    }
    return csv.str();
  }
  case Format::json: {
    Json j;
    j["municipality_id"] = p.municipality_id;
    j["municipality"] = p.municipality;
    j["year"] = p.year ? Json(p.year) : Json(nullptr);
    j["unit"] = p.unit;
    Json entries = Json::array();
    for (const auto& e : p.entries) {
      Json x;
      x["problem_id"] = e.problem.id;
      x["problem"] = e.problem.label(lang);
      x["rank"] = e.rank ? Json(e.rank) : Json(nullptr);
      x["priority"] = e.priority;
      x["statement"] = e.statement;
      x["goal"] = e.goal;
      Json group;
      group["leader"] = e.leader;
      Json members = Json::array();
      for (const auto& m : e.members)
        members.push_back(
            {{"name", m.name}, {"gender", m.gender}, {"village", m.village}, {"role", m.role}});
      group["members"] = members;
      group["women"] = e.women;
      group["men"] = e.men;
      x["initiative_group"] = group;
      Json tasks = Json::array();
      for (const auto& t : e.tasks) {
        Json f = Json::object();
        for (const auto& [id, a] : t.funding)
          f[id] = rounded(a, dec);
        tasks.push_back({{"task", t.task},
                         {"activities", t.activities},
                         {"results", t.results},
                         {"start", date_json(t.start)},
                         {"end", date_json(t.end)},
                         {"responsible", t.responsible},
                         {"beneficiaries",
                          {{"direct", t.direct ? Json(*t.direct) : Json(nullptr)},
                           {"indirect", t.indirect ? Json(*t.indirect) : Json(nullptr)}}},
                         {"funding", f},
                         {"total", rounded(t.total, dec)}});
      }
      x["tasks"] = tasks;
      Json by = Json::object();
      for (const auto& s : p.sources)
        if (e.by_source.count(s.id)) by[s.id] = rounded(e.by_source.at(s.id), dec);
      x["by_source"] = by;
      x["total"] = rounded(e.total, dec);
      x["beneficiaries"] = {{"direct", e.direct}, {"indirect", e.indirect}};
      entries.push_back(x);
    }
    j["problems"] = entries;
    Json fin;
    Json by = Json::array();
    for (const auto& s : p.sources)
      by.push_back({{"source", s.id},
                    {"source_name", s.label(lang)},
                    {"amount", rounded(p.by_source.at(s.id), dec)},
                    {"share", p.total > 0 ? rounded(p.by_source.at(s.id) / p.total, 4) : 0.0}});
    fin["by_source"] = by;
    fin["total"] = rounded(p.total, dec);
    Json years = Json::object();
    for (const auto& [year, a] : p.local_budget_by_year)
      years[std::to_string(year)] = rounded(a, dec);
    fin["local_budget_by_year"] = years;
    fin["approved_expenditure"] =
        p.approved_expenditure ? Json(rounded(*p.approved_expenditure, dec)) : Json(nullptr);
    fin["beneficiaries"] = {{"direct", p.direct}, {"indirect", p.indirect}};
    j["financing"] = fin;
    Json shared = Json::array();
    for (const auto& s : p.shared_members) {
      Json ids = Json::array();
      for (const auto& x : s.problems)
        ids.push_back(x.id);
      shared.push_back({{"name", s.name}, {"problems", ids}});
    }
    j["members_in_several_groups"] = shared;
    j["villages_without_group"] = p.villages_without_group;
    Json missing = Json::array();
    for (const auto& x : p.missing)
      missing.push_back(x.id);
    j["priorities_without_plan"] = missing;
    return json_text(j);
  }
  default: {
    Data d = plan_data(p, o);
    return render_template("plan.md.mustache", d, lang, Markup::markdown, o.templates_dir);
  }
  }
}

} // namespace vap
