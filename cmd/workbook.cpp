// vap workbook and vap convert: a municipality's YAML folder as a workbook (.xlsx), and a
// workbook as YAML files.
#include "commands.hpp"
#include "common.hpp"

#include "vap/error.hpp"
#include "vap/file_name.hpp"
#include "vap/output.hpp"
#include "vap/records.hpp"
#include "vap/temp_file.hpp"
#include "vap/utf8_path.hpp"
#include "vap/workbook_writer.hpp"
#include "vap/yaml_writer.hpp"

#include <fmt/format.h>

#include <filesystem>
#include <iostream>
#include <map>

namespace vap::cmd {
namespace {

namespace fs = std::filesystem;

bool is_xlsx(const std::string& p) {
  std::string ext = path_text(utf8_path(p).extension());
  for (auto& c : ext)
    c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return ext == ".xlsx";
}

// Refuses an output inside a folder the workbook is made from: every later run on that folder
// would read the municipality twice, from its YAML files and from the workbook.
void check_outside_inputs(const CommonOptions& o, const std::string& output, Lang lang) {
  std::error_code ec;
  const fs::path folder =
      fs::weakly_canonical(fs::absolute(utf8_path(output), ec).parent_path(), ec);
  for (const auto& input : o.paths) {
    const fs::path in = utf8_path(input);
    if (!fs::is_directory(in, ec)) continue;
    const fs::path root = fs::weakly_canonical(fs::absolute(in, ec), ec);
    auto [end, _] = std::mismatch(root.begin(), root.end(), folder.begin(), folder.end());
    if (end == root.end())
      throw Error(ExitStatus::cant_create,
                  msg(lang,
                      "cannot write '{}': it is inside '{}', the folder the workbook is made "
                      "from, and every run on that folder would then read the municipality twice; "
                      "give -o with a place outside it, e.g. -o ../{}",
                      output, input, path_text(utf8_path(output).filename())));
  }
}

// The workbook of the one municipality of the inputs, written to `output` (default <id>.xlsx in
// the current folder, never over an existing file then, and said).
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
  const bool named = output.empty(); // the name is made from the id
  if (named) {
    output = m.id + ".xlsx";
    if (std::string why = unfit_file_name(output, lang); !why.empty())
      throw Error(ExitStatus::data,
                  msg(lang,
                      "the municipality id {} cannot name the workbook's file: {}; change the "
                      "id, or give -o FILE.xlsx",
                      quoted_name(m.id), why));
  }
  if (output != "-") check_outside_inputs(o, output, lang);
  WorkbookRequest req;
  req.municipality = &m;
  req.lang = report_lang(o, loaded.program);
  TempFile tmp(".xlsx", lang);
  write_workbook(req, tmp.path());
  const std::string bytes = tmp.read();
  if (!named) {
    write_output(output, bytes, loaded.files, lang);
    return;
  }
  write_new_file(output, bytes, false, loaded.files, lang);
  std::cout << msg(lang, "created {}", output) << "\n";
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
  each(m.causes, "causes",
       [](const Causes& c) { return c.date ? date_text(*c.date) : std::string(); });
  each(m.plans, "plan", [](const Plan& p) { return std::to_string(p.year); });
  each(m.assemblies, "assembly", [](const Assembly& a) { return date_text(a.date); });
  each(m.monitorings, "monitoring", [](const Monitoring& x) { return date_text(x.date); });
  return out;
}

// The YAML files of a workbook, into the folder `dir`: all of them or none, never over a file.
// Their names come from the workbook (the parts of its yaml sheet): each must name one ordinary
// file on every system, and no two may name the same one (on Windows, in any case).
void write_yaml(const CommonOptions& o, const std::string& dir) {
  Loaded loaded = load_inputs(o); // every check first: nothing is written when one fails
  const Lang lang = loaded.lang;
  if (o.paths.size() != 1 || !is_xlsx(o.paths.front()) || loaded.program.municipalities.size() != 1)
    throw Error(ExitStatus::usage,
                msg(lang, "vap convert BOOK.xlsx -o DIR takes one workbook; to make a workbook, "
                          "give -o FILE.xlsx"));
  const std::string& book = o.paths.front();
  const auto files = yaml_files(loaded);
  auto error = [&](const std::string& text) {
    std::cerr << "vap: " << tr(lang, "error") << ": " << text << "\n";
  };
  bool bad = false;
  std::map<std::string, std::string> by_key; // the name as Windows compares it → the name
  for (const auto& [name, text] : files) {
    std::string key, reason;
    for (std::string_view rest = name; reason.empty();) {
      const auto slash = rest.find('/');
      reason = unfit_file_name(rest.substr(0, slash), lang);
      key += file_name_key(rest.substr(0, slash)) + "/";
      if (slash == std::string_view::npos) break;
      rest.remove_prefix(slash + 1);
    }
    if (!reason.empty()) {
      error(msg(lang, "{}: the workbook names a file {}, which cannot be: {}", book,
                quoted_name(name), reason));
      bad = true;
    } else if (auto [it, fresh] = by_key.emplace(key, name); !fresh) {
      if (it->second == name)
        error(msg(lang, "{}: the workbook makes the file {} twice", book, quoted_name(name)));
      else
        error(msg(lang,
                  "{}: the workbook makes two files named {} and {}, which are one file on "
                  "Windows",
                  book, quoted_name(it->second), quoted_name(name)));
      bad = true;
    }
  }
  if (bad) throw Error(ExitStatus::data, msg(lang, "nothing was written"));
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
  sub->get_option("-o")->description(
      "Write to FILE (default: ID.xlsx in this folder, ID being the municipality's id)");
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
