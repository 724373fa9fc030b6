#include "vap/parse.hpp"

namespace vap {
namespace {

std::vector<BudgetLine> budget_side(const yaml::Node& node, std::string_view what,
                                    YamlReader& reader) {
  std::vector<BudgetLine> out;
  if (!node || node.IsNull()) return out;
  if (!node.IsMap()) {
    reader.error(node, msg(reader.lang(), "'{}' must be 'item: amount' lines", what));
    return out;
  }
  for (auto it = node.begin(); it != node.end(); ++it) {
    auto item = reader.as_text(it->first, what);
    auto amount = reader.as_number(it->second, item ? item->text : std::string(what), 0, 1e12);
    if (item && amount) out.push_back({reader.as_ref(*item), *amount, item->pos});
  }
  return out;
}

} // namespace

void parse_municipality_doc(const yaml::Node& root, YamlReader& reader, ParsedFile& out) {
  const Lang lang = reader.lang();
  reader.check_map(root, "file", {"vap", "municipality", "catalog", "lang", "budget"});
  const yaml::Node m = root["municipality"];
  Municipality mun;
  mun.file = reader.file();
  mun.pos = reader.pos(m);
  if (reader.check_map(
          m, "municipality",
          {"id", "name", "region", "district", "villages", "population", "priorities", "lang"})) {
    if (auto t = reader.text(m, "id", "municipality", Need::optional)) mun.id = t->text;
    if (auto t = reader.text(m, "name", "municipality", Need::required)) mun.name = t->text;
    if (auto t = reader.text(m, "region", "municipality", Need::optional)) mun.region = t->text;
    if (auto t = reader.text(m, "district", "municipality", Need::optional)) mun.district = t->text;
    if (!m["villages"])
      reader.require(m, "villages", "municipality");
    else if (m["villages"].IsNull() || (m["villages"].IsSequence() && m["villages"].size() == 0))
      reader.error(m["villages"], msg(lang, "'{}' needs at least one village", "villages"));
    else
      mun.villages = reader.texts(m, "villages", "municipality");
    mun.population = reader.whole(m, "population", "municipality", Need::optional, 0, 100'000'000);
    if (auto p = reader.whole(m, "priorities", "municipality", Need::optional, 1, 1000))
      mun.priorities = static_cast<int>(*p);
  }
  std::vector<yaml::Node> langs;
  if (root["lang"]) langs.push_back(root["lang"]);
  if (m.IsMap() && m["lang"]) langs.push_back(m["lang"]);
  for (const yaml::Node& l : langs) {
    auto code = reader.as_text(l, "lang");
    if (!code) continue;
    if (auto parsed = parse_lang(code->text))
      mun.lang = parsed;
    else
      reader.error(
          l, msg(lang, "'{}' must be one of: {}; not '{}'", "lang", "ky, ru, en", code->text));
  }
  if (const yaml::Node c = root["catalog"]; c && !c.IsNull())
    parse_catalog_section(c, reader, out.catalog);
  if (const yaml::Node b = root["budget"]; b && !b.IsNull()) {
    if (reader.check_map(b, "budget",
                         {"year", "unit", "revenue", "expenditure", "plan_envelope"})) {
      Budget budget;
      budget.pos = reader.pos(b);
      if (auto y = reader.whole(b, "year", "budget", Need::optional, 1991, 2100))
        budget.year = static_cast<int>(*y);
      if (auto u = reader.text(b, "unit", "budget", Need::optional)) budget.unit = u->text;
      budget.revenue = budget_side(b["revenue"], "revenue", reader);
      budget.expenditure = budget_side(b["expenditure"], "expenditure", reader);
      budget.plan_envelope = reader.number(b, "plan_envelope", "budget", Need::optional, 0, 1e12);
      mun.budget = std::move(budget);
    }
  }
  out.municipality = std::move(mun);
}

} // namespace vap
