#include "vap/plan.hpp"

#include "vap/causes.hpp"
#include "vap/text.hpp"

#include <algorithm>
#include <fmt/format.h>

namespace vap {

PlanSummary summarize_plan(const Municipality& m) {
  PlanSummary s;
  s.municipality_id = m.id;
  s.municipality = m.name;
  const Catalogs& cat = *m.catalogs;
  const Catalog& sources = cat[CatalogKind::funding_sources];
  const GalleryTally tally = tally_gallery(m, RankBy::dots);

  std::vector<std::pair<std::string, std::vector<ProblemName>>> people; // match key → groups
  std::vector<std::string> people_names;
  std::map<std::string, bool> village_seen;
  bool any_village = false;

  for (const auto& plan : m.plans) {
    if (s.year == 0) s.year = plan.year;
    if (s.unit.empty()) s.unit = plan.unit;
    for (const auto& pp : plan.problems) {
      PlanEntry e;
      e.problem = problem_name(pp.problem, cat[CatalogKind::problems]);
      e.typed = pp.problem.text;
      for (const auto& p : tally.problems)
        if (p.problem.id == pp.problem.id) {
          e.rank = p.rank;
          e.priority = p.priority;
        }
      e.statement = pp.statement;
      e.goal = pp.goal.text;
      if (pp.leader) e.leader = pp.leader->text;
      for (const auto& p : pp.members) {
        GroupMember g;
        g.name = p.name.text;
        if (p.gender && p.gender->in_catalog) g.gender = p.gender->id;
        if (p.village) {
          g.village = p.village->text;
          village_seen[g.village] = true;
          any_village = true;
        }
        if (p.role && p.role->in_catalog) g.role = p.role->id;
        g.leader = pp.leader && match_key(pp.leader->text) == match_key(g.name);
        if (g.gender == "female") ++e.women;
        if (g.gender == "male") ++e.men;
        const std::string key = match_key(g.name);
        auto it = std::find_if(people.begin(), people.end(),
                               [&](const auto& x) { return x.first == key; });
        if (it == people.end()) {
          people.push_back({key, {e.problem}});
          people_names.push_back(g.name);
        } else if (std::none_of(it->second.begin(), it->second.end(),
                                [&](const ProblemName& n) { return n.id == e.problem.id; })) {
          it->second.push_back(e.problem);
        }
        e.members.push_back(std::move(g));
      }
      for (const auto& t : pp.tasks) {
        PlanTaskRow r;
        r.task = t.task.text;
        for (const auto& x : t.activities)
          r.activities.push_back(x.text);
        for (const auto& x : t.results)
          r.results.push_back(x.text);
        for (const auto& x : t.responsible)
          r.responsible.push_back(x.text);
        r.start = t.start;
        r.end = t.end;
        r.direct = t.direct_beneficiaries;
        r.indirect = t.indirect_beneficiaries;
        for (const auto& entry : sources.entries())
          for (const auto& f : t.funding)
            if (f.source.id == entry.id) {
              r.funding.emplace_back(entry.id, f.amount);
              r.total += f.amount;
              e.by_source[entry.id] += f.amount;
              s.by_source[entry.id] += f.amount;
              if (entry.id == "local-budget") {
                int year = t.start ? t.start->year : t.end ? t.end->year : plan.year;
                s.local_budget_by_year[year] += f.amount;
              }
            }
        e.total += r.total;
        e.direct = std::max(e.direct, r.direct.value_or(0));
        e.indirect = std::max(e.indirect, r.indirect.value_or(0));
        e.tasks.push_back(std::move(r));
      }
      s.total += e.total;
      s.direct += e.direct;
      s.indirect += e.indirect;
      s.entries.push_back(std::move(e));
    }
  }
  for (const auto& entry : sources.entries())
    if (s.by_source.count(entry.id)) s.sources.push_back({entry.id, entry.labels});
  for (std::size_t i = 0; i < people.size(); ++i)
    if (people[i].second.size() > 1)
      s.shared_members.push_back({people_names[i], people[i].second});
  if (any_village)
    for (const auto& v : m.villages)
      if (!village_seen.count(v.text)) s.villages_without_group.push_back(v.text);
  if (m.budget && m.budget->year == s.year && !m.budget->expenditure.empty()) {
    double sum = 0;
    for (const auto& l : m.budget->expenditure)
      sum += l.amount;
    s.approved_expenditure = sum;
    s.budget_unit = m.budget->unit;
  }
  if (tally.dots > 0 && !m.plans.empty())
    for (const auto& p : tally.problems)
      if (p.priority && std::none_of(s.entries.begin(), s.entries.end(), [&](const PlanEntry& e) {
            return e.problem.id == p.problem.id;
          }))
        s.missing.push_back(p.problem);
  return s;
}

std::vector<BudgetLineRow> budget_lines(const PlanSummary& plan, Lang lang) {
  std::vector<BudgetLineRow> out;
  for (const auto& e : plan.entries)
    for (const auto& t : e.tasks)
      for (const auto& [source, amount] : t.funding)
        out.push_back(
            {e.problem.id, e.problem.label(lang), t.task, source, amount, t.start, t.end});
  return out;
}

} // namespace vap
