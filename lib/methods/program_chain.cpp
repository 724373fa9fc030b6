#include "vap/program_chain.hpp"

#include "vap/assembly.hpp"
#include "vap/budget.hpp"
#include "vap/pb.hpp"

#include <algorithm>
#include <tuple>

namespace vap {

ChainLine chain_line(const Municipality& m, const GalleryTally& gallery,
                     const MonitorResult* monitoring) {
  ChainLine out;
  if (!m.assemblies.empty()) {
    const AssemblyReport r = assembly_report(m);
    const AssemblySummary& s = r.summary;
    AssemblyLine a;
    a.date = s.date;
    a.participants = s.participants;
    a.women = s.women;
    a.men = s.men;
    a.gender_known = s.gender_known;
    for (const auto& f : s.final_list) {
      if (f.change == Change::amended)
        ++a.amended;
      else if (f.change == Change::added)
        ++a.added;
      else
        ++a.agreed;
    }
    for (const auto& f : s.changes)
      if (f.change == Change::dropped) ++a.dropped;
    out.assembly = a;
  }
  if (!m.plans.empty()) {
    if (const auto envelope = plan_envelope(m, std::nullopt)) {
      const BudgetSummary b = summarize_budget(m, *envelope);
      const int places = b.election.money_places;
      out.budget = BudgetStepLine{*envelope, b.asked, scaled_value(b.runs.greedy.spent, places),
                                  scaled_value(b.runs.mes.spent, places)};
    }
  }
  if (monitoring) {
    out.monitored_planned = monitoring->planned;
    for (const auto& t : monitoring->tasks)
      for (const auto& i : t.indicators) {
        auto it = std::find_if(out.indicators.begin(), out.indicators.end(),
                               [&](const IndicatorSum& x) { return x.name == i.name; });
        if (it == out.indicators.end()) {
          out.indicators.push_back({i.name, 1, 0, 0});
          it = out.indicators.end() - 1;
        }
        it->target += i.target.value_or(0);
        it->actual += i.actual.value_or(0);
      }
  }
  for (const auto& p : gallery.problems)
    if (p.women > 0 || p.men > 0) out.dots.push_back({p.problem, p.women, p.men});
  return out;
}

void add_chain(ProgramChain& program, const ChainLine& line) {
  if (line.assembly) {
    const AssemblyLine& a = *line.assembly;
    ++program.assemblies;
    program.assembly_participants += a.participants;
    program.assembly_women += a.women;
    program.assembly_men += a.men;
    program.agreed += a.agreed;
    program.amended += a.amended;
    program.dropped += a.dropped;
    program.added += a.added;
  }
  if (line.budget) {
    ++program.budgets;
    program.envelope += line.budget->envelope;
    program.asked += line.budget->asked;
    program.greedy += line.budget->greedy;
    program.mes += line.budget->mes;
  }
  for (const auto& i : line.indicators) {
    auto it =
        std::lower_bound(program.indicators.begin(), program.indicators.end(), i.name,
                         [](const IndicatorSum& x, const std::string& n) { return x.name < n; });
    if (it == program.indicators.end() || it->name != i.name)
      it = program.indicators.insert(it, {i.name, 0, 0, 0});
    it->municipalities += i.municipalities;
    it->target += i.target;
    it->actual += i.actual;
  }
  for (const auto& d : line.dots) {
    auto it = std::find_if(program.dots.begin(), program.dots.end(),
                           [&](const GenderDots& x) { return x.problem.id == d.problem.id; });
    if (it == program.dots.end()) {
      program.dots.push_back({d.problem, 0, 0});
      it = program.dots.end() - 1;
    }
    it->women += d.women;
    it->men += d.men;
  }
  std::stable_sort(program.dots.begin(), program.dots.end(),
                   [](const GenderDots& a, const GenderDots& b) {
                     return std::make_tuple(-(a.women + a.men), a.problem.id) <
                            std::make_tuple(-(b.women + b.men), b.problem.id);
                   });
}

} // namespace vap
