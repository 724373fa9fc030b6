#pragma once
// Writing an .xlsx file with libxlsxwriter (loaded when the first workbook is written: see
// vap/lazy_library.hpp): sheets of text, numbers, dates and formulas, dropdowns, frozen headers
// and columns as wide as their text. Knows nothing of vap's sheets (vap/workbook_writer.hpp).
#include "vap/i18n.hpp"

#include <map>
#include <memory>
#include <string>

namespace vap {

enum class CellStyle { plain, header, date, total, wrap };

class XlsxBook;

class XlsxSheetWriter {
public:
  void text(std::size_t r, std::size_t c, const std::string& s, CellStyle style = CellStyle::plain);
  void number(std::size_t r, std::size_t c, double v, CellStyle style = CellStyle::plain);
  void formula(std::size_t r, std::size_t c, const std::string& f, double cached,
               CellStyle style = CellStyle::plain);
  // A day as a date cell (yyyy-mm-dd); "2014-06" (a month) as text.
  void date(std::size_t r, std::size_t c, const std::string& iso);
  void header(std::size_t c, const std::string& s) { text(0, c, s, CellStyle::header); }
  void comment(std::size_t r, std::size_t c, const std::string& s);
  // A dropdown over rows first..last of column c, its values in `formula` (a range); a value
  // not in the list is allowed (open catalogs, synonyms) with a warning.
  void list(std::size_t c, std::size_t first, std::size_t last, const std::string& formula);
  void freeze(std::size_t rows, std::size_t cols);
  void hide();
  // Column widths that fit the longest text (Kyrgyz and Russian words are long), within bounds.
  void widths(double min = 6, double max = 60);
  void width(std::size_t c, double w);
  void set_width(std::size_t c, double w);
  const std::string& name() const { return m_name; }

private:
  friend class XlsxBook;
  XlsxSheetWriter(XlsxBook& book, void* ws, std::string name);
  void fit(std::size_t c, const std::string& s);
  XlsxBook& m_book;
  void* m_ws;
  std::string m_name;
  std::map<std::size_t, double> m_width;
};

class XlsxBook {
public:
  // A workbook at `path` (a temporary file the caller moves into place). Throws Error (exit 73,
  // in `lang`) when the library cannot be loaded or the file cannot be made.
  XlsxBook(const std::string& path, Lang lang);
  ~XlsxBook();
  XlsxBook(const XlsxBook&) = delete;
  XlsxBook& operator=(const XlsxBook&) = delete;

  // A new sheet (printed landscape, one page wide).
  XlsxSheetWriter& sheet(const std::string& name);
  // Writes the file; throws Error (exit 73) when it cannot.
  void close();

private:
  friend class XlsxSheetWriter;
  void* style(CellStyle s) const;
  void* m_wb = nullptr;
  std::string m_tmpdir;
  std::map<CellStyle, void*> m_styles;
  std::vector<std::unique_ptr<XlsxSheetWriter>> m_sheets;
};

// "C" for column 2 (0-based), "AA" for 26.
std::string column_letters(std::size_t col);
// A range of one column of a sheet, as a formula: ='Тизмелер'!$A$2:$A$9.
std::string column_range(const std::string& sheet, std::size_t col, std::size_t first,
                         std::size_t last);

} // namespace vap
