#pragma once
// The workbook's sheets, described: which file kind each sheet's rows make, which fields its
// columns take, and how a row finds its file and its place in it. The workbook reader (lib/load)
// and writer (lib/channels) both follow this table, so that what one writes the other reads;
// the columns' headers are the fields' words (vap/schema.hpp). Data only.
#include "vap/file_kind.hpp"
#include "vap/schema.hpp"

#include <span>
#include <string>
#include <string_view>

namespace vap::sheets {

// How a sheet holds its data.
enum class Shape : std::uint8_t {
  fields,  // column A names a field, column B holds its value (the municipality)
  table,   // one row per item of a list
  gallery, // one row per problem, one column per session (the dots)
};

// How a row finds its file.
enum class FileKey : std::uint8_t {
  only,    // there is one file of the kind (the municipality's budget, its catalog)
  field,   // by a field of the kind's section typed on the row (a round's date, a plan's year);
           // a row that leaves it empty belongs to the file of the row above
  session, // by the session's number (the Sessions sheet's No.; "Session No." elsewhere)
};

// Which item a column's field belongs to.
enum class Level : std::uint8_t {
  file,  // the file's section, typed once (on any of its rows)
  group, // the group of rows: typed on the group's first row (a plan's problem)
  row,   // the row's own item
};

struct Column {
  Level level;
  // A dotted path from its level's item ("initiative_group.leader"); empty: the item itself (a
  // ballot); `#...`: a column that is no field (sheets.cpp).
  std::string_view field;
  std::string_view label{}; // its words when they are not the field's
};

struct Sheet {
  std::string_view name; // the label of its tab (wb_sheet_plan)
  Shape shape;
  FileKind kind;
  FileKey key = FileKey::only;
  std::string_view key_field; // FileKey::field: the section's field ("date", "year")
  // The path from the file's top to the list whose items are rows ("plan.problems.tasks"):
  // every list before the last is a group level. Empty: each row is a file (the Sessions).
  std::string_view rows;
  // Group levels the sheet only refers to, by these fields of the group's item (the
  // initiative group's rows name their plan problem): the group must exist in another sheet.
  std::string_view refers; // "problem" or "task,problem"; empty: the sheet defines its groups
  // Keyed rows: the rows' list is a mapping's value picked by a column (a pie's side, a
  // catalog's kind): the column's words are `choices` ("revenue|expenditure") in the fields'
  // words (wb_revenue, ...), or the catalog kinds.
  std::string_view keyed_by;
  std::span<const Column> columns;
  // The header words that tell this sheet from the others (all of them must head a column;
  // the first is in column A when the sheet's shape is fields or gallery).
  std::span<const std::string_view> signature;
};

// Every sheet, in the order they are written and recognised.
std::span<const Sheet> all();

// The path of a sheet's group list ("plan.problems"), or "" when its rows have no group.
std::string group_path(const Sheet& sheet);
// The path of the rows' list below a group item ("tasks", "initiative_group.members"), or the
// rows' whole path when there is no group.
std::string rows_below_group(const Sheet& sheet);
// The field a column takes, or nullptr for the columns that are no field (`#...`, the item).
const schema::Field* field_of(const Sheet& sheet, const Column& column);
// The words that head a column (its own, or its field's).
std::string_view label_of(const Sheet& sheet, const Column& column);

} // namespace vap::sheets
