#include "vap/pabulib.hpp"

#include "vap/plan.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>

namespace vap {
namespace {

std::vector<std::string> category(const ProblemName& p) {
  if (p.lsg_issue <= 0) return {};
  return {"lsg-" + std::to_string(p.lsg_issue)};
}

std::string year_of(const Municipality& m) {
  for (const auto& p : m.plans)
    if (p.year) return std::to_string(p.year);
  if (!m.sessions.empty()) return std::to_string(m.sessions.front().date.year);
  return "";
}

std::string pb_date(const Date& d) {
  // pabulib writes DD.MM.YYYY; a date typed as a month is its first day.
  return fmt::format("{:02}.{:02}.{:04}", d.day > 0 ? d.day : 1, d.month, d.year);
}

Sex group_sex(const Municipality& m, const Ref& group) {
  const CatalogEntry* g =
      group.in_catalog ? (*m.catalogs)[CatalogKind::groups].by_id(group.id) : nullptr;
  if (!g) return Sex::unknown;
  return g->gender == "female" ? Sex::female : g->gender == "male" ? Sex::male : Sex::unknown;
}

// META as pabulib's format page asks (description, country, unit, instance, num_projects,
// num_votes, budget, vote_type, rule, date_begin, date_end), then what vap adds.
void finish(PbElection& pb, const Municipality& m, const std::string& description,
            const std::string& unit) {
  const bool approval = std::all_of(pb.ballot_points.begin(), pb.ballot_points.end(),
                                    [](long long p) { return p == 1; });
  pb.vote_type = approval ? VoteType::approval : VoteType::cumulative;
  std::optional<Date> first, last;
  for (const auto& s : m.sessions)
    if (s.gallery && s.gallery->total_dots() > 0) {
      if (!first || s.date < *first) first = s.date;
      if (!last || *last < s.date) last = s.date;
    }
  pb.meta = {{"description", description},
             {"country", "Kyrgyzstan"},
             {"unit", m.name},
             {"instance", year_of(m)},
             {"num_projects", std::to_string(pb.projects.size())},
             {"num_votes", std::to_string(pb.voters())},
             {"budget", scaled_text(pb.budget, pb.money_places)},
             {"vote_type", std::string(vote_type_name(pb.vote_type))},
             {"rule", "greedy"}};
  if (first) {
    pb.meta.emplace_back("date_begin", pb_date(*first));
    pb.meta.emplace_back("date_end", pb_date(*last));
  }
  if (!approval) {
    // The most points a vote gives (a session's dots, or a participant's).
    long long most = 0;
    for (std::size_t v = 0; v < pb.voters(); ++v) {
      long long sum = 0;
      for (std::uint32_t k = pb.ballot_start[v]; k < pb.ballot_start[v + 1]; ++k)
        sum += pb.ballot_points[k];
      most = std::max(most, sum);
    }
    pb.meta.emplace_back("max_sum_points", std::to_string(most));
  }
  if (!m.district.empty()) pb.meta.emplace_back("district", m.district);
  if (!unit.empty()) pb.meta.emplace_back("comment", "#1: amounts in " + unit);
}

} // namespace

PbElection gallery_pb(const Municipality& m, const GalleryTally& tally, Lang lang) {
  PbElection pb;
  pb.source = m.name;
  const PlanSummary plan = summarize_plan(m);
  std::map<std::string, double> cost;
  for (const auto& e : plan.entries)
    if (auto it = e.by_source.find("local-budget"); it != e.by_source.end())
      cost[e.problem.id] += it->second;
  const std::optional<double> envelope = plan_envelope(m, std::nullopt);
  std::vector<double> amounts{envelope.value_or(0)};
  for (const auto& [id, amount] : cost)
    amounts.push_back(amount);
  pb.money_places = amount_places(amounts);
  pb.budget = amount_units(envelope.value_or(0), pb.money_places);
  std::map<std::string, std::uint32_t> index;
  for (const auto& p : tally.problems) {
    index[p.problem.id] = static_cast<std::uint32_t>(pb.projects.size());
    PbProject project;
    project.id = p.problem.id;
    project.cost = amount_units(cost[p.problem.id], pb.money_places);
    project.name = p.problem.label(lang);
    project.categories = category(p.problem);
    pb.projects.push_back(std::move(project));
  }
  int n = 0;
  for (const auto& s : m.sessions) {
    if (!s.gallery || s.gallery->total_dots() == 0) continue;
    const std::string id = "s" + std::to_string(++n);
    const Sex sex = group_sex(m, s.group);
    std::vector<std::pair<std::uint32_t, long long>> entries;
    if (!s.gallery->ballots.empty()) {
      int b = 0;
      for (const auto& ballot : s.gallery->ballots) {
        entries.clear();
        for (const auto& dot : ballot.dots) {
          auto it = index.find(dot.id);
          if (it == index.end()) continue;
          auto e = std::find_if(entries.begin(), entries.end(),
                                [&](const auto& x) { return x.first == it->second; });
          if (e == entries.end())
            entries.emplace_back(it->second, 1);
          else
            ++e->second;
        }
        const std::string voter = id + "-b" + std::to_string(++b);
        if (!entries.empty()) pb.add_voter(voter, entries, sex);
      }
      continue;
    }
    entries.clear();
    for (const auto& vote : s.gallery->votes)
      if (auto it = index.find(vote.problem.id); it != index.end() && vote.dots.total > 0)
        entries.emplace_back(it->second, vote.dots.total);
    pb.add_voter(id, entries, sex);
  }
  finish(pb, m, "vap gallery: problem gallery of " + m.name, plan.unit);
  return pb;
}

PbElection budget_pb(const Municipality& m, const BudgetSummary& b, Lang lang) {
  PbElection pb = b.election;
  pb.source = m.name;
  for (std::size_t p = 0; p < pb.projects.size(); ++p) {
    pb.projects[p].name = b.rows[p].problem.label(lang);
    pb.projects[p].categories = category(b.rows[p].problem);
  }
  finish(pb, m, "vap budget: the plan of " + m.name + " in the local budget", b.unit);
  return pb;
}

} // namespace vap
