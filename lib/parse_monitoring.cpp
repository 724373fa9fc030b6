// The `monitoring` file kind: parsing and matching. (Placeholder until its issue lands: the
// section is only checked to be there.)
#include "vap/parse.hpp"
#include "vap/resolve.hpp"

namespace vap {

void parse_monitoring_doc(const YAML::Node& root, YamlReader& reader, ParsedFile& out) {
  reader.check_map(root, "file", {"vap", "monitoring"});
  Monitoring m;
  m.file = reader.file();
  m.pos = reader.pos(root["monitoring"]);
  out.monitoring = std::move(m);
}

void resolve_monitorings(Municipality&, NewNames&, Diagnostics&) {}

} // namespace vap
