#include "vap/resolve.hpp"

#include "vap/text.hpp"

#include <algorithm>
#include <map>

namespace vap {
namespace {

std::string names_of(const std::vector<const CatalogEntry*>& entries, Lang lang) {
  std::string out;
  for (const auto* e : entries) {
    if (!out.empty()) out += ", ";
    out += "'" + e->label(lang) + "'";
    if (e->label(lang) != e->id) out += " (" + e->id + ")";
  }
  return out;
}

} // namespace

bool resolve_ref(Ref& ref, const Catalog& catalog, Diagnostics& diags, std::string_view what) {
  if (const CatalogEntry* e = catalog.find(ref.text)) {
    ref.id = e->id;
    ref.in_catalog = e->in_catalog;
    return true;
  }
  ref.in_catalog = false;
  ref.id = slugify(ref.text);
  if (is_closed(catalog.kind())) {
    const Lang lang = diags.lang();
    // Over the file's limit the error is only counted: its "did you mean" is not looked for.
    if (diags.full(ref.pos.file)) {
      diags.error(ref.pos, {});
      return false;
    }
    auto close = catalog.closest(ref.text, 1);
    what = tr(lang, what); // "group" in the language of the messages
    if (close.empty())
      diags.error(ref.pos,
                  msg(lang, "unknown {} '{}'; allowed: {}", what, ref.text, catalog.names(lang)));
    else
      // The suggestion in the words of the messages ('Улуу аялдар'), the id in English.
      diags.error(ref.pos, msg(lang, "unknown {} '{}'; did you mean '{}'? Allowed: {}", what,
                               ref.text, lang == Lang::en ? close[0]->id : close[0]->label(lang),
                               catalog.names(lang)));
  }
  return false;
}

void NewNames::note(const Ref& ref, const Catalog& catalog, Diagnostics& diags,
                    std::string_view what) {
  if (ref.in_catalog) return;
  std::string key = std::string(catalog_key(catalog.kind())) + ":" + ref.id;
  if (!m_seen.insert(key).second) return;
  const Lang lang = diags.lang();
  // Over the file's limit the warning is only counted: the closest names are not looked for.
  if (diags.full(ref.pos.file)) {
    diags.warning(ref.pos, {});
    return;
  }
  auto close = catalog.closest(ref.text, 3);
  what = tr(lang, what);
  if (close.empty())
    diags.warning(ref.pos, msg(lang, "'{}' is not in the {} catalog; it is kept as a new {}",
                               ref.text, what, what));
  else
    diags.warning(ref.pos,
                  msg(lang, "'{}' is not in the {} catalog; it is kept as a new {}; closest: {}",
                      ref.text, what, what, names_of(close, lang)));
}

void resolve_gallery(Session& s, const Catalog& problems, NewNames& news, Diagnostics& diags) {
  Gallery& g = *s.gallery;
  const Lang lang = diags.lang();
  const long long per = g.dots_per_participant;

  // Ballots become votes: one dot per name on a ballot.
  if (!g.ballots.empty()) {
    if (g.ballots.size() > static_cast<std::size_t>(s.participants.total) &&
        s.participants.total > 0)
      diags.error(g.ballots[s.participants.total].pos,
                  msg(lang, "{} ballots, but the session has {} participants", g.ballots.size(),
                      s.participants.total));
    for (const auto& b : g.ballots) {
      if (per > 0 && static_cast<long long>(b.dots.size()) > per)
        diags.error(b.pos, msg(lang, "this ballot has {} dots; each participant has {}",
                               b.dots.size(), per));
      for (const auto& dot : b.dots) {
        Vote v;
        v.problem = dot;
        v.dots.total = 1;
        v.dots.pos = dot.pos;
        g.votes.push_back(v);
      }
    }
  }

  // Match, then merge a problem named twice. With ballots, the k-th vote is the k-th dot of the
  // ballots in order: the ballots' dots get the matched name too (pabulib export reads them).
  std::vector<Ref*> ballot_dots;
  for (auto& b : g.ballots)
    for (auto& dot : b.dots)
      ballot_dots.push_back(&dot);
  if (ballot_dots.size() != g.votes.size()) ballot_dots.clear();
  std::vector<Vote> merged;
  std::map<std::string, std::size_t> at; // id → index in merged
  std::size_t k = 0;
  for (auto& v : g.votes) {
    resolve_ref(v.problem, problems, diags, "problem");
    news.note(v.problem, problems, diags, "problem");
    if (k < ballot_dots.size()) *ballot_dots[k] = v.problem;
    ++k;
    auto [it, fresh] = at.emplace(v.problem.id, merged.size());
    if (fresh) {
      merged.push_back(v);
      continue;
    }
    Vote& first = merged[it->second];
    if (g.ballots.empty())
      diags.warning(v.problem.pos,
                    msg(lang,
                        "'{}' is the same problem as '{}' on line {}; their dots are added up",
                        v.problem.text, first.problem.text, first.problem.pos.line));
    first.dots.total += v.dots.total;
    if (v.dots.women) first.dots.women = first.dots.women.value_or(0) + *v.dots.women;
    if (v.dots.men) first.dots.men = first.dots.men.value_or(0) + *v.dots.men;
  }
  // A session's votes are a mapping: the order they were typed in means nothing, and a
  // workbook's gallery has one order of rows for all its sessions. In the order of the problems'
  // ids, every way of typing them gives the same outputs.
  std::stable_sort(merged.begin(), merged.end(),
                   [](const Vote& a, const Vote& b) { return a.problem.id < b.problem.id; });
  g.votes = std::move(merged);

  // Dots against participants.
  const long long total = g.total_dots();
  const Count& p = s.participants;
  if (per == 0) return; // `dots` itself is wrong, and reported already
  if (p.total > 0 && total > p.total * per)
    diags.error(g.pos,
                msg(lang, "the gallery has {} dots, more than {} participants × {} dots = {}",
                    total, p.total, per, p.total * per));
  long long women = 0, men = 0;
  bool by_colour = false;
  for (const auto& v : g.votes) {
    if (!v.dots.by_gender()) continue;
    by_colour = true;
    women += v.dots.women.value_or(0);
    men += v.dots.men.value_or(0);
  }
  if (by_colour && p.by_gender()) {
    if (women > p.women.value_or(0) * per)
      diags.error(g.pos, msg(lang, "women's dots are {}, more than {} women × {} dots = {}", women,
                             p.women.value_or(0), per, p.women.value_or(0) * per));
    if (men > p.men.value_or(0) * per)
      diags.error(g.pos, msg(lang, "men's dots are {}, more than {} men × {} dots = {}", men,
                             p.men.value_or(0), per, p.men.value_or(0) * per));
  }
}

bool resolve_village(Text& village, const Municipality& m, Diagnostics& diags, Severity severity) {
  // The typed name's keys once; each village's in the municipality's order (the first that
  // matches either way is the one).
  const std::string key = match_key(village.text);
  const std::string loose = loose_key(village.text);
  for (const auto& v : m.villages) {
    if (match_key(v.text) == key || loose_key(v.text) == loose) {
      village.text = v.text;
      return true;
    }
  }
  std::vector<std::string> names;
  for (const auto& v : m.villages)
    names.push_back(v.text);
  const Lang lang = diags.lang();
  std::string list;
  for (const auto& n : names)
    list += (list.empty() ? "" : ", ") + n;
  std::string hint = did_you_mean(lang, village.text, names);
  std::string text = hint.empty() ? msg(lang, "'{}' is not a village of {}; its villages: {}",
                                        village.text, m.name, list)
                                  : msg(lang, "'{}' is not a village of {}; {} Its villages: {}",
                                        village.text, m.name, hint, list);
  if (severity == Severity::error)
    diags.error(village.pos, std::move(text));
  else
    diags.warning(village.pos, std::move(text));
  return false;
}

void resolve_municipality(Municipality& m, Diagnostics& diags) {
  const Catalogs& cat = *m.catalogs;
  const Lang lang = diags.lang();
  NewNames news;

  if (m.budget) {
    for (auto* side : {&m.budget->revenue, &m.budget->expenditure})
      for (auto& line : *side) {
        resolve_ref(line.item, cat[CatalogKind::budget_items], diags, "budget item");
        news.note(line.item, cat[CatalogKind::budget_items], diags, "budget item");
      }
  }

  for (auto& s : m.sessions) {
    if (!s.village.text.empty()) resolve_village(s.village, m, diags, Severity::error);
    if (!s.group.text.empty()) resolve_ref(s.group, cat[CatalogKind::groups], diags, "group");
    if (s.participants.pos.known() && s.participants.total == 0)
      diags.error(s.participants.pos, msg(lang, "a session needs at least one participant"));
    if (s.map)
      for (auto& o : *s.map) {
        resolve_ref(o.category, cat[CatalogKind::map_categories], diags, "map category");
        news.note(o.category, cat[CatalogKind::map_categories], diags, "map category");
        if (o.condition)
          resolve_ref(*o.condition, cat[CatalogKind::conditions], diags, "condition");
      }
    if (s.venn)
      for (auto& e : *s.venn) {
        resolve_ref(e.institution, cat[CatalogKind::institutions], diags, "institution");
        resolve_ref(e.type, cat[CatalogKind::institution_types], diags, "institution type");
      }
    if (s.pie) {
      for (auto* side : {&s.pie->revenue, &s.pie->expenditure})
        for (auto& share : *side) {
          resolve_ref(share.item, cat[CatalogKind::budget_items], diags, "budget item");
          news.note(share.item, cat[CatalogKind::budget_items], diags, "budget item");
        }
    }
    if (s.gallery) resolve_gallery(s, cat[CatalogKind::problems], news, diags);
  }
  resolve_causes(m, news, diags);
  resolve_plans(m, news, diags);
  resolve_monitorings(m, news, diags);
  resolve_assemblies(m, news, diags);
}

} // namespace vap
