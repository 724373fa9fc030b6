#pragma once
// `vap plan draft`'s plan.yaml: the draft (vap/plan_draft.hpp) as a commented file in the
// municipality's language; `___` and `YYYY-MM` (vap/placeholder.hpp) mark what the facilitator
// fills in, and `vap plan` reports each one left.
#include "vap/model.hpp"
#include "vap/plan_draft.hpp"

#include <string>

namespace vap {

std::string plan_draft_text(const PlanDraft& draft, const Municipality& m, Lang lang);

} // namespace vap
