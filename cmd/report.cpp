// vap report: one municipality's full report, or a batch's program report, in Markdown or HTML.
#include "commands.hpp"
#include "common.hpp"

#include "vap/render_report.hpp"

#include <optional>

namespace vap::cmd {

void define_report(CLI::App& sub, const Command& self) {
  auto o = std::make_shared<CommonOptions>();
  add_common(sub, *o, {"md", "html"}, self.uses);
  sub.callback([o, &self]() {
    // A batch of many municipalities is streamed: only each one's summary line is kept.
    std::optional<ProgramTally> tally;
    auto run = stream_inputs(*o, [&](const Loaded& part) {
      if (!tally) tally.emplace(part.program.catalogs, RankBy::dots);
      for (const auto& m : part.program.municipalities)
        tally->add(m);
      return true;
    });
    if (run && tally) {
      emit(*o, render_batch_report(tally->take(true), render_options(*o, run->langs)), *run);
      return;
    }
    run_command(self, *o, [](const Loaded& loaded, const RenderOptions& r) {
      return report_text(loaded.program, r);
    });
  });
}

} // namespace vap::cmd
