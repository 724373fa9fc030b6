// vap import: the exports and submissions of the phone forms as workshop files in the
// municipality's folder.
#include "commands.hpp"
#include "common.hpp"

#include "vap/error.hpp"
#include "vap/exports.hpp"
#include "vap/output.hpp"
#include "vap/utf8_path.hpp"
#include "vap/yaml_writer.hpp"

#include <filesystem>
#include <iostream>

namespace vap::cmd {
namespace {

namespace fs = std::filesystem;

struct ImportOptions {
  std::vector<std::string> exports;
  std::string dir;
  std::string lang;
  std::vector<std::string> catalogs;
};

std::string errors_line(Lang lang, std::size_t n) {
  return msg(lang, n == 1 ? "{} error; nothing was written\n" : "{} errors; nothing was written\n",
             n);
}

void run_import(const ImportOptions& o) {
  CommonOptions common;
  common.paths = {o.dir};
  common.lang = o.lang;
  common.catalogs = o.catalogs;
  Loaded loaded = load_inputs(common);
  const Lang lang = loaded.lang;
  if (loaded.program.municipalities.size() != 1)
    throw Error(ExitStatus::usage,
                msg(lang, "vap import writes into one municipality's folder (-o DIR); '{}' has {}",
                    o.dir, loaded.program.municipalities.size()));
  const Municipality& m = loaded.program.municipalities.front();

  // The exports, read and checked value by value.
  Sources sources;
  Diagnostics diags(lang);
  Imported imported = import_exports(o.exports, m, sources, diags);
  std::cerr << format_diagnostics(diags, sources);
  if (diags.has_errors()) {
    std::cerr << errors_line(lang, diags.error_count()) << std::flush;
    throw Error(imported.unreadable ? ExitStatus::no_input : ExitStatus::data, "");
  }

  // The files they make, checked with the folder's as its own files would be.
  LoadOptions lo = load_options(o.lang);
  lo.lang = lang;
  lo.catalog_files = o.catalogs;
  const fs::path folder = fs::weakly_canonical(utf8_path(o.dir));
  for (const auto& f : imported.files)
    lo.made_files.push_back({folder / utf8_path(f.name), f.shown, f.record, f.cells});
  Loaded checked = load({o.dir}, lo);
  Diagnostics made(lang);
  for (const auto& d : checked.diags.items())
    if (d.pos.known() && checked.sources.has_cells(d.pos.file)) made.add(d);
  std::cerr << format_diagnostics(made, checked.sources);
  if (made.has_errors()) {
    std::cerr << errors_line(lang, made.error_count()) << std::flush;
    throw Error(ExitStatus::data, "");
  }

  // Written all or none, never over a file.
  std::vector<NewFile> out;
  std::vector<fs::path> paths;
  for (const auto& f : imported.files) {
    paths.push_back(utf8_path(o.dir) / utf8_path(f.name));
    out.push_back({path_text(paths.back()), yaml_text(f.record)});
  }
  refuse_existing(paths, lang, "{} already exists; vap import never writes over a file");
  std::vector<fs::path> inputs = loaded.files;
  for (const auto& e : o.exports)
    inputs.push_back(utf8_path(e));
  write_new_files(out, inputs, lang);
  for (const auto& f : out)
    std::cout << msg(lang, "created {}", f.path) << "\n";
  // English has a key for one and a key for more (ky and ru choose their plural forms).
  auto say = [&](std::size_t n, std::string_view one, std::string_view more) {
    std::cout << msg(lang, n == 1 ? one : more, n) << "\n";
  };
  say(imported.submissions, "{} submission read", "{} submissions read");
  if (imported.rejected > 0)
    say(imported.rejected, "{} rejected submission skipped", "{} rejected submissions skipped");
  if (imported.twice > 0)
    say(imported.twice, "{} submission given twice, read once",
        "{} submissions given twice, read once");
  check_stdout(lang);
}

} // namespace

void define_import(CLI::App& sub, const Command&) {
  auto o = std::make_shared<ImportOptions>();
  sub.add_option("exports", o->exports,
                 "KoboToolbox or ODK Central exports (.xlsx, .csv, .zip) and submissions (.xml)")
      ->required()
      ->type_name("EXPORT...");
  sub.add_option("-o,--output", o->dir, "The municipality's folder the workshop files go into")
      ->required()
      ->type_name("DIR");
  sub.add_option("--lang,-l", o->lang,
                 "Language of the messages: ky|ru|en (default: the municipality's lang, else "
                 "the system's)")
      ->check(CLI::IsMember({"ky", "ru", "en"}))
      ->type_name("ky|ru|en");
  sub.add_option("--catalog", o->catalogs,
                 "Extra catalog file (problems, groups, ...); may be repeated")
      ->type_name("FILE");
  sub.callback([o]() { run_import(*o); });
}

} // namespace vap::cmd
