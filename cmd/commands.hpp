#pragma once
// The subcommands: each file cmd/<name>.cpp registers its own with CLI11.
#include <CLI/CLI.hpp>

#include <string>

namespace vap::cmd {

void register_gallery(CLI::App& app);
void register_map(CLI::App& app);
void register_venn(CLI::App& app);
void register_pie(CLI::App& app);
void register_causes(CLI::App& app);
void register_plan(CLI::App& app);
void register_monitor(CLI::App& app);
void register_report(CLI::App& app);
void register_init(CLI::App& app);
void register_check(CLI::App& app);

} // namespace vap::cmd

namespace vap::cmd {

// `vap FOLDER` with no command (a folder dropped on vap.exe): an existing folder alone, not named
// like a command.
bool is_dropped_folder(const CLI::App& app, int argc, char** argv);
// Writes FOLDER/vap-report.html and says where; waits for Enter when vap owns its console.
int run_dropped_folder(const std::string& folder);

} // namespace vap::cmd
