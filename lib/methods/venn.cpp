#include "vap/venn.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

namespace vap {
namespace {

// Sums kept as whole numbers so that "mean ≥ 4" is exact.
struct Sums {
  std::set<std::size_t> sessions;
  long long importance = 0;
  long long closeness = 0;
  long long entries = 0;
};

} // namespace

VennSummary summarize_venn(const Municipality& m) {
  const Catalogs& cat = *m.catalogs;
  const Catalog& types = cat[CatalogKind::institution_types];
  VennSummary v;
  v.municipality_id = m.id;
  v.municipality = m.name;
  for (const auto& e : types.entries())
    v.types.push_back(NamedId{e.id, e.labels, e.in_catalog});

  struct Acc {
    NamedId institution;
    Sums all;
    std::map<std::string, std::size_t> type_votes;
    std::map<std::string, NamedId> type_names;
    std::map<std::string, Sums> by_group;
  };
  std::map<std::string, Acc> acc;
  std::set<std::string> groups;
  for (std::size_t si = 0; si < m.sessions.size(); ++si) {
    const Session& s = m.sessions[si];
    if (!s.venn) continue;
    ++v.sessions;
    groups.insert(s.group.id);
    for (const VennEntry& e : *s.venn) {
      Acc& a = acc[e.institution.id];
      if (a.institution.id.empty())
        a.institution = named_id(e.institution, cat[CatalogKind::institutions]);
      for (Sums* sums : {&a.all, &a.by_group[s.group.id]}) {
        sums->sessions.insert(si);
        sums->importance += e.importance;
        sums->closeness += e.closeness;
        ++sums->entries;
      }
      ++a.type_votes[e.type.id];
      a.type_names.emplace(e.type.id, named_id(e.type, types));
    }
  }
  const auto& group_entries = cat[CatalogKind::groups].entries();
  for (const auto& e : group_entries)
    if (groups.count(e.id)) v.groups.push_back(NamedId{e.id, e.labels, e.in_catalog});

  auto type_index = [&](const std::string& id) {
    const auto& entries = types.entries();
    for (std::size_t i = 0; i < entries.size(); ++i)
      if (entries[i].id == id) return i;
    return entries.size();
  };
  for (auto& [id, a] : acc) {
    VennRow r;
    r.institution = a.institution;
    r.sessions = static_cast<int>(a.all.sessions.size());
    const double n = static_cast<double>(a.all.entries);
    r.importance = static_cast<double>(a.all.importance) / n;
    r.closeness = static_cast<double>(a.all.closeness) / n;
    r.out_of_reach = a.all.importance >= 4 * a.all.entries && a.all.closeness <= 2 * a.all.entries;
    std::string best;
    std::size_t best_votes = 0;
    for (const auto& [type, votes] : a.type_votes)
      if (votes > best_votes || (votes == best_votes && type_index(type) < type_index(best))) {
        best = type;
        best_votes = votes;
      }
    r.type = a.type_names.at(best);
    r.types_differ = a.type_votes.size() > 1;
    for (const auto& g : v.groups) {
      auto it = a.by_group.find(g.id);
      if (it == a.by_group.end()) continue;
      const double k = static_cast<double>(it->second.entries);
      r.by_group.push_back({g.id, static_cast<int>(it->second.sessions.size()),
                            static_cast<double>(it->second.importance) / k,
                            static_cast<double>(it->second.closeness) / k});
    }
    v.rows.push_back(std::move(r));
  }
  // Means compared on a fixed grid so that equal means are equal.
  auto grid = [](double x) { return std::llround(x * 1e9); };
  std::sort(v.rows.begin(), v.rows.end(), [&](const VennRow& a, const VennRow& b) {
    if (grid(a.importance) != grid(b.importance)) return grid(a.importance) > grid(b.importance);
    if (a.sessions != b.sessions) return a.sessions > b.sessions;
    if (grid(a.closeness) != grid(b.closeness)) return grid(a.closeness) > grid(b.closeness);
    return a.institution.id < b.institution.id;
  });
  return v;
}

} // namespace vap
