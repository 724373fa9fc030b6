// vap monitor: the plan's tasks against the latest monitoring round, surveys and the team.
#include "commands.hpp"
#include "common.hpp"

#include "vap/monitor.hpp"
#include "vap/render_monitor.hpp"

namespace vap::cmd {
namespace {

void run(const CommonOptions& o) {
  Loaded loaded = load_inputs(o, {FileKind::plan, FileKind::monitoring});
  RenderOptions r = render_options(o, loaded.program);
  std::vector<MonitorResult> results;
  for (const auto& m : loaded.program.municipalities)
    results.push_back(monitor(m));
  emit(o, render_monitor(results, r), loaded);
}

} // namespace

void register_monitor(CLI::App& app) {
  auto o = std::make_shared<CommonOptions>();
  CLI::App* sub = app.add_subcommand("monitor", "Monitoring: tasks' progress, planned vs spent by "
                                                "source, indicators, satisfaction, the team");
  add_common(*sub, *o, {"md", "csv", "json"});
  sub->callback([o]() { run(*o); });
}

} // namespace vap::cmd
