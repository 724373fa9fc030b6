// vap budget: step 4, the plan in the local budget: greedy and equal shares side by side.
#include "commands.hpp"
#include "common.hpp"

#include "vap/budget.hpp"
#include "vap/error.hpp"
#include "vap/render_budget.hpp"
#include "vap/render_pabulib.hpp"

namespace vap::cmd {

void define_budget(CLI::App& sub, const Command& self) {
  struct Options {
    CommonOptions common;
    std::optional<double> envelope;
  };
  auto o = std::make_shared<Options>();
  add_common(sub, o->common, {"md", "csv", "json", "pb"});
  sub.add_option("--envelope", o->envelope,
                 "What the local budget sets aside for the plan (default: budget.plan_envelope "
                 "of the municipality file)")
      ->check(number_flag(0, 1e12, false))
      ->type_name("N");
  sub.callback([o, &self]() {
    run_command(self, o->common, [&](const Loaded& loaded, const RenderOptions& r) {
      const Lang lang = r.lang;
      std::vector<BudgetSummary> summaries;
      std::string missing;
      for (const auto& m : loaded.program.municipalities) {
        if (auto e = plan_envelope(m, o->envelope))
          summaries.push_back(summarize_budget(m, *e));
        else
          missing += (missing.empty() ? "" : ", ") + m.name;
      }
      if (!missing.empty())
        throw Error(ExitStatus::usage,
                    msg(lang,
                        "no envelope for the plan in {}: give budget.plan_envelope in the "
                        "municipality file, or --envelope N",
                        missing));
      if (r.format == Format::pb) {
        if (summaries.size() > 1)
          throw Error(
              ExitStatus::usage,
              msg(lang, "--format pb writes one municipality; this run has {}", summaries.size()));
        return pabulib_text(
            budget_pb(loaded.program.municipalities.front(), summaries.front(), r.lang));
      }
      return render_budget(summaries, r);
    });
  });
}

} // namespace vap::cmd
