#include "vap/workbook_writer.hpp"

#include "vap/book_writer.hpp"
#include "vap/records.hpp"

#include <algorithm>
#include <set>

namespace vap {

BookWriter::BookWriter(XlsxBook& book, const WorkbookRequest& request)
    : m_book(book), m_request(request), m_lists_name(label(request.lang, "wb_sheet_lists")) {
  const Municipality& m = municipality();
  const Naming naming{request.lang, m.catalogs.get()};
  m_files.push_back({FileKind::municipality, 0, record_of(m, naming)});
  long long n = 0;
  for (const auto& s : m.sessions)
    m_files.push_back({FileKind::session, ++n, record_of(s, naming)});
  for (const auto& c : m.causes)
    m_files.push_back({FileKind::causes, 0, record_of(c, naming)});
  for (const auto& p : m.plans)
    m_files.push_back({FileKind::plan, 0, record_of(p, naming)});
  for (const auto& a : m.assemblies)
    m_files.push_back({FileKind::assembly, 0, record_of(a, naming)});
  for (const auto& x : m.monitorings)
    m_files.push_back({FileKind::monitoring, 0, record_of(x, naming)});
}

std::string BookWriter::words(std::string_view label_key) const {
  return std::string(label(lang(), label_key));
}

std::string BookWriter::list(const std::string& head, const std::vector<std::string>& values) {
  std::size_t c = 0;
  while (c < m_lists.size() && m_lists[c].first != head)
    ++c;
  if (c == m_lists.size()) m_lists.emplace_back(head, values);
  return column_range(m_lists_name, c, 1, std::max<std::size_t>(1, m_lists[c].second.size()));
}

std::vector<std::string> BookWriter::catalog_words(CatalogKind kind) const {
  std::vector<std::string> out;
  std::set<std::string> seen;
  for (const auto& e : catalogs()[kind].entries())
    if (e.in_catalog && seen.insert(e.label(lang())).second) out.push_back(e.label(lang()));
  return out;
}

std::string BookWriter::choice_words(const schema::Field& f, const std::string& value) const {
  const std::string key = std::string(f.label) + "_" + value;
  const auto keys = label_keys();
  if (std::binary_search(keys.begin(), keys.end(), std::string_view(key)))
    return std::string(label(lang(), key));
  return value;
}

std::string BookWriter::list_for(const schema::Field& f) {
  if (f.key == "village") {
    std::vector<std::string> villages;
    for (const auto& v : municipality().villages)
      villages.push_back(v.text);
    return list(words("wb_village"), villages);
  }
  if (f.type == schema::Type::name && f.has_catalog)
    return list(words("wb_cat_" + std::string(catalog_key(f.catalog))), catalog_words(f.catalog));
  if (f.type == schema::Type::choice) {
    std::vector<std::string> values;
    std::string_view rest = f.choices;
    while (!rest.empty()) {
      const std::size_t bar = rest.find('|');
      values.push_back(choice_words(f, std::string(rest.substr(0, bar))));
      rest = bar == std::string_view::npos ? std::string_view() : rest.substr(bar + 1);
    }
    return list(words(f.label), values);
  }
  return "";
}

void BookWriter::write_lists() {
  XlsxSheetWriter& s = m_book.sheet(m_lists_name);
  for (std::size_t c = 0; c < m_lists.size(); ++c) {
    s.header(c, m_lists[c].first);
    for (std::size_t i = 0; i < m_lists[c].second.size(); ++i)
      s.text(i + 1, c, m_lists[c].second[i]);
  }
  s.widths(8, 50);
  s.hide();
}

void write_workbook(const WorkbookRequest& request, const std::string& path) {
  XlsxBook book(path, request.lang);
  BookWriter writer(book, request);
  {
    XlsxSheetWriter& s = book.sheet(writer.words("wb_sheet_instructions"));
    const std::string all = writer.words("wb_instructions");
    std::size_t r = 0, start = 0;
    while (start <= all.size()) {
      const auto nl = all.find('\n', start);
      s.text(r, 0, all.substr(start, nl == std::string::npos ? nl : nl - start),
             r == 0 ? CellStyle::header : CellStyle::plain);
      ++r;
      if (nl == std::string::npos) break;
      start = nl + 1;
    }
    s.set_width(0, 120);
  }
  for (const auto& spec : sheets::all()) {
    switch (spec.shape) {
    case sheets::Shape::fields:
      write_fields_sheet(writer, spec);
      break;
    case sheets::Shape::table:
      write_table_sheet(writer, spec);
      break;
    case sheets::Shape::gallery:
      write_gallery_sheet(writer, spec);
      break;
    }
  }
  writer.write_lists();
  book.close();
}

} // namespace vap
