#include "vap/equal_shares.hpp"

#include "exact.hpp"

#include <algorithm>
#include <map>
#include <numeric>

namespace vap {
namespace {

// Voters with the same budget left form one class: a voter's budget is its class's, so a
// purchase computes each new budget once per class and points, not once per voter, and a
// project's supporters are counted by class.
class Classes {
public:
  explicit Classes(const mpq_class& start, std::size_t voters) : m_of(voters, 0) {
    m_budget.push_back(start);
    m_index.emplace(start, 0);
  }
  const mpq_class& budget(std::uint32_t c) const { return m_budget[c]; }
  std::uint32_t of(std::uint32_t voter) const { return m_of[voter]; }
  void move(std::uint32_t voter, std::uint32_t c) { m_of[voter] = c; }
  std::size_t size() const { return m_budget.size(); }
  // The class of `budget`, made when there is none.
  std::uint32_t find(const mpq_class& budget) {
    auto [it, fresh] = m_index.emplace(budget, static_cast<std::uint32_t>(m_budget.size()));
    if (fresh) m_budget.push_back(budget);
    return it->second;
  }

private:
  std::vector<mpq_class> m_budget;
  std::map<mpq_class, std::uint32_t> m_index;
  std::vector<std::uint32_t> m_of; // voter → class
};

struct Group {
  std::uint32_t cls;
  long long points;
  long long count;
};

class Run {
public:
  Run(const PbElection& e, const BallotIndex& index, const MesOptions& o)
      : m_e(e), m_index(index), m_o(o), m_classes(start_budget(e, o), e.voters()), m_counter(1, 0) {
  }

  MesResult run();

private:
  static mpq_class start_budget(const PbElection& e, const MesOptions& o) {
    if (e.voters() == 0) return 0;
    mpq_class b(big(e.budget) * big(o.budget_percent),
                big(100) * big(static_cast<long long>(e.voters())));
    b.canonicalize();
    return b;
  }
  // A project's satisfaction per point: its cost (cost satisfaction) or 1 (cardinality).
  long long per_point(std::uint32_t p) const {
    return m_o.satisfaction == Satisfaction::cost ? m_e.projects[p].cost : 1;
  }
  std::vector<Group> groups(std::uint32_t p);
  // The affordability of `p`, or false when its supporters have less left than it costs.
  bool affordability(std::uint32_t p, mpq_class& rho);
  void buy(std::uint32_t p, const mpq_class& rho, MesPurchase& step);
  std::vector<std::uint32_t> drop_unaffordable();

  const PbElection& m_e;
  const BallotIndex& m_index;
  MesOptions m_o;
  Classes m_classes;
  std::vector<std::uint32_t> m_counter; // by class, for approval supporters (points 1)
  std::vector<std::uint32_t> m_race;
  std::vector<mpq_class> m_stale; // by project: its affordability when last computed
};

std::vector<Group> Run::groups(std::uint32_t p) {
  std::vector<Group> out;
  const std::uint32_t begin = m_index.start[p], end = m_index.start[p + 1];
  bool ones = true;
  for (std::uint32_t k = begin; k < end && ones; ++k)
    ones = m_index.points[k] == 1;
  if (ones) {
    // Counted by class in a dense array (reset after).
    if (m_counter.size() < m_classes.size()) m_counter.resize(m_classes.size(), 0);
    std::vector<std::uint32_t> touched;
    for (std::uint32_t k = begin; k < end; ++k) {
      const std::uint32_t c = m_classes.of(m_index.voter[k]);
      if (m_counter[c]++ == 0) touched.push_back(c);
    }
    for (std::uint32_t c : touched) {
      out.push_back({c, 1, m_counter[c]});
      m_counter[c] = 0;
    }
    return out;
  }
  std::vector<std::pair<std::uint32_t, long long>> keys;
  keys.reserve(end - begin);
  for (std::uint32_t k = begin; k < end; ++k)
    if (m_index.points[k] > 0) keys.emplace_back(m_classes.of(m_index.voter[k]), m_index.points[k]);
  std::sort(keys.begin(), keys.end());
  for (const auto& key : keys)
    if (!out.empty() && out.back().cls == key.first && out.back().points == key.second)
      ++out.back().count;
    else
      out.push_back({key.first, key.second, 1});
  return out;
}

bool Run::affordability(std::uint32_t p, mpq_class& rho) {
  std::vector<Group> g = groups(p);
  const mpz_class cost = big(m_e.projects[p].cost);
  mpq_class available = 0;
  mpz_class points = 0;
  for (const auto& x : g) {
    available += m_classes.budget(x.cls) * big(x.count);
    points += big(x.points) * big(x.count);
  }
  if (available < cost) return false;
  // The supporters with the least budget per point pay all they have, the others the same price
  // per point: the smallest price with which together they pay the cost.
  std::sort(g.begin(), g.end(), [&](const Group& a, const Group& b) {
    if (a.points == b.points) return m_classes.budget(a.cls) < m_classes.budget(b.cls);
    return m_classes.budget(a.cls) * big(b.points) < m_classes.budget(b.cls) * big(a.points);
  });
  mpq_class remaining = cost;
  mpq_class price;
  for (const auto& x : g) {
    price = remaining / points;
    if (price * big(x.points) <= m_classes.budget(x.cls)) break;
    remaining -= m_classes.budget(x.cls) * big(x.count);
    points -= big(x.points) * big(x.count);
  }
  rho = price / big(per_point(p));
  return true;
}

void Run::buy(std::uint32_t p, const mpq_class& rho, MesPurchase& step) {
  const mpq_class price = rho * big(per_point(p));
  // The new class of each (class, points) of the supporters, computed once.
  std::map<std::pair<std::uint32_t, long long>, std::uint32_t> moved;
  if (m_o.trace) step.paid.assign(m_e.voters(), 0.0);
  for (std::uint32_t k = m_index.start[p]; k < m_index.start[p + 1]; ++k) {
    const long long pts = m_index.points[k];
    if (pts <= 0) continue;
    const std::uint32_t v = m_index.voter[k];
    const std::uint32_t c = m_classes.of(v);
    auto it = moved.find({c, pts});
    if (it == moved.end()) {
      const mpq_class& b = m_classes.budget(c);
      const mpq_class due = price * big(pts);
      const mpq_class left = due < b ? mpq_class(b - due) : mpq_class(0);
      it = moved.emplace(std::make_pair(c, pts), m_classes.find(left)).first;
    }
    if (m_o.trace)
      step.paid[v] = mpq_class(m_classes.budget(c) - m_classes.budget(it->second)).get_d() /
                     static_cast<double>(power_of_ten(m_e.money_places));
    m_classes.move(v, it->second);
  }
}

std::vector<std::uint32_t> Run::drop_unaffordable() {
  std::vector<std::uint32_t> out, still;
  for (std::uint32_t p : m_race) {
    mpq_class available = 0;
    for (const auto& x : groups(p))
      available += m_classes.budget(x.cls) * big(x.count);
    (available < big(m_e.projects[p].cost) ? out : still).push_back(p);
  }
  m_race = std::move(still);
  return out;
}

MesResult Run::run() {
  MesResult r;
  const std::size_t n = m_e.voters();
  if (n == 0) return r;
  r.per_voter = m_classes.budget(0).get_d() / static_cast<double>(power_of_ten(m_e.money_places));
  m_stale.resize(m_e.projects.size());
  for (std::uint32_t p = 0; p < m_e.projects.size(); ++p) {
    if (m_index.score[p] <= 0 || per_point(p) <= 0) {
      // Cardinality satisfaction: a supported project of cost 0 is funded before anything else.
      if (m_index.score[p] > 0 && m_e.projects[p].cost == 0) r.free.push_back(p);
      continue;
    }
    m_race.push_back(p);
    m_stale[p] = mpq_class(big(m_e.projects[p].cost), big(per_point(p)) * big(m_index.score[p]));
    m_stale[p].canonicalize();
  }
  r.funded = r.free;
  auto by_id = [&](std::uint32_t a, std::uint32_t b) {
    return m_e.projects[a].id < m_e.projects[b].id;
  };
  std::vector<std::uint32_t> dropped;
  while (!m_race.empty()) {
    if (m_o.trace) {
      std::vector<std::uint32_t> now = drop_unaffordable();
      dropped.insert(dropped.end(), now.begin(), now.end());
    }
    // pabutools' order: by the affordability last computed, which only grows; a project whose
    // last one is above the best found this round cannot be the best.
    std::vector<std::uint32_t> order = m_race;
    std::stable_sort(order.begin(), order.end(),
                     [&](std::uint32_t a, std::uint32_t b) { return m_stale[a] < m_stale[b]; });
    std::vector<std::uint32_t> tied;
    mpq_class best;
    std::vector<std::uint32_t> out;
    for (std::uint32_t p : order) {
      if (!tied.empty() && m_stale[p] > best) break;
      mpq_class rho;
      if (!affordability(p, rho)) {
        out.push_back(p);
        continue;
      }
      m_stale[p] = rho;
      if (tied.empty() || rho < best) {
        best = rho;
        tied = {p};
      } else if (rho == best) {
        tied.push_back(p);
      }
    }
    for (std::uint32_t p : out)
      m_race.erase(std::find(m_race.begin(), m_race.end(), p));
    if (m_o.trace) dropped.insert(dropped.end(), out.begin(), out.end());
    if (tied.empty()) break;
    std::sort(tied.begin(), tied.end(), by_id);
    MesPurchase step;
    step.project = tied.front();
    step.tied.assign(tied.begin() + 1, tied.end());
    step.rho = best.get_d();
    step.per_point = mpq_class(best * big(per_point(step.project))).get_d() /
                     static_cast<double>(power_of_ten(m_e.money_places));
    if (m_o.trace) {
      std::sort(dropped.begin(), dropped.end(), by_id);
      step.dropped = std::move(dropped);
      dropped.clear();
    }
    buy(step.project, best, step);
    m_race.erase(std::find(m_race.begin(), m_race.end(), step.project));
    r.funded.push_back(step.project);
    r.steps.push_back(std::move(step));
  }
  if (m_o.trace) {
    std::sort(dropped.begin(), dropped.end(), by_id);
    r.dropped_last = std::move(dropped);
  }
  r.left.resize(n);
  const double scale = static_cast<double>(power_of_ten(m_e.money_places));
  std::vector<double> class_left(m_classes.size());
  for (std::uint32_t c = 0; c < m_classes.size(); ++c)
    class_left[c] = m_classes.budget(c).get_d() / scale;
  for (std::uint32_t v = 0; v < n; ++v)
    r.left[v] = class_left[m_classes.of(v)];
  for (std::uint32_t p : r.funded)
    r.spent += m_e.projects[p].cost;
  return r;
}

} // namespace

MesResult equal_shares(const PbElection& e, const BallotIndex& index, const MesOptions& options) {
  return Run(e, index, options).run();
}

IncreaseResult equal_shares_increase(const PbElection& e, const BallotIndex& index) {
  IncreaseResult previous;
  const long long n = static_cast<long long>(e.voters());
  if (n == 0 || e.budget <= 0) {
    previous.funded = equal_shares(e, index, {}).funded;
    return previous;
  }
  // Once a voter's share covers every project, every supported project is bought whatever the
  // budget: pabutools' loop would go on to its bound (the budget x (voters + 1)) with the same
  // outcome, and return it.
  Int128 all = 0;
  for (const auto& p : e.projects)
    all += p.cost;
  for (long long percent = 100; percent <= 100 * (n + 1); ++percent) {
    MesResult out = equal_shares(e, index, {Satisfaction::cost, percent, false});
    if (out.spent > e.budget) return previous;
    previous = {std::move(out.funded), percent};
    if (exhaustive(e, previous.funded)) return previous;
    if (static_cast<Int128>(e.budget) * percent >= static_cast<Int128>(100) * n * all)
      return previous;
  }
  return previous;
}

} // namespace vap
