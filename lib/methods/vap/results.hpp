#pragma once
// Every method's result for one municipality, each computed once: what the full report, the
// information board and the papers compose. lib/render never calls a method; the commands make
// these and hand them over.
#include "vap/assembly.hpp"
#include "vap/budget.hpp"
#include "vap/causes.hpp"
#include "vap/gallery.hpp"
#include "vap/map.hpp"
#include "vap/monitor.hpp"
#include "vap/pie.hpp"
#include "vap/plan.hpp"
#include "vap/report.hpp"
#include "vap/venn.hpp"

#include <optional>
#include <vector>

namespace vap {

struct MunicipalityResults {
  const Municipality* municipality = nullptr;
  std::vector<Section> sections; // report_sections: the ones its files have data for
  GalleryTally gallery;
  std::vector<GroupParticipation> participation;
  std::optional<MapInventory> map;
  std::optional<VennSummary> venn;
  std::optional<PieComparison> pie; // with the gaps of `vap pie`'s default threshold
  std::optional<CausesResult> causes;
  std::optional<PlanSummary> plan;
  std::vector<SourceTotal> financing; // the plans' amounts by source
  std::optional<AssemblyReport> assembly;
  std::optional<BudgetSummary> budget;
  std::optional<MonitorResult> monitoring;
};

// The results of the methods `m`'s files have data for.
MunicipalityResults results_of(const Municipality& m);

} // namespace vap
