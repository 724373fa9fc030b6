#include "common.hpp"

#include "vap/coverage.hpp"
#include "vap/error.hpp"
#include "vap/output.hpp"
#include "vap/progress.hpp"

#include <fmt/format.h>

#include <filesystem>
#include <iostream>

namespace fs = std::filesystem;

namespace vap::cmd {

void add_common(CLI::App& app, CommonOptions& o, const std::vector<std::string>& formats) {
  app.add_option("paths", o.paths,
                 "Workshop files and folders (a municipality folder, or a folder of them)")
      ->required()
      ->type_name("PATH...");
  std::string list;
  for (const auto& f : formats)
    list += (list.empty() ? "" : "|") + f;
  app.add_option("--format,-f", o.format, "Output format: " + list)
      ->check(CLI::IsMember(formats))
      ->type_name(list)
      ->default_str(formats.front());
  app.add_option("-o,--output", o.output, "Write to FILE instead of standard output")
      ->type_name("FILE");
  app.add_option("--lang,-l", o.lang,
                 "Report language: ky|ru|en (default: the municipality's lang, else ky)")
      ->check(CLI::IsMember({"ky", "ru", "en"}))
      ->type_name("ky|ru|en");
  app.add_flag("--excel", o.excel,
               "CSV for Excel: byte-order mark, ';' separators, CRLF, decimal commas");
  app.add_option("--catalog", o.catalogs,
                 "Extra catalog file (problems, groups, ...); may be repeated")
      ->type_name("FILE");
  app.add_option("--templates", o.templates,
                 "Folder with report templates that replace the built-in ones")
      ->type_name("DIR");
  app.add_option("--threads", o.threads, "Files parsed at once (default: one per core)")
      ->type_name("N");
}

Lang message_lang(const CommonOptions& o) {
  return parse_lang(o.lang).value_or(Lang::en);
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
  if (o.excel && o.format != "csv")
    std::cerr << "vap: warning: "
              << msg(lang, "--excel only changes CSV output; it is ignored for --format {}",
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

Loaded load_inputs(const CommonOptions& o) {
  LoadOptions lo;
  lo.lang = message_lang(o);
  check_run_options(o);
  lo.catalog_files = o.catalogs;
  lo.threads = o.threads;
  // A bar for batches (more than 50 files), only when standard error is a terminal.
  Progress progress(Progress::stderr_is_terminal(), 50);
  lo.on_file = [&progress](std::size_t done, std::size_t total) { progress.update(done, total); };
  Loaded loaded = load(o.paths, lo);
  check_priority_coverage(loaded.program, loaded.diags);
  progress.finish();
  std::string text = format_diagnostics(loaded.diags, loaded.sources);
  if (loaded.diags.has_errors()) {
    std::size_t n = loaded.diags.error_count();
    text += msg(lo.lang,
                n == 1 ? "{} error; nothing was written\n" : "{} errors; nothing was written\n", n);
  }
  std::cerr << text << std::flush;
  if (loaded.unreadable) throw Error(ExitStatus::no_input, "");
  if (loaded.diags.has_errors()) throw Error(ExitStatus::data, "");
  return loaded;
}

Lang report_lang(const CommonOptions& o, const Program& program) {
  if (auto l = parse_lang(o.lang)) return *l;
  std::optional<Lang> common;
  for (const auto& m : program.municipalities) {
    Lang l = m.lang.value_or(Lang::ky);
    if (common && *common != l) return Lang::ky;
    common = l;
  }
  return common.value_or(Lang::ky);
}

RenderOptions render_options(const CommonOptions& o, const Program& program) {
  RenderOptions r;
  r.format = parse_format(o.format).value_or(Format::md);
  r.lang = report_lang(o, program);
  r.csv = o.excel ? CsvStyle::excel : CsvStyle::standard;
  r.templates_dir = o.templates;
  return r;
}

void emit(const CommonOptions& o, const std::string& content, const Loaded& loaded) {
  write_output(o.output, content, run_inputs(o, loaded), message_lang(o));
}

std::string join_outputs(const std::vector<std::string>& parts, Format format) {
  if (format == Format::json && parts.size() == 1) return parts.front();
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

void run_command(const Command& command, const CommonOptions& o, const Make& make) {
  (void)command.uses; // which file kinds' errors stop it: see load_inputs
  Loaded loaded = load_inputs(o);
  const RenderOptions r = render_options(o, loaded.program);
  emit(o, make(loaded, r), loaded);
}

} // namespace vap::cmd
