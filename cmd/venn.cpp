// vap venn: institutions and groups by importance and closeness, and the diagram itself.
#include "commands.hpp"
#include "common.hpp"

#include "vap/render_venn.hpp"
#include "vap/venn.hpp"

namespace vap::cmd {
namespace {

void run(const CommonOptions& o) {
  Loaded loaded = load_inputs(o, {FileKind::session});
  RenderOptions r = render_options(o, loaded.program);
  std::vector<VennSummary> summaries;
  for (const auto& m : loaded.program.municipalities)
    summaries.push_back(summarize_venn(m));
  emit(o, render_venn(summaries, r), loaded);
}

} // namespace

void register_venn(CLI::App& app) {
  auto o = std::make_shared<CommonOptions>();
  CLI::App* sub = app.add_subcommand("venn", "Venn diagram (Венн диаграммасы): institutions by "
                                             "importance and closeness, and the drawn diagram");
  add_common(*sub, *o, {"md", "csv", "json", "svg"});
  sub->callback([o]() { run(*o); });
}

} // namespace vap::cmd
