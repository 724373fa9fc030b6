#include "vap/plan_draft.hpp"

#include "vap/assembly.hpp"
#include "vap/causes.hpp"
#include "vap/text.hpp"

#include <algorithm>

namespace vap {
namespace {

const CauseAnalysis* analysis_of(const Municipality& m, const std::string& id) {
  for (const auto& c : m.causes)
    for (const auto& a : c.problems)
      if (a.problem.id == id) return &a;
  return nullptr;
}

void add_tasks(DraftProblem& p, const CauseAnalysis* a, const Catalogs& cat) {
  p.analysed = a != nullptr;
  if (!a) return;
  for (const auto& s : a->solutions) {
    if (solver_of(s) == Solver::none) {
      p.left_out.push_back(s.action.text);
      continue;
    }
    DraftTask t;
    t.action = s.action.text;
    if (solver_of(s) != Solver::unsaid && s.by) t.solver_id = s.by->id;
    for (const auto& [who, what] : s.contributions) {
      t.contributions.emplace_back(who.text, what.text);
      const std::string id = stakeholder_source(who.text, cat);
      auto it = std::find_if(t.sources.begin(), t.sources.end(),
                             [&](const DraftSource& x) { return x.id == id; });
      if (it == t.sources.end())
        t.sources.push_back({id, {who.text}});
      else
        it->stakeholders.push_back(who.text);
    }
    if (t.sources.empty()) t.sources.push_back({"local-budget", {}});
    p.tasks.push_back(std::move(t));
  }
}

} // namespace

std::string stakeholder_source(const std::string& stakeholder, const Catalogs& catalogs) {
  if (const CatalogEntry* e = catalogs[CatalogKind::funding_sources].find(stakeholder))
    return e->id;
  // People of the village bring the community's contribution.
  static const char* const k_people[] = {"тургундар",       "жашоочулар", "ата-энелер", "дыйкандар",
                                         "айыл тургундары", "жители",     "родители",   "фермеры",
                                         "жители села",     "residents",  "parents",    "farmers",
                                         "villagers"};
  const std::string key = loose_key(stakeholder);
  for (const char* p : k_people)
    if (key == loose_key(p)) return "community";
  if (const CatalogEntry* e = catalogs[CatalogKind::solvers].find(stakeholder)) {
    if (e->id == "lsg") return "local-budget";
    if (e->id == "community") return "community";
    if (e->id == "external") return "donor";
  }
  return "other";
}

PlanDraft make_plan_draft(const Municipality& m) {
  const Catalogs& cat = *m.catalogs;
  PlanDraft d;
  for (const auto& s : m.sessions)
    d.year = std::max(d.year, s.date.year);
  for (const auto& c : m.causes)
    if (c.date) d.year = std::max(d.year, c.date->year);
  if (m.budget) d.unit = m.budget->unit;

  const GalleryTally tally = tally_gallery(m, RankBy::dots);
  auto ranked = [&](const std::string& id) -> const ProblemTally* {
    for (const auto& p : tally.problems)
      if (p.problem.id == id) return &p;
    return nullptr;
  };
  const AssemblyReport assembly = assembly_report(m);
  if (assembly.assembly) {
    // The assembly's final list: agreed and amended in gallery order, then what it added.
    const AssemblySummary& a = assembly.summary;
    d.assembly = a.date;
    for (const auto& f : a.final_list) {
      DraftProblem p;
      const ProblemTally* t = ranked(f.problem_id);
      p.name = t ? t->problem : assembly.names.at(f.problem_id);
      p.rank = t ? t->rank : 0;
      p.dots = t ? t->dots : 0;
      p.assembly = a.date;
      p.added = f.change == Change::added;
      for (const auto& row : a.rows)
        if (row.problem_id == f.problem_id) p.amendment = row.amendment;
      add_tasks(p, analysis_of(m, f.problem_id), cat);
      d.problems.push_back(std::move(p));
    }
    for (const auto& row : a.rows)
      if (row.decision == Decision::rejected && row.gallery_priority)
        d.rejected.push_back(assembly.names.at(row.problem_id));
    for (const auto& c : a.changes)
      if (c.change == Change::not_voted) d.not_voted.push_back(assembly.names.at(c.problem_id));
    return d;
  }
  for (const auto& t : tally.problems) {
    if (!t.priority) continue;
    DraftProblem p;
    p.name = t.problem;
    p.rank = t.rank;
    p.dots = t.dots;
    add_tasks(p, analysis_of(m, t.problem.id), cat);
    d.problems.push_back(std::move(p));
  }
  if (d.problems.empty())
    for (const auto& c : m.causes)
      for (const auto& a : c.problems) {
        if (std::any_of(d.problems.begin(), d.problems.end(),
                        [&](const DraftProblem& x) { return x.name.id == a.problem.id; }))
          continue;
        DraftProblem p;
        p.name = problem_name(a.problem, cat[CatalogKind::problems]);
        add_tasks(p, &a, cat);
        d.problems.push_back(std::move(p));
      }
  return d;
}

} // namespace vap
