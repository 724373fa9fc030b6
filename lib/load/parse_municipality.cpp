#include "vap/parse.hpp"
#include "vap/section_reader.hpp"

namespace vap {
namespace {

std::vector<BudgetLine> budget_side(SectionReader& r, std::string_view side) {
  std::vector<BudgetLine> out;
  for (auto& [item, amount] : r.amounts(side, "'{}' must be 'item: amount' lines")) {
    const SourcePos at = item.pos;
    out.push_back({std::move(item), amount, at});
  }
  return out;
}

} // namespace

void parse_municipality_doc(const yaml::Node& root, YamlReader& reader, ParsedFile& out) {
  const Lang lang = reader.lang();
  SectionReader file(root, *schema::kind(FileKind::municipality).top, reader);
  const yaml::Node m = root["municipality"];
  Municipality mun;
  mun.file = reader.file();
  SectionReader r(m, schema::main_section(FileKind::municipality), reader);
  mun.pos = r.pos();
  if (r.ok()) {
    if (auto t = r.text("id")) mun.id = t->text;
    if (auto t = r.text("name")) mun.name = t->text;
    if (auto t = r.text("region")) mun.region = t->text;
    if (auto t = r.text("district")) mun.district = t->text;
    if (!m["villages"])
      reader.require(m, "villages", "municipality");
    else if (m["villages"].IsNull() || (m["villages"].IsSequence() && m["villages"].size() == 0))
      reader.error(m["villages"], msg(lang, "'{}' needs at least one village", "villages"));
    else
      mun.villages = r.texts("villages");
    mun.population = r.whole("population");
    if (auto p = r.whole("priorities")) mun.priorities = static_cast<int>(*p);
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
    SectionReader br(b, *schema::field_at(FileKind::municipality, "budget")->section, reader);
    if (br.ok()) {
      Budget budget;
      budget.pos = reader.pos(b);
      if (auto y = br.whole("year")) budget.year = static_cast<int>(*y);
      if (auto u = br.text("unit")) budget.unit = u->text;
      budget.revenue = budget_side(br, "revenue");
      budget.expenditure = budget_side(br, "expenditure");
      budget.plan_envelope = br.number("plan_envelope");
      mun.budget = std::move(budget);
    }
  }
  out.municipality = std::move(mun);
}

} // namespace vap
