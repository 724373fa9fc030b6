#pragma once
// The budget pie (Токоч): what the groups think the local budget is made of, against the
// approved budget, with an awareness score per group and topics for a public hearing.
#include "vap/map.hpp"
#include "vap/model.hpp"

#include <optional>
#include <string>
#include <vector>

namespace vap {

enum class BudgetSide { revenue, expenditure };
std::string_view side_id(BudgetSide side); // "revenue" | "expenditure"

// One budget item on one side. Percentages are rounded to 0.1 first, and the gap is the
// difference of the rounded figures, so that a reader can check it (FORMAT.md: one decimal).
struct PieItem {
  NamedId item;
  double perceived = 0; // mean over the sessions that drew this side, each normalised to 100 %
  double actual = 0;    // share of the approved budget's side; 0 when the budget lacks it
  double gap = 0;       // perceived − actual, in percentage points
  int sessions = 0;     // sessions whose pie named it
  bool in_budget = false;
};

struct PieSide {
  BudgetSide side = BudgetSide::revenue;
  int sessions = 0;                // sessions whose pie has this side with a sum above 0
  bool has_actual = false;         // the budget has this side with a sum above 0
  double actual_total = 0;         // in the budget's unit
  std::vector<PieItem> items;      // by actual share, then perceived, then id
  std::optional<double> awareness; // 100 − ½ Σ |gap| of the rows above
};

// One session's (group's) picture against the budget.
struct GroupAwareness {
  std::string group; // group id
  std::string village;
  std::optional<double> revenue; // 100 − ½ Σ |its share − actual|
  std::optional<double> expenditure;
  double score = 0; // the mean of the sides it drew
  SourcePos pos;
};

// A pie side whose counts add up to 0: it is left out (the command warns).
struct EmptyPieSide {
  BudgetSide side;
  std::string group;
  std::string village;
  SourcePos pos;
};

struct HearingTopic {
  BudgetSide side;
  PieItem item;
};

struct PieComparison {
  std::string municipality_id;
  std::string municipality;
  bool has_budget = false;
  int budget_year = 0;
  std::string unit;
  int sessions = 0; // sessions that drew a pie
  PieSide revenue;
  PieSide expenditure;
  std::vector<GroupAwareness> groups; // least aware first; ties in session order
  std::optional<double> awareness;    // the mean of the sides' scores
  double threshold = 10;
  std::vector<HearingTopic> topics; // |gap| above the threshold, largest first
  std::vector<EmptyPieSide> empty_sides;
  std::vector<NamedId> group_names; // labels of the groups above, in catalog order
  const PieSide& side(BudgetSide s) const {
    return s == BudgetSide::revenue ? revenue : expenditure;
  }
};

// Shares in percent (summing to 100) of positive amounts by item id; nothing when the sum is 0.
std::optional<std::vector<std::pair<std::string, double>>>
normalise(const std::vector<std::pair<std::string, double>>& amounts);

// 100 − ½ Σ |perceived − actual| over the union of the items (both in percent).
double awareness_score(const std::vector<std::pair<std::string, double>>& perceived,
                       const std::vector<std::pair<std::string, double>>& actual);

PieComparison compare_pie(const Municipality& m, double threshold);

} // namespace vap
