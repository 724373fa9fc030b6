// The `causes` file kind: parsing and matching. (Placeholder until its issue lands: the
// section is only checked to be there.)
#include "vap/parse.hpp"
#include "vap/resolve.hpp"

namespace vap {

void parse_causes_doc(const YAML::Node& root, YamlReader& reader, ParsedFile& out) {
  reader.check_map(root, "file", {"vap", "causes"});
  Causes c;
  c.file = reader.file();
  c.pos = reader.pos(root["causes"]);
  out.causes = std::move(c);
}

void resolve_causes(Municipality&, NewNames&, Diagnostics&) {}

} // namespace vap
