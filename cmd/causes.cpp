// vap causes: the cause–effect table of the leaders' focus group, who can solve what, and a
// Mermaid diagram per problem.
#include "commands.hpp"
#include "common.hpp"

#include "vap/causes.hpp"
#include "vap/render_causes.hpp"

namespace vap::cmd {
namespace {

// Several outputs as one: Markdown one after another, CSV under one header, JSON as a list.
std::string join_outputs(const std::vector<std::string>& parts, Format format) {
  std::string out;
  for (std::size_t i = 0; i < parts.size(); ++i) {
    if (format == Format::csv && i > 0) {
      auto nl = parts[i].find('\n');
      out += nl == std::string::npos ? "" : parts[i].substr(nl + 1);
    } else if (format == Format::json) {
      out += (i == 0 ? "[\n" : ",\n") + parts[i].substr(0, parts[i].size() - 1);
    } else {
      out += (i > 0 ? "\n" : "") + parts[i];
    }
  }
  if (format == Format::json) out += parts.empty() ? "[]\n" : "\n]\n";
  return out;
}

void run(const CommonOptions& o) {
  Loaded loaded = load_inputs(o, {FileKind::session, FileKind::causes});
  RenderOptions r = render_options(o, loaded.program);
  const auto& ms = loaded.program.municipalities;
  if (!loaded.program.batch()) {
    emit(o, render_causes(analyse_causes(ms.front()), r), loaded);
    return;
  }
  std::vector<std::string> parts;
  for (const auto& m : ms)
    if (!m.causes.empty()) parts.push_back(render_causes(analyse_causes(m), r));
  if (parts.empty()) parts.push_back(render_causes(analyse_causes(ms.front()), r));
  emit(o,
       r.format == Format::json && parts.size() == 1 ? parts.front()
                                                     : join_outputs(parts, r.format),
       loaded);
}

} // namespace

void register_causes(CLI::App& app) {
  auto o = std::make_shared<CommonOptions>();
  CLI::App* sub = app.add_subcommand(
      "causes", "Cause-effect analysis: causes, effects, solutions, who can solve what");
  add_common(*sub, *o, {"md", "csv", "json"});
  sub->callback([o]() { run(*o); });
}

} // namespace vap::cmd
