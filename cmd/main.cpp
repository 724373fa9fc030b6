// vap: from typed-up ЖМБА flipcharts to priorities, plans and reports.
#include "commands.hpp"
#include "common.hpp"

#include "vap/cli_text.hpp"
#include "vap/error.hpp"
#include "vap/locale.hpp"
#include "vap/output.hpp"
#include "vap/platform.hpp"
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
// A positional is named by its value name alone ("ЖОЛ...", not "paths ЖОЛ... ..."): the
// variable's name is English and the value name already says that many may be given.
class Formatter : public CLI::Formatter {
public:
  std::string make_option_name(const CLI::Option* opt, bool is_positional) const override {
    if (is_positional && !opt->get_type_name().empty()) return get_label(opt->get_type_name());
    return CLI::Formatter::make_option_name(opt, is_positional);
  }
  // A check's range joins the value name ("N:0..1024"): the name before ':' is translated too.
  std::string make_option_opts(const CLI::Option* opt) const override {
    const std::string type = opt->get_type_name();
    if (opt->get_positional() && !type.empty())
      return opt->get_required() ? " " + get_label("REQUIRED") : "";
    std::string out = CLI::Formatter::make_option_opts(opt);
    const std::size_t colon = type.find(':');
    if (colon != std::string::npos && out.rfind(" " + type, 0) == 0)
      out = " " + get_label(type.substr(0, colon)) + out.substr(1 + colon);
    return out;
  }
  std::string make_option_usage(const CLI::Option* opt) const override {
    if (opt->get_type_name().empty()) return CLI::Formatter::make_option_usage(opt);
    const std::string name = get_label(opt->get_type_name());
    return opt->get_required() ? name : "[" + name + "]";
  }
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
  for (const char* word :
       {"Usage",   "OPTIONS",  "SUBCOMMAND", "SUBCOMMANDS", "REQUIRED", "Positionals", "Env",
        "Needs",   "Excludes", "PATH...",    "FILE",        "DIR",      "N",           "NAME",
        "NAME...", "PP",       "YYYY",       "TEXT",        "DATE",     "EXPORT...",   "PAPER"})
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
  std::cerr << "vap: " << vap::tr(lang, "error") << ": "
            << (best_d <= 3
                    ? vap::msg(lang, "unknown command '{}'; did you mean '{}'?", given, best)
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
  const Lang lang = cli_lang(argc, argv);
  vap::cmd::run_lang() = lang;
  CLI::App app{
      "vap: joint identification of community needs (ЖМБА / СИНС), from flipcharts to reports"};
  app.formatter(formatter(lang));
  app.set_version_flag("--version", "vap " VAP_VERSION, "Print the version and exit");
  app.require_subcommand(1);
  for (const auto& c : vap::cmd::command_table())
    c.define(*app.add_subcommand(std::string(c.name), std::string(c.summary)), c);
  dash_options_only(app);
  translate_help(app, lang);
  if (vap::cmd::is_dropped_folder(app, argc, argv)) return vap::cmd::run_dropped_folder(argv[1]);
  if (unknown_command(app, argc, argv, lang)) return static_cast<int>(vap::ExitStatus::usage);
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
    std::cerr << "vap: " << vap::tr(lang, "error") << ": "
              << vap::translate_cli_error(lang, e.what()) << flag_hint(app, argc, argv, lang)
              << "\n";
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
