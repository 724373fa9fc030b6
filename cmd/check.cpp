// vap check: every error and warning of every file, and a one-line count; nothing on stdout.
#include "commands.hpp"
#include "common.hpp"

#include "vap/coverage.hpp"
#include "vap/error.hpp"

#include <iostream>

namespace vap::cmd {
namespace {

struct CheckOptions {
  std::vector<std::string> paths;
  std::string lang;
  std::vector<std::string> catalogs;
  unsigned threads = 0;
};

void run(const CheckOptions& o) {
  LoadOptions lo = load_options(o.lang);
  lo.catalog_files = o.catalogs;
  lo.threads = o.threads;
  // A run of many municipalities is streamed: when it has no error, only the warnings and the
  // count are left.
  if (auto run = stream_load(o.paths, lo, [](const Loaded&) { return true; })) {
    std::cerr << count_line(run->lang, run->files.size(), 0, run->warnings) << std::flush;
    return;
  }
  Loaded loaded = load(o.paths, lo);
  run_lang() = loaded.lang;
  check_priority_coverage(loaded.program, loaded.diags);
  const std::size_t files = loaded.files.size();
  const std::size_t errors = loaded.diags.error_count();
  const std::size_t warnings = loaded.diags.warning_count();
  std::string text = format_diagnostics(loaded.diags, loaded.sources);
  text += count_line(loaded.lang, files, errors, warnings);
  std::cerr << text << std::flush;
  if (loaded.unreadable) throw Error(ExitStatus::no_input, "");
  if (loaded.diags.has_errors()) throw Error(ExitStatus::data, "");
}

} // namespace

void define_check(CLI::App& app, const Command&) {
  auto o = std::make_shared<CheckOptions>();
  CLI::App* sub = &app;
  sub->add_option("paths", o->paths,
                  "Workshop files and folders (a municipality folder, or a folder of them)")
      ->required()
      ->type_name("PATH...");
  sub->add_option(
         "--lang,-l", o->lang,
         "Language of the messages: ky|ru|en (default: the municipality's lang, else the system's)")
      ->check(CLI::IsMember({"ky", "ru", "en"}))
      ->type_name("ky|ru|en");
  sub->add_option("--catalog", o->catalogs,
                  "Extra catalog file (problems, groups, ...); may be repeated")
      ->type_name("FILE");
  sub->add_option("--threads", o->threads, "Files parsed at once (default: one per core)")
      ->check(number_flag(0, 1024, true))
      ->type_name("N");
  sub->callback([o]() { run(*o); });
}

} // namespace vap::cmd
