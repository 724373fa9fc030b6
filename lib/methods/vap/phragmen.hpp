#pragma once
// Sequential Phragmén (pabutools' sequential_phragmen), computed exactly: the voters earn money
// at the same steady rate; as soon as the supporters of a project have earned its cost together
// (counting what they already spent), it is bought and they are left with nothing; the rule
// stops at the first project it would buy that no longer fits. Ballots are read as approvals
// (a voter supports the projects it gave points). Ties go to the smaller project id.
#include "vap/ballot_index.hpp"
#include "vap/pb.hpp"

#include <cstdint>
#include <vector>

namespace vap {

struct PhragmenResult {
  std::vector<std::uint32_t> funded; // in order
  std::vector<double> loads;         // the load of each purchase (the money each supporter spent)
  long long spent = 0;
};
PhragmenResult phragmen(const PbElection& e, const BallotIndex& index);

} // namespace vap
