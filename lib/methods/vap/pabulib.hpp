#pragma once
// A participatory-budgeting instance in pabulib's terms (https://pabulib.org/format), so that the
// gallery and the budget can be analysed with pabutools: META key/values, PROJECTS, VOTES.
//
// Projects are the problems (project_id = problem id), their cost what the plan asks of the local
// budget (0 when the plan has nothing for them), votes their dots, category their article-18
// issue of local importance ("lsg-4") when they have one. Votes: the gallery's export has one
// row per ballot where a session typed ballots (voter s3-b1, s3-b2, ...) and one row per session
// where it typed counts (voter s1); the budget's export has one row per session, the voters
// that equal shares uses. vote_type is `approval` when every row is one ballot of one dot,
// else `cumulative` with the points.
#include "vap/budget.hpp"
#include "vap/gallery.hpp"
#include "vap/model.hpp"

#include <string>
#include <utility>
#include <vector>

namespace vap {

struct PbProject {
  std::string id;
  double cost = 0;
  long long votes = 0;
  std::string name;
  std::string category;
};

struct PbVote {
  std::string voter;
  std::vector<std::pair<std::string, long long>> points; // project id → points, in file order
};

struct PbInstance {
  std::vector<std::pair<std::string, std::string>> meta;
  std::vector<PbProject> projects;
  std::vector<PbVote> votes;
  bool approval = false;
};

PbInstance gallery_pb(const Municipality& m, const GalleryTally& tally, Lang lang);
PbInstance budget_pb(const Municipality& m, const BudgetSummary& budget, Lang lang);

} // namespace vap
