// vap report: placeholder until its issue lands.
#include "commands.hpp"

#include "vap/error.hpp"

namespace vap::cmd {

void register_report(CLI::App& app) {
  CLI::App* sub = app.add_subcommand("report", "Report (not built yet)");
  sub->allow_extras();
  sub->callback([]() { throw Error(ExitStatus::usage, "'vap report' is not built yet"); });
}

} // namespace vap::cmd
