#pragma once
// The program report's sections on the cycle's later links (the assemblies, the budget step,
// women's and men's priorities, the program's progress and spending, the indicators by name):
// the data of templates/reports/batch_report.md.mustache they fill.
#include "vap/render.hpp"
#include "vap/report.hpp"

namespace vap {

void set_program_chain(Data& d, const ProgramSummary& summary, Lang lang);

} // namespace vap
