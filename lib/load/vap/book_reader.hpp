#pragma once
// What the readers of a workbook's sheets share (lib/load/workbook_*.cpp): the files being
// made, the cells their values came from, the session numbers, and the messages at cells.
#include "vap/schema.hpp"
#include "vap/sheets.hpp"
#include "vap/workbook.hpp"

#include <deque>
#include <map>
#include <memory>
#include <optional>

namespace vap {

// A header's words, matched in any of the three languages.
bool is_label(const XlsxCell& cell, std::string_view key);
// The cell as Excel shows it in a plain cell ("12", "12.5", "TRUE", text as typed).
std::string shown(const XlsxCell& cell);
// White space (and non-breaking spaces) off both ends.
std::string trimmed(std::string_view text);
// A cell as a value of `type`: a date cell as YYYY-MM-DD, a number as its shortest decimal,
// text trimmed; what the value cannot be is left as typed, for the parsers to say.
std::string cell_value(const XlsxCell& cell, schema::Type type, bool date1904);
// A row's first filled cell says "Total" (Итого, Всего, Бардыгы, Жыйынтыгы): not data.
bool is_totals_row(const XlsxSheet& sheet, std::size_t row);

class BookReader {
public:
  BookReader(const XlsxBook& book, Sources& sources, std::uint32_t book_file, Diagnostics& diags);
  std::vector<WorkbookFile> run();

  // ---- for the sheet readers ----
  struct File {
    FileKind kind = FileKind::none;
    std::string key;     // a round's date, a plan's year; a session's number
    std::size_t row = 0; // the row (and sheet) that made it, for its place and order
    std::size_t sheet = 0;
    Record record = Record::map();
    std::vector<CellPlace> cells;
  };
  const XlsxBook& book() const { return m_book; }
  const XlsxSheet& sheet(std::size_t si) const { return m_book.sheets[si]; }
  Lang lang() const { return m_lang; }
  // The workbook's language: the one most of its headers are in (for the words of fields that
  // head no column, in messages).
  Lang book_lang() const { return m_book_lang; }

  // The file of `kind` with `key` (made when it is not there yet, at `sheet`/`row`).
  File& file(FileKind kind, const std::string& key, std::size_t sheet, std::size_t row);
  File* find_file(FileKind kind, const std::string& key);
  // The one municipality file.
  File& municipality() { return file(FileKind::municipality, "", 0, 0); }
  // Session number `n` (made by the Sessions sheet), or nullptr.
  File* session(long long n);
  File& add_session(long long n, std::size_t sheet, std::size_t row);
  std::deque<File>& files() { return m_files; }

  // A place of `f` at a cell (with the value shown in messages): the place's number.
  std::uint32_t place(File& f, std::size_t sheet, std::size_t row, std::size_t col,
                      std::string value);
  std::uint32_t place(File& f, std::size_t sheet, std::size_t row, std::size_t col);
  // Messages about the layout, at a cell of the workbook.
  void error(std::size_t sheet, std::size_t row, std::size_t col, std::string message);
  void warning(std::size_t sheet, std::size_t row, std::size_t col, std::string message);

  // A message of YAML typed in a cell (an old workbook's yaml sheet), at the line within the
  // cell and the column.
  void inner_message(Severity severity, const CellPlace& cell, std::uint32_t col,
                     std::string message);
  // The headers of sheet `si` that messages quote instead of keys ('year' → 'Жылы').
  void header(std::size_t si, std::string_view key, std::string text);
  // A field's words in the workbook's language (for a key that heads no column).
  std::string words(std::string_view label_key) const;

private:
  // The place of a cell, for a message.
  SourcePos cell_pos(std::size_t sheet, std::size_t row, std::size_t col);
  const XlsxBook& m_book;
  Sources& m_sources;
  std::uint32_t m_book_file;
  Diagnostics& m_diags;
  Lang m_lang;
  Lang m_book_lang;
  std::deque<File> m_files; // a deque: a file stays where it is while others are added
  std::vector<std::shared_ptr<std::vector<std::pair<std::string, std::string>>>> m_headers;
  std::vector<SharedText> m_sheet_names; // each sheet's name, shared by its cells' places
};

// The sheet readers (one per shape), each adding to the files of `reader`.
void read_fields_sheet(BookReader& reader, std::size_t si, const sheets::Sheet& spec);
void read_table_sheet(BookReader& reader, std::size_t si, const sheets::Sheet& spec);
void read_gallery_sheet(BookReader& reader, std::size_t si, const sheets::Sheet& spec);
// An old workbook's hidden yaml sheet: parts merged into the files, whole files as text.
void read_yaml_sheet(BookReader& reader, std::size_t si, std::vector<WorkbookFile>& whole);

} // namespace vap
