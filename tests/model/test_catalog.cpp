#include "vap/catalog.hpp"

#include "vap/load.hpp"

#include <doctest/doctest.h>

using namespace vap;

namespace {

std::string id_of(const Catalog& c, std::string_view name) {
  const CatalogEntry* e = c.find(name);
  return e ? e->id : std::string("(none)");
}

} // namespace

TEST_CASE("catalog: a name matches by id, label in any language, synonym, case and spacing") {
  auto cat = shipped_catalogs(Lang::en);
  const Catalog& problems = (*cat)[CatalogKind::problems];
  CHECK(id_of(problems, "drinking-water") == "drinking-water");
  CHECK(id_of(problems, "Ичүүчү суу") == "drinking-water");
  CHECK(id_of(problems, "Питьевая вода") == "drinking-water");
  CHECK(id_of(problems, "Drinking water") == "drinking-water");
  CHECK(id_of(problems, "Таза суу") == "drinking-water");
  CHECK(id_of(problems, "ИЧҮҮЧҮ СУУ") == "drinking-water");
  CHECK(id_of(problems, "  ичүүчү   суу ") == "drinking-water");
  CHECK(id_of(problems, "питьевая\tвода") == "drinking-water");
  CHECK(id_of(problems, "ДОРОГИ") == "roads");
  CHECK(id_of(problems, "Бала бакча") == "preschool-education");
  CHECK(id_of(problems, "Водопровод в каждый дом") == "(none)");
}

TEST_CASE(
    "catalog: the 22 problems of the seed chart are there with their Russian labels verbatim") {
  auto cat = shipped_catalogs(Lang::en);
  const Catalog& problems = (*cat)[CatalogKind::problems];
  const char* k_chart[] = {"Питьевая вода",
                           "Дороги",
                           "Доступ к бюджетной информации",
                           "Состояние школ",
                           "Дошкольное образование",
                           "Ирригация",
                           "Условия для спорта и отдыха молодежи",
                           "Мусор",
                           "Места для отдыха",
                           "Уличное освещение",
                           "Экология",
                           "Электроснабжение",
                           "Мосты",
                           "Дренажная система",
                           "Качество медицинских услуг",
                           "Баня, объекты культуры и быта",
                           "Условия ведения бизнеса",
                           "Информация о работе жайыт комитетов",
                           "Сельхозтехника",
                           "Общественная мельница",
                           "Рынок сбыта сельхозпродукции",
                           "Безработица"};
  for (const char* name : k_chart) {
    const CatalogEntry* e = problems.find(name);
    REQUIRE_MESSAGE(e, name);
    CHECK(e->labels[1] == name);
  }
}

TEST_CASE("catalog: the loose key lets ң ө ү typed as н о у match") {
  Catalog c(CatalogKind::budget_items);
  CatalogEntry e;
  e.id = "equalization-grant";
  e.labels = {"Теңдештирүүчү грант", "Выравнивающий грант", "Equalization grant"};
  c.add(e);
  CHECK(id_of(c, "Тендештируучу грант") == "equalization-grant");
  CHECK(id_of(c, "теңдештирүүчү ГРАНТ") == "equalization-grant");
  CHECK(id_of(c, "Тендештируучу") == "(none)");
  auto cat = shipped_catalogs(Lang::en);
  CHECK(id_of((*cat)[CatalogKind::problems], "Ичууч\u0443 суу") == "drinking-water");
  CHECK(id_of((*cat)[CatalogKind::problems], "Кочо жарыгы") == "street-lighting");
}

TEST_CASE("catalog: closest entries for a typo, best first, none for an unrelated name") {
  auto cat = shipped_catalogs(Lang::en);
  const Catalog& groups = (*cat)[CatalogKind::groups];
  auto close = groups.closest("yong-women", 3);
  REQUIRE_FALSE(close.empty());
  CHECK(close[0]->id == "young-women");
  const Catalog& problems = (*cat)[CatalogKind::problems];
  auto water = problems.closest("Ичүүчү сууу", 1);
  REQUIRE(water.size() == 1);
  CHECK(water[0]->id == "drinking-water");
  CHECK(problems.closest("Космодром", 3).empty());
}

TEST_CASE("catalog: a municipality's entry with a known id replaces the shipped one; a clashing "
          "name is reported") {
  Catalog c(CatalogKind::problems);
  CatalogEntry water;
  water.id = "drinking-water";
  water.labels = {"Ичүүчү суу", "Питьевая вода", "Drinking water"};
  CHECK_FALSE(c.add(water).has_value());
  CatalogEntry relabel = water;
  relabel.labels[0] = "Таза суу";
  CHECK_FALSE(c.add(relabel).has_value());
  CHECK(c.entries().size() == 1);
  CHECK(id_of(c, "Таза суу") == "drinking-water");
  CHECK(id_of(c, "Ичүүчү суу") == "(none)");
  CatalogEntry other;
  other.id = "clean-water";
  other.labels = {"Таза суу", "", ""};
  auto clash = c.add(other);
  REQUIRE(clash.has_value());
  CHECK(*clash == "Таза суу");
  CHECK(id_of(c, "Таза суу") == "drinking-water"); // the first entry keeps the name
  CHECK(id_of(c, "clean-water") == "clean-water");
}

TEST_CASE("catalog: kinds, keys and closed vocabularies") {
  CHECK(catalog_key(CatalogKind::budget_items) == "budget_items");
  CHECK(catalog_kind("map_categories") == CatalogKind::map_categories);
  CHECK_FALSE(catalog_kind("problem").has_value());
  CHECK_FALSE(is_closed(CatalogKind::problems));
  CHECK_FALSE(is_closed(CatalogKind::institutions));
  CHECK(is_closed(CatalogKind::groups));
  CHECK(is_closed(CatalogKind::conditions));
  auto cat = shipped_catalogs(Lang::en);
  CHECK((*cat)[CatalogKind::conditions].ids() == "good, fair, poor, absent");
}

TEST_CASE("catalog: a label falls back to another language, then to the id") {
  CatalogEntry e;
  e.id = "x";
  e.labels = {"", "Рус", ""};
  CHECK(e.label(Lang::ky) == "Рус");
  CHECK(e.label(Lang::en) == "Рус");
  CatalogEntry bare;
  bare.id = "bare";
  CHECK(bare.label(Lang::ru) == "bare");
}
