// vap causes: the cause–effect table of the leaders' focus group, who can solve what, and a
// Mermaid diagram per problem.
#include "commands.hpp"
#include "common.hpp"

#include "vap/causes.hpp"
#include "vap/render_causes.hpp"

namespace vap::cmd {

void define_causes(CLI::App& sub, const Command& self) {
  auto o = std::make_shared<CommonOptions>();
  add_common(sub, *o, {"md", "csv", "json"});
  sub.callback([o, &self]() {
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
