#include "vap/causes.hpp"

#include "vap/text.hpp"

#include <algorithm>
#include <fmt/format.h>

namespace vap {

Solver solver_of(const Solution& s) {
  if (!s.by) return Solver::unsaid;
  const std::string& id = s.by->id;
  if (id == "community") return Solver::community;
  if (id == "lsg") return Solver::lsg;
  if (id == "external") return Solver::external;
  if (id == "none") return Solver::none;
  return Solver::unsaid;
}

std::string_view solver_id(Solver s) {
  switch (s) {
  case Solver::community:
    return "community";
  case Solver::lsg:
    return "lsg";
  case Solver::external:
    return "external";
  case Solver::none:
    return "none";
  case Solver::unsaid:
    return "";
  }
  return "";
}

std::string typed_name(const ProblemName& name, const std::string& typed, Lang lang) {
  const std::string& l = name.label(lang);
  if (typed.empty() || match_key(typed) == match_key(l)) return l;
  return typed + " (" + l + ")";
}

std::string ranked_name(const ProblemName& name, const std::string& typed, int rank, Lang lang) {
  const std::string& l = name.label(lang);
  std::vector<std::string> notes;
  std::string shown = l;
  if (!typed.empty() && match_key(typed) != match_key(l)) {
    shown = typed;
    notes.push_back(l);
  }
  if (rank > 0) notes.push_back(fmt::format(fmt::runtime(label(lang, "causes_rank")), rank));
  for (std::size_t i = 0; i < notes.size(); ++i)
    shown += (i == 0 ? " (" : ", ") + notes[i];
  return notes.empty() ? shown : shown + ")";
}

CausesResult analyse_causes(const Municipality& m) {
  CausesResult r;
  r.municipality_id = m.id;
  r.municipality = m.name;
  const Catalog& problems = (*m.catalogs)[CatalogKind::problems];
  const GalleryTally tally = tally_gallery(m, RankBy::dots);
  r.has_gallery = tally.dots > 0;
  std::vector<std::string> analysed;
  for (const auto& c : m.causes) {
    if (!r.date && c.date) r.date = c.date;
    for (const auto& a : c.problems) {
      CauseRow row;
      row.number = static_cast<int>(r.rows.size()) + 1;
      row.problem = problem_name(a.problem, problems);
      row.typed = a.problem.text;
      for (const auto& p : tally.problems)
        if (p.problem.id == a.problem.id) {
          row.rank = p.rank;
          row.priority = p.priority;
        }
      for (const auto& t : a.causes)
        row.causes.push_back(t.text);
      for (const auto& t : a.effects)
        row.effects.push_back(t.text);
      for (const auto& s : a.solutions) {
        CauseSolution cs;
        cs.action = s.action.text;
        cs.by = solver_of(s);
        for (const auto& [who, what] : s.contributions)
          cs.contributions.emplace_back(who.text, what.text);
        row.solutions.push_back(std::move(cs));
      }
      if (std::find(analysed.begin(), analysed.end(), a.problem.id) == analysed.end()) {
        analysed.push_back(a.problem.id);
        if (r.has_gallery && !row.priority) r.extra.push_back(row.problem);
      }
      r.rows.push_back(std::move(row));
    }
  }
  for (Solver by : k_solvers) {
    SolverGroup g;
    g.by = by;
    for (const auto& row : r.rows) {
      int n = static_cast<int>(std::count_if(row.solutions.begin(), row.solutions.end(),
                                             [&](const CauseSolution& s) { return s.by == by; }));
      if (n == 0) continue;
      auto it = std::find_if(g.problems.begin(), g.problems.end(),
                             [&](const auto& p) { return p.first.id == row.problem.id; });
      if (it == g.problems.end())
        g.problems.emplace_back(row.problem, n);
      else
        it->second += n;
    }
    if (!g.problems.empty()) r.solvers.push_back(std::move(g));
  }
  if (r.has_gallery)
    for (const auto& p : tally.problems)
      if (p.priority && std::find(analysed.begin(), analysed.end(), p.problem.id) == analysed.end())
        r.missing.push_back(p.problem);
  return r;
}

} // namespace vap
