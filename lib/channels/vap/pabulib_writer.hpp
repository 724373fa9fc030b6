#pragma once
// The pabulib .pb text of an election (https://pabulib.org/format): META (its rows as they are),
// PROJECTS (project_id;cost;votes, score on points ballots, then name, category, target and
// selected when any project has them) and VOTES (voter_id, age and sex when any voter has them,
// vote, and points on points ballots). Fields are ';'-separated; one that holds ';', '"' or a
// line break is quoted, '"' doubled. A value not given is written None, as pabutools writes it;
// an empty vote is empty on approval ballots and None (with its points) on the others, which is
// how pabutools' parse_pabulib reads an empty ballot of each kind. votes and score are counted
// from the votes.
#include "vap/pb.hpp"

#include <string>

namespace vap {

std::string pabulib_text(const PbElection& election);

} // namespace vap
