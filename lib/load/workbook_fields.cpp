// The municipality sheet: column A names a field, column B holds its value; a field that is a
// list (the villages) takes one row per item.
#include "vap/book_reader.hpp"

#include "vap/i18n.hpp"

#include <fmt/format.h>

#include <map>

namespace vap {

namespace {

// The record that holds a dotted path's last key ("municipality.villages" → the municipality
// mapping), made as needed.
Record& holder(Record& file, std::string_view path, std::string& last) {
  Record* r = &file;
  for (;;) {
    const std::size_t dot = path.find('.');
    if (dot == std::string_view::npos) break;
    Record& next = r->at(path.substr(0, dot));
    if (!next.is_map()) next = Record::map();
    r = &next;
    path.remove_prefix(dot + 1);
  }
  last = std::string(path);
  return *r;
}

} // namespace

void read_fields_sheet(BookReader& reader, std::size_t si, const sheets::Sheet& spec) {
  const XlsxSheet& s = reader.sheet(si);
  BookReader::File& f = reader.municipality();
  f.sheet = si;
  const Lang lang = reader.lang();
  std::map<std::string, std::size_t> first_row; // field → row where it was typed
  for (std::size_t r = 1; r < s.rows.size(); ++r) {
    const XlsxCell& key = s.at(r, 0);
    const XlsxCell& val = s.at(r, 1);
    if (key.empty() && val.empty()) continue;
    const sheets::Column* col = nullptr;
    const schema::Field* field = nullptr;
    for (const auto& c : spec.columns) {
      const schema::Field* fd = schema::field_at(spec.kind, c.field);
      if (is_label(key, c.label.empty() ? fd->label : c.label)) {
        col = &c;
        field = fd;
        break;
      }
    }
    if (!col) {
      std::string list;
      for (const auto& c : spec.columns)
        list += (list.empty() ? "" : ", ") +
                std::string(label(lang, schema::field_at(spec.kind, c.field)->label));
      reader.error(si, r, 0, msg(lang, "unknown field '{}'; the fields are: {}", shown(key), list));
      continue;
    }
    if (val.empty()) continue;
    reader.header(si, field->key, trimmed(shown(key)));
    std::string last;
    Record& h = holder(f.record, col->field, last);
    const std::string value = cell_value(val, field->type, reader.book().date1904);
    const std::uint32_t at = reader.place(f, si, r, 1);
    if (field->type == schema::Type::texts) {
      Record& list = h.at(last, reader.place(f, si, r, 0));
      if (!list.is_list()) list = Record::list(at);
      list.add(Record::scalar(value, at));
      continue;
    }
    if (auto [it, fresh] = first_row.emplace(std::string(col->field), r); !fresh) {
      reader.error(si, r, 0,
                   msg(lang, "'{}' is given twice (first in row {})", trimmed(shown(key)),
                       it->second + 1));
      continue;
    }
    h.set(last, Record::scalar(value, at), reader.place(f, si, r, 0));
  }
  // The mapping itself is placed at the sheet's first row.
  if (Record* m = f.record.get("municipality")) m->place = reader.place(f, si, 0, 0);
  else f.record.set("municipality", Record::map(reader.place(f, si, 0, 0)));
}

} // namespace vap
