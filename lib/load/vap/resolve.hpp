#pragma once
// Matching the names of a municipality's files against its catalogs, and the checks of
// FORMAT.md that need more than one field (dots against participants, villages, ...).
#include "vap/diag.hpp"
#include "vap/model.hpp"

#include <unordered_set>

namespace vap {

// Matches every name of `m` (sessions, causes, plans, monitoring) and checks them.
void resolve_municipality(Municipality& m, Diagnostics& diags);

// Matches one name. A closed vocabulary reports an unknown name as an error listing the
// allowed values and the closest; an open one keeps it as a new entry (id = slug) and the
// caller decides about the warning. Returns false when the name is unknown.
bool resolve_ref(Ref& ref, const Catalog& catalog, Diagnostics& diags, std::string_view what);

// Matches a typed village to one of the municipality's and writes it as the municipality spells
// it; an unknown village is reported with the list of villages and "did you mean" (an error, or a
// warning for a monitoring team member, where it decides nothing). Returns false when unknown.
bool resolve_village(Text& village, const Municipality& m, Diagnostics& diags, Severity severity);

// Tells once per municipality about each open-vocabulary name that is not in the catalog.
class NewNames {
public:
  void note(const Ref& ref, const Catalog& catalog, Diagnostics& diags, std::string_view what);

private:
  std::unordered_set<std::string> m_seen; // kind:id of each name told about
};

// Checks and counts a session's gallery: ballots into votes, repeated problems merged,
// dots against participants × dots.
void resolve_gallery(Session& s, const Catalog& problems, NewNames& news, Diagnostics& diags);

// The later file kinds, each in its own file (resolve_causes.cpp, ...).
void resolve_causes(Municipality& m, NewNames& news, Diagnostics& diags);
void resolve_plans(Municipality& m, NewNames& news, Diagnostics& diags);
void resolve_monitorings(Municipality& m, NewNames& news, Diagnostics& diags);
void resolve_assemblies(Municipality& m, NewNames& news, Diagnostics& diags);

} // namespace vap
