#pragma once
// `vap plan draft`: what a starting plan proposes, from the gallery, the cause–effect analysis
// and the assembly. The problems are the gallery's priorities (or, without a gallery, the
// analysed ones); when the municipality has an assembly, its final list governs: what it
// rejected or did not vote on is left out (and named), what it amended carries the amendment,
// what it added is in. Each solution that someone can carry becomes a task, its stakeholders the
// funding sources they most likely stand for. lib/channels/plan_draft_writer writes it as YAML.
#include "vap/gallery.hpp"
#include "vap/model.hpp"

#include <optional>
#include <string>
#include <vector>

namespace vap {

// The funding source a stakeholder of the cause–effect table most likely stands for
// ("ЖӨБО" → local-budget, "Коомчулук" → community, "Инвестор" → investor, else other).
std::string stakeholder_source(const std::string& stakeholder, const Catalogs& catalogs);

struct DraftSource {
  std::string id;                        // a funding source's id
  std::vector<std::string> stakeholders; // who stand for it, as typed
};

struct DraftTask {
  std::string action;
  std::string solver_id; // the solution's `by` (lsg, community, external), or empty
  std::vector<std::pair<std::string, std::string>> contributions; // stakeholder, what
  std::vector<DraftSource> sources; // local-budget alone when nobody contributes
};

struct DraftProblem {
  ProblemName name;
  int rank = 0; // in the gallery; 0 when not ranked
  long long dots = 0;
  bool analysed = false;
  std::vector<DraftTask> tasks;
  std::vector<std::string> left_out; // actions nobody can carry (by: none)
  std::optional<Date> assembly;      // the assembly that agreed it
  std::string amendment;             // what that assembly changed
  bool added = false;                // agreed by the assembly, though no priority
};

struct PlanDraft {
  int year = 0;     // the latest year of the workshop's files; 0 when none
  std::string unit; // the budget's unit, or empty
  std::vector<DraftProblem> problems;
  std::optional<Date> assembly;          // the assembly whose final list governs
  std::vector<ProblemName> rejected;     // priorities that assembly rejected
  std::vector<ProblemName> not_voted;    // priorities it did not vote on
};

PlanDraft make_plan_draft(const Municipality& m);

} // namespace vap
