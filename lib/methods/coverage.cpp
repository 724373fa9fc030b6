#include "vap/coverage.hpp"

#include "vap/assembly.hpp"
#include "vap/gallery.hpp"
#include "vap/plan.hpp"

#include <algorithm>
#include <string>
#include <vector>

namespace vap {
namespace {

struct Analysed {
  std::string id;
  std::string text;
  SourcePos pos; // where first analysed
};

void check_causes(const Municipality& m, const GalleryTally& tally, Diagnostics& diags) {
  if (m.causes.empty() || tally.dots == 0) return;
  const Lang lang = diags.lang();
  const Catalogs& cat = *m.catalogs;
  std::vector<Analysed> seen;
  for (const auto& c : m.causes)
    for (const auto& a : c.problems)
      if (std::none_of(seen.begin(), seen.end(),
                       [&](const Analysed& s) { return s.id == a.problem.id; }))
        seen.push_back({a.problem.id, a.problem.text, a.problem.pos});

  const Causes& first = m.causes.front();
  for (const auto& p : tally.problems) {
    if (!p.priority) continue;
    if (std::none_of(seen.begin(), seen.end(),
                     [&](const Analysed& s) { return s.id == p.problem.id; }))
      diags.warning(first.pos,
                    msg(lang, "priority problem '{}' (rank {}) has no cause-effect analysis",
                        p.problem.label(lang), p.rank));
  }
  for (const auto& s : seen) {
    auto it = std::find_if(tally.problems.begin(), tally.problems.end(),
                           [&](const ProblemTally& p) { return p.problem.id == s.id; });
    if (it != tally.problems.end() && it->priority) continue;
    const CatalogEntry* e = cat[CatalogKind::problems].by_id(s.id);
    const std::string name = e ? e->label(lang) : s.text;
    if (it == tally.problems.end())
      diags.warning(
          s.pos,
          msg(lang, "'{}' is analysed but got no dots in the gallery; it is not a priority", name));
    else
      diags.warning(s.pos,
                    msg(lang, "'{}' is analysed but is not a priority of the gallery (rank {})",
                        name, it->rank));
  }
}

void check_plans(const Municipality& m, const GalleryTally& tally, Diagnostics& diags) {
  if (m.plans.empty()) return;
  const Lang lang = diags.lang();
  auto planned = [&](const std::string& id) {
    return std::any_of(m.plans.begin(), m.plans.end(), [&](const Plan& plan) {
      return std::any_of(plan.problems.begin(), plan.problems.end(),
                         [&](const PlanProblem& pp) { return pp.problem.id == id; });
    });
  };
  for (const auto& p : tally.problems)
    if (p.priority && !planned(p.problem.id))
      diags.warning(m.plans.front().pos,
                    msg(lang, "priority problem '{}' (rank {}) has no entry in the plan",
                        p.problem.label(lang), p.rank));
}

// A plan problem that names the assembly which agreed it (`assembly: DATE`): that assembly must
// exist, and must have agreed the problem (as proposed or amended).
void check_assembly_pointers(const Municipality& m, Diagnostics& diags) {
  const Lang lang = diags.lang();
  const Catalog& problems = (*m.catalogs)[CatalogKind::problems];
  for (const auto& plan : m.plans)
    for (const auto& pp : plan.problems) {
      if (!pp.assembly) continue;
      const std::string date = date_text(*pp.assembly);
      const Assembly* a = nullptr;
      for (const auto& candidate : m.assemblies)
        if (candidate.date == *pp.assembly) a = &candidate;
      const std::string name = problem_name(pp.problem, problems).label(lang);
      if (!a) {
        std::string dates;
        for (const auto& other : m.assemblies)
          dates += (dates.empty() ? "" : ", ") + date_text(other.date);
        diags.error(
            pp.assembly_pos,
            dates.empty()
                ? msg(lang, "'{}' points at the assembly of {}, but there is no assembly file",
                      name, date)
                : msg(lang, "'{}' points at the assembly of {}, but the assembly files are of {}",
                      name, date, dates));
        continue;
      }
      auto voted =
          std::find_if(a->proposals.begin(), a->proposals.end(),
                       [&](const AssemblyProposal& p) { return p.problem.id == pp.problem.id; });
      if (voted == a->proposals.end())
        diags.warning(pp.assembly_pos,
                      msg(lang, "the assembly of {} did not vote on '{}'", date, name));
      else if (decide(*voted, *a) == Decision::rejected)
        diags.warning(pp.assembly_pos,
                      msg(lang,
                          "the assembly of {} rejected '{}' ({} yes, {} no); the plan still has it",
                          date, name, voted->yes, voted->no));
    }
}

} // namespace

void check_priority_coverage(const Municipality& m, Diagnostics& diags) {
  check_assembly_pointers(m, diags);
  if (m.causes.empty() && m.plans.empty()) return;
  const GalleryTally tally = tally_gallery(m, RankBy::dots);
  check_causes(m, tally, diags);
  check_plans(m, tally, diags);
}

void check_priority_coverage(const Program& program, Diagnostics& diags) {
  for (const auto& m : program.municipalities)
    check_priority_coverage(m, diags);
}

} // namespace vap
