#pragma once
// Each project's supporters in a participatory budget (vap/pb.hpp), made once per election for
// the rules (vap/budget_rules.hpp) and the analysis (vap/budget_analysis.hpp).
#include "vap/pb.hpp"

#include <cstdint>
#include <vector>

namespace vap {

struct BallotIndex {
  std::vector<std::uint32_t> start; // projects + 1 entries into voter / points
  std::vector<std::uint32_t> voter; // the voters who gave the project points, in voter order
  std::vector<long long> points;
  std::vector<long long> score;     // per project: the sum of its points
  std::vector<long long> approvals; // per project: how many voters gave it points
  explicit BallotIndex(const PbElection& e);
};

// The sum of the projects' costs.
long long cost_of(const PbElection& e, const std::vector<std::uint32_t>& projects);
// True when no project outside `funded` fits in what they leave of the budget (pabutools'
// is_exhaustive).
bool exhaustive(const PbElection& e, const std::vector<std::uint32_t>& funded);
// The projects sorted by id, byte by byte (the tie rule's order: code points, as Python compares
// strings).
void sort_by_id(const PbElection& e, std::vector<std::uint32_t>& projects);

} // namespace vap
