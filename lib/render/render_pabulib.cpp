#include "vap/render_pabulib.hpp"

#include <fmt/format.h>

namespace vap {
namespace {

std::string field(const std::string& s) {
  if (s.find_first_of(";\"\r\n") == std::string::npos) return s;
  std::string out = "\"";
  for (char c : s)
    out += c == '"' ? std::string("\"\"") : std::string(1, c);
  return out + "\"";
}

std::string amount(double v) {
  std::string s = fmt::format("{:.2f}", v);
  while (s.back() == '0')
    s.pop_back();
  if (s.back() == '.') s.pop_back();
  return s == "-0" ? "0" : s;
}

} // namespace

std::string pabulib_text(const PbInstance& pb) {
  std::string out = "META\nkey;value\n";
  for (const auto& [k, v] : pb.meta)
    out += field(k) + ";" + field(v) + "\n";
  out += "PROJECTS\nproject_id;cost;votes;name;category\n";
  for (const auto& p : pb.projects)
    out += field(p.id) + ";" + amount(p.cost) + ";" + std::to_string(p.votes) + ";" +
           field(p.name) + ";" + field(p.category) + "\n";
  out += pb.approval ? "VOTES\nvoter_id;vote\n" : "VOTES\nvoter_id;vote;points\n";
  for (const auto& v : pb.votes) {
    std::string ids, points;
    for (const auto& [id, n] : v.points) {
      ids += (ids.empty() ? "" : ",") + id;
      points += (points.empty() ? "" : ",") + std::to_string(n);
    }
    out += field(v.voter) + ";" + field(ids);
    if (!pb.approval) out += ";" + points;
    out += "\n";
  }
  return out;
}

} // namespace vap
