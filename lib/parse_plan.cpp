// The `plan` file kind: parsing and matching. (Placeholder until its issue lands: the
// section is only checked to be there.)
#include "vap/parse.hpp"
#include "vap/resolve.hpp"

namespace vap {

void parse_plan_doc(const YAML::Node& root, YamlReader& reader, ParsedFile& out) {
  reader.check_map(root, "file", {"vap", "plan"});
  Plan p;
  p.file = reader.file();
  p.pos = reader.pos(root["plan"]);
  out.plan = std::move(p);
}

void resolve_plans(Municipality&, NewNames&, Diagnostics&) {}

} // namespace vap
