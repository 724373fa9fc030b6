#pragma once
// The full report: which sections a municipality's files allow, and the figures of the program
// report over a batch (priorities across municipalities, participation by group and gender,
// the plans' financing by source, monitoring progress per municipality).
#include "vap/gallery.hpp"
#include "vap/model.hpp"
#include "vap/program_chain.hpp"

#include <array>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <tuple>
#include <vector>

namespace vap {

// The sections of a municipality's report, in the order of the method.
// `assembly` when there is an assembly file (the assembly agrees the plan);
// `budget` when the plan has an envelope (budget.plan_envelope); the evaluation of the priorities
// is part of `monitoring`.
enum class Section {
  participation,
  map,
  venn,
  pie,
  gallery,
  causes,
  plan,
  assembly,
  budget,
  monitoring
};
std::string_view section_id(Section section); // "participation", "map", ...

// The sections `m`'s files have data for.
std::vector<Section> report_sections(const Municipality& m);

struct GroupParticipation {
  std::string id;
  std::array<std::string, 3> labels;
  int sessions = 0;
  long long participants = 0;
  long long women = 0; // known to be women (given by gender, or a women's group)
  long long men = 0;
  long long unknown = 0; // gender not known
  const std::string& label(Lang lang) const;
};

// Participation by group, groups in catalog order.
std::vector<GroupParticipation> participation_by_group(const Municipality& m);

struct SourceTotal {
  std::string id;
  std::array<std::string, 3> labels;
  double amount = 0;
  const std::string& label(Lang lang) const;
};

// Planned amounts by funding source over a municipality's plans, in catalog order.
std::vector<SourceTotal> plan_financing(const Municipality& m);

struct MunicipalityLine {
  std::string id;
  std::string name;
  int sessions = 0;
  long long participants = 0;
  long long women = 0;
  long long men = 0;
  std::vector<SourceTotal> financing;
  double planned = 0;
  std::string unit;
  bool monitored = false;
  double progress = 0; // percent, weighted by planned cost
  double spent = 0;
  ChainLine chain; // the assembly, the budget step, the indicators, women's and men's dots
};

struct ProgramSummary {
  BatchGallery gallery;
  std::vector<GroupParticipation> groups; // summed over municipalities
  std::vector<SourceTotal> financing;     // summed over municipalities
  std::vector<MunicipalityLine> municipalities;
  std::vector<std::string> units; // the plans' units, when they differ
  long long women = 0;
  long long men = 0;
  long long unknown = 0;
  ProgramChain chain; // the sums of the municipalities' chain lines
  // Monitoring over the monitored municipalities: planned (monitoring's base) and spent summed,
  // the progress their mean weighted by planned.
  int monitored = 0;
  double monitored_planned = 0;
  double monitored_spent = 0;
  double progress = 0;
};

ProgramSummary summarize_program(const Program& program, RankBy rank_by);

// The same made one municipality at a time (a streamed batch, whose municipalities' files are
// dropped once added): the program's catalogs name the groups and funding sources.
class ProgramTally {
public:
  ProgramTally(std::shared_ptr<const Catalogs> catalogs, RankBy rank_by);
  void add(const Municipality& m);
  // The summary, municipalities in the order added, or by id when `by_id`.
  ProgramSummary take(bool by_id = false);

private:
  std::shared_ptr<const Catalogs> m_catalogs;
  RankBy m_rank_by;
  BatchTally m_gallery;
  ProgramSummary m_out;
  double m_weighted_progress = 0; // Σ planned × progress of the monitored municipalities
  double m_plain_progress = 0;    // Σ progress
  // Each unit (by unit_key) with the first municipality id and plan that names it: `units` in
  // the order of the ids when taken by id.
  std::map<std::string, std::tuple<std::string, std::size_t, std::string>> m_unit_firsts;
};

} // namespace vap
