// vap check: placeholder until its issue lands.
#include "commands.hpp"

#include "vap/error.hpp"

namespace vap::cmd {

void register_check(CLI::App& app) {
  CLI::App* sub = app.add_subcommand("check", "Check files (not built yet)");
  sub->allow_extras();
  sub->callback([]() { throw Error(ExitStatus::usage, "'vap check' is not built yet"); });
}

} // namespace vap::cmd
