#pragma once
// What `vap import` reads: the exports of the phone forms that `vap form` makes (KoboToolbox's
// XLSX and CSV, ODK Central's CSV, its CSV per repeat group and its zip) and ODK's submission
// XML instances, read against the form of the municipality (vap/form.hpp), each value checked at
// its place (export.csv:ROW:COLUMN, book.xlsx:Sheet!C7, instance.xml:LINE:COLUMN), and made
// into the workshop files of FORMAT.md as records (vap/record.hpp) for the parsers to check.
#include "vap/diag.hpp"
#include "vap/form.hpp"
#include "vap/record.hpp"

#include <cstdint>
#include <string>
#include <vector>

namespace vap {

// One workshop file made from submissions: its name in the municipality's folder
// ("sessions/2015-03-02-kerben-young-women.yaml"), its record, the places of its values.
struct ImportedFile {
  std::string name;
  std::string shown; // the export it was made from (for messages)
  FileKind kind = FileKind::none;
  Record record;
  std::vector<CellPlace> cells;
};

struct Imported {
  std::vector<ImportedFile> files;
  std::size_t submissions = 0; // read
  std::size_t rejected = 0;    // marked rejected (Kobo: Not Approved; Central: rejected): skipped
  std::size_t twice = 0;       // the same submission again (same _uuid / instanceID): read once
  bool unreadable = false;     // an export could not be read (exit 66)
};

// The largest export vap reads.
constexpr std::uint64_t k_max_export = 64u << 20;

// Reads the exports at `paths` (files; a Central export's repeat CSVs are given beside its main
// CSV, or found beside it) for the municipality `m`. Every problem goes to `diags`, at places
// of `sources`.
Imported import_exports(const std::vector<std::string>& paths, const Municipality& m,
                        Sources& sources, Diagnostics& diags);

// ---- what the readers share (lib/load/export_*.cpp) ----
namespace exports {

// A table of an export: a CSV file, a sheet of a Kobo XLSX, a CSV in a zip.
struct Table {
  std::string path;      // the file, as messages name it
  std::string name;      // the sheet's name, or the CSV's file name (in the zip: its entry)
  bool numbered = false; // CSV: messages say ROW:COLUMN; a sheet: its cells
  bool xlsx = false;     // numbers came from cells (a date may be a day serial)
  bool date1904 = false;
  std::uint32_t index = 0; // its place among the run's tables (messages are sorted by it)
  std::vector<std::string> header;
  std::vector<std::vector<std::string>> rows; // the data rows (empty: a CSV streamed from disk)
  std::vector<std::uint32_t> row_lines;       // a CSV's rows: the 0-based line each starts on
  std::string stream_path;                    // the CSV streamed row by row
  std::string source;                         // the file given (an .xlsx or .zip holds several)
};

// A place of a value: its table, its 0-based row (a CSV's line - 1) and column.
struct Where {
  std::uint32_t table = 0;
  std::uint32_t row = 0;
  std::uint32_t col = 0;
  std::uint32_t head = 0; // its header in the table's `header` (an XML element's name)
};

// The place of a value for messages.
CellPlace place_of(const Table& table, const Where& where, std::string value);

// A submission, or an entry of one of its repeat groups.
struct Entry {
  struct Answer {
    const form::Question* q = nullptr;
    std::string text; // normalised: a choice's name, a day as YYYY-MM-DD, a number
    Where where;
  };
  std::vector<Answer> answers;
  std::vector<std::pair<const form::Question*, std::vector<Entry>>> repeats;
  Where where; // its row
  const Answer* get(std::string_view name) const;
  const std::vector<Entry>* repeat(std::string_view name) const;
};

} // namespace exports
} // namespace vap
