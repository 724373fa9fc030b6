#include "vap/results.hpp"

namespace vap {

MunicipalityResults results_of(const Municipality& m) {
  MunicipalityResults r;
  r.municipality = &m;
  r.sections = report_sections(m);
  r.gallery = tally_gallery(m, RankBy::dots);
  r.participation = participation_by_group(m);
  for (Section s : r.sections) {
    switch (s) {
    case Section::map:
      r.map = inventory_map(m);
      break;
    case Section::venn:
      r.venn = summarize_venn(m);
      break;
    case Section::pie:
      // The same threshold as `vap pie` uses by default (gaps of 10 percentage points).
      r.pie = compare_pie(m, 10);
      break;
    case Section::causes:
      r.causes = analyse_causes(m);
      break;
    case Section::plan:
      r.plan = summarize_plan(m);
      r.financing = plan_financing(m);
      break;
    case Section::assembly:
      r.assembly = assembly_report(m);
      break;
    case Section::budget:
      r.budget = summarize_budget(m, *m.budget->plan_envelope);
      break;
    case Section::monitoring:
      r.monitoring = monitor(m);
      break;
    case Section::participation:
    case Section::gallery:
      break;
    }
  }
  return r;
}

} // namespace vap
