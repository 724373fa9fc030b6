#pragma once
// The assembly (жыйын) that agrees the plan: participants by village and gender, one person one
// vote on each proposal, the decision by the file's majority rule, and the final list against
// the gallery's priorities (what the assembly changed).
#include "vap/gallery.hpp"
#include "vap/model.hpp"

#include <map>
#include <string>
#include <vector>

namespace vap {

enum class Decision { agreed, amended, rejected };

// Whether `p` passes under `rule`: simple – more yes than no among those voting (abstentions
// do not vote); two_thirds – yes at least two thirds of yes + no; absolute – yes more than half
// of everyone present (`present`).
bool passes(const AssemblyProposal& p, MajorityRule rule, long long present);
Decision decide(const AssemblyProposal& p, MajorityRule rule, long long present);
// The decision on `p` at `a`: under its rule, everyone at it (its villages' participants) present.
Decision decide(const AssemblyProposal& p, const Assembly& a);

struct AssemblyRow {
  std::string problem_id;
  std::string problem;  // as typed in the assembly file
  int gallery_rank = 0; // 0: not ranked in the gallery
  bool gallery_priority = false;
  long long yes = 0, no = 0, abstain = 0;
  Decision decision = Decision::rejected;
  std::string amendment;
};

// What the assembly changed in the gallery's list of priorities.
enum class Change { kept, amended, dropped, added, not_voted };

struct FinalRow {
  std::string problem_id;
  std::string problem;
  int gallery_rank = 0;
  Change change = Change::kept;
};

struct AssemblySummary {
  Date date;
  MajorityRule rule = MajorityRule::simple;
  long long participants = 0;
  long long women = 0, men = 0; // over the villages that gave them
  bool gender_known = false;    // every village gave women and men
  long long deputies = 0, staff = 0;
  std::vector<std::string> villages_missing; // villages of the municipality with no one present
  std::vector<AssemblyRow> rows;             // in the file's order
  std::vector<FinalRow> final_list;          // agreed and amended in gallery order, then added
  std::vector<FinalRow> changes;             // priorities dropped or not voted on
};

// `villages`: the municipality's; `gallery`: its tally (problems in rank order).
AssemblySummary summarize_assembly(const Assembly& a, const std::vector<Text>& villages,
                                   const GalleryTally& gallery);

// What `vap assembly` shows of one municipality: its latest assembly (by date) against its
// gallery, with each problem's names for the report's language.
struct AssemblyReport {
  std::string municipality_id;
  std::string municipality;
  int assemblies = 0;                       // assembly files of the municipality
  const Assembly* assembly = nullptr;       // the latest; none when there is no assembly file
  AssemblySummary summary;                  // of the latest
  std::map<std::string, ProblemName> names; // problem id → names
  const std::string& name(const std::string& id, Lang lang) const;
};
AssemblyReport assembly_report(const Municipality& m);

} // namespace vap
