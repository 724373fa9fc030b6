// vap init: a new municipality folder with commented starter files in one language.
#include "commands.hpp"
#include "common.hpp"

#include "vap/error.hpp"
#include "vap/init.hpp"
#include "vap/load.hpp"
#include "vap/output.hpp"
#include "vap/temp_file.hpp"
#include "vap/text.hpp"
#include "vap/utf8_path.hpp"
#include "vap/workbook_writer.hpp"

#include <chrono>
#include <filesystem>
#include <iostream>

namespace vap::cmd {
namespace {

namespace fs = std::filesystem;

struct InitOptions {
  std::string dir;
  std::string lang = "ky";
  std::string name;
  std::vector<std::string> villages;
  int year = 0;
  bool xlsx = false;
};

// `vap init DIR --xlsx`: the starter workbook DIR/<id>.xlsx instead of YAML files.
void run_xlsx(const InitRequest& req, const fs::path& dir) {
  Municipality m = init_municipality(req);
  m.catalogs = shipped_catalogs(req.lang);
  const fs::path p = dir / (m.id + ".xlsx");
  std::error_code ec;
  if (fs::exists(p, ec) || fs::is_symlink(p, ec))
    throw Error(
        ExitStatus::cant_create,
        msg(req.lang, "{} already exists; vap init never writes over a file", p.generic_string()));
  fs::create_directories(dir, ec);
  if (ec)
    throw Error(ExitStatus::cant_create, msg(req.lang, "cannot create the folder {}: {}",
                                             dir.generic_string(), ec.message()));
  WorkbookRequest wr;
  wr.municipality = &m;
  wr.lang = req.lang;
  wr.spare = 10;
  wr.spare_problems = 20;
  TempFile tmp(".xlsx");
  write_workbook(wr, tmp.path());
  write_new_file(p.generic_string(), tmp.read(), false, {});
  std::cout << msg(req.lang, "created {}", p.generic_string()) << "\n";
  std::cout << msg(req.lang,
                   "Next: fill in the workbook (its first sheet says what goes where), then run: "
                   "vap check {}",
                   dir.generic_string())
            << "\n";
}

int this_year() {
  const auto today = std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now());
  return static_cast<int>(std::chrono::year_month_day(today).year());
}

void run(const InitOptions& o) {
  const Lang lang = parse_lang(o.lang).value_or(Lang::ky);
  // Names the starter files would carry must be names that `vap check` accepts.
  if (!o.name.empty() && tidy(o.name).empty())
    throw Error(ExitStatus::usage, msg(lang, "--name is empty; give the municipality's name"));
  std::vector<std::string> villages;
  for (const auto& v : o.villages) {
    const std::string t = tidy(v);
    if (t.empty())
      throw Error(ExitStatus::usage,
                  msg(lang, "--villages has an empty name; give names separated by commas"));
    for (const auto& seen : villages)
      if (match_key(seen) == match_key(t))
        throw Error(ExitStatus::usage,
                    msg(lang, "--villages names '{}' twice ('{}' and '{}')", t, seen, t));
    villages.push_back(t);
  }
  InitRequest req;
  fs::path dir = utf8_path(o.dir).lexically_normal();
  if (dir.filename().empty()) dir = dir.parent_path();
  req.folder = path_text(fs::absolute(dir).filename());
  req.lang = lang;
  req.name = tidy(o.name);
  req.villages = villages;
  req.year = o.year ? o.year : this_year();
  if (o.xlsx) {
    run_xlsx(req, dir);
    return;
  }
  const std::vector<InitFile> files = init_files(req);

  // Nothing is written when any of the files is there already.
  bool clash = false;
  for (const auto& f : files) {
    const fs::path p = dir / utf8_path(f.path);
    std::error_code ec;
    if (fs::exists(p, ec) || fs::is_symlink(p, ec)) {
      std::cerr << "vap: " << tr(lang, "error") << ": "
                << msg(lang, "{} already exists; vap init never writes over a file", path_text(p))
                << "\n";
      clash = true;
    }
  }
  if (clash) throw Error(ExitStatus::cant_create, msg(lang, "nothing was written"));
  // All the files or none (a full disk, a file where a folder goes).
  std::vector<NewFile> out;
  for (const auto& f : files)
    out.push_back({path_text(dir / utf8_path(f.path)), f.content});
  write_new_files(out, {}, lang);
  for (const auto& f : out)
    std::cout << msg(lang, "created {}", f.path) << "\n";
  std::cout
      << msg(lang,
             "Next: fill in the files (their comments say what goes where), then run: vap check {}",
             path_text(dir))
      << "\n";
}

} // namespace

void define_init(CLI::App& app, const Command&) {
  auto o = std::make_shared<InitOptions>();
  CLI::App* sub = &app;
  sub->add_option("dir", o->dir, "The new municipality folder")->required()->type_name("DIR");
  sub->add_option("--lang,-l", o->lang,
                  "Language of the files' comments and examples: ky|ru|en (default ky)")
      ->check(CLI::IsMember({"ky", "ru", "en"}))
      ->type_name("ky|ru|en");
  sub->add_option("--name", o->name, "The municipality's name (default: a placeholder to change)")
      ->type_name("NAME");
  sub->add_option("--villages", o->villages,
                  "Its villages, e.g. --villages Жаңы-Жол Кербен (or comma-separated)")
      ->delimiter(',')
      ->type_name("NAME...");
  sub->add_option("--year", o->year, "Year of the plan and the example dates (default: this year)")
      ->check(number_flag(k_first_year, k_last_year, true))
      ->type_name("YYYY");
  sub->add_flag("--xlsx", o->xlsx,
                "Write a workbook (DIR/<id>.xlsx) to fill in Excel or LibreOffice Calc instead "
                "of YAML files");
  sub->callback([o]() { run(*o); });
}

} // namespace vap::cmd
