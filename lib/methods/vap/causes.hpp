#pragma once
// The cause–effect analysis (Себеп-натыйжалык байланыштар): the seed's table, one row per
// problem, who can carry each solution, and how the analysed problems meet the gallery's
// priorities.
#include "vap/gallery.hpp"
#include "vap/model.hpp"

#include <array>
#include <string>
#include <vector>

namespace vap {

// Who carries solutions, in the order reports list them; `unsaid` is a solution without `by`.
enum class Solver { community, lsg, external, none, unsaid };
inline constexpr std::array<Solver, 5> k_solvers = {Solver::community, Solver::lsg,
                                                    Solver::external, Solver::none, Solver::unsaid};
Solver solver_of(const Solution& s);
// The solvers-catalog id ("community", ...), or "" for `unsaid`.
std::string_view solver_id(Solver s);

struct CauseSolution {
  std::string action;
  Solver by = Solver::unsaid;
  std::vector<std::pair<std::string, std::string>> contributions; // stakeholder, what they bring
};

struct CauseRow {
  int number = 0; // №, from 1
  ProblemName problem;
  std::string typed; // the problem as the file words it
  int rank = 0;      // rank in the gallery, 0 when it got no dots
  bool priority = false;
  std::vector<std::string> causes;
  std::vector<std::string> effects;
  std::vector<CauseSolution> solutions;
};

// One solver's problems: each with how many of its solutions that solver carries.
struct SolverGroup {
  Solver by = Solver::unsaid;
  std::vector<std::pair<ProblemName, int>> problems;
};

struct CausesResult {
  std::string municipality_id;
  std::string municipality;
  std::optional<Date> date;
  std::vector<CauseRow> rows;       // in file order
  std::vector<SolverGroup> solvers; // only solvers that carry something, in k_solvers order
  std::vector<ProblemName> missing; // priorities of the gallery with no analysis
  std::vector<ProblemName> extra; // analysed problems that are not priorities (when a gallery ran)
  bool has_gallery = false;
};

// The problem as typed, with the catalog's label after it when that words it differently:
// "Мектепке даярдык начар (Мектепке чейинки билим берүү)".
std::string typed_name(const ProblemName& name, const std::string& typed, Lang lang);
// The same with the gallery rank of a priority: "Мектепке даярдык начар (Preschool education, rank
// 4)".
std::string ranked_name(const ProblemName& name, const std::string& typed, int rank, Lang lang);

CausesResult analyse_causes(const Municipality& m);

} // namespace vap
