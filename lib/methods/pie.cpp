#include "vap/pie.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

namespace vap {
namespace {

// Rounded to one decimal, halves away from zero (a hair of tolerance for binary fractions).
double round1(double x) {
  return std::round(x * 10 + std::copysign(1e-7, x)) / 10;
}

using Amounts = std::vector<std::pair<std::string, double>>;

// Amounts by item id, an item named twice added up, in id order.
Amounts sum_by_id(const std::vector<std::pair<std::string, double>>& in) {
  std::map<std::string, double> sums;
  for (const auto& [id, v] : in)
    sums[id] += v;
  return {sums.begin(), sums.end()};
}

// The entry of `id` in amounts sorted by id without repeats (what normalise returns), or null.
const std::pair<std::string, double>* find_sorted(const Amounts& sorted, const std::string& id) {
  auto it =
      std::lower_bound(sorted.begin(), sorted.end(), id,
                       [](const auto& entry, const std::string& key) { return entry.first < key; });
  return it != sorted.end() && it->first == id ? &*it : nullptr;
}

// One side: the approved budget's shares against the mean of the normalised pies.
PieSide compare_side(const Municipality& m, BudgetSide side,
                     std::vector<EmptyPieSide>& empty_sides) {
  const Catalog& items = (*m.catalogs)[CatalogKind::budget_items];
  PieSide ps;
  ps.side = side;
  // The approved budget's shares.
  Amounts budget_amounts;
  std::map<std::string, NamedId> side_names;
  if (m.budget) {
    for (const BudgetLine& l :
         side == BudgetSide::revenue ? m.budget->revenue : m.budget->expenditure) {
      budget_amounts.emplace_back(l.item.id, l.amount);
      side_names.emplace(l.item.id, named_id(l.item, items));
      ps.actual_total += l.amount;
    }
  }
  std::optional<Amounts> actual = normalise(budget_amounts);
  ps.has_actual = actual.has_value();
  // Each session's pie normalised to 100, then averaged over the sessions that drew the side.
  std::map<std::string, double> perceived_sum;
  std::map<std::string, int> mentions;
  for (const Session& s : m.sessions) {
    if (!s.pie) continue;
    const auto& shares = side == BudgetSide::revenue ? s.pie->revenue : s.pie->expenditure;
    if (shares.empty()) continue;
    Amounts amounts;
    for (const Share& sh : shares)
      amounts.emplace_back(sh.item.id, sh.value);
    std::optional<Amounts> pct = normalise(amounts);
    if (!pct) {
      empty_sides.push_back({side, s.group.id, s.village.text, shares.front().pos});
      continue;
    }
    for (const Share& sh : shares)
      side_names.emplace(sh.item.id, named_id(sh.item, items));
    ++ps.sessions;
    for (const auto& [id, v] : *pct) {
      perceived_sum[id] += v;
      if (v > 0) ++mentions[id];
    }
  }
  for (const auto& [id, name] : side_names) {
    PieItem it;
    it.item = name;
    it.perceived = ps.sessions > 0 ? round1(perceived_sum[id] / ps.sessions) : 0;
    const auto* in_actual = actual ? find_sorted(*actual, id) : nullptr;
    it.actual = in_actual ? round1(in_actual->second) : 0;
    it.in_budget = in_actual != nullptr;
    it.gap = round1(it.perceived - it.actual);
    it.sessions = mentions.count(id) ? mentions[id] : 0;
    ps.items.push_back(std::move(it));
  }
  std::sort(ps.items.begin(), ps.items.end(), [](const PieItem& a, const PieItem& b) {
    if (a.actual != b.actual) return a.actual > b.actual;
    if (a.perceived != b.perceived) return a.perceived > b.perceived;
    return a.item.id < b.item.id;
  });
  if (ps.has_actual && ps.sessions > 0) {
    double sum = 0;
    for (const auto& it : ps.items)
      sum += std::abs(it.gap);
    ps.awareness = round1(100 - sum / 2);
  }
  return ps;
}

} // namespace

std::string_view side_id(BudgetSide side) {
  return side == BudgetSide::revenue ? "revenue" : "expenditure";
}

std::optional<Amounts> normalise(const Amounts& amounts) {
  Amounts summed = sum_by_id(amounts);
  double total = 0;
  for (const auto& [id, v] : summed)
    total += std::max(v, 0.0);
  if (total <= 0) return std::nullopt;
  Amounts out;
  for (const auto& [id, v] : summed)
    out.emplace_back(id, std::max(v, 0.0) * 100 / total);
  return out;
}

double awareness_score(const Amounts& perceived, const Amounts& actual) {
  // Each id's perceived and actual share (the first entry of an id counts), in id order.
  std::map<std::string, std::pair<double, double>> shares;
  for (const auto& [id, v] : perceived)
    shares.emplace(id, std::make_pair(v, 0.0));
  std::set<std::string> seen;
  for (const auto& [id, v] : actual)
    if (seen.insert(id).second) shares[id].second = v;
  double sum = 0;
  for (const auto& [id, pa] : shares)
    sum += std::abs(pa.first - pa.second);
  return 100 - sum / 2;
}

PieComparison compare_pie(const Municipality& m, double threshold) {
  const Catalogs& cat = *m.catalogs;
  PieComparison c;
  c.municipality_id = m.id;
  c.municipality = m.name;
  c.threshold = threshold;
  if (m.budget) {
    c.has_budget = true;
    c.budget_year = m.budget->year;
    c.unit = m.budget->unit;
  }
  std::set<std::string> group_ids;
  c.revenue = compare_side(m, BudgetSide::revenue, c.empty_sides);
  c.expenditure = compare_side(m, BudgetSide::expenditure, c.empty_sides);

  // Each session's awareness, side by side.
  for (const Session& s : m.sessions) {
    if (!s.pie) continue;
    ++c.sessions;
    group_ids.insert(s.group.id);
    GroupAwareness g;
    g.group = s.group.id;
    g.village = s.village.text;
    g.pos = s.pie->pos;
    int sides = 0;
    double total = 0;
    for (const BudgetSide side : {BudgetSide::revenue, BudgetSide::expenditure}) {
      if (!m.budget) break;
      const auto& lines = side == BudgetSide::revenue ? m.budget->revenue : m.budget->expenditure;
      const auto& shares = side == BudgetSide::revenue ? s.pie->revenue : s.pie->expenditure;
      Amounts b, p;
      for (const BudgetLine& l : lines)
        b.emplace_back(l.item.id, l.amount);
      for (const Share& sh : shares)
        p.emplace_back(sh.item.id, sh.value);
      auto actual = normalise(b);
      auto perceived = normalise(p);
      if (!actual || !perceived) continue;
      const double score = round1(awareness_score(*perceived, *actual));
      (side == BudgetSide::revenue ? g.revenue : g.expenditure) = score;
      total += score;
      ++sides;
    }
    if (sides == 0) continue;
    g.score = round1(total / sides);
    c.groups.push_back(std::move(g));
  }
  std::stable_sort(
      c.groups.begin(), c.groups.end(),
      [](const GroupAwareness& a, const GroupAwareness& b) { return a.score < b.score; });
  for (const auto& e : cat[CatalogKind::groups].entries())
    if (group_ids.count(e.id)) c.group_names.push_back(NamedId{e.id, e.labels, e.in_catalog});
  int sides = 0;
  double total = 0;
  for (const PieSide* ps : {&c.revenue, &c.expenditure})
    if (ps->awareness) {
      total += *ps->awareness;
      ++sides;
    }
  if (sides > 0) c.awareness = round1(total / sides);

  // Hearing topics: the largest gaps first.
  if (c.has_budget)
    for (const PieSide* ps : {&c.revenue, &c.expenditure})
      if (ps->has_actual && ps->sessions > 0)
        for (const auto& it : ps->items)
          if (std::abs(it.gap) > threshold) c.topics.push_back({ps->side, it});
  std::stable_sort(c.topics.begin(), c.topics.end(),
                   [](const HearingTopic& a, const HearingTopic& b) {
                     return std::abs(a.item.gap) > std::abs(b.item.gap);
                   });
  return c;
}

} // namespace vap
