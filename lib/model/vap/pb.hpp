#pragma once
// A participatory budget in pabulib's terms (https://pabulib.org/format): what a .pb file holds,
// and what vap writes as one (a municipality's gallery or plan). The rules of `vap budget` run
// on it, whether it was read from a file or made from a municipality.
//
// Amounts and points are exact: whole units of 10^-money_places (and 10^-points_places), so that
// a cost typed "12,5" in a file whose amounts have at most two decimals is 1250. No rule depends
// on the scale (every rule is the same when all amounts are multiplied by one number).
#include "vap/diag.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace vap {

enum class VoteType { approval, cumulative, scoring, ordinal };
std::string_view vote_type_name(VoteType type);
std::optional<VoteType> parse_vote_type(std::string_view name);

enum class Sex : char { unknown, female, male, other };

struct PbProject {
  std::string id;
  long long cost = 0; // units of 10^-money_places
  std::string name;
  std::vector<std::string> categories;
  std::vector<std::string> targets;
  std::optional<int> selected;    // the file's `selected`: 1 funded, 0 not, 2, 3 see its comment
  std::optional<long long> votes; // the file's `votes` column, as typed
  std::optional<long long> score; // the file's `score` column, as typed
  SourcePos pos;
};

struct PbElection {
  std::string source; // the file as shown in messages, or what vap made it from
  std::vector<std::pair<std::string, std::string>> meta; // every META row, in file order
  VoteType vote_type = VoteType::approval;
  long long budget = 0; // units of 10^-money_places
  int money_places = 0;
  int points_places = 0;
  std::vector<PbProject> projects;
  // The voters in file order. Voter v's ballot is entries [ballot_start[v], ballot_start[v+1])
  // of ballot_project (an index into `projects`) and ballot_points (units of 10^-points_places;
  // 1 on approval ballots; on ordinal ones by position: max_length - position, as pabulib counts
  // a ranking's score). One flat array for every ballot: memory linear in the number of votes.
  std::vector<std::string> voter_ids;
  std::vector<Sex> sex;                       // Sex::unknown when not given
  std::vector<short> age;                     // -1 when not given
  std::vector<std::uint32_t> ballot_start{0}; // voters + 1 entries
  std::vector<std::uint32_t> ballot_project;
  std::vector<long long> ballot_points;

  std::size_t voters() const { return voter_ids.size(); }
  // The META value of `key`, or "" when there is none.
  std::string_view meta_value(std::string_view key) const;
  void set_meta(const std::string& key, std::string value);
  // META's counts, budget and vote type as the election holds them now (the rows keep their
  // places; a missing one is added at the end).
  void refresh_meta();
  // Amounts in units of 10^-places from now on (places >= money_places).
  void rescale_money(int places);
  // Adds a voter whose ballot is `entries` (project index, points).
  void add_voter(std::string id, const std::vector<std::pair<std::uint32_t, long long>>& entries,
                 Sex sex = Sex::unknown, short age = -1);
};

// 10^places, for places 0..9.
long long power_of_ten(int places);
// An amount in units of 10^-places as pabulib writes it: "1250", "12.5" (a point, never a comma;
// no trailing zeros).
std::string scaled_text(long long units, int places);
// The same amount as a double (for measures and charts, never for a rule's decision).
double scaled_value(long long units, int places);

} // namespace vap
