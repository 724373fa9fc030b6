#pragma once
// FORMAT.md's tables of fields and of the workbook's sheets, made from the description of
// each file kind (vap/schema.hpp) and of the workbook's sheets (vap/sheets.hpp): every field
// with its type, whether it is required, what it records and where the workbook takes it;
// every sheet with its names, headers and columns. tests/channels/test_field_tables holds
// docs/FORMAT.md to them.
#include "vap/file_kind.hpp"

#include <string>

namespace vap {

// The Markdown table of `kind`'s fields (English words; the workbook's columns by their
// English headers).
std::string field_table(FileKind kind);

// The Markdown table of the workbook's sheets (vap/sheets.hpp): each sheet's names and the
// headers that find it in ky / ru / en, what one row is, what its rows make, its columns; then
// the sheets vap writes and does not read.
std::string sheet_table();

} // namespace vap
