// vap monitor: placeholder until its issue lands.
#include "commands.hpp"

#include "vap/error.hpp"

namespace vap::cmd {

void register_monitor(CLI::App& app) {
  CLI::App* sub = app.add_subcommand("monitor", "Monitoring (not built yet)");
  sub->allow_extras();
  sub->callback([]() { throw Error(ExitStatus::usage, "'vap monitor' is not built yet"); });
}

} // namespace vap::cmd
