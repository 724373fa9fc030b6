// vap pie: placeholder until its issue lands.
#include "commands.hpp"

#include "vap/error.hpp"

namespace vap::cmd {

void register_pie(CLI::App& app) {
  CLI::App* sub = app.add_subcommand("pie", "Budget pie (not built yet)");
  sub->allow_extras();
  sub->callback([]() { throw Error(ExitStatus::usage, "'vap pie' is not built yet"); });
}

} // namespace vap::cmd
