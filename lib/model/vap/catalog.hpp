#pragma once
// Catalogs: the named things workshop files refer to (problems, groups, budget items, ...),
// each with an ASCII id, ky/ru/en labels and synonyms, matched after NFC, case folding and
// white-space collapsing.
#include "vap/i18n.hpp"

#include <array>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace vap {

enum class CatalogKind {
  problems,
  groups,
  budget_items,
  map_categories,
  institutions,
  institution_types,
  funding_sources,
  conditions,
  statuses,
  roles,
  genders,
  solvers,
};
inline constexpr std::size_t k_catalog_kinds = 12;

// The YAML key of a kind ("budget_items"), and back.
std::string_view catalog_key(CatalogKind kind);
std::optional<CatalogKind> catalog_kind(std::string_view key);
// Closed vocabularies must match; open ones keep new names with a warning.
bool is_closed(CatalogKind kind);

struct CatalogEntry {
  std::string id;
  std::array<std::string, 3> labels; // ky, ru, en
  std::vector<std::string> synonyms;
  int lsg_issue = 0;      // problems: article-18 issue of local importance, 0 = none
  std::string gender;     // groups: female | male | mixed
  std::string side;       // budget items: revenue | expenditure
  std::string problem;    // map categories: the problem a poor or absent object points to
  std::string type;       // institutions: the usual type (an institution_types id); not used yet
  bool in_catalog = true; // false for a name a workshop file introduced

  const std::string& label(Lang lang) const;
  // Every name, empty ones too, in one order: the id, the three labels, the synonyms (the order
  // of Catalog::NameKeys).
  std::vector<std::string_view> names() const;
};

class Catalog {
public:
  explicit Catalog(CatalogKind kind = CatalogKind::problems) : m_kind(kind) {}
  CatalogKind kind() const { return m_kind; }
  // The keys of each of an entry's names, known before it is added (the shipped catalogs are
  // compiled with them: vap-catalog-gen): for the id, the three labels and the synonyms in that
  // order (an empty name has empty keys), match_key, loose_key and the match key's code points.
  struct NameKeys {
    const char* const* exact;
    const char* const* loose;
    const char32_t* const* points;
  };
  // Adds an entry; an entry with the same id replaces the earlier one (a municipality's own
  // catalog may relabel a shipped entry). Returns the name that clashes with another entry, if any.
  // `keys`, when given, are its names' keys (not computed again).
  std::optional<std::string> add(CatalogEntry entry, const NameKeys* keys = nullptr);
  const CatalogEntry* find(std::string_view name) const;
  const CatalogEntry* by_id(std::string_view id) const;
  // Entries whose names are closest to `name` (edit distance), best first, at most `n`,
  // only those close enough to be a plausible typo or variant.
  std::vector<const CatalogEntry*> closest(std::string_view name, std::size_t n) const;
  const std::vector<CatalogEntry>& entries() const { return m_entries; }
  // Every id, for "allowed values" lists.
  std::string ids() const;
  // The same list as the words a facilitator types in `lang`: the labels in ky and ru, the ids
  // (English words) in en.
  std::string names(Lang lang) const;

private:
  void index(std::size_t i, const NameKeys* keys = nullptr);
  CatalogKind m_kind;
  std::vector<CatalogEntry> m_entries;
  std::unordered_map<std::string, std::size_t> m_exact;
  std::unordered_map<std::string, std::size_t> m_loose;
  std::unordered_map<std::string, std::size_t> m_by_id;
  // Every name's match key, once, for closest(): in bytes and in code points.
  struct Key {
    std::string key;
    std::u32string points;
    std::size_t entry;
  };
  std::vector<Key> m_keys;
  // Names find() has looked up, by their text as typed (a run meets the same names in every
  // session): the entry's index, or SIZE_MAX for none. The loading threads share a catalog, so
  // it is guarded; a copy starts empty and add() empties it; past k_cached names it starts over.
  struct TextHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  struct FindCache {
    FindCache() = default;
    FindCache(const FindCache&) {}
    FindCache& operator=(const FindCache&) {
      std::lock_guard<std::mutex> lock(mutex);
      found.clear();
      return *this;
    }
    std::mutex mutex;
    std::unordered_map<std::string, std::size_t, TextHash, std::equal_to<>> found;
  };
  static constexpr std::size_t k_cached = 1 << 14;
  mutable FindCache m_cache;
};

// One catalog per kind.
class Catalogs {
public:
  Catalogs();
  Catalog& operator[](CatalogKind kind) { return m_catalogs[static_cast<std::size_t>(kind)]; }
  const Catalog& operator[](CatalogKind kind) const {
    return m_catalogs[static_cast<std::size_t>(kind)];
  }

private:
  std::array<Catalog, k_catalog_kinds> m_catalogs;
};

} // namespace vap
