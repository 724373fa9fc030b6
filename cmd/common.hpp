#pragma once
// What every subcommand shares: the common flags, loading with diagnostics on standard error,
// choosing the report language, and writing the output.
#include "vap/joined_text.hpp"
#include "vap/load.hpp"
#include "vap/render.hpp"

#include "commands.hpp"

#include <CLI/CLI.hpp>

#include <algorithm>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace vap::cmd {

struct CommonOptions {
  std::vector<std::string> paths;
  std::string format = "md";
  std::string output;
  std::string lang;
  bool excel = false;
  bool mermaid = false;
  std::vector<std::string> catalogs;
  std::string templates;
  unsigned threads = 0;
  // The kinds of files the command reads (its Command::uses): a streamed run goes on past errors
  // in the others, as run_command does.
  FileKinds uses = FileKinds::all();
};

// Adds PATH..., --format (one of `formats`), -o, --lang, --excel, --mermaid (when md is one of
// the formats), --catalog, --templates, --threads; `uses` is the command's Command::uses.
void add_common(CLI::App& app, CommonOptions& options, const std::vector<std::string>& formats,
                FileKinds uses = FileKinds::all());

// The one check of every number flag: decimal digits, one point too when `whole` is false, and
// nothing else (no sign, no space, no 0x10, 1e3, inf or nan, which std::stod would read), from
// `min` to `max`. Its message, "'0x10' is not a whole number from 1 to 100 000", is translated
// with the other usage errors (translate_cli_error).
CLI::Validator number_flag(double min, double max, bool whole);

// The language of the run's messages once the files are read (main prints "error:" in it).
Lang& run_lang();

// The language of messages before the files are read: --lang, else the system's (choose_lang).
Lang message_lang(const CommonOptions& options);

// The loader's language options for a --lang value ("" when not given): the messages then
// follow the municipalities' `lang`, else the system's language.
LoadOptions load_options(const std::string& lang);

// Refuses a --templates that is missing or not a folder; warns about --excel without CSV.
void check_run_options(const CommonOptions& options);

// Every file the run reads: the workshop files, the --catalog files and the files under
// --templates; -o may name none of them.
std::vector<std::filesystem::path> run_inputs(const CommonOptions& options, const Loaded& loaded);

// "5 files, 0 errors, 1 warning" (vap check), with each noun's plural form in `lang`.
std::string count_line(Lang lang, std::size_t files, std::size_t errors, std::size_t warnings);

// Loads the inputs, prints every diagnostic to standard error and throws with the exit status
// of FORMAT.md when there are errors that stop the command: errors in the file kinds `uses`
// (blocking_errors). Errors in other kinds are summed up in one line each.
Loaded load_inputs(const CommonOptions& options, FileKinds uses = FileKinds::all());

// Municipality folders per batch when a run is streamed (stream_load).
constexpr std::size_t stream_batch = 64;

// Loads the run in batches when it can (load_batches, with a progress bar as load_inputs'),
// for commands whose result is made municipality by municipality: `each` gets every batch,
// after check_priority_coverage, and keeps its small result, or returns false when the batch
// would have a message of the command's own (then nothing more is loaded). Returns nullopt when
// the run was not streamed: then the command loads it whole (load_inputs, load) and drops what
// `each` kept. The batches' warnings are printed to standard error before it returns, as
// load_inputs prints a whole load's.
// `langs_first` gets every municipality's `lang` before the first batch (load_batches).
using LangsFirst = std::function<void(const std::vector<std::optional<Lang>>&)>;
std::optional<BatchRun> stream_load(const std::vector<std::string>& paths, LoadOptions options,
                                    const std::function<bool(const Loaded&)>& each,
                                    const LangsFirst& langs_first = {});
// The same with the common options (nullopt also with --templates, or --excel without CSV,
// which load_inputs answers).
std::optional<BatchRun> stream_inputs(const CommonOptions& options,
                                      const std::function<bool(const Loaded&)>& each,
                                      const LangsFirst& langs_first = {});

// One municipality's output, rendered with the whole run's options (RenderOptions::batch), or
// nullopt when it would have a message of the command's own (then the run is loaded whole).
using MakePart = std::function<std::optional<std::string>(
    const Municipality& m, const Loaded& batch, const RenderOptions& render)>;

// Streams the run (stream_inputs) and writes its output as it is made, for Markdown, CSV, JSON
// and GeoJSON: each municipality's part is kept in a temporary file (SortedSpool) and the parts
// are written in the order of the ids, joined as the renderer joins them (JoinedText), to -o
// through a temporary file renamed into place, or to standard output. Memory holds one batch
// and the ids, whatever the number of municipalities. False when the run was not streamed (or
// the format is SVG): then the command loads it whole. `before_write` (when given) comes after
// the run's warnings, before the output.
bool stream_output(const CommonOptions& options, const MakePart& part,
                   const std::function<void(const BatchRun&)>& before_write = {});
// The output's format is one that stream_output joins part by part (not SVG).
bool joins_by_part(const CommonOptions& options);

// A streamed batch's results, one per municipality that `make` keeps, in the order a whole load
// gives them (by municipality id).
template <class Result> struct StreamedResults {
  BatchRun run;
  std::vector<Result> results;
};

// Streams the run (stream_inputs): `make(m, results)` adds what it keeps of each municipality,
// or returns false to have the run loaded whole. Results have a `municipality_id`.
template <class Result, class Make>
std::optional<StreamedResults<Result>> stream_results(const CommonOptions& options, Make make) {
  std::vector<Result> results;
  auto run = stream_inputs(options, [&](const Loaded& part) {
    for (const auto& m : part.program.municipalities)
      if (!make(m, results)) return false;
    return true;
  });
  if (!run) return std::nullopt;
  std::stable_sort(results.begin(), results.end(), [](const Result& a, const Result& b) {
    return a.municipality_id < b.municipality_id;
  });
  return StreamedResults<Result>{std::move(*run), std::move(results)};
}

// The report language: --lang, else the municipalities' own `lang` (ky when a municipality has
// none) when they agree, else the system's language when it is ky or ru, else en.
Lang report_lang(const CommonOptions& options, const Program& program);
Lang report_lang(const CommonOptions& options, const std::vector<std::optional<Lang>>& langs);

RenderOptions render_options(const CommonOptions& options, const Program& program);
RenderOptions render_options(const CommonOptions& options,
                             const std::vector<std::optional<Lang>>& langs);

// Writes the output (-o FILE atomically, or standard output).
void emit(const CommonOptions& options, const std::string& content, const Loaded& loaded);

// vap convert's and vap import's new files: each that exists already is told ("vap: error:
// `never` with its path"), and then nothing is written (exit 73).
void refuse_existing(const std::vector<std::filesystem::path>& files, Lang lang,
                     std::string_view never);
void emit(const CommonOptions& options, const std::string& content, const BatchRun& run);
// The same, with the content written piece by piece by `write` (to the temporary file of -o, or
// to standard output).
void emit_streamed(const CommonOptions& options, const BatchRun& run,
                   const std::function<void(const JoinedText::Sink&)>& write);

// Several municipalities' outputs as one: Markdown one after another, CSV under the first one's
// header, JSON as {"municipalities": [...]} (one part of a one-municipality run stays as it is).
std::string join_outputs(const std::vector<std::string>& parts, Format format, bool batch);

// Streams the run for a command whose batch output is the parts of the municipalities that have
// its files (`has`: their plans, their causes), or the first municipality's part when none has
// them: `make` makes a municipality's result (with a `municipality_id`), `render` its part; the
// parts are joined (join_outputs) and written. False when the run was not streamed.
template <class Result, class Has, class MakeResult, class Render>
bool stream_parts_of_those_with(const CommonOptions& options, Has has, MakeResult make,
                                Render render) {
  std::optional<Result> first;
  auto s = stream_results<Result>(options, [&](const Municipality& m, auto& out) {
    if (has(m))
      out.push_back(make(m));
    else if (!first || m.id < first->municipality_id)
      first = make(m);
    return true;
  });
  if (!s) return false;
  const RenderOptions r = render_options(options, s->run.langs);
  std::vector<std::string> parts;
  for (const auto& x : s->results)
    parts.push_back(render(x, r));
  if (parts.empty() && first) parts.push_back(render(*first, r));
  emit(options, join_outputs(parts, r.format, r.batch), s->run);
  return true;
}

// `vap report`'s text of a loaded program: one municipality's report from its methods' results,
// or a batch's program report (also what a drop on vap.exe writes).
std::string report_text(const Program& program, const RenderOptions& render);

// What a command makes of a loaded, checked program: its method logic and its renderer.
using Make = std::function<std::string(const Loaded& loaded, const RenderOptions& render)>;

// The one path of the commands that turn workshop files into one output: load the inputs
// (diagnostics on standard error; the exit status of FORMAT.md on errors), make the text, write
// it (-o FILE atomically, or standard output).
void run_command(const Command& command, const CommonOptions& options, const Make& make);

} // namespace vap::cmd
