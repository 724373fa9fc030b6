#include "vap/papers.hpp"

#include "vap/monitor.hpp"
#include "vap/text.hpp"

#include <algorithm>
#include <map>
#include <set>

namespace vap {
namespace {

constexpr std::string_view k_local_budget = "local-budget";
// The method's monitoring group: five from the community (one per village when there are more
// villages), one from the ayil okmotu, one from the kenesh.
constexpr int k_community = 5;
// The items people misjudged most that the hearing's citizens' budget shows, and the gap (in
// percentage points) above which `vap pie` calls an item a hearing topic.
constexpr std::size_t k_misjudged = 5;
constexpr double k_topic_gap = 10;

PaperHeader header_of(const Municipality& m) {
  PaperHeader h;
  h.municipality = m.name;
  h.region = m.region;
  h.district = m.district;
  for (const auto& v : m.villages)
    h.villages.push_back(v.text);
  return h;
}

GroupMember member_of(const Person& p) {
  GroupMember g;
  g.name = p.name.text;
  g.gender = p.gender ? p.gender->id : "";
  g.village = p.village ? p.village->text : "";
  g.role = p.role ? p.role->id : "";
  return g;
}

// The latest monitoring round's group (by date; of two rounds of one date, the later file).
MonitoringTeam latest_team(const Municipality& m) {
  MonitoringTeam t;
  const Monitoring* latest = nullptr;
  for (const auto& r : m.monitorings)
    if (!latest || !(r.date < latest->date)) latest = &r;
  if (!latest) return t;
  t.date = latest->date;
  for (const auto& p : latest->team)
    t.members.push_back(member_of(p));
  return t;
}

std::optional<Date> latest_assembly(const Municipality& m) {
  std::optional<Date> d;
  for (const auto& a : m.assemblies)
    if (!d || *d < a.date) d = a.date;
  return d;
}

} // namespace

std::optional<PaperKind> paper_kind(std::string_view name) {
  if (name == "decision") return PaperKind::decision;
  if (name == "order") return PaperKind::order;
  if (name == "hearing") return PaperKind::hearing;
  if (name == "monitoring-group") return PaperKind::monitoring_group;
  return std::nullopt;
}

int monitoring_community_wanted(std::size_t villages) {
  return std::max(k_community, static_cast<int>(villages));
}

bool gender_balanced(int women, int men) {
  const int known = women + men;
  return known == 0 || (women * 10 >= known * 4 && men * 10 >= known * 4);
}

DecisionPaper decision_paper(const Municipality& m) {
  DecisionPaper d;
  d.header = header_of(m);
  const PlanSummary plan = summarize_plan(m);
  d.year = plan.year;
  d.unit = plan.unit;
  d.assembly = latest_assembly(m);
  d.envelope = plan_envelope(m, std::nullopt);
  const BudgetSummary budget = summarize_budget(m, d.envelope.value_or(0));
  // What the assembly rejected is not approved: left out of the annexes and of every total
  // (the budget step leaves it out likewise), and named apart.
  std::set<std::string> rejected;
  for (const auto& r : budget.rejected) {
    rejected.insert(r.problem.id);
    d.rejected.push_back(r.problem);
  }
  std::map<std::string, double> by_source;
  for (const auto& e : plan.entries) {
    if (rejected.count(e.problem.id)) continue;
    d.total += e.total;
    for (const auto& [source, amount] : e.by_source)
      by_source[source] += amount;
    DecisionProblem p;
    p.problem = e.problem;
    p.goal = e.goal;
    p.leader = e.leader;
    p.tasks = e.tasks;
    p.total = e.total;
    for (const auto& t : e.tasks)
      for (const auto& [source, amount] : t.funding)
        if (source == k_local_budget) {
          p.lines.push_back({t.task, amount});
          p.local_budget += amount;
        }
    d.problems.push_back(std::move(p));
  }
  d.local_budget = budget.asked;
  d.sources = plan.sources;
  for (const auto& s : plan.sources)
    if (s.id != k_local_budget) {
      auto it = by_source.find(s.id);
      if (it != by_source.end() && it->second > 0) d.other_sources.emplace_back(s, it->second);
    }
  d.team = latest_team(m);
  d.rounds = monitor(m).round_dates;
  return d;
}

OrderPaper order_paper(const Municipality& m) {
  OrderPaper o;
  o.header = header_of(m);
  const PlanSummary plan = summarize_plan(m);
  o.year = plan.year;
  std::set<std::string> people, women, men;
  for (const auto& e : plan.entries) {
    if (e.members.empty()) continue;
    OrderGroup g;
    g.problem = e.problem;
    g.leader = e.leader;
    g.members = e.members;
    g.women = e.women;
    g.men = e.men;
    g.balanced = gender_balanced(e.women, e.men);
    for (const auto& p : e.members) {
      // One person in two groups counts once (by name, as the plan matches them).
      const std::string key = match_key(p.name);
      people.insert(key);
      if (p.gender == "female") women.insert(key);
      if (p.gender == "male") men.insert(key);
    }
    o.groups.push_back(std::move(g));
  }
  o.people = static_cast<int>(people.size());
  o.women = static_cast<int>(women.size());
  o.men = static_cast<int>(men.size());
  o.villages_without_group = plan.villages_without_group;
  return o;
}

HearingPaper hearing_paper(const Municipality& m) {
  HearingPaper h;
  h.header = header_of(m);
  const PieComparison pie = compare_pie(m, k_topic_gap);
  h.has_budget = m.budget.has_value();
  if (m.budget) {
    h.budget_year = m.budget->year;
    h.unit = m.budget->unit;
    // The lines as the file lists them, each with the share `vap pie` gives its item.
    for (BudgetSide side : {BudgetSide::revenue, BudgetSide::expenditure}) {
      CitizensBudgetSide& out = side == BudgetSide::revenue ? h.revenue : h.expenditure;
      const PieSide& ps = pie.side(side);
      for (const BudgetLine& l :
           side == BudgetSide::revenue ? m.budget->revenue : m.budget->expenditure) {
        auto it = std::find_if(ps.items.begin(), ps.items.end(),
                               [&](const PieItem& p) { return p.item.id == l.item.id; });
        if (it == ps.items.end()) continue;
        // An item typed twice is one line of the pie: the first line carries it.
        auto seen = std::find_if(out.lines.begin(), out.lines.end(),
                                 [&](const auto& x) { return x.item.id == l.item.id; });
        if (seen != out.lines.end()) {
          seen->amount += l.amount;
        } else {
          out.lines.push_back({it->item, l.amount, it->actual});
        }
        out.total += l.amount;
      }
    }
  }
  h.pie_sessions = pie.sessions;
  for (std::size_t i = 0; i < pie.topics.size() && i < k_misjudged; ++i)
    h.misjudged.push_back(pie.topics[i]);
  if (!m.plans.empty()) {
    h.envelope = plan_envelope(m, std::nullopt);
    const BudgetSummary b = summarize_budget(m, h.envelope.value_or(0));
    const PlanSummary plan = summarize_plan(m);
    h.plan_year = plan.year;
    h.plan_unit = b.unit;
    for (const auto& r : b.rows)
      h.asks.push_back({r.problem, r.cost});
    h.asked = b.asked;
  }
  return h;
}

MonitoringGroupPaper monitoring_group_paper(const Municipality& m) {
  MonitoringGroupPaper g;
  g.header = header_of(m);
  g.team = latest_team(m);
  g.community_wanted = monitoring_community_wanted(m.villages.size());
  g.size_wanted = g.community_wanted + 2;
  const auto& members = g.team.members;
  if (members.empty()) {
    g.gaps.push_back({TeamGap::no_team, 0, {}});
    return g;
  }
  int no_gender = 0, no_role = 0;
  for (const auto& p : members) {
    g.women += p.gender == "female";
    g.men += p.gender == "male";
    g.community += p.role == "community";
    g.lsg_staff += p.role == "lsg-staff";
    g.deputies += p.role == "deputy";
    no_gender += p.gender.empty();
    no_role += p.role.empty();
  }
  if (g.community < g.community_wanted)
    g.gaps.push_back({TeamGap::community_short, g.community_wanted - g.community, {}});
  if (g.lsg_staff == 0) g.gaps.push_back({TeamGap::no_lsg_staff, 0, {}});
  if (g.deputies == 0) g.gaps.push_back({TeamGap::no_deputy, 0, {}});
  for (const auto& v : m.villages) {
    const bool there = std::any_of(members.begin(), members.end(),
                                   [&](const GroupMember& p) { return p.village == v.text; });
    if (there)
      ++g.villages_covered;
    else
      g.gaps.push_back({TeamGap::village_missing, 0, v.text});
  }
  if (g.women == 0 && g.men > 0) g.gaps.push_back({TeamGap::no_women, 0, {}});
  if (g.men == 0 && g.women > 0) g.gaps.push_back({TeamGap::no_men, 0, {}});
  if (g.women > 0 && g.men > 0 && !gender_balanced(g.women, g.men))
    g.gaps.push_back({TeamGap::unbalanced, 0, {}});
  if (no_gender > 0) g.gaps.push_back({TeamGap::unknown_gender, no_gender, {}});
  if (no_role > 0) g.gaps.push_back({TeamGap::unknown_role, no_role, {}});
  if (static_cast<int>(members.size()) > g.size_wanted + 2)
    g.gaps.push_back({TeamGap::large, static_cast<int>(members.size()), {}});
  return g;
}

} // namespace vap
