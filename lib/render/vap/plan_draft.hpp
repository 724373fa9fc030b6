#pragma once
// `vap plan draft`: a starting plan.yaml for a municipality's priority problems, written in its
// language with comments, filled from the cause–effect analysis; `___` and `YYYY-MM` mark what
// the facilitator fills in (`vap plan` reports each one left).
#include "vap/model.hpp"
#include "vap/placeholder.hpp"

#include <string>

namespace vap {

// The funding source a stakeholder of the cause–effect table most likely stands for
// ("ЖӨБО" → local-budget, "Коомчулук" → community, "Инвестор" → investor, else other).
std::string stakeholder_source(const std::string& stakeholder, const Catalogs& catalogs);

// A YAML scalar for `text`: plain when that reads back the same, else double-quoted.
std::string yaml_scalar(std::string_view text);

std::string draft_plan(const Municipality& m, Lang lang);

} // namespace vap
