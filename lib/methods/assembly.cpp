#include "vap/assembly.hpp"

#include "vap/text.hpp"

#include <algorithm>
#include <set>

namespace vap {

bool passes(const AssemblyProposal& p, MajorityRule rule, long long present) {
  switch (rule) {
  case MajorityRule::simple:
    return p.yes > p.no;
  case MajorityRule::two_thirds:
    return p.yes > 0 && 3 * p.yes >= 2 * (p.yes + p.no);
  case MajorityRule::absolute:
    return 2 * p.yes > present;
  }
  return false;
}

Decision decide(const AssemblyProposal& p, MajorityRule rule, long long present) {
  if (!passes(p, rule, present)) return Decision::rejected;
  return p.amendment ? Decision::amended : Decision::agreed;
}

Decision decide(const AssemblyProposal& p, const Assembly& a) {
  long long present = 0;
  for (const auto& v : a.villages)
    present += v.participants.total;
  return decide(p, a.rule, present);
}

AssemblySummary summarize_assembly(const Assembly& a, const std::vector<Text>& villages,
                                   const GalleryTally& gallery) {
  AssemblySummary s;
  s.date = a.date;
  s.rule = a.rule;
  s.deputies = a.deputies;
  s.staff = a.staff;
  s.gender_known = !a.villages.empty();
  std::set<std::string> present;
  for (const auto& v : a.villages) {
    s.participants += v.participants.total;
    if (v.participants.women && v.participants.men) {
      s.women += *v.participants.women;
      s.men += *v.participants.men;
    } else {
      s.gender_known = false;
    }
    if (v.participants.total > 0) present.insert(match_key(v.village.text));
  }
  for (const auto& v : villages)
    if (!present.count(match_key(v.text))) s.villages_missing.push_back(v.text);

  std::set<std::string> voted;
  for (const auto& p : a.proposals) {
    AssemblyRow r;
    r.problem_id = p.problem.id;
    r.problem = p.problem.text;
    for (const auto& t : gallery.problems)
      if (t.problem.id == p.problem.id) {
        r.gallery_rank = t.rank;
        r.gallery_priority = t.priority;
      }
    r.yes = p.yes;
    r.no = p.no;
    r.abstain = p.abstain;
    r.decision = decide(p, a.rule, s.participants);
    if (p.amendment) r.amendment = p.amendment->text;
    voted.insert(p.problem.id);
    s.rows.push_back(std::move(r));
  }

  // The final list: the gallery's priorities the assembly agreed (as they were or amended), in
  // the gallery's order; then what it agreed that was not a priority, in the file's order.
  for (const auto& t : gallery.problems) {
    if (!t.priority) continue;
    const AssemblyRow* row = nullptr;
    for (const auto& r : s.rows)
      if (r.problem_id == t.problem.id) row = &r;
    FinalRow f{t.problem.id, row ? row->problem : t.problem.labels[0], t.rank, Change::kept};
    if (!row) {
      f.change = Change::not_voted;
      s.changes.push_back(f);
    } else if (row->decision == Decision::rejected) {
      f.change = Change::dropped;
      s.changes.push_back(f);
    } else {
      f.change = row->decision == Decision::amended ? Change::amended : Change::kept;
      s.final_list.push_back(f);
    }
  }
  for (const auto& r : s.rows)
    if (!r.gallery_priority && r.decision != Decision::rejected)
      s.final_list.push_back({r.problem_id, r.problem, r.gallery_rank, Change::added});
  return s;
}

const std::string& AssemblyReport::name(const std::string& id, Lang lang) const {
  auto it = names.find(id);
  return it == names.end() ? id : it->second.label(lang);
}

AssemblyReport assembly_report(const Municipality& m) {
  AssemblyReport r;
  r.municipality_id = m.id;
  r.municipality = m.name;
  r.assemblies = static_cast<int>(m.assemblies.size());
  // The latest assembly held (one not filled in yet decides nothing: `vap check` says so).
  for (const auto& a : m.assemblies)
    if (a.held() && (!r.assembly || r.assembly->date < a.date)) r.assembly = &a;
  if (!r.assembly) return r;
  const GalleryTally gallery = tally_gallery(m, RankBy::dots);
  r.summary = summarize_assembly(*r.assembly, m.villages, gallery);
  for (const auto& t : gallery.problems)
    r.names.emplace(t.problem.id, t.problem);
  for (const auto& p : r.assembly->proposals)
    r.names.emplace(p.problem.id, problem_name(p.problem, (*m.catalogs)[CatalogKind::problems]));
  return r;
}

} // namespace vap
