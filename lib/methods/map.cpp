#include "vap/map.hpp"

#include "vap/gallery.hpp"
#include "vap/text.hpp"

#include <algorithm>
#include <map>
#include <tuple>

namespace vap {
namespace {

std::optional<Condition> parse_condition(const std::optional<Ref>& ref) {
  if (!ref) return std::nullopt;
  for (std::size_t i = 0; i + 1 < k_conditions; ++i)
    if (ref->id == condition_id(static_cast<Condition>(i))) return static_cast<Condition>(i);
  return std::nullopt;
}

// Where an entry sits in its catalog; names that are not in it come after, in id order.
std::size_t catalog_index(const Catalog& catalog, const std::string& id) {
  const auto& entries = catalog.entries();
  for (std::size_t i = 0; i < entries.size(); ++i)
    if (entries[i].id == id && entries[i].in_catalog) return i;
  return entries.size();
}

std::size_t village_index(const Municipality& m, const std::string& village) {
  for (std::size_t i = 0; i < m.villages.size(); ++i)
    if (m.villages[i].text == village) return i;
  return m.villages.size();
}

struct Merging {
  MapItem item;
  std::array<int, k_conditions> votes{};
};

} // namespace

NamedId named_id(const Ref& ref, const Catalog& catalog) {
  NamedId n;
  n.id = ref.id;
  if (const CatalogEntry* e = ref.in_catalog ? catalog.by_id(ref.id) : nullptr) {
    n.labels = e->labels;
    n.in_catalog = true;
  } else {
    n.labels = {ref.text, ref.text, ref.text};
  }
  return n;
}

const std::string& NamedId::label(Lang lang) const {
  const std::string& l = labels[static_cast<std::size_t>(lang)];
  if (!l.empty()) return l;
  for (const auto& other : labels)
    if (!other.empty()) return other;
  return id;
}

std::string_view condition_id(Condition condition) {
  switch (condition) {
  case Condition::good:
    return "good";
  case Condition::fair:
    return "fair";
  case Condition::poor:
    return "poor";
  case Condition::absent:
    return "absent";
  case Condition::unknown:
    break;
  }
  return "unknown";
}

const NamedId* MapInventory::group(const std::string& id) const {
  for (const auto& g : groups)
    if (g.id == id) return &g;
  return nullptr;
}

MapInventory inventory_map(const Municipality& m) {
  const Catalogs& cat = *m.catalogs;
  const Catalog& categories = cat[CatalogKind::map_categories];
  MapInventory inv;
  inv.municipality_id = m.id;
  inv.municipality = m.name;

  // The same object drawn by several groups: same village and same name after matching.
  std::map<std::pair<std::string, std::string>, Merging> merged;
  std::map<std::string, NamedId> groups;
  for (const Session& s : m.sessions) {
    if (!s.map) continue;
    ++inv.sessions;
    groups.emplace(s.group.id, named_id(s.group, cat[CatalogKind::groups]));
    for (const MapObject& o : *s.map) {
      auto key = std::make_pair(s.village.text, match_key(o.name.text));
      auto [it, fresh] = merged.try_emplace(key);
      MapItem& item = it->second.item;
      if (fresh) {
        item.name = tidy(o.name.text);
        item.village = s.village.text;
        item.category = named_id(o.category, categories);
        if (const CatalogEntry* e =
                o.category.in_catalog ? categories.by_id(o.category.id) : nullptr)
          item.problem = e->problem;
        item.pos = o.pos;
      }
      ++item.mentions;
      if (std::find(item.groups.begin(), item.groups.end(), s.group.id) == item.groups.end())
        item.groups.push_back(s.group.id);
      if (auto c = parse_condition(o.condition)) ++it->second.votes[static_cast<std::size_t>(*c)];
      if (!item.location && o.location) item.location = o.location;
      if (!o.note.empty()) item.notes.push_back(o.note);
    }
  }
  for (const auto& e : cat[CatalogKind::groups].entries())
    if (auto it = groups.find(e.id); it != groups.end()) inv.groups.push_back(it->second);

  for (auto& [key, mg] : merged) {
    // The condition most groups gave; a tie goes to the worse one.
    int best = 0;
    int named_conditions = 0;
    for (std::size_t i = 0; i + 1 < k_conditions; ++i) {
      if (mg.votes[i] > 0) ++named_conditions;
      if (mg.votes[i] > 0 && mg.votes[i] >= best) {
        best = mg.votes[i];
        mg.item.condition = static_cast<Condition>(i);
      }
    }
    mg.item.conditions_differ = named_conditions > 1;
    // The groups in the catalog's order.
    auto group_index = [&](const std::string& id) {
      for (std::size_t i = 0; i < inv.groups.size(); ++i)
        if (inv.groups[i].id == id) return i;
      return inv.groups.size();
    };
    std::stable_sort(mg.item.groups.begin(), mg.item.groups.end(),
                     [&](const std::string& a, const std::string& b) {
                       return group_index(a) < group_index(b);
                     });
    inv.items.push_back(std::move(mg.item));
  }
  auto order = [&](const MapItem& x) {
    return std::make_tuple(catalog_index(categories, x.category.id), x.category.id,
                           village_index(m, x.village), x.village, match_key(x.name));
  };
  std::sort(inv.items.begin(), inv.items.end(),
            [&](const MapItem& a, const MapItem& b) { return order(a) < order(b); });

  // Inventory: category × village.
  for (const MapItem& item : inv.items) {
    ++inv.totals[static_cast<std::size_t>(item.condition)];
    if (inv.rows.empty() || inv.rows.back().category.id != item.category.id ||
        inv.rows.back().village != item.village) {
      InventoryRow row;
      row.category = item.category;
      row.village = item.village;
      inv.rows.push_back(row);
    }
    ++inv.rows.back().objects;
    ++inv.rows.back().by_condition[static_cast<std::size_t>(item.condition)];
  }

  // Needs attention: poor or absent objects, by category, with the problem they point to.
  std::optional<GalleryTally> gallery;
  if (std::any_of(m.sessions.begin(), m.sessions.end(),
                  [](const Session& s) { return s.gallery.has_value(); }))
    gallery = tally_gallery(m, RankBy::dots);
  const Catalog& problems = cat[CatalogKind::problems];
  for (const MapItem& item : inv.items) {
    if (item.condition != Condition::poor && item.condition != Condition::absent) continue;
    if (inv.attention.empty() || inv.attention.back().category.id != item.category.id) {
      AttentionGroup g;
      g.category = item.category;
      if (const CatalogEntry* p = item.problem.empty() ? nullptr : problems.by_id(item.problem)) {
        g.problem = NamedId{p->id, p->labels, true};
        if (gallery)
          for (const auto& r : gallery->problems)
            if (r.problem.id == p->id && r.dots > 0) {
              g.gallery_rank = r.rank;
              g.gallery_priority = r.priority;
            }
      }
      inv.attention.push_back(std::move(g));
    }
    inv.attention.back().items.push_back(item);
  }
  for (auto& g : inv.attention)
    std::stable_sort(g.items.begin(), g.items.end(),
                     [](const MapItem& a, const MapItem& b) { return a.condition < b.condition; });
  return inv;
}

} // namespace vap
