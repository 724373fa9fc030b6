#pragma once
// The checks that need the gallery's result, run after loading: every priority of the gallery has
// a cause–effect analysis and a plan entry, and what is analysed is a priority. Warnings only.
#include "vap/diag.hpp"
#include "vap/model.hpp"

namespace vap {

void check_priority_coverage(const Municipality& m, Diagnostics& diags);
void check_priority_coverage(const Program& program, Diagnostics& diags);

} // namespace vap
