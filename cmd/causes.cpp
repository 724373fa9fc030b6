// vap causes: the cause–effect table of the leaders' focus group, who can solve what, and a
// Mermaid diagram per problem.
#include "commands.hpp"
#include "common.hpp"

#include "vap/causes.hpp"
#include "vap/render_causes.hpp"

namespace vap::cmd {

void define_causes(CLI::App& sub, const Command& self) {
  auto o = std::make_shared<CommonOptions>();
  add_common(sub, *o, {"md", "csv", "json"}, self.uses);
  sub.callback([o, &self]() {
    // A batch of many municipalities is streamed: only the analyses of those with causes files
    // are kept, and the first municipality's, which stands for them all when none has one.
    std::optional<CausesResult> first;
    if (auto s = stream_results<CausesResult>(*o, [&](const Municipality& m, auto& out) {
          if (!m.causes.empty())
            out.push_back(analyse_causes(m));
          else if (!first || m.id < first->municipality_id)
            first = analyse_causes(m);
          return true;
        })) {
      const RenderOptions r = render_options(*o, s->run.langs);
      std::vector<std::string> parts;
      for (const auto& c : s->results)
        parts.push_back(render_causes(c, r));
      if (parts.empty() && first) parts.push_back(render_causes(*first, r));
      emit(*o, join_outputs(parts, r.format, r.batch), s->run);
      return;
    }
    run_command(self, *o, [](const Loaded& loaded, const RenderOptions& r) {
      const auto& ms = loaded.program.municipalities;
      if (!loaded.program.batch()) return render_causes(analyse_causes(ms.front()), r);
      std::vector<std::string> parts;
      for (const auto& m : ms)
        if (!m.causes.empty()) parts.push_back(render_causes(analyse_causes(m), r));
      if (parts.empty()) parts.push_back(render_causes(analyse_causes(ms.front()), r));
      return join_outputs(parts, r.format, r.batch);
    });
  });
}

} // namespace vap::cmd
