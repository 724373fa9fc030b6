// The gallery sheet: one row per problem (column A), one column per session headed by its
// number from the sessions sheet, or two ("2 women", "2 men") for a session whose dots were
// counted by gender. "Total" columns and rows are Excel's sums, not read.
#include "vap/book_reader.hpp"

#include "vap/i18n.hpp"

#include <map>

namespace vap {
namespace {

struct GalleryColumn {
  std::size_t col = 0;
  long long session = 0;
  std::string gender; // "", "women", "men"
};

} // namespace

void read_gallery_sheet(BookReader& reader, std::size_t si, const sheets::Sheet&) {
  const XlsxSheet& s = reader.sheet(si);
  const Lang lang = reader.lang();
  if (s.rows.empty()) return;
  reader.header(si, "votes", trimmed(shown(s.at(0, 0))));
  std::vector<GalleryColumn> columns;
  for (std::size_t c = 1; c < s.rows[0].size(); ++c) {
    const XlsxCell& h = s.at(0, c);
    if (h.empty() || is_label(h, "wb_total")) continue;
    std::string text = trimmed(shown(h));
    if (text.rfind("\xE2\x84\x96", 0) == 0) text = trimmed(text.substr(3)); // №
    std::size_t digits = 0;
    while (digits < text.size() && text[digits] >= '0' && text[digits] <= '9')
      ++digits;
    const std::string rest = trimmed(text.substr(digits));
    const XlsxCell rest_cell{XlsxCell::Type::text, rest, 0};
    const std::string gender = rest.empty()                      ? ""
                               : is_label(rest_cell, "wb_women") ? "women"
                               : is_label(rest_cell, "wb_men")   ? "men"
                                                                 : "?";
    if (digits == 0 || digits > 8 || gender == "?") {
      reader.error(si, 0, c,
                   msg(lang,
                       "a gallery column is headed by a session's number from the sessions sheet "
                       "(1, 2, ...; or '1 {}' and '1 {}'), or by '{}'",
                       label(lang, "wb_women"), label(lang, "wb_men"), label(lang, "wb_total")));
      continue;
    }
    const long long number = std::stoll(text.substr(0, digits));
    if (!reader.session(number)) {
      // A numbered column with no dots in it is a column prepared for a session to come.
      bool any = false;
      for (std::size_t r = 1; r < s.rows.size() && !any; ++r)
        any = !s.at(r, c).empty() && !is_totals_row(s, r);
      if (any) reader.error(si, 0, c, msg(lang, "no session {} in the sessions sheet", number));
      continue;
    }
    columns.push_back({c, number, gender});
  }
  for (std::size_t r = 1; r < s.rows.size(); ++r) {
    if (is_totals_row(s, r)) continue;
    const XlsxCell& problem = s.at(r, 0);
    // The cells of one session on this row: a plain count, or women and men.
    std::map<long long, std::vector<const GalleryColumn*>> cells;
    for (const auto& col : columns)
      if (!s.at(r, col.col).empty()) cells[col.session].push_back(&col);
    if (cells.empty()) continue;
    if (problem.empty()) {
      reader.error(si, r, cells.begin()->second.front()->col,
                   msg(lang, "dots without a problem: type the problem in column A"));
      continue;
    }
    const std::string name = cell_value(problem, schema::Type::name, false);
    for (auto& [number, cs] : cells) {
      BookReader::File& f = *reader.session(number);
      Record& gallery = f.record.at("gallery");
      if (!gallery.is_map()) gallery = Record::map(reader.place(f, si, 0, cs.front()->col));
      Record& votes = gallery.at("votes", gallery.place);
      if (!votes.is_map()) votes = Record::map(gallery.place);
      const std::uint32_t key_at = reader.place(f, si, r, 0);
      if (cs.size() == 1 && cs.front()->gender.empty()) {
        const XlsxCell& c = s.at(r, cs.front()->col);
        votes.set(name,
                  Record::scalar(cell_value(c, schema::Type::count, false),
                                 reader.place(f, si, r, cs.front()->col)),
                  key_at);
        continue;
      }
      Record count = Record::map(key_at);
      for (const GalleryColumn* c : cs) {
        if (c->gender.empty()) {
          reader.error(si, r, c->col,
                       msg(lang,
                           "session {} has its dots here and by women and men too: keep the "
                           "'{}' and '{}' columns, or this one",
                           number, label(lang, "wb_women"), label(lang, "wb_men")));
          continue;
        }
        count.set(c->gender,
                  Record::scalar(cell_value(s.at(r, c->col), schema::Type::count, false),
                                 reader.place(f, si, r, c->col)),
                  reader.place(f, si, 0, c->col));
      }
      votes.set(name, std::move(count), key_at);
    }
  }
}

} // namespace vap
