#pragma once
// Reading an .xlsx file (a zip of XML parts, ECMA-376) into a grid of cell values: libzip
// unpacks it, expat parses the parts. Knows nothing of vap's sheets (see vap/workbook.hpp).
#include "vap/i18n.hpp"

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace vap {

struct XlsxCell {
  enum class Type { empty, text, number, boolean, error };
  Type type = Type::empty;
  std::string text; // text, or the error's code (#N/A); for numbers and booleans empty
  double number = 0;
  bool empty() const { return type == Type::empty || (type == Type::text && text.empty()); }
};

struct XlsxSheet {
  std::string name;
  bool hidden = false;
  // rows[r][c], 0-based; rows and cells past the last value are absent.
  std::vector<std::vector<XlsxCell>> rows;
  const XlsxCell& at(std::size_t row, std::size_t col) const;
};

struct XlsxBook {
  std::vector<XlsxSheet> sheets; // in the workbook's order
  bool date1904 = false;         // the 1904 date system (old Mac Excel)
};

// Why a file could not be read as a workbook; `detail` is in English (from the libraries).
struct XlsxError {
  enum class Kind { not_zip, too_big, encrypted, old_excel, ods, broken };
  Kind kind = Kind::broken;
  std::string detail;
};

constexpr std::size_t k_max_unzipped = 64u << 20; // a workbook unpacks to at most 64 MiB

// Reads the workbook held in `bytes`; `extension` (".xlsx", ".xls", ".ods") names what the
// file claims to be. Returns the book, or sets `error`. Throws Error (exit 66, in `lang`) when
// the system has no libzip to load (vap/lazy_library.hpp).
std::optional<XlsxBook> read_xlsx(std::string_view bytes, std::string_view extension,
                                  XlsxError& error, Lang lang = Lang::en);

// The entries of a zip archive (an ODK Central export) whose names `wanted` accepts, with their
// bytes, checked as a workbook's parts are (at most k_max_unzipped, not encrypted). Returns
// nullopt and sets `error` when `bytes` is no readable zip.
std::optional<std::vector<std::pair<std::string, std::string>>>
read_zip_entries(std::string_view bytes, const std::function<bool(std::string_view)>& wanted,
                 XlsxError& error, Lang lang = Lang::en);

// "C7" for row 6, column 2 (0-based).
std::string cell_name(std::size_t row, std::size_t col);
// The column letters alone: "C" for 2.
std::string column_name(std::size_t col);

} // namespace vap
