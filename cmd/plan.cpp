// vap plan: the joint action plan checked and rendered (tasks, financing, initiative groups,
// timeline, budget lines); vap plan draft: a starting plan.yaml from the gallery and the causes.
#include "commands.hpp"
#include "common.hpp"

#include "vap/error.hpp"
#include "vap/coverage.hpp"
#include "vap/load.hpp"
#include "vap/output.hpp"
#include "vap/plan.hpp"
#include "vap/plan_draft.hpp"
#include "vap/render_plan.hpp"

#include <algorithm>
#include <iostream>

namespace vap::cmd {
namespace {

struct DraftOptions {
  CommonOptions common;
  bool force = false;
};

void run_plan(const CommonOptions& o) {
  Loaded loaded = load_inputs(o, {FileKind::session, FileKind::causes, FileKind::plan});
  RenderOptions r = render_options(o, loaded.program);
  const auto& ms = loaded.program.municipalities;
  std::vector<std::string> parts;
  for (const auto& m : ms)
    if (!m.plans.empty() || ms.size() == 1) parts.push_back(render_plan(summarize_plan(m), r));
  if (parts.empty()) parts.push_back(render_plan(summarize_plan(ms.front()), r));
  std::string out;
  for (std::size_t i = 0; i < parts.size(); ++i) {
    if (r.format == Format::csv && i > 0) {
      auto nl = parts[i].find('\n');
      if (nl != std::string::npos) out += parts[i].substr(nl + 1);
    } else if (r.format == Format::json && parts.size() > 1) {
      out += (i == 0 ? "[\n" : ",\n") + parts[i].substr(0, parts[i].size() - 1);
    } else {
      out += (i > 0 ? "\n" : "") + parts[i];
    }
  }
  if (r.format == Format::json && parts.size() > 1) out += "\n]\n";
  emit(o, out, loaded);
}

void run_draft(const DraftOptions& o) {
  // A plan file with errors (a draft still being filled in) does not stop a new draft, nor does
  // a monitoring file: only the files the draft is made from must be right.
  Loaded loaded = load_inputs(o.common, {FileKind::session, FileKind::causes});
  const Lang msg_lang = loaded.lang;
  if (loaded.program.municipalities.size() != 1)
    throw Error(ExitStatus::usage, msg(msg_lang, "'vap plan draft' takes one municipality, not {}",
                                       loaded.program.municipalities.size()));
  const Lang lang = report_lang(o.common, loaded.program);
  std::string draft = draft_plan(loaded.program.municipalities.front(), lang);
  write_new_file(o.common.output, draft, o.force, loaded.files, msg_lang);
}

} // namespace

void register_plan(CLI::App& app) {
  auto o = std::make_shared<CommonOptions>();
  auto d = std::make_shared<DraftOptions>();
  CLI::App* sub = app.add_subcommand(
      "plan", "Joint action plan: checks, financing summary, budget lines, timeline");
  add_common(*sub, *o, {"md", "csv", "json"});
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

  sub->callback([o, sub, draft]() {
    if (sub->got_subcommand(draft)) return;
    if (o->paths.empty())
      throw Error(ExitStatus::usage,
                  msg(message_lang(*o), "'vap plan' needs PATH... (a municipality folder), or "
                                        "'vap plan draft DIR'"));
    run_plan(*o);
  });
}

} // namespace vap::cmd
