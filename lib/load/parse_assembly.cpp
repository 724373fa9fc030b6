// The `assembly` file kind (жыйын): who came from which village, the deputies and staff present,
// the majority rule, and the votes on each proposal; then matching its villages and problems
// against the municipality and the catalog, with the checks of the seed (everyone's village
// present, as many women as men).
#include "vap/parse.hpp"
#include "vap/resolve.hpp"
#include "vap/section_reader.hpp"
#include "vap/text.hpp"

#include <array>
#include <set>

namespace vap {
namespace {

constexpr std::array<std::pair<std::string_view, MajorityRule>, 3> k_rules = {
    {{"simple", MajorityRule::simple},
     {"absolute", MajorityRule::absolute},
     {"two_thirds", MajorityRule::two_thirds}}};

void parse_rule(SectionReader& r, YamlReader& reader, Assembly& a) {
  auto t = r.text("rule");
  if (!t) return;
  std::vector<std::string> names;
  for (const auto& [word, rule] : k_rules) {
    if (t->text == word) {
      a.rule = rule;
      return;
    }
    names.emplace_back(word);
  }
  const Lang lang = reader.lang();
  std::string hint = did_you_mean(lang, t->text, names);
  reader.error(t->pos,
               hint.empty()
                   ? msg(lang, "unknown rule '{}'; allowed: simple, absolute, two_thirds", t->text)
                   : msg(lang, "unknown rule '{}'; {} Allowed: simple, absolute, two_thirds",
                         t->text, hint));
}

void parse_villages(SectionReader& r, YamlReader& reader, Assembly& a) {
  const schema::Section& section = *r.field("villages").section;
  r.items("villages", [&](const yaml::Node& item) {
    SectionReader v(item, section, reader);
    if (!v.ok()) return;
    AssemblyVillage av;
    av.pos = reader.pos(item);
    auto village = v.text("village");
    auto count = v.count("participants");
    if (auto t = v.text("note")) av.note = t->text;
    if (!village) return;
    // A village whose count is wrong is kept (the count's position unknown), so that it is not
    // also said to be absent.
    av.village = *village;
    if (count) av.participants = *count;
    a.villages.push_back(std::move(av));
  });
}

void parse_proposals(SectionReader& r, YamlReader& reader, Assembly& a) {
  const schema::Section& section = *r.field("proposals").section;
  r.items("proposals", [&](const yaml::Node& item) {
    SectionReader pr(item, section, reader);
    if (!pr.ok()) return;
    AssemblyProposal p;
    p.pos = reader.pos(item);
    auto problem = pr.name("problem");
    auto yes = pr.whole("yes");
    auto no = pr.whole("no");
    const bool abstain_given = static_cast<bool>(item["abstain"]);
    auto abstain = pr.whole("abstain");
    auto amendment = pr.text("amendment");
    if (auto t = pr.text("note")) p.note = t->text;
    if (!problem || !yes || !no || (abstain_given && !abstain)) return;
    p.problem = *problem;
    p.yes = *yes;
    p.no = *no;
    p.abstain = abstain.value_or(0);
    if (amendment && !amendment->text.empty()) p.amendment = *amendment;
    a.proposals.push_back(std::move(p));
  });
}

} // namespace

void parse_assembly_doc(const yaml::Node& root, YamlReader& reader, ParsedFile& out) {
  SectionReader file(root, *schema::kind(FileKind::assembly).top, reader);
  Assembly a;
  a.file = reader.file();
  SectionReader r(root["assembly"], schema::main_section(FileKind::assembly), reader);
  a.pos = r.pos();
  if (r.ok()) {
    if (auto d = r.date("date")) a.date = *d;
    if (auto t = r.text("municipality")) a.municipality = t->text;
    parse_rule(r, reader, a);
    if (auto n = r.whole("deputies")) a.deputies = *n;
    if (auto n = r.whole("staff")) a.staff = *n;
    if (auto t = r.text("note")) a.note = t->text;
    parse_villages(r, reader, a);
    parse_proposals(r, reader, a);
  }
  out.assembly = std::move(a);
}

void resolve_assemblies(Municipality& mun, NewNames& news, Diagnostics& diags) {
  const Catalogs& cat = *mun.catalogs;
  const Lang lang = diags.lang();
  for (auto& a : mun.assemblies) {
    std::set<std::string> villages;
    long long present = 0, women = 0, men = 0;
    bool by_gender = !a.villages.empty();
    bool unresolved = false;
    bool counted = true; // every village's count was read (a wrong one is reported already)
    for (auto& v : a.villages) {
      if (!resolve_village(v.village, mun, diags, Severity::error)) {
        unresolved = true;
        continue;
      }
      if (!villages.insert(match_key(v.village.text)).second)
        diags.error(v.village.pos,
                    msg(lang, "village '{}' is given twice in '{}'", v.village.text, "villages"));
      present += v.participants.total;
      counted = counted && v.participants.pos.known();
      if (v.participants.women && v.participants.men) {
        women += *v.participants.women;
        men += *v.participants.men;
      } else {
        by_gender = false;
      }
    }
    std::set<std::string> problems;
    for (auto& p : a.proposals) {
      resolve_ref(p.problem, cat[CatalogKind::problems], diags, "problem");
      news.note(p.problem, cat[CatalogKind::problems], diags, "problem");
      if (!problems.insert(p.problem.id).second)
        diags.error(p.problem.pos,
                    msg(lang, "problem '{}' is voted on twice in one assembly", p.problem.text));
      const long long votes = p.yes + p.no + p.abstain;
      // Checked at 0 participants too (every village typed 0): no one there casts no vote. An
      // assembly without a villages list has no count to check against.
      if (counted && !unresolved && !a.villages.empty() && votes > present)
        diags.error(p.pos, msg(lang,
                               "{} votes (yes, no and abstain), but the assembly has {} "
                               "participants",
                               votes, present));
    }
    if (!a.held()) {
      diags.warning(a.pos, msg(lang,
                               "the assembly of {} is not filled in yet (no one came, no vote): "
                               "until it is, the plan, the budget and the board follow the "
                               "gallery",
                               date_text(a.date)));
      continue;
    }
    // The seed's conditions: every village there, as many women as men (not said when a village
    // of the file is unknown: the error says which it may be).
    for (const auto& v : mun.villages) {
      bool there = unresolved;
      for (const auto& av : a.villages)
        there = there || (match_key(av.village.text) == match_key(v.text) &&
                          (av.participants.total > 0 || !av.participants.pos.known()));
      if (!there)
        diags.warning(a.pos, msg(lang,
                                 "no one from {} is at the assembly; every village should "
                                 "be represented",
                                 v.text));
    }
    if (by_gender && women != men)
      diags.warning(a.pos, msg(lang,
                               "the assembly has {} women and {} men; the seed asks for as "
                               "many women as men",
                               women, men));
  }
}

} // namespace vap
