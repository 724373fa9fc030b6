// vap venn: institutions and groups by importance and closeness, and the diagram itself.
#include "commands.hpp"
#include "common.hpp"

#include "vap/render_venn.hpp"
#include "vap/venn.hpp"

namespace vap::cmd {

void define_venn(CLI::App& sub, const Command& self) {
  auto o = std::make_shared<CommonOptions>();
  add_common(sub, *o, {"md", "csv", "json", "svg"}, self.uses);
  sub.callback([o, &self]() {
    // A batch of many municipalities is streamed, its output written as it is made; for an
    // SVG drawing each one's summary is kept.
    if (joins_by_part(*o)) {
      if (stream_output(*o, [](const Municipality& m, const Loaded&, const RenderOptions& r) {
            return std::optional<std::string>(render_venn({summarize_venn(m)}, r));
          }))
        return;
    } else if (auto s = stream_results<VennSummary>(*o, [](const Municipality& m, auto& out) {
                 out.push_back(summarize_venn(m));
                 return true;
               })) {
      emit(*o, render_venn(s->results, render_options(*o, s->run.langs)), s->run);
      return;
    }
    run_command(self, *o, [](const Loaded& loaded, const RenderOptions& r) {
      std::vector<VennSummary> summaries;
      for (const auto& m : loaded.program.municipalities)
        summaries.push_back(summarize_venn(m));
      return render_venn(summaries, r);
    });
  });
}

} // namespace vap::cmd
