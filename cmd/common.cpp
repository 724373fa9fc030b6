#include "common.hpp"

#include "vap/coverage.hpp"
#include "vap/error.hpp"
#include "vap/locale.hpp"
#include "vap/output.hpp"
#include "vap/progress.hpp"
#include "vap/render_report.hpp"
#include "vap/results.hpp"
#include "vap/sorted_spool.hpp"
#include "vap/utf8_path.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <iostream>

namespace fs = std::filesystem;

namespace vap::cmd {

void add_common(CLI::App& app, CommonOptions& o, const std::vector<std::string>& formats,
                FileKinds uses) {
  o.uses = uses;
  app.add_option("paths", o.paths,
                 "Workshop files and folders (a municipality folder, or a folder of them)")
      ->required()
      ->type_name("PATH...");
  std::string list;
  for (const auto& f : formats)
    list += (list.empty() ? "" : "|") + f;
  CLI::Option* format = app.add_option("--format,-f", o.format, "Output format")
                            ->check(CLI::IsMember(formats))
                            ->type_name(list)
                            ->default_str(formats.front());
  app.add_option("-o,--output", o.output, "Write to FILE instead of standard output")
      ->type_name("FILE");
  app.add_option("--lang,-l", o.lang,
                 "Language of the report and messages: ky|ru|en (default: the municipality's lang, "
                 "else the system's)")
      ->check(CLI::IsMember({"ky", "ru", "en"}))
      ->type_name("ky|ru|en");
  // --excel means CSV: it sets --format csv when no --format is given, and is a usage error
  // beside another --format or on a command that writes no CSV (it has no --excel then).
  if (std::find(formats.begin(), formats.end(), "csv") != formats.end()) {
    app.add_flag("--excel", o.excel,
                 "CSV for Excel (so --format csv need not be given): byte-order mark, ';' "
                 "separators, CRLF, decimal commas");
    app.parse_complete_callback([&o, format] {
      if (!o.excel || o.format == "csv") return;
      if (format->count() == 0) {
        o.format = "csv";
        return;
      }
      throw Error(ExitStatus::usage,
                  msg(message_lang(o),
                      "--excel writes CSV for Excel; it cannot go with --format {}", o.format));
    });
  }
  if (std::find(formats.begin(), formats.end(), "md") != formats.end())
    app.add_flag("--mermaid", o.mermaid,
                 "Markdown with Mermaid diagrams (for GitHub; Word shows them as code)");
  app.add_option("--catalog", o.catalogs,
                 "Extra catalog file (problems, groups, ...); may be repeated")
      ->type_name("FILE");
  app.add_option("--templates", o.templates,
                 "Folder with report templates that replace the built-in ones")
      ->type_name("DIR");
  app.add_option("--threads", o.threads, "Files parsed at once (default: one per core)")
      ->check(number_flag(0, 1024, true))
      ->type_name("N");
}

Lang& run_lang() {
  static Lang lang = Lang::en;
  return lang;
}

Lang message_lang(const CommonOptions& o) {
  return choose_lang(parse_lang(o.lang), {}, system_lang());
}

LoadOptions load_options(const std::string& lang) {
  LoadOptions lo;
  lo.lang = choose_lang(parse_lang(lang), {}, system_lang());
  lo.lang_from_files = !parse_lang(lang);
  return lo;
}

std::string count_line(Lang lang, std::size_t files, std::size_t errors, std::size_t warnings) {
  std::string text = msg(lang, files == 1 ? "{} file" : "{} files", files) + ", ";
  text += msg(lang, errors == 1 ? "{} error" : "{} errors", errors) + ", ";
  text += msg(lang, warnings == 1 ? "{} warning" : "{} warnings", warnings) + "\n";
  return text;
}

namespace {

// A bound of a number flag as a person writes it: "100 000", "0.5", never "1e+12".
std::string spoken(double x) {
  std::string s = fmt::format("{:.{}f}", x, x == std::floor(x) ? 0 : 2);
  if (s.find('.') != std::string::npos)
    while (s.back() == '0')
      s.pop_back();
  const std::size_t digits = std::min(s.find('.'), s.size());
  if (digits > 4)
    for (std::size_t at = digits; at > 3; at -= 3)
      s.insert(at - 3, " ");
  return s;
}

} // namespace

CLI::Validator number_flag(double min, double max, bool whole) {
  const std::string range = spoken(min) + " to " + spoken(max);
  return CLI::Validator(
      [=](std::string& value) -> std::string {
        const char* allowed = whole ? "0123456789" : "0123456789.";
        const bool plain = !value.empty() &&
                           value.find_first_not_of(allowed) == std::string::npos &&
                           std::count(value.begin(), value.end(), '.') <= 1 &&
                           value.front() != '.' && value.back() != '.';
        if (plain) {
          double x = 0;
          const auto r = std::from_chars(value.data(), value.data() + value.size(), x);
          if (r.ec == std::errc{} && r.ptr == value.data() + value.size() && x >= min && x <= max)
            return "";
        }
        return "'" + value + "' is not a " + (whole ? "whole " : "") + "number from " + range;
      },
      spoken(min) + ".." + spoken(max));
}

void check_run_options(const CommonOptions& o) {
  const Lang lang = message_lang(o);
  if (!o.templates.empty()) {
    std::error_code ec;
    auto status = fs::status(o.templates, ec);
    if (!fs::exists(status))
      throw Error(ExitStatus::no_input,
                  msg(lang, "the templates folder '{}' does not exist", o.templates));
    if (!fs::is_directory(status))
      throw Error(ExitStatus::no_input,
                  msg(lang,
                      "--templates '{}' is not a folder; give the folder that holds the "
                      "templates",
                      o.templates));
  }
  if (o.mermaid && o.format != "md")
    std::cerr << "vap: " << tr(lang, "warning") << ": "
              << msg(lang, "--mermaid only changes Markdown output; it is ignored for --format {}",
                     o.format)
              << "\n";
}

std::vector<fs::path> run_inputs(const CommonOptions& o, const Loaded& loaded) {
  std::vector<fs::path> inputs = loaded.files;
  std::error_code ec;
  for (const auto& c : o.catalogs)
    inputs.push_back(fs::weakly_canonical(c, ec));
  // Every file under --templates may be read: none may be written over.
  if (!o.templates.empty() && fs::is_directory(o.templates, ec)) {
    fs::recursive_directory_iterator it(o.templates, ec), end;
    for (; !ec && it != end; it.increment(ec)) {
      std::error_code ec2;
      if (!it->is_directory(ec2)) inputs.push_back(fs::weakly_canonical(it->path(), ec2));
    }
  }
  return inputs;
}

namespace {

// One line for the errors of each kind of file the command does not read.
std::string ignored_notes(const std::map<FileKind, std::size_t>& ignored, Lang lang) {
  std::string text;
  for (const auto& [kind, n] : ignored)
    text += format_diagnostic(
        Diagnostic{Severity::note, SourcePos{},
                   msg(lang,
                       n == 1 ? "the {} files have {} error, which this command does not need; "
                                "'vap check' lists it"
                              : "the {} files have {} errors, which this command does not need; "
                                "'vap check' lists them",
                       tr(lang, kind_word(kind)), n)},
        Sources{}, lang);
  return text;
}

} // namespace

Loaded load_inputs(const CommonOptions& o, FileKinds uses) {
  LoadOptions lo = load_options(o.lang);
  check_run_options(o);
  lo.catalog_files = o.catalogs;
  lo.threads = o.threads;
  // A bar for batches (more than 50 files), only when standard error is a terminal.
  Progress progress(Progress::stderr_is_terminal(), 50);
  lo.on_file = [&progress](std::size_t done, std::size_t total) { progress.update(done, total); };
  Loaded loaded = load(o.paths, lo);
  check_priority_coverage(loaded.program, loaded.diags);
  progress.finish();
  const Lang lang = loaded.lang;
  run_lang() = lang;
  const Blocking blocking = blocking_errors(loaded, uses);
  std::string text;
  if (blocking.blocked() || loaded.unreadable) {
    text = format_diagnostics(loaded.diags, loaded.sources);
    std::size_t n = loaded.diags.error_count();
    if (n > 0)
      text += msg(
          lang, n == 1 ? "{} error; nothing was written\n" : "{} errors; nothing was written\n", n);
  } else {
    // Errors in files this command does not read: one line per kind, `vap check` lists them.
    text = format_diagnostics(without_errors(loaded.diags), loaded.sources) +
           ignored_notes(blocking.ignored, lang);
  }
  std::cerr << text << std::flush;
  if (loaded.unreadable) throw Error(ExitStatus::no_input, "");
  if (blocking.blocked()) throw Error(ExitStatus::data, "");
  return loaded;
}

std::optional<BatchRun> stream_load(const std::vector<std::string>& paths, LoadOptions lo,
                                    const std::function<bool(const Loaded&)>& each,
                                    const LangsFirst& langs_first) {
  // A bar for batches (more than 50 files), only when standard error is a terminal.
  Progress progress(Progress::stderr_is_terminal(), 50);
  lo.on_file = [&progress](std::size_t done, std::size_t total) { progress.update(done, total); };
  BatchRun run;
  const bool streamed = load_batches(
      paths, lo, stream_batch, [&](Loaded& part) { return each(part); }, run,
      [](Loaded& part) { check_priority_coverage(part.program, part.diags); }, langs_first);
  progress.finish();
  if (!streamed) return std::nullopt;
  run_lang() = run.lang;
  std::cerr << run.messages << ignored_notes(run.ignored, run.lang) << std::flush;
  return run;
}

std::optional<BatchRun> stream_inputs(const CommonOptions& o,
                                      const std::function<bool(const Loaded&)>& each,
                                      const LangsFirst& langs_first) {
  if (!o.templates.empty() || (o.excel && o.format != "csv")) return std::nullopt;
  LoadOptions lo = load_options(o.lang);
  lo.catalog_files = o.catalogs;
  lo.threads = o.threads;
  lo.uses = o.uses;
  return stream_load(o.paths, lo, each, langs_first);
}

bool joins_by_part(const CommonOptions& o) {
  // An SVG document's size comes first, and a drawing is placed under the ones before it.
  const Format format = parse_format(o.format).value_or(Format::md);
  return format == Format::md || format == Format::csv || format == Format::json ||
         format == Format::geojson;
}

bool stream_output(const CommonOptions& o, const MakePart& part,
                   const std::function<void(const BatchRun&)>& before_write) {
  if (!joins_by_part(o)) return false;
  const Format format = parse_format(o.format).value_or(Format::md);
  RenderOptions r;
  SortedSpool spool(message_lang(o));
  auto run = stream_inputs(
      o,
      [&](const Loaded& loaded) {
        for (const auto& m : loaded.program.municipalities) {
          auto text = part(m, loaded, r);
          if (!text) return false;
          spool.add(m.id, *text);
        }
        return true;
      },
      [&](const std::vector<std::optional<Lang>>& langs) { r = render_options(o, langs); });
  if (!run) return false;
  if (before_write) before_write(*run);
  emit_streamed(o, *run, [&](const JoinedText::Sink& sink) {
    JoinedText joined(format, sink);
    spool.replay([&](std::string_view text) { joined.add(text); });
    joined.finish();
  });
  return true;
}

Lang report_lang(const CommonOptions& o, const Program& program) {
  std::vector<std::optional<Lang>> langs;
  for (const auto& m : program.municipalities)
    langs.push_back(m.lang);
  return report_lang(o, langs);
}

Lang report_lang(const CommonOptions& o, const std::vector<std::optional<Lang>>& langs) {
  // A municipality without `lang` has reports in ky (FORMAT.md).
  std::vector<std::optional<Lang>> known;
  for (const auto& l : langs)
    known.push_back(l.value_or(Lang::ky));
  return choose_lang(parse_lang(o.lang), known, system_lang());
}

RenderOptions render_options(const CommonOptions& o, const Program& program) {
  std::vector<std::optional<Lang>> langs;
  for (const auto& m : program.municipalities)
    langs.push_back(m.lang);
  return render_options(o, langs);
}

RenderOptions render_options(const CommonOptions& o,
                             const std::vector<std::optional<Lang>>& langs) {
  RenderOptions r;
  r.format = parse_format(o.format).value_or(Format::md);
  r.lang = report_lang(o, langs);
  r.csv = o.excel ? CsvStyle::excel : CsvStyle::standard;
  r.batch = langs.size() > 1;
  r.mermaid = o.mermaid;
  r.templates_dir = o.templates;
  return r;
}

void emit(const CommonOptions& o, const std::string& content, const Loaded& loaded) {
  write_output(o.output, content, run_inputs(o, loaded), loaded.lang);
}

namespace {

// A streamed run's files and language as a Loaded, for run_inputs and emit.
Loaded as_loaded(const BatchRun& run) {
  Loaded inputs;
  inputs.files = run.files;
  inputs.lang = run.lang;
  return inputs;
}

} // namespace

void emit(const CommonOptions& o, const std::string& content, const BatchRun& run) {
  emit(o, content, as_loaded(run));
}

void emit_streamed(const CommonOptions& o, const BatchRun& run,
                   const std::function<void(const JoinedText::Sink&)>& write) {
  const Lang lang = run.lang;
  if (o.output.empty() || o.output == "-") {
    write([](std::string_view text) {
      std::cout.write(text.data(), static_cast<std::streamsize>(text.size()));
    });
    std::cout.flush();
    check_stdout(lang);
    return;
  }
  write_output_made(
      o.output, run_inputs(o, as_loaded(run)), lang, [&](const std::filesystem::path& p) {
        std::ofstream out(p, std::ios::binary | std::ios::trunc);
        write([&](std::string_view text) {
          out.write(text.data(), static_cast<std::streamsize>(text.size()));
        });
        out.close();
        if (!out)
          throw Error(
              ExitStatus::cant_create,
              msg(lang, "cannot write the temporary file '{}' (is the disk full?)", path_text(p)));
      });
}

std::string join_outputs(const std::vector<std::string>& parts, Format format, bool batch) {
  if (format == Format::json && parts.size() == 1 && !batch) return parts.front();
  if (format == Format::json) {
    // As every command writes a batch: {"municipalities": [...]}.
    Json all = Json::array();
    for (const auto& p : parts)
      all.push_back(Json::parse(p));
    return json_text(Json{{"municipalities", all}});
  }
  std::string out;
  for (std::size_t i = 0; i < parts.size(); ++i) {
    if (format == Format::csv && i > 0) {
      // The parts' rows under the first one's header (an Excel part starts with a BOM).
      auto nl = parts[i].find('\n');
      out += nl == std::string::npos ? "" : parts[i].substr(nl + 1);
    } else {
      out += (i > 0 ? "\n" : "") + parts[i];
    }
  }
  return out;
}

std::string report_text(const Program& program, const RenderOptions& r) {
  if (program.batch()) return render_batch_report(summarize_program(program, RankBy::dots), r);
  return render_report(results_of(program.municipalities.front()), r);
}

void run_command(const Command& command, const CommonOptions& o, const Make& make) {
  Loaded loaded = load_inputs(o, command.uses);
  const RenderOptions r = render_options(o, loaded.program);
  emit(o, make(loaded, r), loaded);
}

void refuse_existing(const std::vector<std::filesystem::path>& files, Lang lang,
                     std::string_view never) {
  bool clash = false;
  for (const auto& p : files) {
    std::error_code ec;
    if (std::filesystem::exists(p, ec) || std::filesystem::is_symlink(p, ec)) {
      std::cerr << "vap: " << tr(lang, "error") << ": " << msg(lang, never, p.generic_string())
                << "\n";
      clash = true;
    }
  }
  if (clash) throw Error(ExitStatus::cant_create, msg(lang, "nothing was written"));
}

} // namespace vap::cmd
