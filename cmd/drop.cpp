// vap FOLDER, with no command: what Windows runs when a folder is dropped on vap.exe. The folder's
// full HTML report is written beside its files, as `vap report FOLDER --format html -o
// FOLDER/vap-report.html` would.
#include "commands.hpp"
#include "common.hpp"

#include "vap/error.hpp"
#include "vap/platform.hpp"
#include "vap/render_report.hpp"
#include "vap/utf8_path.hpp"

#include <filesystem>
#include <iostream>
#include <string>

namespace vap::cmd {

bool is_dropped_folder(const CLI::App& app, int argc, char** argv) {
  if (argc != 2 || argv[1][0] == '-') return false;
  for (const auto* sub : app.get_subcommands([](const CLI::App*) { return true; }))
    if (sub->get_name() == argv[1]) return false;
  std::error_code ec;
  return std::filesystem::is_directory(utf8_path(argv[1]), ec);
}

int run_dropped_folder(const std::string& folder) {
  CommonOptions o;
  o.paths = {folder};
  o.format = "html";
  o.output = path_text(utf8_path(folder) / "vap-report.html");
  int status = 0;
  Lang lang = message_lang(o);
  try {
    Loaded loaded = load_inputs(o);
    lang = loaded.lang;
    RenderOptions r = render_options(o, loaded.program);
    lang = r.lang;
    emit(o, report_text(loaded.program, r), loaded);
    std::cout << msg(lang, "the report is written: {}", o.output) << "\n" << std::flush;
  } catch (const Error& e) {
    if (*e.what()) std::cerr << "vap: " << tr(run_lang(), "error") << ": " << e.what() << "\n";
    lang = run_lang();
    status = static_cast<int>(e.status());
  }
  // Started by a drop or a double click: the window would close before the messages are read.
  if (owns_console()) {
    std::cout << msg(lang, "Press Enter to close this window.") << std::flush;
    std::string line;
    std::getline(std::cin, line);
  }
  return status;
}

} // namespace vap::cmd
