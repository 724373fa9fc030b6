#pragma once
// What every subcommand shares: the common flags, loading with diagnostics on standard error,
// choosing the report language, and writing the output.
#include "vap/load.hpp"
#include "vap/render.hpp"

#include <CLI/CLI.hpp>

#include <string>
#include <vector>

namespace vap::cmd {

struct CommonOptions {
  std::vector<std::string> paths;
  std::string format = "md";
  std::string output;
  std::string lang;
  bool excel = false;
  std::vector<std::string> catalogs;
  std::string templates;
  unsigned threads = 0;
};

// Adds PATH..., --format (one of `formats`), -o, --lang, --excel, --catalog, --templates,
// --threads.
void add_common(CLI::App& app, CommonOptions& options, const std::vector<std::string>& formats);

// The language of the run's messages once the files are read (main prints "error:" in it).
Lang& run_lang();

// The language of messages before the files are read: --lang, else the system's (choose_lang).
Lang message_lang(const CommonOptions& options);

// The loader's language options for a --lang value ("" when not given): the messages then
// follow the municipalities' `lang`, else the system's language.
LoadOptions load_options(const std::string& lang);

// "5 files, 0 errors, 1 warning" (vap check), with each noun's plural form in `lang`.
std::string count_line(Lang lang, std::size_t files, std::size_t errors, std::size_t warnings);

// Loads the inputs, prints every diagnostic to standard error and throws with the exit status
// of FORMAT.md when there are errors that stop the command: errors in the file kinds `uses`
// (empty: every kind; blocking_errors). Errors in other kinds are summed up in one line each.
Loaded load_inputs(const CommonOptions& options, const std::vector<FileKind>& uses = {});

// The report language: --lang, else the municipalities' own `lang` (ky when a municipality has
// none) when they agree, else the system's language when it is ky or ru, else en.
Lang report_lang(const CommonOptions& options, const Program& program);

RenderOptions render_options(const CommonOptions& options, const Program& program);

// Writes the output (-o FILE atomically, or standard output).
void emit(const CommonOptions& options, const std::string& content, const Loaded& loaded);

} // namespace vap::cmd
