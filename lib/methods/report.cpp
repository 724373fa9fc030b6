#include "vap/report.hpp"

#include "vap/monitor.hpp"
#include "vap/text.hpp"

#include <algorithm>

namespace vap {
namespace {

const std::string& pick(const std::array<std::string, 3>& labels, const std::string& id,
                        Lang lang) {
  const std::string& l = labels[static_cast<std::size_t>(lang)];
  if (!l.empty()) return l;
  for (const auto& other : labels)
    if (!other.empty()) return other;
  return id;
}

std::size_t catalog_index(const Catalog& c, const std::string& id) {
  const auto& es = c.entries();
  for (std::size_t i = 0; i < es.size(); ++i)
    if (es[i].id == id) return i;
  return es.size();
}

void add_source(std::vector<SourceTotal>& out, const Catalog& c, const Ref& source, double amount) {
  auto it =
      std::find_if(out.begin(), out.end(), [&](const SourceTotal& s) { return s.id == source.id; });
  if (it == out.end()) {
    SourceTotal s;
    s.id = source.id;
    if (const CatalogEntry* e = c.by_id(source.id)) s.labels = e->labels;
    for (auto& l : s.labels)
      if (l.empty()) l = source.text;
    out.push_back(s);
    it = out.end() - 1;
  }
  it->amount += amount;
}

// Units compared across languages: "миң сом", "тыс. сом" and "thousand som" are one unit.
std::string unit_key(const std::string& unit) {
  std::string k;
  for (char c : match_key(unit))
    if (c != ' ' && c != '.') k += c;
  for (const char* thousand :
       {"миңсом", "тыссом", "тысячсом", "thousandsom", "thousandsoms", "ksom"})
    if (k == thousand) return "thousand-som";
  for (const char* som : {"сом", "som", "kgs"})
    if (k == som) return "som";
  return k;
}

} // namespace

const std::string& GroupParticipation::label(Lang lang) const {
  return pick(labels, id, lang);
}
const std::string& SourceTotal::label(Lang lang) const {
  return pick(labels, id, lang);
}

std::string_view section_id(Section s) {
  switch (s) {
  case Section::participation:
    return "participation";
  case Section::map:
    return "map";
  case Section::venn:
    return "venn";
  case Section::pie:
    return "pie";
  case Section::gallery:
    return "gallery";
  case Section::causes:
    return "causes";
  case Section::plan:
    return "plan";
  case Section::assembly:
    return "assembly";
  case Section::budget:
    return "budget";
  case Section::monitoring:
    return "monitoring";
  }
  return "";
}

std::vector<Section> report_sections(const Municipality& m) {
  bool map = false, venn = false, pie = false, gallery = false;
  for (const auto& s : m.sessions) {
    map = map || s.map.has_value();
    venn = venn || s.venn.has_value();
    pie = pie || s.pie.has_value();
    gallery = gallery || s.gallery.has_value();
  }
  std::vector<Section> out;
  if (!m.sessions.empty()) out.push_back(Section::participation);
  if (map) out.push_back(Section::map);
  if (venn) out.push_back(Section::venn);
  if (pie) out.push_back(Section::pie);
  if (gallery) out.push_back(Section::gallery);
  if (!m.causes.empty()) out.push_back(Section::causes);
  if (!m.plans.empty()) out.push_back(Section::plan);
  if (!m.assemblies.empty()) out.push_back(Section::assembly);
  if (!m.plans.empty() && m.budget && m.budget->plan_envelope) out.push_back(Section::budget);
  if (!m.monitorings.empty()) out.push_back(Section::monitoring);
  return out;
}

std::vector<GroupParticipation> participation_by_group(const Municipality& m) {
  const Catalog& groups = (*m.catalogs)[CatalogKind::groups];
  std::vector<GroupParticipation> out;
  for (const auto& s : m.sessions) {
    auto it = std::find_if(out.begin(), out.end(),
                           [&](const GroupParticipation& g) { return g.id == s.group.id; });
    if (it == out.end()) {
      GroupParticipation g;
      g.id = s.group.id;
      if (const CatalogEntry* e = groups.by_id(s.group.id)) g.labels = e->labels;
      for (auto& l : g.labels)
        if (l.empty()) l = s.group.text;
      out.push_back(g);
      it = out.end() - 1;
    }
    ++it->sessions;
    const Count& p = s.participants;
    it->participants += p.total;
    const CatalogEntry* e = groups.by_id(s.group.id);
    const std::string gender = e ? e->gender : "";
    if (p.by_gender()) {
      it->women += p.women.value_or(0);
      it->men += p.men.value_or(0);
      it->unknown += std::max(0LL, p.total - p.women.value_or(0) - p.men.value_or(0));
    } else if (gender == "female") {
      it->women += p.total;
    } else if (gender == "male") {
      it->men += p.total;
    } else {
      it->unknown += p.total;
    }
  }
  std::stable_sort(out.begin(), out.end(), [&](const auto& a, const auto& b) {
    return std::make_pair(catalog_index(groups, a.id), a.id) <
           std::make_pair(catalog_index(groups, b.id), b.id);
  });
  return out;
}

std::vector<SourceTotal> plan_financing(const Municipality& m) {
  const Catalog& sources = (*m.catalogs)[CatalogKind::funding_sources];
  std::vector<SourceTotal> out;
  for (const auto& plan : m.plans)
    for (const auto& p : plan.problems)
      for (const auto& t : p.tasks)
        for (const auto& f : t.funding)
          add_source(out, sources, f.source, f.amount);
  std::stable_sort(out.begin(), out.end(), [&](const auto& a, const auto& b) {
    return catalog_index(sources, a.id) < catalog_index(sources, b.id);
  });
  return out;
}

ProgramSummary summarize_program(const Program& program, RankBy rank_by) {
  ProgramTally t(program.catalogs, rank_by);
  for (const auto& m : program.municipalities)
    t.add(m);
  return t.take();
}

ProgramTally::ProgramTally(std::shared_ptr<const Catalogs> catalogs, RankBy rank_by)
    : m_catalogs(std::move(catalogs)), m_rank_by(rank_by) {}

void ProgramTally::add(const Municipality& m) {
  ProgramSummary& out = m_out;
  GalleryTally tally = tally_gallery(m, m_rank_by);
  const Catalog& sources = (*m_catalogs)[CatalogKind::funding_sources];
  MunicipalityLine line;
  line.id = m.id;
  line.name = m.name;
  for (const auto& g : participation_by_group(m)) {
    line.sessions += g.sessions;
    line.participants += g.participants;
    line.women += g.women;
    line.men += g.men;
    out.women += g.women;
    out.men += g.men;
    out.unknown += g.unknown;
    auto it = std::find_if(out.groups.begin(), out.groups.end(),
                           [&](const auto& x) { return x.id == g.id; });
    if (it == out.groups.end()) {
      out.groups.push_back(g);
      continue;
    }
    it->sessions += g.sessions;
    it->participants += g.participants;
    it->women += g.women;
    it->men += g.men;
    it->unknown += g.unknown;
  }
  line.financing = plan_financing(m);
  for (const auto& s : line.financing) {
    line.planned += s.amount;
    Ref r;
    r.id = s.id;
    r.text = s.labels[2];
    add_source(out.financing, sources, r, s.amount);
  }
  for (std::size_t k = 0; k < m.plans.size(); ++k) {
    const Plan& p = m.plans[k];
    if (p.unit.empty()) continue;
    auto first = std::make_tuple(m.id, k, p.unit);
    auto [it, added] = m_unit_firsts.emplace(unit_key(p.unit), first);
    if (!added && first < it->second) it->second = first;
    if (line.unit.empty()) line.unit = p.unit;
    if (std::none_of(out.units.begin(), out.units.end(),
                     [&](const std::string& u) { return unit_key(u) == unit_key(p.unit); }))
      out.units.push_back(p.unit);
  }
  std::optional<MonitorResult> r;
  if (!m.monitorings.empty()) {
    r = monitor(m);
    line.monitored = true;
    line.progress = r->progress;
    line.spent = r->spent;
    ++out.monitored;
    out.monitored_planned += r->planned;
    out.monitored_spent += r->spent;
    m_weighted_progress += r->planned * r->progress;
    m_plain_progress += r->progress;
  }
  line.chain = chain_line(m, tally, r ? &*r : nullptr);
  add_chain(out.chain, line.chain);
  m_gallery.add(std::move(tally));
  out.municipalities.push_back(line);
}

ProgramSummary ProgramTally::take(bool by_id) {
  ProgramSummary out = std::move(m_out);
  m_out = {};
  // The program's progress: the municipalities' weighted by their planned amounts (monitoring's
  // base), or their plain mean when none has one.
  if (out.monitored > 0)
    out.progress = out.monitored_planned > 0 ? m_weighted_progress / out.monitored_planned
                                             : m_plain_progress / out.monitored;
  m_weighted_progress = m_plain_progress = 0;
  out.gallery = m_gallery.take(by_id);
  if (by_id) {
    std::stable_sort(
        out.municipalities.begin(), out.municipalities.end(),
        [](const MunicipalityLine& a, const MunicipalityLine& b) { return a.id < b.id; });
    // The units in the order the whole program names them first.
    std::vector<std::tuple<std::string, std::size_t, std::string>> firsts;
    for (const auto& [key, first] : m_unit_firsts)
      firsts.push_back(first);
    std::sort(firsts.begin(), firsts.end());
    out.units.clear();
    for (const auto& f : firsts)
      out.units.push_back(std::get<2>(f));
  }
  m_unit_firsts.clear();
  const Catalog& groups = (*m_catalogs)[CatalogKind::groups];
  const Catalog& sources = (*m_catalogs)[CatalogKind::funding_sources];
  std::stable_sort(out.groups.begin(), out.groups.end(), [&](const auto& a, const auto& b) {
    return std::make_pair(catalog_index(groups, a.id), a.id) <
           std::make_pair(catalog_index(groups, b.id), b.id);
  });
  std::stable_sort(out.financing.begin(), out.financing.end(), [&](const auto& a, const auto& b) {
    return catalog_index(sources, a.id) < catalog_index(sources, b.id);
  });
  return out;
}

} // namespace vap
