#include "vap/budget.hpp"

#include "vap/plan.hpp"

#include <algorithm>
#include <cmath>

namespace vap {
namespace {

// Amounts are sums and quotients of typed decimals: equal within a millionth of a som's
// fraction of the amounts involved (pabutools computes in exact fractions).
bool nearly_equal(double a, double b) {
  return std::fabs(a - b) <= 1e-9 * std::max({1.0, std::fabs(a), std::fabs(b)});
}
bool less(double a, double b) {
  return a < b && !nearly_equal(a, b);
}

long long points_of(const BudgetVoter& v, const std::string& project) {
  auto it = v.points.find(project);
  return it == v.points.end() ? 0 : it->second;
}

} // namespace

GreedyResult greedy_budget(const BudgetInstance& in) {
  // Satisfaction per som under cost utilities: Σ_i points_i(p) · cost(p) / cost(p) = points.
  struct Item {
    const BudgetProject* p;
    long long points;
  };
  std::vector<Item> items;
  for (const auto& p : in.projects) {
    long long n = 0;
    for (const auto& v : in.voters)
      n += points_of(v, p.id);
    items.push_back({&p, n});
  }
  // pabutools: ordered by the tie rule (project id), then stably by falling density.
  std::sort(items.begin(), items.end(),
            [](const Item& a, const Item& b) { return a.p->id < b.p->id; });
  std::stable_sort(items.begin(), items.end(),
                   [](const Item& a, const Item& b) { return a.points > b.points; });
  GreedyResult r;
  double left = in.envelope;
  for (const auto& it : items) {
    GreedyStep s;
    s.project = it.p->id;
    s.points = it.points;
    s.cost = it.p->cost;
    s.left_before = left;
    s.funded = !less(left, it.p->cost);
    if (s.funded) {
      left -= it.p->cost;
      r.funded.push_back(it.p->id);
      r.spent += it.p->cost;
    }
    r.steps.push_back(s);
  }
  r.left = in.envelope - r.spent;
  return r;
}

MesResult equal_shares(const BudgetInstance& in) {
  MesResult r;
  const std::size_t n = in.voters.size();
  r.per_voter = n == 0 ? 0 : in.envelope / static_cast<double>(n);
  std::vector<double> budget(n, r.per_voter);
  // The projects in the race: some support and a cost above 0 (pabutools leaves the others out).
  std::vector<const BudgetProject*> race;
  for (const auto& p : in.projects) {
    long long total = 0;
    for (const auto& v : in.voters)
      total += points_of(v, p.id);
    if (total > 0 && p.cost > 0)
      race.push_back(&p);
    else
      r.never_supported.push_back(p.id);
  }
  std::sort(race.begin(), race.end(),
            [](const BudgetProject* a, const BudgetProject* b) { return a->id < b->id; });
  std::vector<std::string> dropped;
  while (true) {
    // Out: projects whose supporters together have less left than the project costs.
    std::vector<const BudgetProject*> still;
    for (const auto* p : race) {
      double available = 0;
      for (std::size_t i = 0; i < n; ++i)
        if (points_of(in.voters[i], p->id) > 0) available += budget[i];
      if (less(available, p->cost))
        dropped.push_back(p->id);
      else
        still.push_back(p);
    }
    race = std::move(still);
    if (race.empty()) break;
    // Each project's affordability ρ: the smallest ρ with Σ min(b_i, ρ·u_i) = cost, found by
    // letting the supporters with the least budget per utility pay all they have.
    const BudgetProject* best = nullptr;
    double best_rho = 0;
    std::vector<std::string> tied;
    for (const auto* p : race) {
      std::vector<std::size_t> sup;
      double utility = 0;
      for (std::size_t i = 0; i < n; ++i)
        if (long long pts = points_of(in.voters[i], p->id); pts > 0) {
          sup.push_back(i);
          utility += static_cast<double>(pts) * p->cost;
        }
      auto u = [&](std::size_t i) {
        return static_cast<double>(points_of(in.voters[i], p->id)) * p->cost;
      };
      std::stable_sort(sup.begin(), sup.end(), [&](std::size_t a, std::size_t b) {
        return budget[a] / u(a) < budget[b] / u(b);
      });
      double paid = 0;
      double rho = 0;
      for (std::size_t i : sup) {
        rho = (p->cost - paid) / utility;
        if (!less(budget[i], rho * u(i))) break;
        paid += budget[i];
        utility -= u(i);
      }
      if (!best || less(rho, best_rho)) {
        best = p;
        best_rho = rho;
        tied.clear();
      } else if (nearly_equal(rho, best_rho)) {
        tied.push_back(p->id); // `race` is in id order: the first one wins the tie
      }
    }
    MesStep s;
    s.project = best->id;
    s.rho = best_rho;
    s.per_point = best_rho * best->cost;
    s.cost = best->cost;
    s.tied = tied;
    s.dropped = std::move(dropped);
    dropped.clear();
    for (std::size_t i = 0; i < n; ++i)
      if (long long pts = points_of(in.voters[i], best->id); pts > 0) {
        const double pay = std::min(budget[i], best_rho * static_cast<double>(pts) * best->cost);
        budget[i] -= pay;
        if (nearly_equal(budget[i], 0)) budget[i] = 0;
        s.payments.push_back({in.voters[i].id, pay, budget[i]});
      }
    r.funded.push_back(best->id);
    r.spent += best->cost;
    r.steps.push_back(std::move(s));
    race.erase(std::find(race.begin(), race.end(), best));
  }
  r.dropped_last = std::move(dropped);
  r.left = in.envelope - r.spent;
  return r;
}

std::optional<double> plan_envelope(const Municipality& m, std::optional<double> flag) {
  if (flag) return flag;
  if (m.budget && m.budget->plan_envelope) return m.budget->plan_envelope;
  return std::nullopt;
}

BudgetSummary summarize_budget(const Municipality& m, double envelope) {
  BudgetSummary s;
  s.municipality_id = m.id;
  s.municipality = m.name;
  s.envelope = envelope;
  s.has_plan = !m.plans.empty();
  const PlanSummary plan = summarize_plan(m);
  s.unit = !plan.unit.empty() ? plan.unit : (m.budget ? m.budget->unit : std::string());
  // Plan problems merged by id (a problem typed in two entries is one project).
  for (const auto& e : plan.entries) {
    auto it = std::find_if(s.rows.begin(), s.rows.end(),
                           [&](const BudgetRow& r) { return r.problem.id == e.problem.id; });
    if (it == s.rows.end()) {
      BudgetRow r;
      r.problem = e.problem;
      r.rank = e.rank;
      s.rows.push_back(r);
      it = s.rows.end() - 1;
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
      } else
        o->second += amount;
    }
  }
  std::vector<BudgetRow> asking;
  for (auto& r : s.rows)
    if (r.cost > 0)
      asking.push_back(std::move(r));
    else
      s.not_asking.push_back(r.problem);
  s.rows = std::move(asking);
  const Catalogs& cat = *m.catalogs;
  for (const auto& r : s.rows) {
    s.instance.projects.push_back({r.problem.id, r.cost});
    s.asked += r.cost;
  }
  s.instance.envelope = envelope;
  for (const auto& session : m.sessions) {
    if (!session.gallery) continue;
    BudgetVoter v;
    long long dots = 0;
    for (const auto& vote : session.gallery->votes)
      for (auto& r : s.rows)
        if (r.problem.id == vote.problem.id && vote.dots.total > 0) {
          v.points[r.problem.id] += vote.dots.total;
          r.dots += vote.dots.total;
          dots += vote.dots.total;
        }
    if (dots == 0) continue; // no dot on a problem that asks the local budget: no stake
    v.id = "s" + std::to_string(s.sessions.size() + 1);
    BudgetSession bs;
    bs.id = v.id;
    bs.date = session.date;
    bs.village = session.village.text;
    bs.group = named_id(session.group, cat[CatalogKind::groups]);
    bs.dots = dots;
    s.sessions.push_back(bs);
    s.instance.voters.push_back(std::move(v));
  }
  std::stable_sort(s.rows.begin(), s.rows.end(), [](const BudgetRow& a, const BudgetRow& b) {
    if (a.dots != b.dots) return a.dots > b.dots;
    return a.problem.id < b.problem.id;
  });
  s.greedy = greedy_budget(s.instance);
  s.mes = equal_shares(s.instance);
  for (auto& r : s.rows) {
    r.greedy = std::find(s.greedy.funded.begin(), s.greedy.funded.end(), r.problem.id) !=
               s.greedy.funded.end();
    r.mes = std::find(s.mes.funded.begin(), s.mes.funded.end(), r.problem.id) != s.mes.funded.end();
  }
  return s;
}

} // namespace vap
