#pragma once
// A workbook (docs/FORMAT.md, "The workbook") as the YAML files of one municipality folder.
// Each sheet is found by its header row (in ky, ru or en), not by its name or place; its rows
// become YAML text, one cell per line, so that the YAML parsers make the model and check it,
// and every message names the cell (the lines' CellPlace, see vap/diag.hpp).
#include "vap/diag.hpp"
#include "vap/xlsx.hpp"

#include <optional>
#include <string>
#include <vector>

namespace vap {

// One YAML file made from a workbook: its name in a municipality folder, its text and the
// cell of each of its lines.
struct WorkbookFile {
  std::string name; // "municipality.yaml", "sessions/01.yaml", "causes.yaml", ...
  std::string text;
  std::vector<CellPlace> cells;
};

// The files of `book`. Problems of the workbook's layout (a gallery column of no session, a
// second sessions sheet, ...) go to `diags` at cells of `book_file` (the workbook's own entry
// in `sources`).
std::vector<WorkbookFile> workbook_files(const XlsxBook& book, Sources& sources,
                                         std::uint32_t book_file, Diagnostics& diags);

// The YAML files of the workbook at `path` (for `vap convert`), or nothing with the reason in
// `why` (a workbook already loaded without errors reads again the same).
std::optional<std::vector<WorkbookFile>> workbook_yaml(const std::string& path, Lang lang,
                                                       std::string& why);

// The message for a file that could not be read as a workbook.
std::string xlsx_error_message(Lang lang, const XlsxError& error);

// A YAML double-quoted scalar holding `text`.
std::string yaml_quote(std::string_view text);

} // namespace vap
