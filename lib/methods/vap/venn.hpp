#pragma once
// Venn diagrams (Венн диаграммасы): the institutions and groups the community named, matched
// across sessions, with their mean importance and closeness, overall and by group.
#include "vap/map.hpp"
#include "vap/model.hpp"

#include <string>
#include <vector>

namespace vap {

// How one group saw an institution (means over that group's sessions).
struct VennGroupView {
  std::string group;
  int sessions = 0;
  double importance = 0;
  double closeness = 0;
};

struct VennRow {
  NamedId institution;
  NamedId type; // the type most sessions gave; a tie goes to the catalog's order
  bool types_differ = false;
  int sessions = 0;      // sessions that named it
  double importance = 0; // mean, 1..5
  double closeness = 0;  // mean, 1..5 (5 = close and reachable)
  bool out_of_reach =
      false; // important (mean ≥ 4) but far (mean ≤ 2): where the local government has work
  std::vector<VennGroupView> by_group; // in the group catalog's order
};

struct VennSummary {
  std::string municipality_id;
  std::string municipality;
  int sessions = 0;            // sessions that drew a Venn diagram
  std::vector<VennRow> rows;   // by importance, then sessions, then closeness, then id
  std::vector<NamedId> groups; // groups that drew one, in catalog order
  std::vector<NamedId> types;  // the institution types, in catalog order
};

VennSummary summarize_venn(const Municipality& m);

} // namespace vap
