// The shipped catalogs compiled at build time (vap-catalog-gen) are the ones their YAML gives.
#include "vap/load.hpp"
#include "vap/shipped_data.hpp"
#include "vap/text.hpp"

#include <doctest/doctest.h>

using namespace vap;

TEST_CASE("shipped catalogs: the compiled table is what the catalog files say") {
  Sources sources;
  Diagnostics diags(Lang::en);
  auto parsed = shipped_catalogs_from_yaml(sources, diags);
  CHECK(format_diagnostics(diags, sources) == "");
  auto compiled = shipped_catalogs(Lang::en);
  std::size_t entries = 0;
  for (std::size_t k = 0; k < k_catalog_kinds; ++k) {
    const auto kind = static_cast<CatalogKind>(k);
    const auto& a = (*parsed)[kind].entries();
    const auto& b = (*compiled)[kind].entries();
    INFO(catalog_key(kind));
    REQUIRE(a.size() == b.size());
    for (std::size_t i = 0; i < a.size(); ++i) {
      CHECK(a[i].id == b[i].id);
      CHECK(a[i].labels == b[i].labels);
      CHECK(a[i].synonyms == b[i].synonyms);
      CHECK(a[i].lsg_issue == b[i].lsg_issue);
      CHECK(a[i].gender == b[i].gender);
      CHECK(a[i].side == b[i].side);
      CHECK(a[i].problem == b[i].problem);
      CHECK(a[i].type == b[i].type);
      CHECK(a[i].in_catalog == b[i].in_catalog);
      // Found by every name the same way.
      for (const auto& name : a[i].synonyms) {
        const bool compiled_same = (*compiled)[kind].find(name) == (*compiled)[kind].by_id(a[i].id);
        const bool parsed_same = (*parsed)[kind].find(name) == (*parsed)[kind].by_id(a[i].id);
        CHECK(compiled_same == parsed_same);
      }
    }
    entries += b.size();
  }
  // 40 problems among them (README, "Catalogs").
  CHECK((*compiled)[CatalogKind::problems].entries().size() == 40);
  CHECK(entries > 100);
  CHECK((*compiled)[CatalogKind::problems].find("Ичүүчү суу") != nullptr);
  CHECK((*compiled)[CatalogKind::problems].find("Питьевая вода")->id == "drinking-water");
}

TEST_CASE("shipped catalogs: the compiled keys of every name are the ones made at run time") {
  // vap-catalog-gen makes them on the build machine; the run (vap.exe too) must agree.
  const ShippedData data = shipped_catalog_data();
  REQUIRE(data.count > 100);
  std::size_t names = 0;
  for (std::size_t i = 0; i < data.count; ++i) {
    const ShippedEntry& e = data.entries[i];
    std::vector<std::string> all{e.id, e.labels[0], e.labels[1], e.labels[2]};
    all.insert(all.end(), e.synonyms, e.synonyms + e.synonym_count);
    for (std::size_t k = 0; k < all.size(); ++k) {
      INFO(e.id, " ", all[k]);
      const std::string key = all[k].empty() ? std::string() : match_key(all[k]);
      CHECK(e.exact[k] == key);
      CHECK(e.loose[k] == (all[k].empty() ? std::string() : loose_key(all[k])));
      CHECK(e.points[k] == to_codepoints(key));
      names += !all[k].empty();
    }
  }
  CHECK(names > 500);
  // And a catalog built from them finds and suggests as one built from the YAML.
  Sources sources;
  Diagnostics diags(Lang::en);
  auto parsed = shipped_catalogs_from_yaml(sources, diags);
  auto compiled = shipped_catalogs(Lang::en);
  for (const char* typed : {"ичуучу суу", "Питьевая  вода", "ДОРОГИ", "Мусор.", "young-wimen"}) {
    for (auto kind : {CatalogKind::problems, CatalogKind::groups}) {
      INFO(typed);
      const CatalogEntry* a = (*parsed)[kind].find(typed);
      const CatalogEntry* b = (*compiled)[kind].find(typed);
      CHECK((a ? a->id : "-") == (b ? b->id : "-"));
      std::string ca, cb;
      for (const auto* c : (*parsed)[kind].closest(typed, 3))
        ca += c->id + " ";
      for (const auto* c : (*compiled)[kind].closest(typed, 3))
        cb += c->id + " ";
      CHECK(ca == cb);
    }
  }
  CHECK((*compiled)[CatalogKind::groups].closest("young-wimen", 1).front()->id == "young-women");
}
