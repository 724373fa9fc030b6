// vap monitor: the plan's tasks against the latest monitoring round, surveys and the team.
#include "commands.hpp"
#include "common.hpp"

#include "vap/monitor.hpp"
#include "vap/render_monitor.hpp"

namespace vap::cmd {

void define_monitor(CLI::App& sub, const Command& self) {
  auto o = std::make_shared<CommonOptions>();
  add_common(sub, *o, {"md", "csv", "json"}, self.uses);
  sub.callback([o, &self]() {
    // A batch of many municipalities is streamed: only each one's result is kept.
    if (auto s = stream_results<MonitorResult>(*o, [](const Municipality& m, auto& out) {
          out.push_back(monitor(m));
          return true;
        })) {
      emit(*o, render_monitor(s->results, render_options(*o, s->run.langs)), s->run);
      return;
    }
    run_command(self, *o, [](const Loaded& loaded, const RenderOptions& r) {
      std::vector<MonitorResult> results;
      for (const auto& m : loaded.program.municipalities)
        results.push_back(monitor(m));
      return render_monitor(results, r);
    });
  });
}

} // namespace vap::cmd
