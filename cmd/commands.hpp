#pragma once
// The table of subcommands (as ninja's kTools): each row is a subcommand's name, the line `vap
// --help` shows for it, the workshop file kinds its result uses, and the function that declares
// its flags and its callback (in cmd/<name>.cpp). `vap --help`, the order of the commands and
// "did you mean" read this table.
#include "vap/file_kind.hpp"

#include <CLI/CLI.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace vap::cmd {

struct Command {
  std::string_view name;
  std::string_view summary;
  FileKinds uses;
  void (*define)(CLI::App& sub, const Command& self);
};

// In the order of the method: starting a folder, checking it, the session methods, then what
// follows them.
const std::vector<Command>& command_table();

void define_init(CLI::App& sub, const Command& self);
void define_check(CLI::App& sub, const Command& self);
void define_map(CLI::App& sub, const Command& self);
void define_venn(CLI::App& sub, const Command& self);
void define_pie(CLI::App& sub, const Command& self);
void define_gallery(CLI::App& sub, const Command& self);
void define_causes(CLI::App& sub, const Command& self);
void define_plan(CLI::App& sub, const Command& self);
void define_budget(CLI::App& sub, const Command& self);
void define_monitor(CLI::App& sub, const Command& self);
void define_assembly(CLI::App& sub, const Command& self);
void define_report(CLI::App& sub, const Command& self);
void define_board(CLI::App& sub, const Command& self);
void define_papers(CLI::App& sub, const Command& self);
void define_workbook(CLI::App& sub, const Command& self);
void define_convert(CLI::App& sub, const Command& self);
void define_form(CLI::App& sub, const Command& self);
void define_import(CLI::App& sub, const Command& self);

} // namespace vap::cmd

namespace vap::cmd {

// `vap FOLDER` with no command (a folder dropped on vap.exe): an existing folder alone, not named
// like a command.
bool is_dropped_folder(const CLI::App& app, int argc, char** argv);
// Writes FOLDER/vap-report.html and says where; waits for Enter when vap owns its console.
int run_dropped_folder(const std::string& folder);

} // namespace vap::cmd
