// A table sheet (vap/sheets.hpp) written from the files' records: one row per item of the
// rows' list; the file's key on every row, the file's other fields on its first row, a group's
// fields on its first row (or, on a sheet that refers to groups, its key on every row). The
// load stage's workbook_table.cpp reads it back.
#include "vap/book_writer.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cstdlib>
#include <map>

namespace vap {
namespace {

using schema::Type;

enum class Part { whole, women, men, lat, lon, entry };

struct Slot {
  const sheets::Column* col = nullptr;
  const schema::Field* field = nullptr;
  Part part = Part::whole;
  std::string entry; // an amounts' name or a survey's score
  std::string head;
};

const schema::Field* column_field(const sheets::Sheet& spec, const sheets::Column& c) {
  return sheets::field_of(spec, c);
}

const Record* value_at(const Record* r, std::string_view path) {
  while (r && !path.empty()) {
    const std::size_t dot = path.find('.');
    r = r->get(path.substr(0, dot));
    path = dot == std::string_view::npos ? std::string_view() : path.substr(dot + 1);
  }
  return r;
}

class TableWriter {
public:
  TableWriter(BookWriter& w, const sheets::Sheet& spec)
      : m_w(w), m_spec(spec), m_s(w.book().sheet(w.words(spec.name))) {}

  void run() {
    make_slots();
    for (std::size_t i = 0; i < m_slots.size(); ++i)
      m_s.header(i, m_slots[i].head);
    write_rows();
    const std::size_t last = std::max<std::size_t>(m_row + 50, 200);
    for (std::size_t i = 0; i < m_slots.size(); ++i) {
      const Slot& s = m_slots[i];
      std::string range;
      if (s.field && s.part == Part::whole) range = m_w.list_for(*s.field);
      if (s.col->field == "#key") range = m_w.list(m_w.words(s.col->label), key_words());
      if (s.col->field == "#name")
        range = m_w.list(m_w.words("wb_cat_budget_items"),
                         m_w.catalog_words(CatalogKind::budget_items));
      if (!range.empty()) m_s.list(i, 1, last, range);
    }
    m_s.freeze(1, 0);
    m_s.widths(6, 50);
  }

private:
  BookWriter& m_w;
  const sheets::Sheet& m_spec;
  XlsxSheetWriter& m_s;
  std::vector<Slot> m_slots;
  std::size_t m_row = 1;

  // The words of the keyed rows' keys: a pie's or budget's sides, or the catalogs' kinds.
  std::vector<std::string> key_words() const {
    std::vector<std::string> out;
    if (m_spec.keyed_by == "kind") {
      for (std::size_t k = 0; k < k_catalog_kinds; ++k)
        out.push_back(m_w.words("wb_cat_" + std::string(catalog_key(static_cast<CatalogKind>(k)))));
      return out;
    }
    for (const auto& f : schema::section_at(m_spec.kind, m_spec.rows)->fields)
      if (f.type == Type::amounts) out.push_back(m_w.words(f.label));
    return out;
  }

  void make_slots() {
    for (const auto& c : m_spec.columns) {
      const schema::Field* f = column_field(m_spec, c);
      if (!f) {
        m_slots.push_back({&c, nullptr, Part::whole, "", m_w.words(c.label)});
        continue;
      }
      switch (f->type) {
      case Type::count:
        m_slots.push_back({&c, f, Part::whole, "", m_w.words(f->label)});
        m_slots.push_back({&c, f, Part::women, "", m_w.words("wb_women")});
        m_slots.push_back({&c, f, Part::men, "", m_w.words("wb_men")});
        break;
      case Type::location:
        m_slots.push_back({&c, f, Part::lat, "", m_w.words("wb_lat")});
        m_slots.push_back({&c, f, Part::lon, "", m_w.words("wb_lon")});
        break;
      case Type::amounts: {
        // One column per catalog entry, then the names the files use that are no entry's.
        std::vector<std::string> names = m_w.catalog_words(f->catalog);
        for_each_item([&](const Record& item) {
          if (const Record* a = value_at(&item, c.field))
            for (std::size_t k = 0; k < a->size(); ++k)
              if (std::find(names.begin(), names.end(), a->key(k).text) == names.end())
                names.push_back(a->key(k).text);
        });
        for (auto& n : names)
          m_slots.push_back({&c, f, Part::entry, n, n});
        break;
      }
      case Type::scores: {
        long long most = 5;
        for_each_item([&](const Record& item) {
          if (const Record* scale = item.get("scale"))
            most = std::max(most, std::atoll(scale->text.c_str()));
        });
        for (long long k = 1; k <= std::min<long long>(most, 10); ++k)
          m_slots.push_back({&c, f, Part::entry, std::to_string(k), std::to_string(k)});
        break;
      }
      default:
        m_slots.push_back(
            {&c, f, Part::whole, "", m_w.words(c.label.empty() ? f->label : c.label)});
      }
    }
  }

  // Every row item of every file (for the columns the values need).
  template <class F> void for_each_item(F each) const {
    for (const auto& file : m_w.files()) {
      if (file.kind != m_spec.kind) continue;
      for (const Record* item : row_items(file.record))
        each(*item);
    }
  }

  // The row items of one group (or of the file when there is no group level).
  std::vector<const Record*> items_below(const Record& from, std::string_view path) const {
    std::vector<const Record*> out;
    const Record* list = value_at(&from, path);
    if (list && list->is_list())
      for (const auto& i : list->items)
        out.push_back(&i);
    return out;
  }

  std::vector<const Record*> row_items(const Record& file) const {
    const std::string groups = sheets::group_path(m_spec);
    if (groups.empty()) return items_below(file, m_spec.rows);
    std::vector<const Record*> out;
    for (const Record* g : items_below(file, groups))
      for (const Record* i : items_below(*g, rest_after_group()))
        out.push_back(i);
    return out;
  }

  std::string rest_after_group() const { return sheets::rows_below_group(m_spec); }

  std::size_t files_of_kind() const {
    std::size_t n = 0;
    for (const auto& f : m_w.files())
      n += f.kind == m_spec.kind ? 1 : 0;
    return n;
  }

  bool first_sheet_of_kind() const {
    for (const auto& s : sheets::all())
      if (s.kind == m_spec.kind && s.key == sheets::FileKey::field) return &s == &m_spec;
    return false;
  }

  void write_rows() {
    for (const auto& file : m_w.files()) {
      if (file.kind != m_spec.kind) continue;
      if (m_spec.rows.empty()) { // the Sessions sheet: a row per session
        write_row(file, nullptr, nullptr, true, true);
        continue;
      }
      const std::size_t before = m_row;
      const std::string groups = sheets::group_path(m_spec);
      if (!m_spec.keyed_by.empty()) {
        write_keyed(file);
      } else if (groups.empty()) {
        bool first = true;
        for (const Record* item : items_below(file.record, m_spec.rows)) {
          write_row(file, nullptr, item, first, false);
          first = false;
        }
      } else {
        bool first = true;
        for (const Record* g : items_below(file.record, groups)) {
          bool group_first = true;
          const auto items = items_below(*g, rest_after_group());
          if (items.empty() && m_spec.refers.empty()) {
            write_row(file, g, nullptr, first, true);
            first = false;
          }
          for (const Record* item : items) {
            write_row(file, g, item, first, group_first || !m_spec.refers.empty());
            first = group_first = false;
          }
        }
      }
      // A file with nothing on its own sheet is still a row there (its key and fields).
      if (m_row == before && first_sheet_of_kind()) write_row(file, nullptr, nullptr, true, false);
    }
    if (m_spec.key == sheets::FileKey::session && m_spec.rows.empty()) {
      long long n = 0;
      for (const auto& f : m_w.files())
        if (f.kind == FileKind::session) n = std::max(n, f.number);
      for (int k = 0; k < m_w.request().spare; ++k)
        m_s.number(m_row++, 0, static_cast<double>(n + k + 1));
    }
  }

  void write_keyed(const BookWriter::File& file) {
    const Record* by_key = value_at(&file.record, m_spec.rows);
    if (!by_key || !by_key->is_map()) return;
    bool first = true;
    auto entries = [&](std::string_view key, const std::string& words) {
      const Record* value = by_key->get(key);
      if (!value) return;
      if (value->is_list()) {
        for (const auto& item : value->items) {
          write_row(file, nullptr, &item, first, false, &words);
          first = false;
        }
        return;
      }
      for (std::size_t k = 0; k < value->size(); ++k) {
        Record pair = Record::map();
        pair.set("#name", value->key(k));
        pair.set("#value", value->value(k));
        write_row(file, nullptr, &pair, first, false, &words);
        first = false;
      }
    };
    if (m_spec.keyed_by == "kind") {
      for (std::size_t k = 0; k < k_catalog_kinds; ++k) {
        const std::string id(catalog_key(static_cast<CatalogKind>(k)));
        entries(id, m_w.words("wb_cat_" + id));
      }
    } else {
      for (const auto& f : schema::section_at(m_spec.kind, m_spec.rows)->fields)
        if (f.type == Type::amounts) entries(f.key, m_w.words(f.label));
    }
    if (first && (by_key->get("year") || by_key->get("unit") || by_key->get("plan_envelope")))
      write_row(file, nullptr, nullptr, true, false);
  }

  void write_row(const BookWriter::File& file, const Record* group, const Record* item,
                 bool file_first, bool group_first, const std::string* key_words = nullptr) {
    const std::size_t r = m_row++;
    for (std::size_t i = 0; i < m_slots.size(); ++i) {
      const Slot& s = m_slots[i];
      const std::string_view f = s.col->field;
      if (f == "#number" || f == "#session") {
        m_s.number(r, i, static_cast<double>(file.number));
        continue;
      }
      if (f == "#key") {
        if (key_words) m_s.text(r, i, *key_words);
        continue;
      }
      const Record* v = nullptr;
      switch (s.col->level) {
      case sheets::Level::file: {
        // A round's date is on each of its rows (rows of several rounds may be sorted or
        // filtered in Excel); the other fields of the file, a plan's year among them, on its
        // first row.
        const bool dated_key =
            s.field && (s.field->type == Type::date || s.field->type == Type::month) &&
            f == std::string(schema::kind(m_spec.kind).key) + "." + std::string(m_spec.key_field);
        // A sheet that refers to another's groups names the file only when there are several.
        if (!m_spec.refers.empty() && files_of_kind() < 2) break;
        if (file_first || dated_key) v = value_at(&file.record, f);
        break;
      }
      case sheets::Level::group:
        if (group_first && group) v = value_at(group, f);
        break;
      case sheets::Level::row:
        if (m_spec.rows.empty())
          v = value_at(&file.record, f);
        else if (f.empty())
          v = item;
        else if (item)
          v = f.front() == '#' ? item->get(f) : value_at(item, f);
        break;
      }
      if (v) put(r, i, s, *v);
    }
  }

  void put(std::size_t r, std::size_t c, const Slot& s, const Record& v) {
    if (!s.field) { // #name, #value, or the item itself (a ballot: its problems, one per line)
      if (v.is_list()) {
        std::string lines;
        for (const auto& i : v.items)
          lines += (lines.empty() ? "" : "\n") + i.text;
        m_s.text(r, c, lines, CellStyle::wrap);
        return;
      }
      if (s.col->field == "#value")
        m_s.number(r, c, std::strtod(v.text.c_str(), nullptr));
      else
        m_s.text(r, c, v.text);
      return;
    }
    const schema::Field& f = *s.field;
    switch (f.type) {
    case Type::count:
      if (s.part == Part::whole) {
        if (v.is_scalar()) {
          m_s.number(r, c, std::strtod(v.text.c_str(), nullptr));
        } else {
          // The women's and men's cells are the next two: their sum, as a formula.
          double total = 0;
          for (auto g : {"women", "men"})
            if (const Record* n = v.get(g)) total += std::strtod(n->text.c_str(), nullptr);
          m_s.formula(
              r, c,
              fmt::format("={}{}+{}{}", column_letters(c + 1), r + 1, column_letters(c + 2), r + 1),
              total);
        }
      } else if (v.is_map()) {
        if (const Record* n = v.get(s.part == Part::women ? "women" : "men"))
          m_s.number(r, c, std::strtod(n->text.c_str(), nullptr));
      }
      return;
    case Type::location:
      if (v.is_list() && v.items.size() == 2)
        m_s.number(r, c, std::strtod(v.items[s.part == Part::lat ? 0 : 1].text.c_str(), nullptr));
      return;
    case Type::amounts:
    case Type::scores:
      if (const Record* n = v.get(s.entry)) m_s.number(r, c, std::strtod(n->text.c_str(), nullptr));
      return;
    case Type::texts:
    case Type::ballots:
    case Type::list: {
      std::string lines;
      for (const auto& i : v.items)
        lines += (lines.empty() ? "" : "\n") + i.text;
      m_s.text(r, c, lines, CellStyle::wrap);
      return;
    }
    case Type::pairs: {
      std::string lines;
      for (std::size_t k = 0; k < v.size(); ++k)
        lines += (lines.empty() ? "" : "\n") + v.key(k).text + ": " + v.value(k).text;
      m_s.text(r, c, lines, CellStyle::wrap);
      return;
    }
    case Type::whole:
    case Type::number:
      m_s.number(r, c, std::strtod(v.text.c_str(), nullptr));
      return;
    case Type::date:
    case Type::month:
      m_s.date(r, c, v.text);
      return;
    case Type::choice:
      m_s.text(r, c, m_w.choice_words(f, v.text));
      return;
    default:
      if (v.is_list()) { // a ballot: its problems, one per line
        std::string lines;
        for (const auto& i : v.items)
          lines += (lines.empty() ? "" : "\n") + i.text;
        m_s.text(r, c, lines, CellStyle::wrap);
        return;
      }
      m_s.text(r, c, v.text,
               v.text.find('\n') != std::string::npos ? CellStyle::wrap : CellStyle::plain);
    }
  }
};

} // namespace

void write_table_sheet(BookWriter& w, const sheets::Sheet& spec) {
  TableWriter(w, spec).run();
}

} // namespace vap
