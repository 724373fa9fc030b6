// The municipality sheet (field and value) and the gallery (one row per problem, one column per
// session, or two for a session whose dots were counted by gender; totals are formulas).
#include "vap/book_writer.hpp"

#include "vap/records.hpp"

#include <fmt/format.h>

#include <cstdlib>
#include <map>

namespace vap {
namespace {

// A dotted path's value in a record, or nullptr.
const Record* value_at(const Record& r, std::string_view path) {
  const Record* at = &r;
  while (at && !path.empty()) {
    const std::size_t dot = path.find('.');
    at = at->get(path.substr(0, dot));
    path = dot == std::string_view::npos ? std::string_view() : path.substr(dot + 1);
  }
  return at;
}

} // namespace

void write_fields_sheet(BookWriter& w, const sheets::Sheet& spec) {
  XlsxSheetWriter& s = w.book().sheet(w.words(spec.name));
  s.header(0, w.words("wb_field"));
  s.header(1, w.words("wb_value"));
  const Record& file = w.files().front().record;
  std::size_t r = 1;
  for (const auto& c : spec.columns) {
    const schema::Field& f = *schema::field_at(spec.kind, c.field);
    const Record* v = value_at(file, c.field);
    const std::string head = w.words(f.label);
    if (f.type == schema::Type::texts) {
      const std::string range = w.list_for(f);
      std::size_t n = 0;
      if (v)
        for (const auto& item : v->items) {
          s.text(r, 0, head, CellStyle::header);
          s.text(r++, 1, item.text);
          ++n;
        }
      for (int k = 0; k < 3; ++k) // rows to add villages in
        s.text(r++, 0, head, CellStyle::header);
      (void)range;
      continue;
    }
    s.text(r, 0, head, CellStyle::header);
    if (v && v->is_scalar()) {
      if (f.type == schema::Type::whole || f.type == schema::Type::number)
        s.number(r, 1, std::strtod(v->text.c_str(), nullptr));
      else
        s.text(r, 1, f.type == schema::Type::choice ? w.choice_words(f, v->text) : v->text);
    } else if (f.key == "priorities") {
      s.number(r, 1, 5);
    }
    ++r;
  }
  s.freeze(1, 0);
  s.widths(10, 60);
}

void write_gallery_sheet(BookWriter& w, const sheets::Sheet& spec) {
  const WorkbookRequest& req = w.request();
  XlsxSheetWriter& s = w.book().sheet(w.words(spec.name));
  struct Column {
    const BookWriter::File* session; // nullptr: a spare session
    long long number;
    int gender; // 0 all, 1 women, 2 men
  };
  std::vector<const BookWriter::File*> sessions;
  for (const auto& f : w.files())
    if (f.kind == FileKind::session) sessions.push_back(&f);
  std::vector<Column> columns;
  const long long n_sessions = static_cast<long long>(sessions.size()) + req.spare;
  for (long long i = 0; i < n_sessions; ++i) {
    const BookWriter::File* f = i < static_cast<long long>(sessions.size())
                                    ? sessions[static_cast<std::size_t>(i)]
                                    : nullptr;
    const Record* votes = f ? value_at(f->record, "gallery.votes") : nullptr;
    bool split = false, plain = !votes;
    if (votes)
      for (std::size_t k = 0; k < votes->size(); ++k)
        (votes->value(k).is_map() ? split : plain) = true;
    if (plain || !split) columns.push_back({f, i + 1, 0});
    if (split) {
      columns.push_back({f, i + 1, 1});
      columns.push_back({f, i + 1, 2});
    }
  }
  // One row per problem, in the order first met.
  std::vector<std::string> rows;
  std::map<std::string, std::size_t> row_of;
  for (const auto* f : sessions)
    if (const Record* votes = value_at(f->record, "gallery.votes"))
      for (std::size_t k = 0; k < votes->size(); ++k)
        if (row_of.emplace(votes->key(k).text, rows.size()).second)
          rows.push_back(votes->key(k).text);
  s.header(0, w.words("wb_problem"));
  s.header(1, w.words("wb_total"));
  for (std::size_t k = 0; k < columns.size(); ++k) {
    const Column& c = columns[k];
    std::string h = std::to_string(c.number);
    if (c.gender) h += " " + w.words(c.gender == 1 ? "wb_women" : "wb_men");
    s.header(k + 2, h);
    s.width(k + 2, 4);
    if (c.session) {
      const Record& ses = *c.session->record.get("session");
      s.comment(0, k + 2,
                fmt::format(fmt::runtime(w.words("wb_session_note")), c.number,
                            ses.get("date")->text, ses.get("village")->text,
                            ses.get("group")->text));
    }
  }
  const std::size_t n_rows = rows.size() + static_cast<std::size_t>(req.spare_problems);
  const std::string last_col = column_letters(columns.size() + 1);
  std::vector<double> col_totals(columns.size(), 0);
  double grand = 0;
  for (std::size_t i = 0; i < n_rows; ++i) {
    const std::size_t r = i + 1;
    double sum = 0;
    if (i < rows.size()) {
      s.text(r, 0, rows[i]);
      for (std::size_t k = 0; k < columns.size(); ++k) {
        const Column& c = columns[k];
        const Record* votes = c.session ? value_at(c.session->record, "gallery.votes") : nullptr;
        const Record* v = votes ? votes->get(rows[i]) : nullptr;
        if (!v) continue;
        const Record* n = nullptr;
        if (c.gender == 0 && v->is_scalar()) n = v;
        if (c.gender == 1 && v->is_map()) n = v->get("women");
        if (c.gender == 2 && v->is_map()) n = v->get("men");
        if (!n) continue;
        const double dots = std::strtod(n->text.c_str(), nullptr);
        s.number(r, k + 2, dots);
        sum += dots;
        col_totals[k] += dots;
      }
    }
    grand += sum;
    s.formula(r, 1, fmt::format("=SUM(C{}:{}{})", r + 1, last_col, r + 1), sum, CellStyle::total);
  }
  const std::size_t tr = n_rows + 1;
  s.text(tr, 0, w.words("wb_total"), CellStyle::total);
  s.formula(tr, 1, fmt::format("=SUM(B2:B{})", n_rows + 1), grand, CellStyle::total);
  for (std::size_t k = 0; k < columns.size(); ++k)
    s.formula(
        tr, k + 2,
        fmt::format("=SUM({}2:{}{})", column_letters(k + 2), column_letters(k + 2), n_rows + 1),
        col_totals[k], CellStyle::total);
  s.list(0, 1, n_rows, w.list(w.words("wb_cat_problems"), w.catalog_words(CatalogKind::problems)));
  s.freeze(1, 2);
  s.width(0, 24);
  s.widths(5, 50);
}

} // namespace vap
