// The shipped catalogs compiled at build time (vap-catalog-gen) are the ones their YAML gives.
#include "vap/load.hpp"

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
