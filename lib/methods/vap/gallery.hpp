#pragma once
// The problem gallery: dots counted per municipality, ranked with ties, priorities cut,
// groups compared; and the same across a batch of municipalities (FORMAT.md, "What vap writes").
#include "vap/model.hpp"

#include <map>
#include <string>
#include <vector>

namespace vap {

enum class RankBy { dots, share };

// A problem as reports name it: its id and its labels (a new name has its typed text).
struct ProblemName {
  std::string id;
  std::array<std::string, 3> labels;
  int lsg_issue = 0;
  bool in_catalog = false;
  const std::string& label(Lang lang) const;
};

// The name of a matched problem: its catalog labels, or the typed text for a new one.
ProblemName problem_name(const Ref& ref, const Catalog& problems);

struct ProblemTally {
  ProblemName problem;
  long long dots = 0;
  double share = 0; // mean over sessions with dots of the problem's fraction of them
  int sessions = 0; // sessions that gave it at least one dot
  int rank = 0;     // 1, 2, 2, 4 ...
  bool priority = false;
  long long women = 0;                       // dots known to come from women (by colour or group)
  long long men = 0;                         // the same for men
  std::map<std::string, long long> by_group; // group id → dots
};

struct GroupInfo {
  std::string id;
  std::array<std::string, 3> labels;
  std::string gender; // female | male | mixed | ""
  int sessions = 0;
  long long participants = 0;
  long long dots = 0;
};

// A problem that is among a group's top three but not a priority of the municipality.
struct Disagreement {
  std::string group;
  ProblemName problem;
  int group_rank = 0;
  int rank = 0;
  long long group_dots = 0;
};

struct ParticipationRow {
  std::string village;
  std::string group;
  int sessions = 0;
  long long participants = 0;
  std::optional<long long> women; // when known (given by gender, or a women's/men's group)
  std::optional<long long> men;
};

struct Participation {
  std::vector<ParticipationRow> rows; // by village, then group
  int sessions = 0;
  long long participants = 0;
  long long women = 0; // among participants whose gender is known
  long long men = 0;
  long long unknown = 0;  // participants whose gender is not known
  double women_share = 0; // women / (women + men), when any gender is known
  bool women_low = false; // women under 40 % of the participants of known gender
};

struct GalleryTally {
  std::string municipality_id;
  std::string municipality;
  std::optional<Lang> lang;
  int priorities = 5; // the municipality's setting
  int priority_count =
      0; // how many problems are priorities (more than the setting when a tie straddles the cut)
  std::vector<ProblemName>
      tied_at_cut; // problems sharing the last priority rank beyond the setting
  int tie_rank = 0;
  int sessions = 0; // sessions that ran a gallery
  int sessions_with_dots = 0;
  long long dots = 0;
  std::vector<ProblemTally> problems; // in rank order
  std::vector<GroupInfo> groups;      // groups that voted, in catalog order
  std::vector<Disagreement> disagreements;
  Participation participation;
};

struct BatchRow {
  ProblemName problem;
  int municipalities = 0; // municipalities that have it among their priorities
  long long dots = 0;
  int sessions = 0;
  int mentioned = 0; // municipalities where it got any dot
};

struct BatchGallery {
  std::vector<BatchRow> rows; // most municipalities first, then dots, then id
  // Each municipality's tally as a batch keeps it (BatchTally::add): its priorities only, no
  // group or participation rows.
  std::vector<GalleryTally> municipalities;
  int sessions = 0;
  long long participants = 0;
  long long women = 0;
  long long men = 0;
};

Participation count_participation(const Municipality& m);
GalleryTally tally_gallery(const Municipality& m, RankBy rank_by);
BatchGallery tally_batch(const Program& program, RankBy rank_by);
// The same from each municipality's tally, in the program's order (by id).
BatchGallery tally_batch(std::vector<GalleryTally> tallies);

// A batch's gallery made one municipality at a time (a streamed batch drops each municipality's
// files once its tally is added): the problems' sums over all, and of each tally only what the
// batch reports show, so memory grows by a few hundred bytes a municipality.
class BatchTally {
public:
  void add(GalleryTally tally);
  // The batch, municipalities in the order added, or by id when `by_id`.
  BatchGallery take(bool by_id = false);

private:
  BatchGallery m_batch;
  std::map<std::string, BatchRow> m_rows;
};

} // namespace vap
