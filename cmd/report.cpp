// vap report: one municipality's full report, or a batch's program report, in Markdown or HTML.
#include "commands.hpp"
#include "common.hpp"

#include "vap/render_report.hpp"

namespace vap::cmd {

void define_report(CLI::App& sub, const Command& self) {
  auto o = std::make_shared<CommonOptions>();
  add_common(sub, *o, {"md", "html"});
  sub.callback([o, &self]() {
    run_command(self, *o, [](const Loaded& loaded, const RenderOptions& r) {
      return render_report(loaded.program, r);
    });
  });
}

} // namespace vap::cmd
