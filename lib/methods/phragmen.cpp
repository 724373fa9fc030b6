#include "vap/phragmen.hpp"

#include "exact.hpp"

#include <algorithm>

namespace vap {

PhragmenResult phragmen(const PbElection& e, const BallotIndex& index) {
  PhragmenResult r;
  // A voter's load is the load of the last purchase it supported (0 before any): voters are
  // counted by that purchase, `round` (0: none yet), whose load is loads[round].
  std::vector<std::uint32_t> round(e.voters(), 0);
  std::vector<mpq_class> loads{0};
  std::vector<std::uint32_t> candidates;
  std::vector<mpq_class> stale(e.projects.size());
  for (std::uint32_t p = 0; p < e.projects.size(); ++p) {
    if (e.projects[p].cost > e.budget) continue;
    candidates.push_back(p);
    if (index.approvals[p] > 0) {
      stale[p] = mpq_class(big(e.projects[p].cost), big(index.approvals[p]));
      stale[p].canonicalize();
    }
  }
  auto by_id = [&](std::uint32_t a, std::uint32_t b) {
    return e.projects[a].id < e.projects[b].id;
  };
  std::vector<long long> counter;
  long long spent = 0;
  while (!candidates.empty()) {
    // The load a project's supporters would all carry if it were bought next; it only grows, so
    // a project whose last one is above the best found this round cannot be the best.
    std::vector<std::uint32_t> order;
    for (std::uint32_t p : candidates)
      if (index.approvals[p] > 0) order.push_back(p);
    std::stable_sort(order.begin(), order.end(),
                     [&](std::uint32_t a, std::uint32_t b) { return stale[a] < stale[b]; });
    std::vector<std::uint32_t> tied;
    mpq_class best;
    for (std::uint32_t p : order) {
      if (!tied.empty() && stale[p] > best) break;
      counter.assign(loads.size(), 0);
      for (std::uint32_t k = index.start[p]; k < index.start[p + 1]; ++k)
        if (index.points[k] > 0) ++counter[round[index.voter[k]]];
      mpq_class sum = big(e.projects[p].cost);
      for (std::size_t c = 1; c < loads.size(); ++c)
        if (counter[c] > 0) sum += loads[c] * big(counter[c]);
      stale[p] = sum / big(index.approvals[p]);
      if (tied.empty() || stale[p] < best) {
        best = stale[p];
        tied = {p};
      } else if (stale[p] == best) {
        tied.push_back(p);
      }
    }
    // Only projects nobody supports are left: their load is infinite, and they tie.
    const bool unsupported = tied.empty();
    if (unsupported) tied = candidates;
    // pabutools stops as soon as one of the best projects no longer fits.
    if (std::any_of(tied.begin(), tied.end(),
                    [&](std::uint32_t p) { return spent + e.projects[p].cost > e.budget; }))
      break;
    const std::uint32_t p = *std::min_element(tied.begin(), tied.end(), by_id);
    if (!unsupported) {
      loads.push_back(best);
      const auto now = static_cast<std::uint32_t>(loads.size() - 1);
      for (std::uint32_t k = index.start[p]; k < index.start[p + 1]; ++k)
        if (index.points[k] > 0) round[index.voter[k]] = now;
      r.loads.push_back(best.get_d() / static_cast<double>(power_of_ten(e.money_places)));
    } else {
      r.loads.push_back(0);
    }
    spent += e.projects[p].cost;
    r.funded.push_back(p);
    candidates.erase(std::find(candidates.begin(), candidates.end(), p));
  }
  r.spent = spent;
  return r;
}

} // namespace vap
