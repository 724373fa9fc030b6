// vap budget: step 4, the plan in the local budget under every rule side by side; or the same
// rules on pabulib files (.pb) and folders of them.
#include "commands.hpp"
#include "common.hpp"

#include "vap/budget.hpp"
#include "vap/error.hpp"
#include "vap/pabulib.hpp"
#include "vap/pabulib_load.hpp"
#include "vap/pabulib_writer.hpp"
#include "vap/pb_budget.hpp"
#include "vap/render_budget.hpp"
#include "vap/render_pb_budget.hpp"
#include "vap/utf8_path.hpp"

#include <algorithm>
#include <iostream>

namespace vap::cmd {
namespace {

// The run reads pabulib files: some path is a .pb file or a folder of them (a folder with no
// workshop file). Workshop folders and .pb files in one run are a usage error.
bool pabulib_run(const std::vector<std::string>& paths, Lang lang) {
  bool pb = false, other = false;
  for (const auto& p : paths) {
    const auto path = utf8_path(p);
    (is_pabulib_file(path) || is_pabulib_folder(path) ? pb : other) = true;
  }
  if (pb && other)
    throw Error(ExitStatus::usage,
                msg(lang, "give either pabulib files (.pb) or workshop folders, not both"));
  return pb;
}

void run_pabulib(const CommonOptions& o, std::optional<double> envelope) {
  check_run_options(o);
  const Lang lang = message_lang(o);
  run_lang() = lang;
  PbLoaded loaded = load_pabulib(o.paths, lang);
  if (loaded.files.empty() && !loaded.diags.has_errors()) {
    loaded.diags.error(SourcePos{}, msg(lang, "no .pb file in {}", o.paths.front()));
    loaded.unreadable = true;
  }
  std::string text = format_diagnostics(loaded.diags, loaded.sources);
  const std::size_t errors = loaded.diags.error_count();
  if (errors > 0)
    text += msg(
        lang, errors == 1 ? "{} error; nothing was written\n" : "{} errors; nothing was written\n",
        errors);
  std::cerr << text << std::flush;
  if (loaded.unreadable) throw Error(ExitStatus::no_input, "");
  if (errors > 0) throw Error(ExitStatus::data, "");
  RenderOptions r = render_options(o, std::vector<std::optional<Lang>>{});
  Loaded inputs;
  inputs.files = loaded.files;
  inputs.lang = lang;
  for (auto& e : loaded.elections) {
    if (envelope) {
      e.rescale_money(std::max(e.money_places, amount_places({*envelope})));
      e.budget = amount_units(*envelope, e.money_places);
    }
    e.refresh_meta();
  }
  if (r.format == Format::pb) {
    if (loaded.elections.size() > 1)
      throw Error(ExitStatus::usage, msg(lang, "--format pb writes one file; this run has {}",
                                         loaded.elections.size()));
    emit(o, pabulib_text(loaded.elections.front()), inputs);
    return;
  }
  std::vector<PbBudget> budgets;
  budgets.reserve(loaded.elections.size());
  for (auto& e : loaded.elections)
    budgets.push_back(summarize_pb_budget(std::move(e)));
  emit(o, render_pb_budget(budgets, r), inputs);
}

} // namespace

void define_budget(CLI::App& sub, const Command& self) {
  struct Options {
    CommonOptions common;
    std::optional<double> envelope;
  };
  auto o = std::make_shared<Options>();
  add_common(sub, o->common, {"md", "html", "csv", "json", "pb"});
  sub.get_option("paths")->description(
      "Workshop folders (a municipality folder, or a folder of them), or pabulib files (.pb) "
      "and folders of them");
  sub.add_option("--envelope", o->envelope,
                 "What the local budget sets aside for the plan (default: budget.plan_envelope "
                 "of the municipality file)")
      ->check(number_flag(0, 1e12, false))
      ->type_name("N");
  sub.callback([o, &self]() {
    if (pabulib_run(o->common.paths, message_lang(o->common))) {
      run_pabulib(o->common, o->envelope);
      return;
    }
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
