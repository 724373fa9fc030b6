#pragma once
// The cells of a table sheet as workbook_table.cpp reads them (private to lib/load).
#include "vap/record.hpp"
#include "vap/sheets.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace vap::table_cells {

const schema::Field* column_field(const sheets::Sheet& spec, const sheets::Column& c);
std::string_view column_label(const sheets::Sheet& spec, const sheets::Column& c);
// The record that holds a dotted path's last key, made as needed (mappings all the way).
Record& holder(Record& item, std::string_view path, std::string& last);
// The lines of a cell, each trimmed, empty ones left out.
std::vector<std::string> cell_lines(const std::string& text);
// A date as a file's key: DD.MM.YYYY and D/M/YYYY as YYYY-MM-DD, so that one day is one key.
std::string key_text(const std::string& value);

} // namespace vap::table_cells
