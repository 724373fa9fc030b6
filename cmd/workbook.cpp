// vap workbook and vap convert: a municipality's YAML folder as a workbook (.xlsx), and a
// workbook as YAML files.
#include "commands.hpp"
#include "common.hpp"

#include "vap/error.hpp"
#include "vap/output.hpp"
#include "vap/parse_workbook.hpp"
#include "vap/temp_file.hpp"
#include "vap/utf8_path.hpp"
#include "vap/workbook_writer.hpp"

#include <filesystem>
#include <iostream>

namespace vap::cmd {
namespace {

namespace fs = std::filesystem;

bool is_xlsx(const std::string& p) {
  std::string ext = path_text(utf8_path(p).extension());
  for (auto& c : ext)
    c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return ext == ".xlsx";
}

// The workbook of the one municipality of the inputs, written to `output` (default <id>.xlsx,
// never over an existing file then).
void write_book(const CommonOptions& o, std::string output) {
  Loaded loaded = load_inputs(o);
  const Lang lang = message_lang(o);
  if (loaded.program.municipalities.size() != 1)
    throw Error(ExitStatus::usage,
                msg(lang,
                    "a workbook holds one municipality; the inputs have {}: give one "
                    "municipality's folder",
                    loaded.program.municipalities.size()));
  const Municipality& m = loaded.program.municipalities.front();
  WorkbookRequest req;
  req.municipality = &m;
  req.sources = &loaded.sources;
  req.lang = report_lang(o, loaded.program);
  TempFile tmp(".xlsx");
  write_workbook(req, tmp.path());
  const std::string bytes = tmp.read();
  if (output.empty())
    write_new_file(m.id + ".xlsx", bytes, false, loaded.files, lang);
  else
    write_output(output, bytes, loaded.files, lang);
}

// The YAML files of a workbook, into the folder `dir`: all of them or none, never over a file.
void write_yaml(const CommonOptions& o, const std::string& dir) {
  Loaded loaded = load_inputs(o); // every check first: nothing is written when one fails
  const Lang lang = message_lang(o);
  if (o.paths.size() != 1 || !is_xlsx(o.paths.front()))
    throw Error(ExitStatus::usage,
                msg(lang, "vap convert BOOK.xlsx -o DIR takes one workbook; to make a workbook, "
                          "give -o FILE.xlsx"));
  std::string why;
  auto files = workbook_yaml(o.paths.front(), lang, why);
  if (!files) throw Error(ExitStatus::data, why);
  bool clash = false;
  for (const auto& f : *files) {
    const fs::path p = utf8_path(dir) / utf8_path(f.name);
    std::error_code ec;
    if (fs::exists(p, ec) || fs::is_symlink(p, ec)) {
      std::cerr << "vap: error: "
                << msg(lang, "{} already exists; vap convert never writes over a file",
                       p.generic_string())
                << "\n";
      clash = true;
    }
  }
  if (clash) throw Error(ExitStatus::cant_create, msg(lang, "nothing was written"));
  std::vector<fs::path> written;
  try {
    for (const auto& f : *files) {
      const fs::path p = utf8_path(dir) / utf8_path(f.name);
      std::error_code ec;
      fs::create_directories(p.parent_path(), ec);
      if (ec)
        throw Error(ExitStatus::cant_create, msg(lang, "cannot create the folder {}: {}",
                                                 p.parent_path().generic_string(), ec.message()));
      write_new_file(p.generic_string(), f.text, false, loaded.files, lang);
      written.push_back(p);
    }
  } catch (...) {
    for (const auto& p : written) {
      std::error_code ec;
      fs::remove(p, ec);
    }
    throw;
  }
  for (const auto& p : written)
    std::cout << msg(lang, "created {}", p.generic_string()) << "\n";
}

struct BookOptions {
  CommonOptions common;
};

} // namespace

void define_workbook(CLI::App& app, const Command&) {
  auto o = std::make_shared<BookOptions>();
  CLI::App* sub = &app;
  add_common(*sub, o->common, {"xlsx"});
  sub->callback([o]() { write_book(o->common, o->common.output); });
}

void define_convert(CLI::App& app, const Command&) {
  auto o = std::make_shared<BookOptions>();
  CLI::App* sub = &app;
  add_common(*sub, o->common, {"auto"});
  sub->get_option("-o")->required();
  sub->callback([o]() {
    if (is_xlsx(o->common.output))
      write_book(o->common, o->common.output);
    else
      write_yaml(o->common, o->common.output);
  });
}

} // namespace vap::cmd
