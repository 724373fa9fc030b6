#pragma once
// What the writers of a workbook's sheets share (lib/channels/workbook_*.cpp): the files as
// records in the workbook's words, the dropdowns' lists, the book.
#include "vap/model.hpp"
#include "vap/record.hpp"
#include "vap/sheets.hpp"
#include "vap/workbook_writer.hpp"
#include "vap/xlsx_book.hpp"

#include <vector>

namespace vap {

class BookWriter {
public:
  struct File {
    FileKind kind;
    long long number = 0; // a session's number
    Record record;
  };

  BookWriter(XlsxBook& book, const WorkbookRequest& request);

  XlsxBook& book() { return m_book; }
  const WorkbookRequest& request() const { return m_request; }
  Lang lang() const { return m_request.lang; }
  const Municipality& municipality() const { return *m_request.municipality; }
  const Catalogs& catalogs() const { return *municipality().catalogs; }
  const std::vector<File>& files() const { return m_files; }
  std::string words(std::string_view label_key) const;

  // The range of a dropdown list of `values` (headed `head` in the hidden lists sheet).
  std::string list(const std::string& head, const std::vector<std::string>& values);
  // The dropdown of a field, or "" when it has none: its catalog's labels, the villages, its
  // choices.
  std::string list_for(const schema::Field& field);
  // The labels of a catalog in the workbook's language, each once.
  std::vector<std::string> catalog_words(CatalogKind kind) const;
  // A choice's value in the workbook's words (wb_rule_two_thirds), or the value itself.
  std::string choice_words(const schema::Field& field, const std::string& value) const;
  // Writes the lists sheet (hidden); last.
  void write_lists();

private:
  XlsxBook& m_book;
  const WorkbookRequest& m_request;
  std::vector<File> m_files;
  std::string m_lists_name;
  std::vector<std::pair<std::string, std::vector<std::string>>> m_lists;
};

void write_fields_sheet(BookWriter& writer, const sheets::Sheet& spec);
void write_table_sheet(BookWriter& writer, const sheets::Sheet& spec);
void write_gallery_sheet(BookWriter& writer, const sheets::Sheet& spec);

} // namespace vap
