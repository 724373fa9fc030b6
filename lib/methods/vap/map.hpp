#pragma once
// Village resource maps (Картирлөө): the objects the groups drew, counted once per name and
// village, their condition, and the poor or absent ones that point to catalog problems.
#include "vap/model.hpp"

#include <array>
#include <optional>
#include <string>
#include <vector>

namespace vap {

// A catalog entry as reports name it: id and ky/ru/en labels (a new name has its typed text).
struct NamedId {
  std::string id;
  std::array<std::string, 3> labels;
  bool in_catalog = false;
  const std::string& label(Lang lang) const;
};

// A name matched against `catalog` as reports name it.
NamedId named_id(const Ref& ref, const Catalog& catalog);

// Conditions in the order reports list them; `unknown` when no group gave one.
enum class Condition { good, fair, poor, absent, unknown };
inline constexpr std::size_t k_conditions = 5;
std::string_view condition_id(Condition condition); // "good" ... "unknown"

// One object of the map, merged over the sessions that drew it (same name and village).
struct MapItem {
  std::string name; // as first typed
  std::string village;
  NamedId category;
  std::string problem; // the category's catalog problem (for poor or absent objects), or ""
  Condition condition =
      Condition::unknown;          // the condition most groups gave; a tie goes to the worse
  bool conditions_differ = false;  // the groups gave different conditions
  int mentions = 0;                // sessions (groups) that drew it
  std::vector<std::string> groups; // their group ids, in catalog order, each once
  std::optional<std::pair<double, double>> location; // latitude, longitude: the first one given
  std::vector<std::string> notes;
  SourcePos pos; // its first mention
};

// Objects of one category in one village, by condition.
struct InventoryRow {
  NamedId category;
  std::string village;
  int objects = 0;
  std::array<int, k_conditions> by_condition{};
};

// Poor or absent objects of one category, and the problem they point to.
struct AttentionGroup {
  NamedId category;
  std::optional<NamedId> problem; // from the category's `problem` link
  int gallery_rank = 0; // the problem's rank in this municipality's gallery, 0 = not voted on
  bool gallery_priority = false;
  std::vector<MapItem> items; // poor first, then absent; by village, then name
};

struct MapInventory {
  std::string municipality_id;
  std::string municipality;
  int sessions = 0;               // sessions that drew a map
  std::vector<MapItem> items;     // by category (catalog order), village, name
  std::vector<InventoryRow> rows; // by category (catalog order), then village (municipality order)
  std::array<int, k_conditions> totals{};
  std::vector<AttentionGroup> attention; // by category (catalog order)
  std::vector<NamedId> groups;           // every group that drew a map, in catalog order
  const NamedId* group(const std::string& id) const;
};

MapInventory inventory_map(const Municipality& m);

} // namespace vap
