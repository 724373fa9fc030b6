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
    if (stream_parts_of_those_with<CausesResult>(
            *o, [](const Municipality& m) { return !m.causes.empty(); },
            [](const Municipality& m) { return analyse_causes(m); },
            [](const CausesResult& c, const RenderOptions& r) { return render_causes(c, r); }))
      return;
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
