#include "vap/pb.hpp"

#include <cstdlib>

namespace vap {

std::string_view vote_type_name(VoteType type) {
  switch (type) {
  case VoteType::approval:
    return "approval";
  case VoteType::cumulative:
    return "cumulative";
  case VoteType::scoring:
    return "scoring";
  case VoteType::ordinal:
    return "ordinal";
  }
  return "approval";
}

std::optional<VoteType> parse_vote_type(std::string_view name) {
  // pabutools also reads "choose-1" as approval ballots of one project.
  if (name == "approval" || name == "choose-1") return VoteType::approval;
  if (name == "cumulative") return VoteType::cumulative;
  if (name == "scoring") return VoteType::scoring;
  if (name == "ordinal") return VoteType::ordinal;
  return std::nullopt;
}

std::string_view PbElection::meta_value(std::string_view key) const {
  for (const auto& [k, v] : meta)
    if (k == key) return v;
  return {};
}

void PbElection::set_meta(const std::string& key, std::string value) {
  for (auto& [k, v] : meta)
    if (k == key) {
      v = std::move(value);
      return;
    }
  meta.emplace_back(key, std::move(value));
}

void PbElection::refresh_meta() {
  set_meta("num_projects", std::to_string(projects.size()));
  set_meta("num_votes", std::to_string(voters()));
  set_meta("budget", scaled_text(budget, money_places));
  set_meta("vote_type", std::string(vote_type_name(vote_type)));
}

void PbElection::rescale_money(int places) {
  const long long factor = power_of_ten(places - money_places);
  budget *= factor;
  for (auto& p : projects)
    p.cost *= factor;
  money_places = places;
}

void PbElection::add_voter(std::string id,
                           const std::vector<std::pair<std::uint32_t, long long>>& entries, Sex s,
                           short a) {
  voter_ids.push_back(std::move(id));
  sex.push_back(s);
  age.push_back(a);
  for (const auto& [project, points] : entries) {
    ballot_project.push_back(project);
    ballot_points.push_back(points);
  }
  ballot_start.push_back(static_cast<std::uint32_t>(ballot_project.size()));
}

long long power_of_ten(int places) {
  long long p = 1;
  for (int i = 0; i < places; ++i)
    p *= 10;
  return p;
}

std::string scaled_text(long long units, int places) {
  const bool negative = units < 0;
  const unsigned long long u = negative ? 0ULL - static_cast<unsigned long long>(units)
                                        : static_cast<unsigned long long>(units);
  const auto scale = static_cast<unsigned long long>(power_of_ten(places));
  std::string out = std::to_string(u / scale);
  if (places == 0) return negative && u != 0 ? "-" + out : out;
  std::string fraction = std::to_string(u % scale);
  fraction.insert(0, static_cast<std::size_t>(places) - fraction.size(), '0');
  while (!fraction.empty() && fraction.back() == '0')
    fraction.pop_back();
  if (!fraction.empty()) out += "." + fraction;
  return negative && out != "0" ? "-" + out : out;
}

double scaled_value(long long units, int places) {
  return static_cast<double>(units) / static_cast<double>(power_of_ten(places));
}

} // namespace vap
