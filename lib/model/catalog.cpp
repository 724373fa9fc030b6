#include "vap/catalog.hpp"

#include "vap/text.hpp"

#include <algorithm>
#include <set>

namespace vap {
namespace {

constexpr std::array<std::string_view, k_catalog_kinds> k_keys = {
    "problems",          "groups",          "budget_items", "map_categories", "institutions",
    "institution_types", "funding_sources", "conditions",   "statuses",       "roles",
    "genders",           "solvers"};

} // namespace

std::string_view catalog_key(CatalogKind kind) {
  return k_keys[static_cast<std::size_t>(kind)];
}

std::optional<CatalogKind> catalog_kind(std::string_view key) {
  for (std::size_t i = 0; i < k_keys.size(); ++i)
    if (k_keys[i] == key) return static_cast<CatalogKind>(i);
  return std::nullopt;
}

bool is_closed(CatalogKind kind) {
  switch (kind) {
  case CatalogKind::problems:
  case CatalogKind::budget_items:
  case CatalogKind::map_categories:
  case CatalogKind::institutions:
    return false;
  default:
    return true;
  }
}

const std::string& CatalogEntry::label(Lang lang) const {
  const std::string& l = labels[static_cast<std::size_t>(lang)];
  if (!l.empty()) return l;
  for (const auto& other : labels)
    if (!other.empty()) return other;
  return id;
}

std::vector<std::string_view> CatalogEntry::names() const {
  std::vector<std::string_view> out{id, labels[0], labels[1], labels[2]};
  out.insert(out.end(), synonyms.begin(), synonyms.end());
  return out;
}

std::optional<std::string> Catalog::add(CatalogEntry entry, const NameKeys* keys) {
  m_cache = FindCache{}; // names may find another entry now
  if (auto found = m_by_id.find(entry.id); found != m_by_id.end()) {
    m_entries[found->second] = std::move(entry);
    // Rebuild the index: the replaced entry's names go away.
    m_exact.clear();
    m_loose.clear();
    m_keys.clear();
    for (std::size_t i = 0; i < m_entries.size(); ++i)
      index(i);
    return std::nullopt;
  }
  // A name that already means another entry is a clash: the first entry keeps it.
  std::optional<std::string> clash;
  const std::vector<std::string_view> names = entry.names();
  for (std::size_t k = 0; k < names.size() && !clash; ++k) {
    if (names[k].empty()) continue;
    auto it = keys ? m_exact.find(keys->exact[k]) : m_exact.find(match_key(names[k]));
    if (it != m_exact.end()) clash = std::string(names[k]);
  }
  m_entries.push_back(std::move(entry));
  index(m_entries.size() - 1, keys);
  return clash;
}

void Catalog::index(std::size_t i, const NameKeys* keys) {
  const CatalogEntry& e = m_entries[i];
  m_by_id.emplace(e.id, i);
  const std::vector<std::string_view> names = e.names();
  for (std::size_t k = 0; k < names.size(); ++k) {
    if (names[k].empty()) continue;
    std::string key = keys ? std::string(keys->exact[k]) : match_key(names[k]);
    m_exact.emplace(key, i);
    m_loose.emplace(keys ? std::string(keys->loose[k]) : loose_key(names[k]), i);
    std::u32string points = keys ? std::u32string(keys->points[k]) : to_codepoints(key);
    m_keys.push_back({std::move(key), std::move(points), i});
  }
}

const CatalogEntry* Catalog::find(std::string_view name) const {
  {
    std::lock_guard<std::mutex> lock(m_cache.mutex);
    if (auto it = m_cache.found.find(name); it != m_cache.found.end())
      return it->second == SIZE_MAX ? nullptr : &m_entries[it->second];
  }
  std::size_t index = SIZE_MAX;
  if (auto it = m_exact.find(match_key(name)); it != m_exact.end())
    index = it->second;
  else if (auto loose = m_loose.find(loose_key(name)); loose != m_loose.end())
    index = loose->second;
  std::lock_guard<std::mutex> lock(m_cache.mutex);
  if (m_cache.found.size() >= k_cached) m_cache.found.clear();
  m_cache.found.emplace(std::string(name), index);
  return index == SIZE_MAX ? nullptr : &m_entries[index];
}

const CatalogEntry* Catalog::by_id(std::string_view id) const {
  auto it = m_by_id.find(std::string(id));
  return it == m_by_id.end() ? nullptr : &m_entries[it->second];
}

std::vector<const CatalogEntry*> Catalog::closest(std::string_view name, std::size_t n) const {
  const std::string key = match_key(name);
  const std::u32string points = to_codepoints(key);
  const std::size_t len = points.size();
  // Close enough: a third of the name's length, at least 2 edits. Distances beyond it are not
  // computed (edit_distance_within stops early), and the names' keys are made once (index()).
  const std::size_t limit = std::max<std::size_t>(2, len / 3);
  std::vector<std::size_t> best(m_entries.size(), SIZE_MAX);
  for (const auto& k : m_keys) {
    std::size_t d = edit_distance_within(points, k.points, limit);
    // A name that contains the other whole ("вода" in "питьевая вода") is close too.
    if (key.size() >= 4 && k.key.size() >= 4 &&
        (k.key.find(key) != std::string::npos || key.find(k.key) != std::string::npos))
      d = std::min(d, std::max<std::size_t>(1, len / 4));
    best[k.entry] = std::min(best[k.entry], d);
  }
  std::vector<std::pair<std::size_t, std::size_t>> scored; // distance, entry
  for (std::size_t i = 0; i < m_entries.size(); ++i)
    if (best[i] <= limit) scored.emplace_back(best[i], i);
  std::stable_sort(scored.begin(), scored.end());
  std::vector<const CatalogEntry*> out;
  for (std::size_t k = 0; k < scored.size() && out.size() < n; ++k)
    out.push_back(&m_entries[scored[k].second]);
  return out;
}

std::string Catalog::ids() const {
  std::string out;
  for (const auto& e : m_entries) {
    if (!e.in_catalog) continue;
    if (!out.empty()) out += ", ";
    out += e.id;
  }
  return out;
}

std::string Catalog::names(Lang lang) const {
  if (lang == Lang::en) return ids();
  std::string out;
  for (const auto& e : m_entries) {
    if (!e.in_catalog) continue;
    if (!out.empty()) out += ", ";
    out += e.label(lang);
  }
  return out;
}

Catalogs::Catalogs() {
  for (std::size_t i = 0; i < k_catalog_kinds; ++i)
    m_catalogs[i] = Catalog(static_cast<CatalogKind>(i));
}

} // namespace vap
