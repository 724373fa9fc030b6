#pragma once
// The model as the files of its kinds (vap/record.hpp), in the order of their descriptions
// (vap/schema.hpp): what the writers of YAML text, workbooks and forms take. The mirror of the
// load stage's parsers; tests/channels/test_records.cpp holds the two against each other.
#include "vap/model.hpp"
#include "vap/record.hpp"

#include <optional>

namespace vap {

// How names are written: as they were typed, or (for a workbook in one language) as their
// catalog entry's label in that language, so that every value of a sheet reads in its language.
struct Naming {
  std::optional<Lang> lang;
  const Catalogs* catalogs = nullptr;
};

// Each is a whole file: `vap: 1` and the kind's section (with a session's methods, a
// municipality's catalog and budget beside it).
Record record_of(const Municipality& m, const Naming& naming);
Record record_of(const Session& s, const Naming& naming);
Record record_of(const Causes& c, const Naming& naming);
Record record_of(const Plan& p, const Naming& naming);
Record record_of(const Monitoring& m, const Naming& naming);
Record record_of(const Assembly& a, const Naming& naming);

// Values as the files write them.
Record count_record(const Count& c); // a number, or {women: n, men: n}
std::string name_text(const Ref& r, CatalogKind kind, const Naming& naming);

} // namespace vap
