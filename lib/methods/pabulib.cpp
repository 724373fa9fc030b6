#include "vap/pabulib.hpp"

#include "vap/plan.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>

namespace vap {
namespace {

std::string amount(double v) {
  std::string s = fmt::format("{:.2f}", v);
  while (s.back() == '0')
    s.pop_back();
  if (s.back() == '.') s.pop_back();
  return s == "-0" ? "0" : s;
}

std::string category(const ProblemName& p) {
  return p.lsg_issue > 0 ? "lsg-" + std::to_string(p.lsg_issue) : std::string();
}

void finish(PbInstance& pb, const Municipality& m, const std::string& description,
            const std::string& instance, double budget, const std::string& rule) {
  pb.approval =
      !pb.votes.empty() && std::all_of(pb.votes.begin(), pb.votes.end(), [](const PbVote& v) {
        return v.points.size() == 1 && v.points.front().second == 1;
      });
  pb.meta = {{"description", description},
             {"country", "Kyrgyzstan"},
             {"unit", m.name},
             {"instance", instance},
             {"num_projects", std::to_string(pb.projects.size())},
             {"num_votes", std::to_string(pb.votes.size())},
             {"budget", amount(budget)},
             {"vote_type", pb.approval ? "approval" : "cumulative"},
             {"rule", rule}};
  if (!m.district.empty()) pb.meta.push_back({"district", m.district});
}

std::string year_of(const Municipality& m) {
  for (const auto& p : m.plans)
    if (p.year) return std::to_string(p.year);
  if (!m.sessions.empty()) return std::to_string(m.sessions.front().date.year);
  return "";
}

} // namespace

PbInstance gallery_pb(const Municipality& m, const GalleryTally& tally, Lang lang) {
  PbInstance pb;
  std::map<std::string, double> cost;
  const PlanSummary plan = summarize_plan(m);
  for (const auto& e : plan.entries)
    if (auto it = e.by_source.find("local-budget"); it != e.by_source.end())
      cost[e.problem.id] += it->second;
  for (const auto& p : tally.problems)
    pb.projects.push_back(
        {p.problem.id, cost[p.problem.id], p.dots, p.problem.label(lang), category(p.problem)});
  int n = 0;
  for (const auto& s : m.sessions) {
    if (!s.gallery || s.gallery->total_dots() == 0) continue;
    const std::string id = "s" + std::to_string(++n);
    if (!s.gallery->ballots.empty()) {
      int b = 0;
      for (const auto& ballot : s.gallery->ballots) {
        PbVote v;
        v.voter = id + "-b" + std::to_string(++b);
        for (const auto& dot : ballot.dots) {
          auto it = std::find_if(v.points.begin(), v.points.end(),
                                 [&](const auto& x) { return x.first == dot.id; });
          if (it == v.points.end())
            v.points.push_back({dot.id, 1});
          else
            ++it->second;
        }
        if (!v.points.empty()) pb.votes.push_back(std::move(v));
      }
      continue;
    }
    PbVote v;
    v.voter = id;
    for (const auto& vote : s.gallery->votes)
      if (vote.dots.total > 0) v.points.push_back({vote.problem.id, vote.dots.total});
    pb.votes.push_back(std::move(v));
  }
  const std::optional<double> envelope = plan_envelope(m, std::nullopt);
  finish(pb, m, "vap gallery: problem gallery of " + m.name, year_of(m), envelope.value_or(0),
         "greedy");
  return pb;
}

PbInstance budget_pb(const Municipality& m, const BudgetSummary& b, Lang lang) {
  PbInstance pb;
  for (const auto& r : b.rows)
    pb.projects.push_back(
        {r.problem.id, r.cost, r.dots, r.problem.label(lang), category(r.problem)});
  for (const auto& v : b.instance.voters) {
    PbVote pv;
    pv.voter = v.id;
    for (const auto& r : b.rows)
      if (auto it = v.points.find(r.problem.id); it != v.points.end())
        pv.points.push_back({it->first, it->second});
    if (!pv.points.empty()) pb.votes.push_back(std::move(pv));
  }
  finish(pb, m, "vap budget: the plan of " + m.name + " in the local budget", year_of(m),
         b.envelope, "greedy");
  return pb;
}

} // namespace vap
