// vap init: placeholder until its issue lands.
#include "commands.hpp"

#include "vap/error.hpp"

namespace vap::cmd {

void register_init(CLI::App& app) {
  CLI::App* sub = app.add_subcommand("init", "New municipality folder (not built yet)");
  sub->allow_extras();
  sub->callback([]() { throw Error(ExitStatus::usage, "'vap init' is not built yet"); });
}

} // namespace vap::cmd
