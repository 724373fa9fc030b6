#include "vap/render_program.hpp"

#include "vap/number.hpp"
#include "vap/text.hpp"

#include <algorithm>
#include <map>

namespace vap {
namespace {

std::string share(long long part, long long whole) {
  return whole > 0 ? percent(double(part) / double(whole)) : std::string("–");
}

std::string share(double part, double whole) {
  return whole > 0 ? percent(part / whole) : std::string("–");
}

// Rank 1, 2, 2, 4 ... of each problem by `dots` (most first); 0 when it has none.
std::map<std::string, int> ranks(const std::vector<GenderDots>& rows, bool women) {
  std::map<std::string, int> out;
  for (const auto& r : rows) {
    const long long mine = women ? r.women : r.men;
    if (mine == 0) continue;
    int above = 0;
    for (const auto& x : rows)
      if ((women ? x.women : x.men) > mine) ++above;
    out[r.problem.id] = above + 1;
  }
  return out;
}

void set_assemblies(Data& d, const ProgramSummary& s, Lang lang) {
  const ProgramChain& c = s.chain;
  if (c.assemblies == 0) {
    d.set("no_assemblies", std::string(label(lang, "report_no_assemblies")));
    return;
  }
  Data rows = list();
  for (const auto& m : s.municipalities) {
    if (!m.chain.assembly) continue;
    const AssemblyLine& a = *m.chain.assembly;
    Data row;
    row.set("municipality", m.name);
    row.set("date", date_text(a.date));
    row.set("participants", std::to_string(a.participants));
    row.set("women", std::to_string(a.women));
    row.set("women_share", share(a.women, a.women + a.men));
    row.set("agreed", std::to_string(a.agreed));
    row.set("amended", std::to_string(a.amended));
    row.set("dropped", std::to_string(a.dropped));
    row.set("added", std::to_string(a.added));
    rows.push_back(row);
  }
  d.set("assemblies", rows);
  d.set("has_assemblies", true);
  d.set("assemblies_how", label_fmt(lang, "report_assemblies_how", c.assemblies));
  d.set("assembly_participants", std::to_string(c.assembly_participants));
  d.set("assembly_women", std::to_string(c.assembly_women));
  d.set("assembly_women_share", share(c.assembly_women, c.assembly_women + c.assembly_men));
  d.set("assembly_agreed", std::to_string(c.agreed));
  d.set("assembly_amended", std::to_string(c.amended));
  d.set("assembly_dropped", std::to_string(c.dropped));
  d.set("assembly_added", std::to_string(c.added));
}

void set_budgets(Data& d, const ProgramSummary& s, Lang lang) {
  const ProgramChain& c = s.chain;
  if (c.budgets == 0) {
    d.set("no_budgets", std::string(label(lang, "report_no_budgets")));
    return;
  }
  Data rows = list();
  for (const auto& m : s.municipalities) {
    if (!m.chain.budget) continue;
    const BudgetStepLine& b = *m.chain.budget;
    Data row;
    row.set("municipality", m.name);
    row.set("envelope", fixed(b.envelope, 1));
    row.set("asked", fixed(b.asked, 1));
    row.set("covered", share(b.envelope, b.asked));
    row.set("greedy", fixed(b.greedy, 1));
    row.set("mes", fixed(b.mes, 1));
    rows.push_back(row);
  }
  d.set("budgets", rows);
  d.set("has_budgets", true);
  d.set("budgets_how", label_fmt(lang, "report_budgets_how", c.budgets));
  d.set("budget_envelope", fixed(c.envelope, 1));
  d.set("budget_asked", fixed(c.asked, 1));
  d.set("budget_covered", share(c.envelope, c.asked));
  d.set("budget_greedy", fixed(c.greedy, 1));
  d.set("budget_mes", fixed(c.mes, 1));
}

void set_gender_priorities(Data& d, const ProgramSummary& s, Lang lang) {
  const ProgramChain& c = s.chain;
  if (c.dots.empty()) return;
  const auto women = ranks(c.dots, true);
  const auto men = ranks(c.dots, false);
  auto rank = [](const std::map<std::string, int>& r, const std::string& id) {
    const auto it = r.find(id);
    return it == r.end() ? std::string("–") : std::to_string(it->second);
  };
  Data rows = list();
  for (const auto& g : c.dots) {
    Data row;
    row.set("problem", g.problem.label(lang));
    row.set("women", std::to_string(g.women));
    row.set("women_rank", rank(women, g.problem.id));
    row.set("men", std::to_string(g.men));
    row.set("men_rank", rank(men, g.problem.id));
    rows.push_back(row);
  }
  d.set("gender_priorities", rows);
  d.set("has_gender_priorities", true);
  d.set("gender_priorities_how", std::string(label(lang, "report_gender_priorities_how")));
}

void set_indicators(Data& d, const ProgramSummary& s, Lang lang) {
  const ProgramChain& c = s.chain;
  if (c.indicators.empty()) return;
  Data rows = list();
  for (const auto& i : c.indicators) {
    Data row;
    row.set("indicator", i.name);
    row.set("municipalities", std::to_string(i.municipalities));
    row.set("target", fixed(i.target, 1));
    row.set("actual", fixed(i.actual, 1));
    row.set("achieved", share(i.actual, i.target));
    rows.push_back(row);
  }
  d.set("indicators", rows);
  d.set("has_indicators", true);
  d.set("indicators_how", std::string(label(lang, "report_indicators_how")));
}

} // namespace

void set_program_chain(Data& d, const ProgramSummary& s, Lang lang) {
  // Women's share, of the participants whose gender is known.
  d.set("women_share", label_fmt(lang, "report_women_share", share(s.women, s.women + s.men)));
  set_assemblies(d, s, lang);
  set_budgets(d, s, lang);
  set_gender_priorities(d, s, lang);
  if (s.monitored > 0) {
    d.set("program_progress", percent(s.progress / 100));
    d.set("program_planned", fixed(s.monitored_planned, 1));
    d.set("program_spent", fixed(s.monitored_spent, 1));
    d.set("program_progress_how",
          label_fmt(lang, "report_program_progress", s.monitored, percent(s.progress / 100),
                    fixed(s.monitored_planned, 1), fixed(s.monitored_spent, 1),
                    share(s.monitored_spent, s.monitored_planned)));
  }
  set_indicators(d, s, lang);
}

} // namespace vap
