// vap plan: placeholder until its issue lands.
#include "commands.hpp"

#include "vap/error.hpp"

namespace vap::cmd {

void register_plan(CLI::App& app) {
  CLI::App* sub = app.add_subcommand("plan", "Joint action plan (not built yet)");
  sub->allow_extras();
  sub->callback([]() { throw Error(ExitStatus::usage, "'vap plan' is not built yet"); });
}

} // namespace vap::cmd
