// vap report: one municipality's full report, or a batch's program report, in Markdown or HTML.
#include "commands.hpp"
#include "common.hpp"

#include "vap/render_report.hpp"

namespace vap::cmd {
namespace {

void run(const CommonOptions& o) {
  Loaded loaded = load_inputs(o);
  RenderOptions r = render_options(o, loaded.program);
  emit(o, render_report(loaded.program, r), loaded);
}

} // namespace

void register_report(CLI::App& app) {
  auto o = std::make_shared<CommonOptions>();
  CLI::App* sub = app.add_subcommand(
      "report",
      "Full report of a municipality (every section, with charts) or a batch's program report");
  add_common(*sub, *o, {"md", "html"});
  sub->callback([o]() { run(*o); });
}

} // namespace vap::cmd
