#pragma once
// The subcommands: each file cmd/<name>.cpp registers its own with CLI11.
#include <CLI/CLI.hpp>

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
void register_workbook(CLI::App& app);
void register_convert(CLI::App& app);

} // namespace vap::cmd
