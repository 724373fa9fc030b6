#include "vap/budget.hpp"

#include "vap/assembly.hpp"
#include "vap/plan.hpp"

#include <algorithm>
#include <cmath>
#include <map>

namespace vap {

int amount_places(const std::vector<double>& amounts) {
  for (int places = 0; places < 6; ++places) {
    const double scale = static_cast<double>(power_of_ten(places));
    const bool exact = std::all_of(amounts.begin(), amounts.end(), [&](double a) {
      const double x = a * scale;
      return std::fabs(x - std::round(x)) <= 1e-6 * std::max(1.0, std::fabs(x));
    });
    if (exact) return places;
  }
  return 6;
}

long long amount_units(double amount, int places) {
  return std::llround(amount * static_cast<double>(power_of_ten(places)));
}

std::optional<double> plan_envelope(const Municipality& m, std::optional<double> flag) {
  if (flag) return flag;
  if (m.budget && m.budget->plan_envelope) return m.budget->plan_envelope;
  return std::nullopt;
}

namespace {

// The plan's problems merged by id (a problem typed in two entries is one project), with what
// they ask of the local budget and of the other sources.
std::vector<BudgetRow> plan_rows(const PlanSummary& plan) {
  std::vector<BudgetRow> rows;
  for (const auto& e : plan.entries) {
    auto it = std::find_if(rows.begin(), rows.end(),
                           [&](const BudgetRow& r) { return r.problem.id == e.problem.id; });
    if (it == rows.end()) {
      BudgetRow r;
      r.problem = e.problem;
      r.rank = e.rank;
      rows.push_back(r);
      it = rows.end() - 1;
    }
    for (const auto& [source, amount] : e.by_source) {
      if (source == "local-budget") {
        it->cost += amount;
        continue;
      }
      auto o = std::find_if(it->other.begin(), it->other.end(),
                            [&source = source](const auto& x) { return x.first.id == source; });
      if (o == it->other.end()) {
        SourceName name{source, {source, source, source}};
        for (const auto& sn : plan.sources)
          if (sn.id == source) name = sn;
        it->other.push_back({name, amount});
      } else {
        o->second += amount;
      }
    }
  }
  return rows;
}

// The latest assembly's decisions, by problem id.
std::map<std::string, std::pair<AssemblyMark, std::string>>
assembly_marks(const Municipality& m, std::optional<Date>& date) {
  std::map<std::string, std::pair<AssemblyMark, std::string>> marks;
  const AssemblyReport report = assembly_report(m);
  if (!report.assembly) return marks;
  date = report.assembly->date;
  for (const auto& r : report.summary.rows) {
    AssemblyMark mark = AssemblyMark::agreed;
    if (r.decision == Decision::rejected)
      mark = AssemblyMark::rejected;
    else if (r.decision == Decision::amended)
      mark = AssemblyMark::amended;
    else if (!r.gallery_priority)
      mark = AssemblyMark::added;
    if (mark == AssemblyMark::agreed && !r.gallery_priority) mark = AssemblyMark::added;
    marks[r.problem_id] = {mark, r.amendment};
  }
  return marks;
}

} // namespace

BudgetSummary summarize_budget(const Municipality& m, double envelope) {
  BudgetSummary s;
  s.municipality_id = m.id;
  s.municipality = m.name;
  s.envelope = envelope;
  s.has_plan = !m.plans.empty();
  const PlanSummary plan = summarize_plan(m);
  s.unit = !plan.unit.empty() ? plan.unit : (m.budget ? m.budget->unit : std::string());
  const auto marks = assembly_marks(m, s.assembly_date);
  for (auto& r : plan_rows(plan)) {
    if (auto it = marks.find(r.problem.id); it != marks.end()) {
      r.assembly = it->second.first;
      r.amendment = it->second.second;
    }
    if (r.assembly == AssemblyMark::rejected)
      s.rejected.push_back(std::move(r));
    else if (r.cost > 0)
      s.rows.push_back(std::move(r));
    else
      s.not_asking.push_back(r.problem);
  }
  // The voters: every session that gave dots; their dots on the projects.
  const Catalogs& cat = *m.catalogs;
  std::vector<std::vector<std::pair<std::string, long long>>> ballots;
  std::vector<Sex> session_sex;
  for (const auto& session : m.sessions) {
    if (!session.gallery || session.gallery->total_dots() == 0) continue;
    BudgetSession bs;
    bs.id = "s" + std::to_string(s.sessions.size() + 1);
    bs.date = session.date;
    bs.village = session.village.text;
    bs.group = named_id(session.group, cat[CatalogKind::groups]);
    bs.dots = session.gallery->total_dots();
    // The group's sex (the groups catalog's gender), for the .pb's voters.
    const CatalogEntry* g =
        session.group.in_catalog ? cat[CatalogKind::groups].by_id(session.group.id) : nullptr;
    session_sex.push_back(!g                      ? Sex::unknown
                          : g->gender == "female" ? Sex::female
                          : g->gender == "male"   ? Sex::male
                                                  : Sex::unknown);
    std::vector<std::pair<std::string, long long>> ballot;
    for (const auto& vote : session.gallery->votes) {
      for (auto& r : s.rows)
        if (r.problem.id == vote.problem.id && vote.dots.total > 0) {
          ballot.emplace_back(r.problem.id, vote.dots.total);
          r.dots += vote.dots.total;
          bs.plan_dots += vote.dots.total;
        }
      for (auto& r : s.rejected)
        if (r.problem.id == vote.problem.id) r.dots += vote.dots.total;
    }
    s.sessions.push_back(bs);
    ballots.push_back(std::move(ballot));
  }
  std::stable_sort(s.rows.begin(), s.rows.end(), [](const BudgetRow& a, const BudgetRow& b) {
    if (a.dots != b.dots) return a.dots > b.dots;
    return a.problem.id < b.problem.id;
  });
  // The election: amounts in the fewest decimals that write them all.
  std::vector<double> amounts{envelope};
  for (const auto& r : s.rows)
    amounts.push_back(r.cost);
  PbElection& e = s.election;
  e.vote_type = VoteType::cumulative;
  e.money_places = amount_places(amounts);
  e.budget = amount_units(envelope, e.money_places);
  std::map<std::string, std::uint32_t> index;
  for (const auto& r : s.rows) {
    index[r.problem.id] = static_cast<std::uint32_t>(e.projects.size());
    PbProject p;
    p.id = r.problem.id;
    p.cost = amount_units(r.cost, e.money_places);
    e.projects.push_back(std::move(p));
    s.asked += r.cost;
  }
  for (std::size_t v = 0; v < s.sessions.size(); ++v) {
    std::vector<std::pair<std::uint32_t, long long>> entries;
    for (const auto& [id, dots] : ballots[v])
      entries.emplace_back(index.at(id), dots);
    // In the projects' order, as the .pb lists them.
    std::sort(entries.begin(), entries.end());
    e.add_voter(s.sessions[v].id, entries, session_sex[v]);
  }
  const BallotIndex ballot_index(e);
  s.runs = run_budget_rules(e, ballot_index, true);
  for (auto& r : s.rows)
    r.funded.assign(std::size(k_all_rules), false);
  for (std::size_t k = 0; k < s.runs.outcomes.size(); ++k)
    for (std::uint32_t p : s.runs.outcomes[k].funded)
      s.rows[p].funded[k] = true;
  // The voters' groups: the sessions' groups, in the order they first come.
  VoterGroups groups;
  for (const auto& bs : s.sessions) {
    auto it = std::find(groups.ids.begin(), groups.ids.end(), bs.group.id);
    if (it == groups.ids.end()) {
      groups.ids.push_back(bs.group.id);
      s.groups.push_back(bs.group);
      it = groups.ids.end() - 1;
    }
    groups.of.push_back(static_cast<std::uint32_t>(it - groups.ids.begin()));
  }
  s.analysis = analyse_budget(e, ballot_index, s.runs, std::move(groups));
  return s;
}

} // namespace vap
