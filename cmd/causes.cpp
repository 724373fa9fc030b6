// vap causes: placeholder until its issue lands.
#include "commands.hpp"

#include "vap/error.hpp"

namespace vap::cmd {

void register_causes(CLI::App& app) {
  CLI::App* sub = app.add_subcommand("causes", "Cause-effect analysis (not built yet)");
  sub->allow_extras();
  sub->callback([]() { throw Error(ExitStatus::usage, "'vap causes' is not built yet"); });
}

} // namespace vap::cmd
