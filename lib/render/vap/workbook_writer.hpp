#pragma once
// The workbook of one municipality (docs/FORMAT.md, "The workbook"), written with
// libxlsxwriter: instructions, the municipality, the sessions, the gallery as a matrix with
// formula totals and dropdowns, and a hidden "yaml" sheet with the parts that have no sheet yet
// (map, Venn, pie, budget, own catalog entries, causes, plans, monitoring) as YAML text.
#include "vap/diag.hpp"
#include "vap/model.hpp"

#include <string>

namespace vap {

struct WorkbookRequest {
  const Municipality* municipality = nullptr;
  // The text of the files the municipality was loaded from (for the parts without a sheet);
  // none for a new workbook.
  const Sources* sources = nullptr;
  Lang lang = Lang::ky;
  int spare = 5;           // numbered empty sessions (rows and gallery columns) to fill in
  int spare_problems = 10; // empty gallery rows
};

// Writes the workbook to `path`, a temporary file that the caller moves into place (lib/io).
// Throws Error (exit 73) when libxlsxwriter cannot.
void write_workbook(const WorkbookRequest& request, const std::string& path);

// The top-level blocks of YAML text ("map:" and the lines under it, up to the next top-level
// key), for the keys not in `skip`, in their order in the text.
std::string yaml_blocks(std::string_view text, const std::vector<std::string_view>& skip);

} // namespace vap
