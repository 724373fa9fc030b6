// vap map: placeholder until its issue lands.
#include "commands.hpp"

#include "vap/error.hpp"

namespace vap::cmd {

void register_map(CLI::App& app) {
  CLI::App* sub = app.add_subcommand("map", "Resource map (not built yet)");
  sub->allow_extras();
  sub->callback([]() { throw Error(ExitStatus::usage, "'vap map' is not built yet"); });
}

} // namespace vap::cmd
