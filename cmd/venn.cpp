// vap venn: placeholder until its issue lands.
#include "commands.hpp"

#include "vap/error.hpp"

namespace vap::cmd {

void register_venn(CLI::App& app) {
  CLI::App* sub = app.add_subcommand("venn", "Venn diagram (not built yet)");
  sub->allow_extras();
  sub->callback([]() { throw Error(ExitStatus::usage, "'vap venn' is not built yet"); });
}

} // namespace vap::cmd
