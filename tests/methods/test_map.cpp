#include "vap/map.hpp"
#include "vap/render_map.hpp"

#include "temp_folder.hpp"

#include <doctest/doctest.h>

using namespace vap;
using vap::test::TempFolder;

namespace {

std::string session(const std::string& group, const std::string& village, const std::string& rest,
                    int day) {
  return "session:\n  date: 2015-03-0" + std::to_string(day) + "\n  village: " + village +
         "\n  group: " + group + "\n  participants: 10\n" + rest;
}

MapInventory three_maps(const TempFolder& dir) {
  dir.write("m.yaml", "vap: 1\nmunicipality:\n  id: test\n  name: Test AA\n  villages: [A, B]\n");
  dir.write(
      "s1.yaml",
      session(
          "young-women", "A",
          "map:\n"
          "  - {name: Чоң-Булак булагы, category: Булак, condition: poor, location: [41.9, 72.5]}\n"
          "  - {name: Мектеп, category: school, condition: fair}\n"
          "  - {name: Бала бакча, category: kindergarten, condition: absent}\n"
          "gallery:\n  votes:\n    drinking-water: 5\n    roads: 2\n",
          1));
  dir.write("s2.yaml",
            session("older-men", "A",
                    "map:\n"
                    "  - {name: 'чоң-булак  булагы', category: water-source, condition: fair}\n"
                    "  - {name: МЕКТЕП, category: school, condition: poor}\n"
                    "  - {name: Тегирмен, category: mill}\n",
                    2));
  dir.write(
      "s3.yaml",
      session("young-women", "B",
              "map:\n"
              "  - {name: Мектеп, category: school, condition: good, location: [41.8, 72.6]}\n"
              "  - {name: Чоң-Булак булагы, category: water-source, condition: poor}\n",
              3));
  Loaded loaded = vap::test::load_folder(dir);
  REQUIRE_MESSAGE(!loaded.diags.has_errors(), format_diagnostics(loaded.diags, loaded.sources));
  return inventory_map(loaded.program.municipalities.front());
}

const MapItem& object(const MapInventory& inv, const std::string& village,
                      const std::string& name) {
  for (const auto& it : inv.items)
    if (it.village == village && it.name == name) return it;
  FAIL("no object " << name << " in " << village);
  return inv.items.front();
}

} // namespace

TEST_CASE("map: the same object named by several groups counts once, by name and village") {
  TempFolder dir;
  MapInventory inv = three_maps(dir);
  CHECK(inv.sessions == 3);
  CHECK(inv.items.size() == 6); // spring A, spring B, school A, school B, kindergarten A, mill A
  const MapItem& spring = object(inv, "A", "Чоң-Булак булагы");
  CHECK(spring.mentions == 2);
  CHECK(spring.groups == std::vector<std::string>{"young-women", "older-men"}); // catalog order
  CHECK(spring.category.id == "water-source");
  CHECK(spring.problem == "drinking-water");
  REQUIRE(spring.location);
  CHECK(spring.location->first == doctest::Approx(41.9));
  // poor and fair once each: a tie goes to the worse.
  CHECK(spring.condition == Condition::poor);
  CHECK(spring.conditions_differ);
  CHECK(object(inv, "B", "Чоң-Булак булагы").mentions == 1);
  CHECK(object(inv, "A", "Мектеп").condition == Condition::poor);
  CHECK(object(inv, "B", "Мектеп").condition == Condition::good);
  CHECK(object(inv, "A", "Тегирмен").condition == Condition::unknown);
}

TEST_CASE("map: inventory by category and village, with conditions") {
  TempFolder dir;
  MapInventory inv = three_maps(dir);
  // Catalog order: school, kindergarten, ..., water-source, ..., mill.
  REQUIRE(inv.rows.size() == 6);
  CHECK(inv.rows[0].category.id == "school");
  CHECK(inv.rows[0].village == "A");
  CHECK(inv.rows[0].by_condition[static_cast<std::size_t>(Condition::poor)] == 1);
  CHECK(inv.rows[1].category.id == "school");
  CHECK(inv.rows[1].village == "B");
  CHECK(inv.totals == std::array<int, k_conditions>{1, 0, 3, 1, 1});
}

TEST_CASE("map: poor and absent objects point to catalog problems and their gallery rank") {
  TempFolder dir;
  MapInventory inv = three_maps(dir);
  REQUIRE(inv.attention.size() == 3); // school, kindergarten, water source
  CHECK(inv.attention[0].category.id == "school");
  REQUIRE(inv.attention[0].problem);
  CHECK(inv.attention[0].problem->id == "schools");
  CHECK(inv.attention[0].gallery_rank == 0); // not voted on
  CHECK(inv.attention[1].category.id == "kindergarten");
  CHECK(inv.attention[1].items[0].condition == Condition::absent);
  const AttentionGroup& water = inv.attention[2];
  CHECK(water.category.id == "water-source");
  CHECK(water.problem->id == "drinking-water");
  CHECK(water.gallery_rank == 1);
  CHECK(water.gallery_priority);
  CHECK(water.items.size() == 2);
}

TEST_CASE("map: GeoJSON has the located objects as longitude, latitude points") {
  TempFolder dir;
  MapInventory inv = three_maps(dir);
  Json g = map_geojson({inv}, Lang::en);
  CHECK(g["type"] == "FeatureCollection");
  REQUIRE(g["features"].size() == 2);
  const Json& f = g["features"][0];
  CHECK(f["geometry"]["type"] == "Point");
  CHECK(f["geometry"]["coordinates"][0].get<double>() == doctest::Approx(72.6)); // school B first
  CHECK(f["geometry"]["coordinates"][1].get<double>() == doctest::Approx(41.8));
  CHECK(f["properties"]["category"] == "School");
  CHECK(f["properties"]["condition"] == "good");
  CHECK(unlocated(inv).size() == 4);
}

TEST_CASE("map: GeoJSON text made a municipality at a time is json_text of the collection") {
  TempFolder dir;
  MapInventory inv = three_maps(dir);
  MapInventory other = inv;
  other.municipality_id = "other";
  MapInventory none = inv;
  for (auto& it : none.items)
    it.location.reset();
  for (const auto& maps : std::vector<std::vector<MapInventory>>{
           {inv}, {inv, other}, {none}, {none, inv, none, other}, {}}) {
    GeojsonText text;
    for (const auto& m : maps)
      text.add(geojson_features(m, Lang::ky, maps.size() > 1));
    CHECK(text.finish() == json_text(map_geojson(maps, Lang::ky)));
  }
}
