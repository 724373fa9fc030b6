#include "vap/ballot_index.hpp"

#include <algorithm>

namespace vap {

BallotIndex::BallotIndex(const PbElection& e)
    : start(e.projects.size() + 1, 0), score(e.projects.size(), 0),
      approvals(e.projects.size(), 0) {
  // Counting sort of the ballot entries by project: supporters stay in voter order.
  for (std::uint32_t project : e.ballot_project)
    ++start[project + 1];
  for (std::size_t p = 0; p < e.projects.size(); ++p)
    start[p + 1] += start[p];
  voter.resize(e.ballot_project.size());
  points.resize(e.ballot_project.size());
  std::vector<std::uint32_t> next(start.begin(), start.end() - 1);
  for (std::uint32_t v = 0; v < e.voters(); ++v)
    for (std::uint32_t k = e.ballot_start[v]; k < e.ballot_start[v + 1]; ++k) {
      const std::uint32_t p = e.ballot_project[k];
      voter[next[p]] = v;
      points[next[p]++] = e.ballot_points[k];
      score[p] += e.ballot_points[k];
      if (e.ballot_points[k] > 0) ++approvals[p];
    }
}

long long cost_of(const PbElection& e, const std::vector<std::uint32_t>& projects) {
  long long sum = 0;
  for (std::uint32_t p : projects)
    sum += e.projects[p].cost;
  return sum;
}

bool exhaustive(const PbElection& e, const std::vector<std::uint32_t>& funded) {
  std::vector<char> in(e.projects.size(), 0);
  for (std::uint32_t p : funded)
    in[p] = 1;
  const long long left = e.budget - cost_of(e, funded);
  for (std::uint32_t p = 0; p < e.projects.size(); ++p)
    if (!in[p] && e.projects[p].cost <= left) return false;
  return true;
}

void sort_by_id(const PbElection& e, std::vector<std::uint32_t>& projects) {
  std::sort(projects.begin(), projects.end(),
            [&](std::uint32_t a, std::uint32_t b) { return e.projects[a].id < e.projects[b].id; });
}

} // namespace vap
