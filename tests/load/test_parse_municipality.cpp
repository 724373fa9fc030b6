#include "vap/parse.hpp"

#include "temp_folder.hpp"

#include <doctest/doctest.h>

using namespace vap;

namespace {

std::vector<std::string> parse_messages(std::string_view yaml, ParsedFile* out = nullptr) {
  Diagnostics diags;
  ParsedText p = parse_text(yaml, "m.yaml", diags);
  if (out) *out = p.file;
  std::vector<std::string> lines;
  for (const auto& d : diags.sorted(p.sources))
    lines.push_back(std::to_string(d.pos.line) + ":" + std::to_string(d.pos.col) + ": " +
                    d.message);
  return lines;
}

} // namespace

TEST_CASE("parse_municipality: every field of FORMAT.md") {
  ParsedFile f;
  CHECK(parse_messages(
            "vap: 1\n"
            "municipality:\n"
            "  id: jany-jol\n"
            "  name: Жаңы-Жол айыл аймагы\n"
            "  region: Жалал-Абад облусу\n"
            "  district: Аксы району\n"
            "  villages: [Жаңы-Жол, Кербен, Ак-Суу]\n"
            "  population: 12400\n"
            "  priorities: 4\n"
            "catalog:\n"
            "  problems:\n"
            "    - {id: ultrasound, ky: УЗИ аппараты, ru: Аппарат УЗИ, en: Ultrasound machine, "
            "synonyms: [УЗИ]}\n"
            "lang: ru\n"
            "budget:\n"
            "  year: 2015\n"
            "  unit: миң сом\n"
            "  revenue:\n"
            "    land-tax: 1250.0\n"
            "    Теңдештирүүчү грант: 4200\n"
            "  expenditure:\n"
            "    education: 2100,5\n",
            &f)
            .empty());
  REQUIRE(f.kind == FileKind::municipality);
  REQUIRE(f.municipality);
  const Municipality& m = *f.municipality;
  CHECK(m.id == "jany-jol");
  CHECK(m.name == "Жаңы-Жол айыл аймагы");
  CHECK(m.region == "Жалал-Абад облусу");
  CHECK(m.district == "Аксы району");
  REQUIRE(m.villages.size() == 3);
  CHECK(m.villages[1].text == "Кербен");
  CHECK(m.population == 12400);
  CHECK(m.priorities == 4);
  CHECK(m.lang == Lang::ru);
  REQUIRE(m.budget);
  CHECK(m.budget->year == 2015);
  CHECK(m.budget->unit == "миң сом");
  REQUIRE(m.budget->revenue.size() == 2);
  CHECK(m.budget->revenue[1].item.text == "Теңдештирүүчү грант");
  CHECK(m.budget->revenue[1].amount == 4200);
  REQUIRE(m.budget->expenditure.size() == 1);
  CHECK(m.budget->expenditure[0].amount == doctest::Approx(2100.5)); // a decimal comma is accepted
  REQUIRE(f.catalog.size() == 1);
  CHECK(f.catalog[0].kind == CatalogKind::problems);
  CHECK(f.catalog[0].entry.id == "ultrasound");
  CHECK(f.catalog[0].entry.synonyms == std::vector<std::string>{"УЗИ"});
}

TEST_CASE("parse_municipality: defaults") {
  ParsedFile f;
  CHECK(parse_messages("municipality:\n  name: X\n  villages: A\n", &f).empty());
  REQUIRE(f.municipality);
  CHECK(f.municipality->id.empty()); // the folder's name, given by the loader
  CHECK(f.municipality->priorities == 5);
  CHECK_FALSE(f.municipality->lang.has_value());
  CHECK(f.municipality->villages.size() == 1);
}

TEST_CASE("parse_municipality: mistakes") {
  CHECK(parse_messages("municipality:\n  name: X\n") ==
        std::vector<std::string>{"2:3: 'municipality' is missing 'villages', which is required"});
  CHECK(parse_messages("municipality:\n  name: X\n  villages: []\n") ==
        std::vector<std::string>{"3:13: 'villages' needs at least one village"});
  CHECK(parse_messages("municipality:\n  name: X\n  villages: [A]\n  priorities: 0\n") ==
        std::vector<std::string>{"4:15: 'priorities' must be between 1 and 1000, not 0"});
  CHECK(parse_messages("municipality:\n  name: X\n  villages: [A]\nlang: kz\n") ==
        std::vector<std::string>{"4:7: 'lang' must be one of: ky, ru, en; not 'kz'"});
  CHECK(parse_messages("municipality:\n  name: X\n  villages: [A]\n  populaton: 5\n") ==
        std::vector<std::string>{
            "4:3: unknown key 'populaton' in 'municipality'; did you mean 'population'?"});
  CHECK(parse_messages(
            "municipality:\n  name: X\n  villages: [A]\nbudget:\n  revenue:\n    land-tax: -5\n") ==
        std::vector<std::string>{"6:15: 'land-tax' cannot be negative (-5)"});
  CHECK(parse_messages(
            "municipality:\n  name: X\n  villages: [A]\ncatalog:\n  problem:\n    - {id: x}\n") ==
        std::vector<std::string>{"5:3: unknown catalog 'problem'; did you mean 'problems'?"});
  CHECK(parse_messages("municipality:\n  name: X\n  villages: [A]\ncatalog:\n  problems:\n    - "
                       "{id: Аппарат}\n") ==
        std::vector<std::string>{
            "6:12: an id is lower-case Latin letters, digits and '-' (like 'drinking-water'), "
            "not 'Аппарат'"});
}
