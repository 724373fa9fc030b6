#include "commands.hpp"

namespace vap::cmd {

const std::vector<Command>& command_table() {
  using K = FileKind;
  static const std::vector<Command> k_table = {
      {"init",
       "Start a municipality folder: commented starter files in ky, ru or en",
       {},
       define_init},
      {"check", "Check workshop files: every error and warning, nothing else", FileKinds::all(),
       define_check},
      {"map",
       "Resource map (Картирлөө): objects by condition, what needs attention, GeoJSON",
       {K::municipality, K::session},
       define_map},
      {"venn",
       "Venn diagram (Венн диаграммасы): institutions by importance and closeness, and the "
       "drawn diagram",
       {K::municipality, K::session},
       define_venn},
      {"pie",
       "Budget pie (Токоч): perceived against actual budget shares, awareness, hearing topics",
       {K::municipality, K::session},
       define_pie},
      {"gallery",
       "Problem gallery: dots counted, problems ranked, priorities",
       {K::municipality, K::session},
       define_gallery},
      {"causes",
       "Cause-effect analysis: causes, effects, solutions, who can solve what",
       {K::municipality, K::session, K::causes},
       define_causes},
      {"plan",
       "Joint action plan: checks, financing summary, budget lines, timeline",
       {K::municipality, K::session, K::causes, K::plan},
       define_plan},
      {"budget",
       "The plan in the local budget (step 4), or .pb files: greedy, equal shares and the other "
       "rules side by side, whom each serves, what is left unfunded",
       {K::municipality, K::session, K::plan},
       define_budget},
      {"monitor",
       "Monitoring: tasks' progress, planned vs spent by source, indicators, satisfaction, the "
       "team",
       {K::municipality, K::session, K::plan, K::monitoring},
       define_monitor},
      {"assembly",
       "Assembly (жыйын): participants by village and gender, votes on each proposal, the final "
       "list against the gallery's priorities",
       {K::municipality, K::session, K::assembly},
       define_assembly},
      {"report",
       "Full report of a municipality (every section, with charts) or a batch's program report",
       FileKinds::all(), define_report},
      {"board",
       "Information-board poster: priorities, plan, initiative groups, progress on one A3 page",
       {K::municipality, K::session, K::plan, K::monitoring},
       define_board},
      {"papers",
       "Papers officials sign and post: the kenesh's decision on the plan, the head's order on "
       "the initiative groups, the public hearing's pack, the monitoring group (md, A4 HTML, "
       "Word)",
       {K::municipality, K::session, K::plan, K::monitoring, K::assembly},
       define_papers},
      {"workbook", "The workbook (.xlsx) of a municipality's folder, to fill in Excel or Calc",
       FileKinds::all(), define_workbook},
      {"convert", "YAML folder -> workbook (-o FILE.xlsx), or a workbook -> YAML files (-o DIR)",
       FileKinds::all(), define_convert},
      {"form",
       "Phone forms for KoboToolbox and ODK Collect (XLSForm and XForm): sessions, ballots, "
       "surveys, the assembly, monitoring",
       {K::municipality, K::plan, K::monitoring},
       define_form},
      {"import",
       "KoboToolbox and ODK exports (XLSX, CSV, zip) and submissions (XML) -> workshop files",
       FileKinds::all(), define_import},
  };
  return k_table;
}

} // namespace vap::cmd
