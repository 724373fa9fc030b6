#pragma once
// A municipality as a participatory budget in pabulib's terms (https://pabulib.org/format), for
// pabutools and the other tools of the field: the gallery (`vap gallery --format pb`) or the
// plan in the local budget (`vap budget --format pb`), as a PbElection (vap/pb.hpp) that
// channels/pabulib_writer writes.
//
// Projects are the problems (project_id = problem id), their cost what the plan asks of the local
// budget (0 when the plan has nothing for them), their category their article-18 issue of local
// importance ("lsg-4") when they have one. Votes: the gallery's have one row per ballot where a
// session typed ballots (voter s3-b1, s3-b2, ...) and one row per session where it typed counts
// (voter s1); the budget's have one row per session, the voters that equal shares uses. A
// voter's sex is its session group's gender where the groups catalog gives one. vote_type is
// `approval` when every point is 1, else `cumulative`.
#include "vap/budget.hpp"
#include "vap/gallery.hpp"
#include "vap/model.hpp"
#include "vap/pb.hpp"

namespace vap {

PbElection gallery_pb(const Municipality& m, const GalleryTally& tally, Lang lang);
PbElection budget_pb(const Municipality& m, const BudgetSummary& budget, Lang lang);

} // namespace vap
