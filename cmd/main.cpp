// vap: from typed-up ЖМБА flipcharts to priorities, plans and reports.
#include "commands.hpp"
#include "common.hpp"

#include "vap/cli_text.hpp"
#include "vap/error.hpp"
#include "vap/locale.hpp"
#include "vap/text.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <iostream>
#include <string>
#include <vector>

namespace {

using vap::Lang;

// The language of help and usage errors, before any file is read: --lang (-l) on the command
// line, else the system's.
Lang cli_lang(int argc, char** argv) {
  std::optional<Lang> flag;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if ((a == "--lang" || a == "-l") && i + 1 < argc)
      flag = vap::parse_lang(argv[i + 1]);
    else if (a.rfind("--lang=", 0) == 0)
      flag = vap::parse_lang(a.substr(7));
    else if (a.rfind("-l", 0) == 0 && a.size() > 2)
      flag = vap::parse_lang(a.substr(2));
  }
  return vap::choose_lang(flag, {}, vap::system_lang());
}

// CLI11's formatter, with the option column padded by characters, not bytes (Cyrillic value
// names take two bytes a letter).
class Formatter : public CLI::Formatter {
public:
  std::string make_option(const CLI::Option* opt, bool is_positional) const override {
    const std::string name = "  " + make_option_name(opt, is_positional) + make_option_opts(opt);
    const std::string desc = make_option_desc(opt);
    const std::size_t width = get_column_width();
    const std::size_t shown = vap::display_width(name);
    std::string out = name;
    if (!desc.empty()) {
      out += shown >= width ? "\n" + std::string(width, ' ') : std::string(width - shown, ' ');
      out += desc;
    }
    return out + "\n";
  }
};

// CLI11's help words ("Usage", "OPTIONS", the value names) in `lang`.
std::shared_ptr<CLI::Formatter> formatter(Lang lang) {
  auto f = std::make_shared<Formatter>();
  for (const char* word : {"Usage", "OPTIONS", "SUBCOMMAND", "SUBCOMMANDS", "REQUIRED",
                           "Positionals", "Env", "Needs", "Excludes", "PATH...", "FILE", "DIR",
                           "N", "NAME", "NAME...", "PP", "YYYY", "TEXT"})
    f->label(word, std::string(vap::tr(lang, word)));
  return f;
}

// Every description and group name of the command tree, in `lang`.
void translate_help(CLI::App& app, Lang lang) {
  app.description(std::string(vap::tr(lang, app.get_description())));
  if (!app.get_group().empty()) app.group(std::string(vap::tr(lang, app.get_group())));
  for (CLI::Option* opt : app.get_options([](const CLI::Option*) { return true; })) {
    opt->description(std::string(vap::tr(lang, opt->get_description())));
    if (!opt->get_group().empty()) opt->group(std::string(vap::tr(lang, opt->get_group())));
  }
  for (CLI::App* sub : app.get_subcommands([](const CLI::App*) { return true; }))
    translate_help(*sub, lang);
}

// An unknown subcommand is answered with the closest known one.
bool unknown_command(const CLI::App& app, int argc, char** argv, Lang lang) {
  if (argc < 2 || argv[1][0] == '-') return false;
  std::string given = argv[1];
  std::vector<std::string> names;
  for (const auto* sub : app.get_subcommands([](const CLI::App*) { return true; })) {
    names.push_back(sub->get_name());
    if (sub->get_name() == given) return false;
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
  std::cerr << "vap: " << vap::tr(lang, "error") << ": "
            << (best_d <= 3 ? vap::msg(lang, "unknown command '{}'; did you mean '{}'?", given, best)
                            : vap::msg(lang, "unknown command '{}'; commands: {}", given, list))
            << "\n";
  return true;
}

// For a flag the command does not have, the closest flag it has: "; did you mean '--format'?".
std::string flag_hint(const CLI::App& app, int argc, char** argv, Lang lang) {
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
    if (best_d <= 3) return "; " + vap::msg(lang, "did you mean '{}'?", best);
  }
  return "";
}

} // namespace

int main(int argc, char** argv) {
  const Lang lang = cli_lang(argc, argv);
  vap::cmd::run_lang() = lang;
  CLI::App app{
      "vap: joint identification of community needs (ЖМБА / СОНС), from flipcharts to reports"};
  app.formatter(formatter(lang));
  app.set_version_flag("--version", "vap 0.1.0", "Print the version and exit");
  app.require_subcommand(1);
  // The commands, in the order of the method: the session methods, then what follows them.
  vap::cmd::register_init(app);
  vap::cmd::register_check(app);
  vap::cmd::register_map(app);
  vap::cmd::register_venn(app);
  vap::cmd::register_pie(app);
  vap::cmd::register_gallery(app);
  vap::cmd::register_causes(app);
  vap::cmd::register_plan(app);
  vap::cmd::register_monitor(app);
  vap::cmd::register_report(app);
  translate_help(app, lang);
  if (unknown_command(app, argc, argv, lang)) return static_cast<int>(vap::ExitStatus::usage);
  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    std::cerr << "vap: " << vap::tr(lang, "error") << ": " << vap::translate_cli_error(lang, e.what())
              << flag_hint(app, argc, argv, lang) << "\n";
    std::cerr << vap::tr(lang, "Run 'vap --help' or 'vap COMMAND --help' for the flags.") << "\n";
    return static_cast<int>(vap::ExitStatus::usage);
  } catch (const vap::Error& e) {
    if (*e.what())
      std::cerr << "vap: " << vap::tr(vap::cmd::run_lang(), "error") << ": " << e.what() << "\n";
    return static_cast<int>(e.status());
  } catch (const std::exception& e) {
    std::cerr << "vap: internal error: " << e.what() << "\n";
    return 70;
  }
  return 0;
}
