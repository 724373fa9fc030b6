#pragma once
// The shipped catalogs (templates/catalogs/*.yaml) compiled at build time: vap-catalog-gen
// (tools/catalog_gen.cpp) parses them with the load stage's own checks and writes their entries
// as this table, so that a run does not parse their YAML again (generated/shipped_catalogs.cpp,
// in the vap_shipped library).
#include "vap/catalog.hpp"

#include <cstddef>

namespace vap {

struct ShippedEntry {
  CatalogKind kind;
  const char* id;
  const char* labels[3]; // ky, ru, en
  const char* const* synonyms;
  std::size_t synonym_count;
  int lsg_issue;
  const char* gender;
  const char* side;
  const char* problem;
  const char* type;
  // The keys of its names (Catalog::NameKeys): id, labels, synonyms.
  const char* const* exact;
  const char* const* loose;
  const char32_t* const* points;
};

struct ShippedData {
  const ShippedEntry* entries;
  std::size_t count;
};

// The entries in the order the catalog files give them (the files by path, as embedded).
ShippedData shipped_catalog_data();

} // namespace vap
