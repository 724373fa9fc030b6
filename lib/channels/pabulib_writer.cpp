#include "vap/pabulib_writer.hpp"

#include <algorithm>

namespace vap {
namespace {

std::string field(const std::string& s) {
  if (s.find_first_of(";\"\r\n") == std::string::npos) return s;
  std::string out = "\"";
  for (char c : s)
    out += c == '"' ? std::string("\"\"") : std::string(1, c);
  return out + "\"";
}

std::string joined(const std::vector<std::string>& items) {
  std::string out;
  for (const auto& i : items)
    out += (out.empty() ? "" : ",") + i;
  return out.empty() ? "None" : field(out);
}

} // namespace

std::string pabulib_text(const PbElection& e) {
  std::string out = "META\nkey;value\n";
  for (const auto& [k, v] : e.meta)
    out += field(k) + ";" + field(v) + "\n";
  const bool points = e.vote_type != VoteType::approval;
  const bool ordinal = e.vote_type == VoteType::ordinal;
  std::vector<long long> votes(e.projects.size(), 0), score(e.projects.size(), 0);
  for (std::size_t k = 0; k < e.ballot_project.size(); ++k) {
    ++votes[e.ballot_project[k]];
    score[e.ballot_project[k]] += e.ballot_points[k];
  }
  auto any = [&](auto has) { return std::any_of(e.projects.begin(), e.projects.end(), has); };
  const bool names = any([](const PbProject& p) { return !p.name.empty(); });
  const bool categories = any([](const PbProject& p) { return !p.categories.empty(); });
  const bool targets = any([](const PbProject& p) { return !p.targets.empty(); });
  const bool selected = any([](const PbProject& p) { return p.selected.has_value(); });
  out += "PROJECTS\nproject_id;cost;votes";
  out += points ? ";score" : "";
  out += names ? ";name" : "";
  out += categories ? ";category" : "";
  out += targets ? ";target" : "";
  out += selected ? ";selected\n" : "\n";
  for (std::size_t p = 0; p < e.projects.size(); ++p) {
    const PbProject& x = e.projects[p];
    out += field(x.id) + ";" + scaled_text(x.cost, e.money_places) + ";" + std::to_string(votes[p]);
    if (points) out += ";" + scaled_text(score[p], ordinal ? 0 : e.points_places);
    if (names) out += ";" + (x.name.empty() ? std::string("None") : field(x.name));
    if (categories) out += ";" + joined(x.categories);
    if (targets) out += ";" + joined(x.targets);
    if (selected) out += ";" + (x.selected ? std::to_string(*x.selected) : std::string("None"));
    out += "\n";
  }
  const bool ages = std::any_of(e.age.begin(), e.age.end(), [](short a) { return a >= 0; });
  const bool sexes =
      std::any_of(e.sex.begin(), e.sex.end(), [](Sex s) { return s != Sex::unknown; });
  out += "VOTES\nvoter_id";
  out += ages ? ";age" : "";
  out += sexes ? ";sex" : "";
  out += (points && !ordinal) ? ";vote;points\n" : ";vote\n";
  for (std::size_t v = 0; v < e.voters(); ++v) {
    out += field(e.voter_ids[v]);
    if (ages) out += ";" + (e.age[v] >= 0 ? std::to_string(e.age[v]) : std::string("None"));
    if (sexes)
      out += e.sex[v] == Sex::female  ? ";F"
             : e.sex[v] == Sex::male  ? ";M"
             : e.sex[v] == Sex::other ? ";O"
                                      : ";None";
    std::string ids, pts;
    // An ordinal vote lists its projects best first: by falling points.
    std::vector<std::uint32_t> order;
    for (std::uint32_t k = e.ballot_start[v]; k < e.ballot_start[v + 1]; ++k)
      order.push_back(k);
    if (ordinal)
      std::stable_sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) {
        return e.ballot_points[a] > e.ballot_points[b];
      });
    for (std::uint32_t k : order) {
      ids += (ids.empty() ? "" : ",") + e.projects[e.ballot_project[k]].id;
      pts += (pts.empty() ? "" : ",") + scaled_text(e.ballot_points[k], e.points_places);
    }
    if (points && !ordinal)
      out += ids.empty() ? ";None;None" : ";" + field(ids) + ";" + pts;
    else
      out += ";" + field(ids);
    out += "\n";
  }
  return out;
}

} // namespace vap
