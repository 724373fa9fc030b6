#include "vap/render_causes.hpp"

#include <fmt/format.h>

namespace vap {
namespace {

std::string solver_label(Solver by, Lang lang) {
  switch (by) {
  case Solver::community:
    return std::string(label(lang, "causes_by_community"));
  case Solver::lsg:
    return std::string(label(lang, "causes_by_lsg"));
  case Solver::external:
    return std::string(label(lang, "causes_by_external"));
  case Solver::none:
    return std::string(label(lang, "causes_by_none"));
  case Solver::unsaid:
    return std::string(label(lang, "causes_by_unsaid"));
  }
  return "";
}

std::string short_solver(Solver by, Lang lang) {
  switch (by) {
  case Solver::community:
    return std::string(label(lang, "causes_short_community"));
  case Solver::lsg:
    return std::string(label(lang, "causes_short_lsg"));
  case Solver::external:
    return std::string(label(lang, "causes_short_external"));
  case Solver::none:
    return std::string(label(lang, "causes_short_none"));
  case Solver::unsaid:
    return "";
  }
  return "";
}

std::string bullets(const std::vector<std::string>& items) {
  std::string out;
  for (const auto& i : items)
    out += (out.empty() ? "" : "<br>") + ("• " + i);
  return out;
}

std::string names(const std::vector<ProblemName>& list, Lang lang) {
  std::string out;
  for (const auto& p : list)
    out += (out.empty() ? "" : ", ") + ("«" + p.label(lang) + "»");
  return out;
}

std::string joined(const std::vector<std::string>& items, std::string_view sep) {
  std::string out;
  for (const auto& i : items)
    out += (out.empty() ? "" : std::string(sep)) + i;
  return out;
}

} // namespace

std::string mermaid_text(std::string_view text) {
  std::string out;
  for (char c : text) {
    switch (c) {
    case '#':
      out += "#35;";
      break;
    case '"':
      out += "#quot;";
      break;
    case '[':
      out += "#91;";
      break;
    case ']':
      out += "#93;";
      break;
    case '(':
      out += "#40;";
      break;
    case ')':
      out += "#41;";
      break;
    case '{':
      out += "#123;";
      break;
    case '}':
      out += "#125;";
      break;
    case '<':
      out += "#lt;";
      break;
    case '>':
      out += "#gt;";
      break;
    case '|':
      out += "#124;";
      break;
    case ':':
      out += "#58;";
      break;
    case ';':
      out += "#59;";
      break;
    case '`':
      out += "#96;";
      break;
    case '\n':
    case '\r':
      out += ' ';
      break;
    default:
      out += c;
    }
  }
  return out;
}

std::string causes_mermaid(const CauseRow& row, Lang lang) {
  std::string out = "flowchart LR\n";
  out += fmt::format("  P[\"{}\"]\n",
                     mermaid_text(row.typed.empty() ? row.problem.label(lang) : row.typed));
  for (std::size_t i = 0; i < row.causes.size(); ++i)
    out += fmt::format("  C{}[\"{}\"] --> P\n", i + 1, mermaid_text(row.causes[i]));
  for (std::size_t i = 0; i < row.effects.size(); ++i)
    out += fmt::format("  P --> E{}[\"{}\"]\n", i + 1, mermaid_text(row.effects[i]));
  out += "  classDef problem fill:#fde68a,stroke:#b45309\n  class P problem";
  return out;
}

Data causes_data(const CausesResult& r, const RenderOptions& o) {
  const Lang lang = o.lang;
  Data d;
  d.set("municipality", r.municipality);
  if (r.date) d.set("date", label_fmt(lang, "causes_date", date_text(*r.date)));
  Data rows = list();
  for (const auto& row : r.rows) {
    Data x;
    x.set("number", std::to_string(row.number));
    std::string problem = ranked_name(row.problem, row.typed, row.priority ? row.rank : 0, lang);
    x.set("problem", problem);
    x.set("problem_name", typed_name(row.problem, row.typed, lang));
    x.set("causes", bullets(row.causes));
    x.set("effects", bullets(row.effects));
    const bool numbered = row.solutions.size() > 1;
    std::string sols, contribs;
    for (std::size_t i = 0; i < row.solutions.size(); ++i) {
      const auto& s = row.solutions[i];
      std::string prefix = numbered ? fmt::format("{}. ", i + 1) : std::string("• ");
      std::string by = short_solver(s.by, lang);
      sols +=
          (sols.empty() ? "" : "<br>") + prefix + s.action + (by.empty() ? "" : " (" + by + ")");
      for (const auto& [who, what] : s.contributions)
        contribs +=
            (contribs.empty() ? "" : "<br>") + prefix + who + (what.empty() ? "" : " – " + what);
    }
    x.set("solutions", sols);
    x.set("contributions", contribs);
    if (o.mermaid) x.set("mermaid", causes_mermaid(row, lang));
    rows.push_back(x);
  }
  d.set("rows", rows);
  d.set("diagrams", o.mermaid && !r.rows.empty());
  Data solvers = list();
  for (const auto& g : r.solvers) {
    std::string text;
    for (const auto& [p, n] : g.problems) {
      text += (text.empty() ? "" : ", ") + ("«" + p.label(lang) + "»");
      if (n > 1) {
        text += " ";
        text += label_fmt(lang, "causes_n_solutions", n);
      }
    }
    Data s;
    s.set("label", solver_label(g.by, lang));
    s.set("problems", text);
    solvers.push_back(s);
  }
  d.set("solvers", solvers);
  d.set("has_solvers", !r.solvers.empty());
  if (!r.missing.empty())
    d.set("missing", label_fmt(lang, "causes_missing", names(r.missing, lang)));
  if (!r.extra.empty()) d.set("extra", label_fmt(lang, "causes_extra", names(r.extra, lang)));
  if (r.rows.empty()) d.set("empty", std::string(label(lang, "causes_empty")));
  return d;
}

std::string render_causes(const CausesResult& r, const RenderOptions& o) {
  const Lang lang = o.lang;
  switch (o.format) {
  case Format::csv: {
    CsvWriter csv(o.csv);
    if (o.batch) csv.text("municipality_id");
    for (auto h : {"number", "problem_id", "problem", "priority", "causes", "effects", "solution",
                   "by", "contributions"})
      csv.text(csv_header(o, h));
    csv.end_row();
    for (const auto& row : r.rows) {
      auto start = [&]() {
        if (o.batch) csv.text(r.municipality_id);
        csv.whole(row.number)
            .text(row.problem.id)
            .text(row.problem.label(lang))
            .text(csv_yes_no(o, row.priority));
        csv.text(joined(row.causes, "; ")).text(joined(row.effects, "; "));
      };
      if (row.solutions.empty()) {
        start();
        csv.text("").text("").text("");
        csv.end_row();
      }
      for (const auto& s : row.solutions) {
        start();
        std::vector<std::string> c;
        for (const auto& [who, what] : s.contributions)
          c.push_back(what.empty() ? who : who + ": " + what);
        csv.text(s.action).text(csv_word(o, solver_id(s.by), short_solver(s.by, lang)));
        csv.text(joined(c, "; "));
        csv.end_row();
      }
    }
    return csv.str();
  }
  case Format::json: {
    Json j;
    j["municipality_id"] = r.municipality_id;
    j["municipality"] = r.municipality;
    j["date"] = r.date ? Json(date_text(*r.date)) : Json(nullptr);
    Json rows = Json::array();
    for (const auto& row : r.rows) {
      Json x;
      x["number"] = row.number;
      x["problem_id"] = row.problem.id;
      x["problem"] = row.problem.label(lang);
      x["problem_typed"] = row.typed;
      x["in_catalog"] = row.problem.in_catalog;
      x["rank"] = row.rank ? Json(row.rank) : Json(nullptr);
      x["priority"] = row.priority;
      x["causes"] = row.causes;
      x["effects"] = row.effects;
      Json sols = Json::array();
      for (const auto& s : row.solutions) {
        Json c = Json::array();
        for (const auto& [who, what] : s.contributions)
          c.push_back({{"stakeholder", who}, {"contribution", what}});
        sols.push_back(
            {{"action", s.action},
             {"by", s.by == Solver::unsaid ? Json(nullptr) : Json(std::string(solver_id(s.by)))},
             {"contributions", c}});
      }
      x["solutions"] = sols;
      rows.push_back(x);
    }
    j["problems"] = rows;
    Json by = Json::object();
    for (const auto& g : r.solvers) {
      Json ps = Json::array();
      for (const auto& [p, n] : g.problems)
        ps.push_back({{"problem_id", p.id}, {"solutions", n}});
      by[g.by == Solver::unsaid ? std::string("unsaid") : std::string(solver_id(g.by))] = ps;
    }
    j["by_solver"] = by;
    Json missing = Json::array(), extra = Json::array();
    for (const auto& p : r.missing)
      missing.push_back(p.id);
    for (const auto& p : r.extra)
      extra.push_back(p.id);
    j["priorities_without_analysis"] = missing;
    j["analysed_not_priorities"] = extra;
    return json_text(j);
  }
  default: {
    Data d = causes_data(r, o);
    return render_template("causes.md.mustache", d, lang, Markup::markdown, o.templates_dir);
  }
  }
}

} // namespace vap
