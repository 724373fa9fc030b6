// vap plan: the joint action plan checked and rendered (tasks, financing, initiative groups,
// timeline, budget lines); vap plan draft: a starting plan.yaml from the gallery and the causes.
#include "commands.hpp"
#include "common.hpp"

#include "vap/coverage.hpp"
#include "vap/error.hpp"
#include "vap/load.hpp"
#include "vap/output.hpp"
#include "vap/plan.hpp"
#include "vap/plan_draft_writer.hpp"
#include "vap/render_plan.hpp"
#include "vap/text.hpp"

#include <filesystem>

#include <algorithm>
#include <iostream>

namespace vap::cmd {
namespace {

struct DraftOptions {
  CommonOptions common;
  bool force = false;
};

std::string make_plan(const Loaded& loaded, const RenderOptions& r) {
  const auto& ms = loaded.program.municipalities;
  std::vector<std::string> parts;
  for (const auto& m : ms)
    if (!m.plans.empty() || ms.size() == 1) parts.push_back(render_plan(summarize_plan(m), r));
  if (parts.empty()) parts.push_back(render_plan(summarize_plan(ms.front()), r));
  return join_outputs(parts, r.format, r.batch);
}

void run_draft(const DraftOptions& o) {
  // A plan file with errors (a draft still being filled in) does not stop a new draft, nor does
  // a monitoring file: only the files the draft is made from must be right.
  Loaded loaded =
      load_inputs(o.common, {FileKind::municipality, FileKind::session, FileKind::causes});
  const Lang msg_lang = loaded.lang;
  if (loaded.program.municipalities.size() != 1)
    throw Error(ExitStatus::usage, msg(msg_lang, "'vap plan draft' takes one municipality, not {}",
                                       loaded.program.municipalities.size()));
  const Lang lang = report_lang(o.common, loaded.program);
  const Municipality& m = loaded.program.municipalities.front();
  std::string draft = plan_draft_text(make_plan_draft(m), m, lang);
  write_new_file(o.common.output, draft, o.force, run_inputs(o.common, loaded), msg_lang);
}

} // namespace

void define_plan(CLI::App& app, const Command& self) {
  auto o = std::make_shared<CommonOptions>();
  auto d = std::make_shared<DraftOptions>();
  CLI::App* sub = &app;
  add_common(*sub, *o, {"md", "csv", "json"}, self.uses);
  // `vap plan DIR` or `vap plan draft DIR`: the paths are needed only without the subcommand.
  sub->get_option("paths")->required(false);
  sub->require_subcommand(0, 1);

  CLI::App* draft =
      sub->add_subcommand("draft", "Write a starting plan.yaml for the priority problems");
  draft->add_option("paths", d->common.paths, "The municipality folder")
      ->required()
      ->type_name("DIR");
  draft
      ->add_option("-o,--output", d->common.output,
                   "Write to FILE (never over an existing file without --force)")
      ->type_name("FILE");
  draft->add_flag("--force", d->force, "Write over an existing FILE");
  draft
      ->add_option("--lang,-l", d->common.lang,
                   "Language of the comments: ky|ru|en (default: the municipality's)")
      ->check(CLI::IsMember({"ky", "ru", "en"}))
      ->type_name("ky|ru|en");
  draft->add_option("--catalog", d->common.catalogs, "Extra catalog file; may be repeated")
      ->type_name("FILE");
  draft->callback([d]() { run_draft(*d); });

  sub->callback([o, sub, draft, &self]() {
    if (sub->got_subcommand(draft)) return;
    if (o->paths.empty())
      throw Error(ExitStatus::usage,
                  msg(message_lang(*o), "'vap plan' needs PATH... (a municipality folder), or "
                                        "'vap plan draft DIR'"));
    // `vap plan drfat DIR`: a mistyped subcommand, not a file that is missing.
    std::error_code ec;
    if (o->paths.size() > 1 && !std::filesystem::exists(o->paths.front(), ec) &&
        edit_distance(o->paths.front(), "draft") <= 2)
      throw Error(ExitStatus::usage,
                  msg(message_lang(*o), "unknown command 'plan {}'; did you mean 'plan draft'?",
                      o->paths.front()));
    // A batch of many municipalities is streamed: only the summaries of those with a plan are
    // kept, and the first municipality's, which stands for them all when none has one.
    if (stream_parts_of_those_with<PlanSummary>(
            *o, [](const Municipality& m) { return !m.plans.empty(); },
            [](const Municipality& m) { return summarize_plan(m); },
            [](const PlanSummary& p, const RenderOptions& r) { return render_plan(p, r); }))
      return;
    run_command(self, *o, make_plan);
  });
}

} // namespace vap::cmd
