#pragma once
// A workbook (docs/FORMAT.md, "The workbook") as the files of one municipality folder. Each
// sheet is found by its header row (in ky, ru or en), not by its name or place, and read as the
// table of vap/sheets.hpp says into the file's record (vap/record.hpp); the parsers then check
// and build the model from it as from YAML, and every message names the cell.
#include "vap/diag.hpp"
#include "vap/file_kind.hpp"
#include "vap/record.hpp"
#include "vap/xlsx.hpp"

#include <optional>
#include <string>
#include <vector>

namespace vap {

// One file made from a workbook: its name in a municipality folder, its record, and the cell of
// each place of the record (`cells[p - 1]` for place p). A file kept whole in an old workbook's
// hidden yaml sheet is its YAML text instead (`text`, `cells` the cell of each of its lines).
struct WorkbookFile {
  std::string name; // "municipality.yaml", "sessions/01.yaml", "plan.yaml", ...
  FileKind kind = FileKind::none;
  Record record;
  std::string text;
  std::vector<CellPlace> cells;
  bool from_text() const { return !text.empty(); }
};

// The files of `book`. Problems of the workbook's layout (a gallery column of no session, a
// second sessions sheet, ...) go to `diags` at cells of `book_file` (the workbook's own entry
// in `sources`).
std::vector<WorkbookFile> workbook_files(const XlsxBook& book, Sources& sources,
                                         std::uint32_t book_file, Diagnostics& diags);

// The message for a file that could not be read as a workbook.
std::string xlsx_error_message(Lang lang, const XlsxError& error);

} // namespace vap
