#pragma once
// The program report's view of the cycle's later links, one municipality at a time and summed
// over the program: the assemblies (who came, what they changed), the budget step (the envelope
// against what the plan asks of the local budget, funded under each rule), women's and men's
// dots by problem, and the monitoring's indicators by name. Program totals are the sums of the
// municipalities' lines (tests/methods/test_program_chain.cpp holds them to it).
#include "vap/gallery.hpp"
#include "vap/model.hpp"
#include "vap/monitor.hpp"

#include <optional>
#include <string>
#include <vector>

namespace vap {

struct AssemblyLine {
  Date date;
  long long participants = 0;
  long long women = 0, men = 0;
  bool gender_known = false;
  int agreed = 0, amended = 0, dropped = 0, added = 0; // the final list's changes
};

struct BudgetStepLine {
  double envelope = 0;
  double asked = 0;  // what the plan asks of the local budget
  double greedy = 0; // funded under each rule
  double mes = 0;
};

struct IndicatorSum {
  std::string name;       // as typed (the same name in two municipalities is one indicator)
  int municipalities = 0; // that report it
  double target = 0;      // summed over those that give it
  double actual = 0;
};

struct GenderDots {
  ProblemName problem;
  long long women = 0;
  long long men = 0;
};

// One municipality's part.
struct ChainLine {
  std::optional<AssemblyLine> assembly;
  std::optional<BudgetStepLine> budget;
  double monitored_planned = 0; // monitoring's base (the tasks not cancelled)
  std::vector<IndicatorSum> indicators;
  std::vector<GenderDots> dots;
};

// `monitoring`: `m`'s monitoring result, when it has monitoring files.
ChainLine chain_line(const Municipality& m, const GalleryTally& gallery,
                     const MonitorResult* monitoring);

// The program's sums, each over the municipalities that have the figure.
struct ProgramChain {
  int assemblies = 0;
  long long assembly_participants = 0, assembly_women = 0, assembly_men = 0;
  int agreed = 0, amended = 0, dropped = 0, added = 0;
  int budgets = 0;
  double envelope = 0, asked = 0, greedy = 0, mes = 0;
  std::vector<IndicatorSum> indicators; // by name and unit, in name order
  std::vector<GenderDots> dots;         // by problem, most dots first
};

void add_chain(ProgramChain& program, const ChainLine& line);

} // namespace vap
