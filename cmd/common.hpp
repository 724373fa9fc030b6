#pragma once
// What every subcommand shares: the common flags, loading with diagnostics on standard error,
// choosing the report language, and writing the output.
#include "vap/load.hpp"
#include "vap/render.hpp"

#include "commands.hpp"

#include <CLI/CLI.hpp>

#include <functional>

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

// The language of messages: --lang, else English.
Lang message_lang(const CommonOptions& options);

// Refuses a --templates that is missing or not a folder; warns about --excel without CSV.
void check_run_options(const CommonOptions& options);

// Every file the run reads: the workshop files, the --catalog files and the files under
// --templates; -o may name none of them.
std::vector<std::filesystem::path> run_inputs(const CommonOptions& options, const Loaded& loaded);

// Loads the inputs, prints every diagnostic to standard error and throws with the exit status
// of FORMAT.md when there are errors.
Loaded load_inputs(const CommonOptions& options);

// The report language: --lang, else the municipalities' own `lang` when they agree, else ky.
Lang report_lang(const CommonOptions& options, const Program& program);

RenderOptions render_options(const CommonOptions& options, const Program& program);

// Writes the output (-o FILE atomically, or standard output).
void emit(const CommonOptions& options, const std::string& content, const Loaded& loaded);

// Several municipalities' outputs as one: Markdown one after another, CSV under the first one's
// header, JSON as a list (one part stays as it is).
std::string join_outputs(const std::vector<std::string>& parts, Format format);

// What a command makes of a loaded, checked program: its method logic and its renderer.
using Make = std::function<std::string(const Loaded& loaded, const RenderOptions& render)>;

// The one path of the commands that turn workshop files into one output: load the inputs
// (diagnostics on standard error; the exit status of FORMAT.md on errors), make the text, write
// it (-o FILE atomically, or standard output).
void run_command(const Command& command, const CommonOptions& options, const Make& make);

} // namespace vap::cmd
