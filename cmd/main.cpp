// vap: from typed-up ЖМБА flipcharts to priorities, plans and reports.
#include "commands.hpp"

#include "vap/error.hpp"
#include "vap/platform.hpp"
#include "vap/output.hpp"
#include "vap/text.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <iostream>
#include <string>
#include <vector>

namespace {

// An unknown subcommand is answered with the closest known one.
bool unknown_command(const CLI::App& app, int argc, char** argv) {
  if (argc < 2 || argv[1][0] == '-') return false;
  std::string given = argv[1];
  (void)app;
  std::vector<std::string> names;
  for (const auto& c : vap::cmd::command_table()) {
    names.emplace_back(c.name);
    if (c.name == given) return false;
  }
  std::string best;
  std::size_t best_d = SIZE_MAX;
  for (const auto& n : names) {
    std::size_t d = vap::edit_distance(given, n);
    if (d < best_d) {
      best_d = d;
      best = n;
    }
  }
  std::string list;
  for (const auto& n : names)
    list += (list.empty() ? "" : ", ") + n;
  if (best_d <= 3)
    std::cerr << fmt::format("vap: error: unknown command '{}'; did you mean '{}'?\n", given, best);
  else
    std::cerr << fmt::format("vap: error: unknown command '{}'; commands: {}\n", given, list);
  return true;
}

// For a flag the command does not have, the closest flag it has: "; did you mean '--format'?".
std::string flag_hint(const CLI::App& app, int argc, char** argv) {
  if (argc < 2) return "";
  const CLI::App* sub = nullptr;
  try {
    sub = app.get_subcommand(argv[1]);
  } catch (const CLI::OptionNotFound&) {
    return "";
  }
  std::vector<std::string> flags;
  auto collect = [&](const CLI::App* a) {
    for (const auto* opt : a->get_options())
      for (const auto& l : opt->get_lnames())
        flags.push_back("--" + l);
  };
  collect(sub);
  for (const auto* nested : sub->get_subcommands([](const CLI::App*) { return true; }))
    collect(nested);
  for (int i = 2; i < argc; ++i) {
    std::string given = argv[i];
    if (given.rfind("--", 0) != 0) continue;
    given = given.substr(0, given.find('='));
    if (std::find(flags.begin(), flags.end(), given) != flags.end()) continue;
    std::string best;
    std::size_t best_d = SIZE_MAX;
    for (const auto& f : flags) {
      std::size_t d = vap::edit_distance(given, f);
      if (d < best_d) {
        best_d = d;
        best = f;
      }
    }
    if (best_d <= 3) return fmt::format("; did you mean '{}'?", best);
  }
  return "";
}

// CLI11 takes "/x" for an option on Windows, and a path may start with '/': only "-" options.
void dash_options_only(CLI::App& app) {
  app.allow_windows_style_options(false);
  for (auto* sub : app.get_subcommands([](CLI::App*) { return true; }))
    dash_options_only(*sub);
}

} // namespace

int main(int argc, char** argv) {
  vap::set_up_console();
  vap::Arguments args(argc, argv); // UTF-8 on Windows too
  argc = args.argc();
  argv = args.argv();
  CLI::App app{
      "vap: joint identification of community needs (ЖМБА / СОНС), from flipcharts to reports"};
  app.set_version_flag("--version", "vap " VAP_VERSION);
  app.require_subcommand(1);
  for (const auto& c : vap::cmd::command_table())
    c.define(*app.add_subcommand(std::string(c.name), std::string(c.summary)), c);
  dash_options_only(app);
  if (vap::cmd::is_dropped_folder(app, argc, argv)) return vap::cmd::run_dropped_folder(argv[1]);
  if (unknown_command(app, argc, argv)) return static_cast<int>(vap::ExitStatus::usage);
  try {
    app.parse(argc, argv);
    // What was written to standard output must have arrived (a full disk, /dev/full).
    vap::check_stdout();
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    std::cerr << "vap: error: " << e.what() << flag_hint(app, argc, argv) << "\n";
    std::cerr << "Run 'vap --help' or 'vap COMMAND --help' for the flags.\n";
    return static_cast<int>(vap::ExitStatus::usage);
  } catch (const vap::Error& e) {
    if (*e.what()) std::cerr << "vap: error: " << e.what() << "\n";
    return static_cast<int>(e.status());
  } catch (const std::exception& e) {
    std::cerr << "vap: internal error: " << e.what() << "\n";
    return 70;
  }
  return 0;
}
