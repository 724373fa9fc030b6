// The cells of a table sheet (table_cells.hpp): columns, dotted paths, lines and date keys.
#include "table_cells.hpp"

#include "vap/book_reader.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace vap::table_cells {

const schema::Field* column_field(const sheets::Sheet& spec, const sheets::Column& c) {
  return sheets::field_of(spec, c);
}

std::string_view column_label(const sheets::Sheet& spec, const sheets::Column& c) {
  return sheets::label_of(spec, c);
}

// The record that holds a dotted path's last key, made as needed (mappings all the way).
Record& holder(Record& item, std::string_view path, std::string& last) {
  Record* r = &item;
  for (;;) {
    const std::size_t dot = path.find('.');
    if (dot == std::string_view::npos) break;
    Record& next = r->at(path.substr(0, dot));
    if (!next.is_map()) next = Record::map(r->place);
    r = &next;
    path.remove_prefix(dot + 1);
  }
  last = std::string(path);
  return *r;
}

// The lines of a cell, each trimmed, empty ones left out.
std::vector<std::string> cell_lines(const std::string& text) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start <= text.size()) {
    const std::size_t nl = text.find('\n', start);
    std::string line = trimmed(text.substr(start, nl == std::string::npos ? nl : nl - start));
    if (!line.empty()) out.push_back(std::move(line));
    if (nl == std::string::npos) break;
    start = nl + 1;
  }
  return out;
}

// A date as a file's key: DD.MM.YYYY and D/M/YYYY as YYYY-MM-DD, so that one day is one key.
std::string key_text(const std::string& value) {
  for (char sep : {'.', '/'}) {
    const auto a = value.find(sep);
    const auto b = a == std::string::npos ? a : value.find(sep, a + 1);
    if (b == std::string::npos) continue;
    const std::string d = value.substr(0, a), m = value.substr(a + 1, b - a - 1),
                      y = value.substr(b + 1);
    auto digits = [](const std::string& s) {
      return !s.empty() &&
             std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
    };
    if (digits(d) && digits(m) && digits(y) && d.size() <= 2 && m.size() <= 2 && y.size() == 4)
      return fmt::format("{}-{:0>2}-{:0>2}", y, m, d);
  }
  return value;
}

} // namespace vap::table_cells
