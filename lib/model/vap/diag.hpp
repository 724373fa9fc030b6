#pragma once
// Diagnostics: errors and warnings tied to a place in a workshop file, printed
// as compilers do (path:line:col, the line, a caret), all of a run together.
#include "vap/i18n.hpp"

#include <cstdint>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

namespace vap {

// A place in a source file: line and column are 1-based, the column counted in characters.
struct SourcePos {
  std::uint32_t file = 0; // index into Sources; 0 = no file
  std::uint32_t line = 0;
  std::uint32_t col = 0;
  bool known() const { return file != 0; }
};

// A text that many places share (a sheet's name in each of its cells' places): one copy,
// counted, instead of one per place.
class SharedText {
public:
  SharedText() = default;
  SharedText(std::string text)
      : m_text(text.empty() ? nullptr : std::make_shared<const std::string>(std::move(text))) {}
  SharedText(const char* text) : SharedText(std::string(text)) {}
  const std::string& str() const { return m_text ? *m_text : empty_text(); }
  operator const std::string&() const { return str(); }
  bool empty() const { return !m_text || m_text->empty(); }
  std::string::const_iterator begin() const { return str().begin(); }
  std::string::const_iterator end() const { return str().end(); }

private:
  static const std::string& empty_text() {
    static const std::string empty;
    return empty;
  }
  std::shared_ptr<const std::string> m_text;
};

// A cell of a workbook. vap reads a workbook as YAML text that it makes from the cells, one
// cell per line; each line of that text knows its cell, so that messages name the cell
// ("book.xlsx:Sessions!E7") and quote its value instead of a YAML line.
struct CellPlace {
  SharedText sheet;              // the sheet's name, as its tab shows it
  std::uint32_t sheet_index = 0; // its place among the sheets (for sorting)
  std::uint32_t row = 0;         // 0-based
  std::uint32_t col = 0;         // 0-based
  std::string value;             // the cell's value as shown
  std::uint32_t inner_line = 0;  // YAML typed in a cell: the line within the cell (1-based)
  // The YAML keys of the cell's sheet and the headers that show them ("year" → "Жылы"): a
  // message that quotes a key ('year') quotes the header instead, as the user sees it.
  std::shared_ptr<const std::vector<std::pair<std::string, std::string>>> headers = {};
  // A place in a phone form's export (vap import): the file it is in, when it is not the
  // source's own path (a submission spans a main CSV and the CSV of each repeat group); and
  // `numbered`: a CSV's row and column or an XML instance's line and column, shown as
  // "export.csv:ROW:COLUMN" with the column's header before the value instead of a cell's name.
  // (A workbook has a place for every cell it reads: the texts that many places share are
  // SharedText.)
  SharedText path = {};
  bool numbered = false;
  SharedText header = {};
};

// "Sheet!C7" ('My sheet'!C7 when the name needs quotes, as Excel writes it).
std::string cell_label(const CellPlace& place);

// The files of a run, with their text, so that messages can quote the offending line.
class Sources {
public:
  Sources();
  // Registers a path; its text may be set later (from another thread, once).
  std::uint32_t add(std::string path);
  void set_text(std::uint32_t file, std::string text);
  // The same for a text that plainly_clean passed, with the line starts it found: check_bytes
  // does not read it again (clean()).
  void set_clean_text(std::uint32_t file, std::string text, std::vector<std::uint32_t> lines);
  bool clean(std::uint32_t file) const { return m_entries.at(file).clean; }
  const std::string& path(std::uint32_t file) const;
  const std::string& text(std::uint32_t file) const;
  // The line (1-based) without its end-of-line characters.
  std::string_view line(std::uint32_t file, std::uint32_t line) const;
  // The byte where each line starts (the first is 0), as set_text or set_clean_text found them.
  const std::vector<std::uint32_t>& line_starts(std::uint32_t file) const {
    return m_entries.at(file).lines;
  }
  // A position from a 0-based line and a 0-based byte column.
  SourcePos at(std::uint32_t file, std::size_t line0, std::size_t byte_col0) const;
  // A position from a byte offset into the file's text.
  SourcePos at_offset(std::uint32_t file, std::size_t offset) const;
  std::size_t size() const { return m_entries.size(); }
  // The cells of a text made from a workbook: `cells[i]` is the cell of line i + 1.
  void set_cells(std::uint32_t file, std::vector<CellPlace> cells);
  // A position at a cell of a workbook's own entry (one line per cell, added as needed).
  SourcePos add_cell(std::uint32_t file, CellPlace place);
  // The file was made from a workbook (its positions are cells).
  bool has_cells(std::uint32_t file) const { return !m_entries.at(file).cells.empty(); }
  // The cell a position is in, when its file was made from a workbook.
  const CellPlace* cell(const SourcePos& pos) const;

private:
  struct Entry {
    std::string path;
    std::string text;
    std::vector<std::uint32_t> lines; // the byte where each line starts (set_text)
    std::vector<CellPlace> cells;     // set_cells / add_cell
    bool clean = false;               // set_clean_text
  };
  std::vector<Entry> m_entries;
};

enum class Severity { error, warning, note };

struct Diagnostic {
  Severity severity = Severity::error;
  SourcePos pos;
  std::string message;
};

// Collects the diagnostics of a run; never stops at the first. At most k_per_file of one file
// are kept (a broken file can make millions); the others are counted. The printout shows the
// first k_per_run of the run in its order (file path, line, column) and ends with "and N more":
// the same lines whether the run was loaded whole or one batch of folders at a time. The counts
// are those of every diagnostic made.
class Diagnostics {
public:
  static constexpr std::size_t k_per_file = 100;
  static constexpr std::size_t k_per_run = 1000;

  explicit Diagnostics(Lang lang = Lang::en) : m_lang(lang) {}
  Lang lang() const { return m_lang; }
  void set_lang(Lang lang) { m_lang = lang; }
  void error(SourcePos pos, std::string message);
  void warning(SourcePos pos, std::string message);
  // A remark that is neither (e.g. the files of a folder that were not read).
  void note(SourcePos pos, std::string message);
  void add(const Diagnostic& d);
  void append(const Diagnostics& other);
  bool has_errors() const { return m_errors > 0; }
  // A diagnostic at `file` would only be counted now (the file's limit is reached): a caller
  // can skip the work of a message nobody will see ("did you mean").
  bool full(std::uint32_t file) const;
  std::size_t error_count() const { return m_errors; }
  std::size_t warning_count() const { return m_warnings; }
  // The diagnostics kept; those over the limits are only counted (dropped()).
  const std::vector<Diagnostic>& items() const { return m_items; }
  // How many were not kept: per file (file index → count; 0 is "no file").
  const std::map<std::uint32_t, std::size_t>& dropped_per_file() const { return m_dropped_file; }
  // Sorted by file path, line and column; the same message at the same place once.
  std::vector<Diagnostic> sorted(const Sources& sources) const;

private:
  void keep(Diagnostic d);
  void drop_file(std::uint32_t file, std::size_t n);

  Lang m_lang;
  std::vector<Diagnostic> m_items;
  std::size_t m_errors = 0;
  std::size_t m_notes = 0;
  std::size_t m_warnings = 0;
  std::map<std::uint32_t, std::size_t> m_kept_file;    // file → kept
  std::map<std::uint32_t, std::size_t> m_dropped_file; // file → dropped
};

// "path:line:col: error: message", then the line and a caret under the column; "error",
// "warning" and "note" in `lang`.
std::string format_diagnostic(const Diagnostic& d, const Sources& sources, Lang lang = Lang::en);
// Every diagnostic, sorted, and a closing count line when there are errors.
std::string format_diagnostics(const Diagnostics& diags, const Sources& sources);
// The part of a run's printout made by one batch of it: its diagnostics in order, each
// formatted as format_diagnostics does, as many as the run's limit leaves after the `shown` of
// the batches before; adds to `shown` those it formats and to `left_out` the others. No line of
// the limits.
std::string format_diagnostics_part(const Diagnostics& diags, const Sources& sources,
                                    std::size_t& shown, std::size_t& left_out);
// The printout's last line when a run had more than Diagnostics::k_per_run.
std::string run_limit_line(Lang lang, std::size_t left_out);

} // namespace vap
