// vap assembly: the assembly (жыйын) that agrees the plan: who came, the votes, and the final
// list against the gallery's priorities.
#include "commands.hpp"
#include "common.hpp"

#include "vap/assembly.hpp"
#include "vap/render_assembly.hpp"

namespace vap::cmd {

void define_assembly(CLI::App& sub, const Command& self) {
  auto o = std::make_shared<CommonOptions>();
  add_common(sub, *o, {"md", "csv", "json"});
  sub.callback([o, &self]() {
    run_command(self, *o, [](const Loaded& loaded, const RenderOptions& r) {
      std::vector<AssemblyReport> reports;
      for (const auto& m : loaded.program.municipalities)
        reports.push_back(assembly_report(m));
      return render_assembly(reports, r);
    });
  });
}

} // namespace vap::cmd
