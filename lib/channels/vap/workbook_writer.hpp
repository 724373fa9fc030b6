#pragma once
// The workbook of one municipality (docs/FORMAT.md, "The workbook"), written with libxlsxwriter
// from the model, sheet by sheet as vap/sheets.hpp describes them (the load stage's reader
// follows the same table): the instructions, every field in a visible sheet in the workbook's
// language, dropdowns of the catalogs' words, the gallery as a matrix with formula totals.
#include "vap/model.hpp"

#include <string>

namespace vap {

struct WorkbookRequest {
  const Municipality* municipality = nullptr;
  Lang lang = Lang::ky;
  int spare = 5;           // numbered empty sessions (rows and gallery columns) to fill in
  int spare_problems = 10; // empty gallery rows
};

// Writes the workbook to `path`, a temporary file that the caller moves into place (lib/io).
// Throws Error (exit 73) when libxlsxwriter cannot.
void write_workbook(const WorkbookRequest& request, const std::string& path);

} // namespace vap
