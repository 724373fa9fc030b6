#include "vap/gallery.hpp"

#include <algorithm>
#include <cmath>
#include <set>
#include <string_view>
#include <tuple>
#include <unordered_map>

namespace vap {
namespace {

// Shares are compared on a fixed grid so that equal shares summed in another order stay equal.
long long share_key(double share) {
  return std::llround(share * 1e9);
}

// Sorts by the ranking keys of FORMAT.md and gives equal keys an equal rank (1, 2, 2, 4).
void rank(std::vector<ProblemTally>& rows, RankBy by) {
  auto keys = [by](const ProblemTally& r) {
    return by == RankBy::dots ? std::make_pair(r.dots, share_key(r.share))
                              : std::make_pair(share_key(r.share), r.dots);
  };
  std::sort(rows.begin(), rows.end(), [&](const ProblemTally& a, const ProblemTally& b) {
    if (keys(a) != keys(b)) return keys(a) > keys(b);
    if (a.sessions != b.sessions) return a.sessions > b.sessions;
    return a.problem.id < b.problem.id;
  });
  for (std::size_t i = 0; i < rows.size(); ++i)
    rows[i].rank =
        (i > 0 && keys(rows[i]) == keys(rows[i - 1])) ? rows[i - 1].rank : static_cast<int>(i + 1);
}

std::optional<std::string> gender_of_group(const Ref& group, const Catalogs& catalogs) {
  if (const CatalogEntry* e = catalogs[CatalogKind::groups].by_id(group.id))
    if (e->gender == "female" || e->gender == "male") return e->gender;
  return std::nullopt;
}

// Ranks the votes of a set of sessions. `light` (a group's own ranking) counts dots, shares and
// sessions only: its rows have the problem's id but no labels, women, men nor groups.
std::vector<ProblemTally> tally_sessions(const std::vector<const Session*>& sessions,
                                         const Municipality& m, RankBy by, int* with_dots,
                                         bool light = false) {
  const Catalogs& cat = *m.catalogs;
  // The ids are views into the sessions' votes, which outlive the tally.
  std::map<std::string_view, ProblemTally> rows;
  int counted = 0;
  for (const Session* s : sessions) {
    const Gallery& g = *s->gallery;
    const long long total = g.total_dots();
    if (total > 0) ++counted;
    const auto gender = light ? std::nullopt : gender_of_group(s->group, cat);
    for (const auto& v : g.votes) {
      ProblemTally& r = rows[v.problem.id];
      if (r.problem.id.empty()) {
        if (light)
          r.problem.id = v.problem.id;
        else
          r.problem = problem_name(v.problem, cat[CatalogKind::problems]);
      }
      r.dots += v.dots.total;
      if (total > 0) r.share += static_cast<double>(v.dots.total) / static_cast<double>(total);
      if (v.dots.total > 0) ++r.sessions;
      if (light) continue;
      if (v.dots.by_gender()) {
        r.women += v.dots.women.value_or(0);
        r.men += v.dots.men.value_or(0);
      } else if (gender == "female") {
        r.women += v.dots.total;
      } else if (gender == "male") {
        r.men += v.dots.total;
      }
      r.by_group[s->group.id] += v.dots.total;
    }
  }
  std::vector<ProblemTally> out;
  out.reserve(rows.size());
  for (auto& [id, r] : rows) {
    if (counted > 0) r.share /= counted;
    out.push_back(std::move(r));
  }
  rank(out, by);
  if (with_dots) *with_dots = counted;
  return out;
}

// The name of problem `id` as the first of `sessions` to vote for it wrote it (as tally_sessions
// names its rows).
ProblemName first_name(const std::vector<const Session*>& sessions, const std::string& id,
                       const Catalog& problems) {
  for (const Session* s : sessions)
    for (const auto& v : s->gallery->votes)
      if (v.problem.id == id) return problem_name(v.problem, problems);
  return ProblemName{id, {}, {}, false};
}

} // namespace

ProblemName problem_name(const Ref& ref, const Catalog& problems) {
  ProblemName n;
  n.id = ref.id;
  if (const CatalogEntry* e = ref.in_catalog ? problems.by_id(ref.id) : nullptr) {
    n.labels = e->labels;
    n.lsg_issue = e->lsg_issue;
    n.in_catalog = true;
  } else {
    n.labels = {ref.text, ref.text, ref.text};
  }
  return n;
}

const std::string& ProblemName::label(Lang lang) const {
  const std::string& l = labels[static_cast<std::size_t>(lang)];
  if (!l.empty()) return l;
  for (const auto& other : labels)
    if (!other.empty()) return other;
  return id;
}

Participation count_participation(const Municipality& m) {
  Participation p;
  // Rows by village (in the municipality's order), then group (in the catalog's order).
  auto village_index = [&](const std::string& v) {
    for (std::size_t i = 0; i < m.villages.size(); ++i)
      if (m.villages[i].text == v) return i;
    return m.villages.size();
  };
  const auto& groups = (*m.catalogs)[CatalogKind::groups].entries();
  auto group_index = [&](const std::string& g) {
    for (std::size_t i = 0; i < groups.size(); ++i)
      if (groups[i].id == g) return i;
    return groups.size();
  };
  std::map<std::tuple<std::size_t, std::size_t, std::string>, ParticipationRow> rows;
  for (const auto& s : m.sessions) {
    ParticipationRow& r =
        rows[{village_index(s.village.text), group_index(s.group.id), s.group.id}];
    r.village = s.village.text;
    r.group = s.group.id;
    ++r.sessions;
    r.participants += s.participants.total;
    std::optional<long long> women, men;
    if (s.participants.by_gender()) {
      women = s.participants.women.value_or(0);
      men = s.participants.men.value_or(0);
    } else if (auto g = gender_of_group(s.group, *m.catalogs)) {
      women = *g == "female" ? s.participants.total : 0;
      men = *g == "male" ? s.participants.total : 0;
    }
    if (women) {
      r.women = r.women.value_or(0) + *women;
      r.men = r.men.value_or(0) + *men;
      p.women += *women;
      p.men += *men;
    } else {
      p.unknown += s.participants.total;
    }
    ++p.sessions;
    p.participants += s.participants.total;
  }
  for (auto& [key, r] : rows)
    p.rows.push_back(std::move(r));
  if (p.women + p.men > 0) {
    p.women_share = static_cast<double>(p.women) / static_cast<double>(p.women + p.men);
    p.women_low = p.women_share < 0.4;
  }
  return p;
}

GalleryTally tally_gallery(const Municipality& m, RankBy by) {
  GalleryTally t;
  t.municipality_id = m.id;
  t.municipality = m.name;
  t.lang = m.lang;
  t.priorities = m.priorities;
  t.participation = count_participation(m);

  std::vector<const Session*> with_gallery;
  for (const auto& s : m.sessions)
    if (s.gallery) with_gallery.push_back(&s);
  t.sessions = static_cast<int>(with_gallery.size());
  t.problems = tally_sessions(with_gallery, m, by, &t.sessions_with_dots);
  for (const auto& r : t.problems)
    t.dots += r.dots;

  // Priorities: rank within the setting, and at least one dot. A tie at the cut takes all.
  for (auto& r : t.problems) {
    r.priority = r.rank <= m.priorities && r.dots > 0;
    if (r.priority) ++t.priority_count;
  }
  if (t.priority_count > m.priorities) {
    t.tie_rank = t.problems[static_cast<std::size_t>(t.priority_count - 1)].rank;
    for (const auto& r : t.problems)
      if (r.rank == t.tie_rank) t.tied_at_cut.push_back(r.problem);
  }

  // Groups, in the order of the group catalog (a municipality's own groups after).
  const Catalog& groups = (*m.catalogs)[CatalogKind::groups];
  std::map<std::string, std::vector<const Session*>> by_group;
  for (const Session* s : with_gallery)
    by_group[s->group.id].push_back(s);
  // Each problem's row in the overall tally, found by id (a group's top three may hold every
  // problem when all are tied).
  std::unordered_map<std::string_view, const ProblemTally*> overall_of;
  overall_of.reserve(t.problems.size());
  for (const auto& p : t.problems)
    overall_of.emplace(p.problem.id, &p);
  for (const auto& e : groups.entries()) {
    auto it = by_group.find(e.id);
    if (it == by_group.end()) continue;
    GroupInfo gi;
    gi.id = e.id;
    gi.labels = e.labels;
    gi.gender = e.gender;
    for (const Session* s : it->second) {
      ++gi.sessions;
      gi.participants += s->participants.total;
      gi.dots += s->gallery->total_dots();
    }
    t.groups.push_back(gi);
    // Where the groups disagree: a group's top three that the municipality did not prioritise.
    for (const auto& r : tally_sessions(it->second, m, by, nullptr, true)) {
      if (r.rank > 3 || r.dots == 0) continue;
      auto found = overall_of.find(r.problem.id);
      if (found == overall_of.end() || found->second->priority) continue;
      t.disagreements.push_back(
          {e.id, first_name(it->second, r.problem.id, (*m.catalogs)[CatalogKind::problems]), r.rank,
           found->second->rank, r.dots});
    }
  }
  return t;
}

BatchGallery tally_batch(const Program& program, RankBy by) {
  std::vector<GalleryTally> tallies;
  for (const auto& m : program.municipalities)
    tallies.push_back(tally_gallery(m, by));
  return tally_batch(std::move(tallies));
}

BatchGallery tally_batch(std::vector<GalleryTally> tallies) {
  BatchTally b;
  for (auto& t : tallies)
    b.add(std::move(t));
  return b.take();
}

void BatchTally::add(GalleryTally t) {
  BatchGallery& b = m_batch;
  b.sessions += t.participation.sessions;
  b.participants += t.participation.participants;
  b.women += t.participation.women;
  b.men += t.participation.men;
  for (const auto& r : t.problems) {
    BatchRow& row = m_rows[r.problem.id];
    if (row.problem.id.empty() || (!row.problem.in_catalog && r.problem.in_catalog))
      row.problem = r.problem;
    row.dots += r.dots;
    row.sessions += r.sessions;
    if (r.dots > 0) ++row.mentioned;
    if (r.priority) ++row.municipalities;
  }
  // What the batch reports show of a municipality: its priorities, their ranks and dots.
  std::erase_if(t.problems, [](const ProblemTally& r) { return !r.priority; });
  for (auto& r : t.problems)
    r.by_group.clear();
  t.problems.shrink_to_fit();
  t.groups.clear();
  t.groups.shrink_to_fit();
  t.disagreements.clear();
  t.disagreements.shrink_to_fit();
  t.participation.rows.clear();
  t.participation.rows.shrink_to_fit();
  b.municipalities.push_back(std::move(t));
}

BatchGallery BatchTally::take(bool by_id) {
  BatchGallery b = std::move(m_batch);
  for (auto& [id, row] : m_rows)
    b.rows.push_back(std::move(row));
  m_rows.clear();
  m_batch = {};
  std::sort(b.rows.begin(), b.rows.end(), [](const BatchRow& x, const BatchRow& y) {
    if (x.municipalities != y.municipalities) return x.municipalities > y.municipalities;
    if (x.dots != y.dots) return x.dots > y.dots;
    return x.problem.id < y.problem.id;
  });
  if (by_id)
    std::stable_sort(b.municipalities.begin(), b.municipalities.end(),
                     [](const GalleryTally& x, const GalleryTally& y) {
                       return x.municipality_id < y.municipality_id;
                     });
  return b;
}

} // namespace vap
