// vap workbook and vap convert: a municipality's YAML folder as a workbook (.xlsx), and a
// workbook as YAML files.
#include "commands.hpp"
#include "common.hpp"

#include "vap/error.hpp"
#include "vap/output.hpp"
#include "vap/records.hpp"
#include "vap/temp_file.hpp"
#include "vap/utf8_path.hpp"
#include "vap/workbook_writer.hpp"
#include "vap/yaml_writer.hpp"

#include <fmt/format.h>

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
  const Lang lang = loaded.lang;
  if (loaded.program.municipalities.size() != 1)
    throw Error(ExitStatus::usage,
                msg(lang,
                    "a workbook holds one municipality; the inputs have {}: give one "
                    "municipality's folder",
                    loaded.program.municipalities.size()));
  const Municipality& m = loaded.program.municipalities.front();
  WorkbookRequest req;
  req.municipality = &m;
  req.lang = report_lang(o, loaded.program);
  TempFile tmp(".xlsx");
  write_workbook(req, tmp.path());
  const std::string bytes = tmp.read();
  if (output.empty())
    write_new_file(m.id + ".xlsx", bytes, false, loaded.files, lang);
  else
    write_output(output, bytes, loaded.files, lang);
}

// The YAML files of the one municipality loaded (from a workbook), with the names as typed:
// municipality.yaml, sessions/NN.yaml, and causes, plan, assembly and monitoring (their date or
// year in the name when there are several).
std::vector<std::pair<std::string, std::string>> yaml_files(const Loaded& loaded) {
  std::vector<std::pair<std::string, std::string>> out;
  const Municipality& m = loaded.program.municipalities.front();
  const Naming naming; // names as typed in the workbook
  out.emplace_back("municipality.yaml", yaml_text(record_of(m, naming)));
  const std::size_t width = std::max<std::size_t>(2, std::to_string(m.sessions.size()).size());
  std::size_t n = 0;
  for (const auto& s : m.sessions)
    out.emplace_back(fmt::format("sessions/{:0>{}}.yaml", ++n, width),
                     yaml_text(record_of(s, naming)));
  auto each = [&](const auto& list, std::string_view kind, auto key) {
    for (const auto& x : list) {
      const std::string name = list.size() == 1 ? std::string(kind) + ".yaml"
                                                : std::string(kind) + "-" + key(x) + ".yaml";
      out.emplace_back(name, yaml_text(record_of(x, naming)));
    }
  };
  each(m.causes, "causes", [](const Causes& c) { return c.date ? date_text(*c.date) : std::string(); });
  each(m.plans, "plan", [](const Plan& p) { return std::to_string(p.year); });
  each(m.assemblies, "assembly", [](const Assembly& a) { return date_text(a.date); });
  each(m.monitorings, "monitoring", [](const Monitoring& x) { return date_text(x.date); });
  return out;
}

// The YAML files of a workbook, into the folder `dir`: all of them or none, never over a file.
void write_yaml(const CommonOptions& o, const std::string& dir) {
  Loaded loaded = load_inputs(o); // every check first: nothing is written when one fails
  const Lang lang = loaded.lang;
  if (o.paths.size() != 1 || !is_xlsx(o.paths.front()) ||
      loaded.program.municipalities.size() != 1)
    throw Error(ExitStatus::usage,
                msg(lang, "vap convert BOOK.xlsx -o DIR takes one workbook; to make a workbook, "
                          "give -o FILE.xlsx"));
  const auto files = yaml_files(loaded);
  std::vector<fs::path> paths;
  for (const auto& [name, text] : files)
    paths.push_back(utf8_path(dir) / utf8_path(name));
  refuse_existing(paths, lang, "{} already exists; vap convert never writes over a file");
  std::vector<NewFile> out;
  for (const auto& [name, text] : files)
    out.push_back({path_text(utf8_path(dir) / utf8_path(name)), text});
  write_new_files(out, loaded.files, lang);
  for (const auto& f : out)
    std::cout << msg(lang, "created {}", f.path) << "\n";
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
