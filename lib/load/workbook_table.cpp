// A table sheet (vap/sheets.hpp): one row per item of a list. A row finds its file by the
// file's key (a round's date, a plan's year, a session's number; empty: the row above's), its
// group by the group's first column (a plan's problem: filled, a new group; empty, the group
// above), and its own item by the cells of its own columns. A value of the file or the group
// typed twice, differently, is an error at the second.
#include "vap/book_reader.hpp"

#include "table_cells.hpp"

#include "vap/i18n.hpp"
#include "vap/text.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <set>

namespace vap {

using namespace table_cells;

namespace {

using schema::Type;

// The part of a field a physical column holds.
enum class Part { whole, women, men, lat, lon, entry };

struct Slot {
  const sheets::Column* col = nullptr;
  const schema::Field* field = nullptr; // nullptr for the columns that are no field
  Part part = Part::whole;
  std::string entry; // Part::entry: the amounts' name or the survey's score
  std::size_t cell = 0;
};

class TableReader {
public:
  TableReader(BookReader& reader, std::size_t si, const sheets::Sheet& spec)
      : m_r(reader), m_si(si), m_s(reader.sheet(si)), m_spec(spec), m_lang(reader.lang()) {}

  void run() {
    if (m_s.rows.empty()) return;
    find_columns();
    for (std::size_t r = 1; r < m_s.rows.size(); ++r)
      read_row(r);
  }

private:
  BookReader& m_r;
  std::size_t m_si;
  const XlsxSheet& m_s;
  const sheets::Sheet& m_spec;
  Lang m_lang;
  std::vector<Slot> m_slots;
  // What the rows above chose: their file's key, their group.
  std::optional<std::string> m_key;
  BookReader::File* m_file = nullptr;
  Record* m_group = nullptr;
  std::size_t m_group_row = 0;
  std::map<std::string, std::size_t> m_typed; // a file's or group's field → the row it was typed on
  std::set<std::string> m_unknown_keys;       // file keys a row referred to and no sheet made

  const XlsxCell& cell(std::size_t r, const Slot& s) const { return m_s.at(r, s.cell); }

  const schema::Field* amounts_field() const {
    for (const auto& c : m_spec.columns)
      if (const schema::Field* f = column_field(m_spec, c); f && f->type == Type::amounts) return f;
    return nullptr;
  }

  void find_columns() {
    const auto& head = m_s.rows[0];
    std::vector<bool> taken(head.size(), false);
    for (const auto& c : m_spec.columns) {
      const schema::Field* f = column_field(m_spec, c);
      auto find = [&](std::string_view label_key, Part part) {
        for (std::size_t i = 0; i < head.size(); ++i) {
          if (taken[i] || !is_label(head[i], label_key)) continue;
          taken[i] = true;
          m_slots.push_back({&c, f, part, "", i});
          // The words messages quote for the column: its field's key, or its part's.
          static constexpr std::string_view k_part_keys[] = {"",         "women",     "men",
                                                             "latitude", "longitude", ""};
          const std::string_view key =
              part == Part::whole && f ? f->key : k_part_keys[static_cast<int>(part)];
          if (!key.empty()) m_r.header(m_si, key, trimmed(shown(head[i])));
          return;
        }
      };
      if (f && f->type == Type::count) {
        find(f->label, Part::whole);
        find("wb_women", Part::women);
        find("wb_men", Part::men);
      } else if (f && f->type == Type::location) {
        find("wb_lat", Part::lat);
        find("wb_lon", Part::lon);
      } else if (f && f->type == Type::scores) {
        for (std::size_t i = 0; i < head.size(); ++i) {
          const std::string t = trimmed(shown(head[i]));
          if (taken[i] || t.empty() || t.size() > 2 ||
              !std::all_of(t.begin(), t.end(), [](char ch) { return ch >= '0' && ch <= '9'; }))
            continue;
          taken[i] = true;
          m_slots.push_back({&c, f, Part::entry, t, i});
          m_r.header(m_si, f->key, m_r.words(f->label));
        }
      } else if (!f || f->type != Type::amounts) {
        find(column_label(m_spec, c), Part::whole);
      }
    }
    // The words of the lists and mappings of the sheet's file kind that messages name
    // ('initiative_group', 'tasks'): their sheets' words.
    name_sections(*schema::kind(m_spec.kind).top);
    // The columns left: an amounts field's names (the plan's funding sources), or not read.
    const schema::Field* amounts = amounts_field();
    const sheets::Column* amounts_col = nullptr;
    for (const auto& c : m_spec.columns)
      if (column_field(m_spec, c) == amounts) amounts_col = &c;
    for (std::size_t i = 0; i < head.size(); ++i) {
      if (taken[i] || head[i].empty()) continue;
      if (amounts) {
        m_slots.push_back({amounts_col, amounts, Part::entry, trimmed(shown(head[i])), i});
        continue;
      }
      bool data = false;
      for (std::size_t r = 1; r < m_s.rows.size() && !data; ++r)
        data = !m_s.at(r, i).empty() && !is_totals_row(m_s, r);
      if (data)
        m_r.warning(m_si, 0, i,
                    msg(m_lang,
                        "vap does not read the column '{}' of this sheet; its cells are "
                        "left out",
                        trimmed(shown(head[i]))));
    }
  }

  void name_sections(const schema::Section& section) {
    for (const auto& f : section.fields) {
      if (!f.section) continue;
      if (!f.label.empty()) m_r.header(m_si, f.key, m_r.words(f.label));
      name_sections(*f.section);
    }
  }

  const Slot* slot(std::string_view field, Part part = Part::whole) const {
    for (const auto& s : m_slots)
      if (s.col->field == field && s.part == part) return &s;
    return nullptr;
  }

  bool filled(std::size_t r, sheets::Level level) const {
    for (const auto& s : m_slots)
      if (s.col->level == level && !cell(r, s).empty()) return true;
    return false;
  }

  void read_row(std::size_t r) {
    // A row with nothing but a session's number is a session to come (or a row left empty).
    bool any = false;
    for (const auto& s : m_slots)
      any = any || (!cell(r, s).empty() && s.col->field != "#number" && s.col->field != "#session");
    if (!any || is_totals_row(m_s, r)) return;
    if (!choose_file(r)) return;
    write_level(r, sheets::Level::file, m_file->record, "file");
    if (!m_spec.rows.empty() && m_spec.rows.find('.') != std::string_view::npos &&
        group_levels() > 0)
      if (!choose_group(r)) return;
    if (filled(r, sheets::Level::row)) add_row_item(r);
  }

  // How many lists above the rows' list.
  int group_levels() const {
    int lists = 0;
    std::string path;
    std::string_view rest = m_spec.rows;
    while (!rest.empty()) {
      const std::size_t dot = rest.find('.');
      path += (path.empty() ? "" : ".") + std::string(rest.substr(0, dot));
      const schema::Field* f = schema::field_at(m_spec.kind, path);
      if (f && f->type == Type::list) ++lists;
      rest = dot == std::string_view::npos ? std::string_view() : rest.substr(dot + 1);
    }
    return lists - 1;
  }

  std::string empty_column_message(std::string_view label_key) const {
    return msg(m_lang, "the column '{}' is empty: type it on this row or on a row above",
               label(m_lang, label_key));
  }

  bool choose_file(std::size_t r) {
    switch (m_spec.key) {
    case sheets::FileKey::only:
      m_file = &m_r.municipality();
      return true;
    case sheets::FileKey::session:
      return choose_session(r);
    case sheets::FileKey::field:
      break;
    }
    const std::string key_path =
        std::string(schema::kind(m_spec.kind).key) + "." + std::string(m_spec.key_field);
    const Slot* ks = slot(key_path);
    if (ks && !cell(r, *ks).empty()) {
      m_key = key_text(cell_value(cell(r, *ks), ks->field->type, m_r.book().date1904));
    } else if (!m_key) {
      // No key typed yet: the one file of the kind, or the file without a key.
      std::vector<BookReader::File*> of_kind;
      for (auto& f : m_r.files())
        if (f.kind == m_spec.kind) of_kind.push_back(&f);
      if (of_kind.size() == 1) {
        m_key = of_kind.front()->key;
      } else if (schema::field_at(m_spec.kind, key_path)->required) {
        const std::size_t col = ks ? ks->cell : first_filled(r);
        m_r.error(m_si, r, col,
                  empty_column_message(schema::field_at(m_spec.kind, key_path)->label));
        return false;
      } else {
        m_key = "";
      }
    }
    BookReader::File* before = m_file;
    // A sheet that refers to groups (an initiative group's members, an indicator) refers to a
    // file its own sheet made.
    if (!m_spec.refers.empty() && !m_r.find_file(m_spec.kind, *m_key)) {
      if (m_unknown_keys.insert(*m_key).second)
        m_r.error(m_si, r, ks && !cell(r, *ks).empty() ? ks->cell : first_filled(r),
                  m_spec.kind == FileKind::plan
                      ? msg(m_lang, "no plan of the year {} in the plan sheet", *m_key)
                      : msg(m_lang, "no monitoring round of {} in the monitoring sheet", *m_key));
      return false;
    }
    m_file = &m_r.file(m_spec.kind, *m_key, m_si, r);
    if (m_file != before) m_group = nullptr;
    if (!m_file->record.get(schema::kind(m_spec.kind).key)) {
      m_file->record.set(schema::kind(m_spec.kind).key, Record::map(place_at(r, first_filled(r))));
    }
    return true;
  }

  std::size_t first_filled(std::size_t r) const {
    std::size_t best = m_s.rows[r].size();
    for (const auto& s : m_slots)
      if (!cell(r, s).empty()) best = std::min(best, s.cell);
    return best == m_s.rows[r].size() ? 0 : best;
  }

  bool choose_session(std::size_t r) {
    const bool defines = m_spec.rows.empty(); // the Sessions sheet
    const Slot* ns = slot(defines ? "#number" : "#session");
    std::optional<long long> number;
    if (ns && !cell(r, *ns).empty()) {
      const std::string v = cell_value(cell(r, *ns), Type::whole, false);
      std::string t = v;
      if (t.rfind("\xE2\x84\x96", 0) == 0) t = trimmed(t.substr(3)); // №
      if (t.empty() || t.size() > 8 ||
          !std::all_of(t.begin(), t.end(), [](char c) { return c >= '0' && c <= '9'; })) {
        m_r.error(m_si, r, ns->cell,
                  msg(m_lang, "'{}' is not a session number (a whole number such as 1, 2, 3)", v));
        return false;
      }
      number = std::stoll(t);
    }
    if (defines) {
      if (!number) {
        long long n = 0;
        for (const auto& f : m_r.files())
          if (f.kind == FileKind::session) n = std::max(n, std::stoll(f.key));
        number = n + 1;
      } else if (BookReader::File* f = m_r.session(*number)) {
        m_r.error(
            m_si, r, ns->cell,
            msg(m_lang, "session {} is numbered twice (also in row {})", *number, f->row + 1));
        return false;
      }
      m_file = &m_r.add_session(*number, m_si, r);
      m_file->record.set("session", Record::map(place_at(r, ns ? ns->cell : first_filled(r))));
      return true;
    }
    if (!number) {
      if (!m_file) {
        m_r.error(m_si, r, ns ? ns->cell : first_filled(r), empty_column_message("wb_session"));
        return false;
      }
      return true;
    }
    BookReader::File* f = m_r.session(*number);
    if (!f) {
      m_r.error(m_si, r, ns->cell, msg(m_lang, "no session {} in the sessions sheet", *number));
      return false;
    }
    m_file = f;
    return true;
  }

  // The group of the row: a new one when the group's first column is filled (a sheet that
  // defines its groups), or the one its key columns name (a sheet that refers to them).
  bool choose_group(std::size_t r) {
    const std::string group_path = sheets::group_path(m_spec);
    std::string last;
    Record& parent = holder(m_file->record, group_path, last);
    Record& groups = parent.at(last);
    if (!groups.is_list()) groups = Record::list(parent.place);
    if (!m_spec.refers.empty()) return find_group(r, groups);
    const sheets::Column* first = nullptr;
    for (const auto& c : m_spec.columns)
      if (c.level == sheets::Level::group) {
        first = &c;
        break;
      }
    const Slot* ks = slot(first->field);
    if (ks && !cell(r, *ks).empty()) {
      m_group = &groups.add(Record::map(place_at(r, ks->cell)));
      m_group_row = r;
      m_typed.clear();
    } else if (!m_group) {
      m_r.error(m_si, r, ks ? ks->cell : first_filled(r),
                empty_column_message(column_label(m_spec, *first)));
      return false;
    }
    write_level(r, sheets::Level::group, *m_group, "group");
    return true;
  }

  bool find_group(std::size_t r, Record& groups) {
    std::vector<std::pair<std::string, std::string>> keys; // field, typed
    std::string_view rest = m_spec.refers;
    bool any = false;
    while (!rest.empty()) {
      const std::size_t comma = rest.find(',');
      const std::string field(rest.substr(0, comma));
      const Slot* s = slot(field);
      std::string typed = s ? cell_value(cell(r, *s), Type::text, false) : "";
      any = any || !typed.empty();
      keys.emplace_back(field, std::move(typed));
      rest = comma == std::string_view::npos ? std::string_view() : rest.substr(comma + 1);
    }
    if (!any) {
      if (m_group) return true;
      m_r.error(m_si, r, first_filled(r),
                empty_column_message(column_label(m_spec, m_spec.columns[1])));
      return false;
    }
    for (auto& g : groups.items) {
      bool match = true;
      for (const auto& [field, typed] : keys) {
        if (typed.empty()) continue; // a problem left empty: the task's title alone
        const Record* v = g.get(field);
        match = match && v && v->is_scalar() && match_key(v->text) == match_key(typed);
      }
      if (match) {
        m_group = &g;
        return true;
      }
    }
    const Slot* s = slot(keys.front().first);
    const std::string what = keys.front().second;
    m_r.error(m_si, r, s ? s->cell : first_filled(r),
              m_spec.kind == FileKind::plan
                  ? msg(m_lang, "no problem '{}' in the plan sheet", what)
                  : msg(m_lang, "no task '{}' in the monitoring sheet", what));
    return false;
  }

  // The values of one level's columns into `item`; a value of the file or group typed twice,
  // differently, is an error.
  void write_level(std::size_t r, sheets::Level level, Record& item, std::string_view scope) {
    std::map<const sheets::Column*, std::vector<const Slot*>> by_column;
    for (const auto& s : m_slots)
      if (s.col->level == level && s.field && !cell(r, s).empty()) by_column[s.col].push_back(&s);
    for (auto& [col, slots] : by_column) {
      std::string last;
      Record& h = holder(item, col->field, last);
      Record value = value_of(r, *slots.front()->field, slots);
      if (value.is_null()) continue;
      const std::string typed_key = std::string(scope) + "/" + std::string(col->field);
      Record* old = h.get(last);
      if (old && level != sheets::Level::row) {
        if (slots.front()->field->type == Type::texts && old->is_list() && value.is_list()) {
          for (auto& i : value.items)
            old->add(std::move(i));
          continue;
        }
        if (*old == value) continue;
        // One date typed two ways (a date cell in one sheet, `01.06.2025` in another) is one.
        if (slots.front()->field->type == Type::date && old->is_scalar() && value.is_scalar() &&
            key_text(old->text) == key_text(value.text))
          continue;
        auto it = m_typed.find(typed_key);
        m_r.error(m_si, r, slots.front()->cell,
                  msg(m_lang, "'{}' is given twice (first in row {})",
                      trimmed(shown(m_s.at(0, slots.front()->cell))),
                      it == m_typed.end() ? m_group_row + 1 : it->second + 1));
        continue;
      }
      m_typed.emplace(typed_key, r);
      h.set(last, std::move(value), place_at(0, slots.front()->cell));
    }
  }

  Record scalar(std::size_t r, const Slot& s, Type type) {
    return Record::scalar(cell_value(cell(r, s), type, m_r.book().date1904), place_at(r, s.cell));
  }

  // A place at a cell of the row; a date cell is shown in messages as the date it shows, not
  // as Excel's day number.
  std::uint32_t place_at(std::size_t r, std::size_t col) {
    for (const auto& s : m_slots)
      if (s.cell == col && s.field && r > 0 &&
          (s.field->type == Type::date || s.field->type == Type::month) &&
          m_s.at(r, col).type == XlsxCell::Type::number)
        return m_r.place(*m_file, m_si, r, col,
                         cell_value(m_s.at(r, col), s.field->type, m_r.book().date1904));
    return m_r.place(*m_file, m_si, r, col);
  }

  // The value of one field from its columns on row r.
  Record value_of(std::size_t r, const schema::Field& f, const std::vector<const Slot*>& slots) {
    const Slot& first = *slots.front();
    const std::uint32_t at = place_at(r, first.cell);
    switch (f.type) {
    case Type::count: {
      const Slot* whole = nullptr;
      Record by_gender = Record::map(at);
      for (const Slot* s : slots) {
        if (s->part == Part::whole) whole = s;
        if (s->part == Part::women || s->part == Part::men)
          by_gender.set(s->part == Part::women ? "women" : "men", scalar(r, *s, Type::whole),
                        place_at(0, s->cell));
      }
      // When women or men are typed, the participants are their sum (in a vap-written
      // workbook a formula).
      if (by_gender.size() > 0) return by_gender;
      return whole ? scalar(r, *whole, Type::whole) : Record::null();
    }
    case Type::location: {
      Record loc = Record::list(at);
      const Slot* lat = nullptr;
      const Slot* lon = nullptr;
      for (const Slot* s : slots)
        (s->part == Part::lat ? lat : lon) = s;
      if (lat) loc.add(scalar(r, *lat, Type::number));
      if (lon) loc.add(scalar(r, *lon, Type::number));
      return loc;
    }
    case Type::texts: {
      Record list = Record::list(at);
      for (auto& line : cell_lines(shown(cell(r, first))))
        list.add(Record::scalar(std::move(line), at));
      return list;
    }
    case Type::pairs: {
      Record pairs = Record::map(at);
      for (auto& line : cell_lines(shown(cell(r, first)))) {
        const std::size_t colon = line.find(':');
        if (colon == std::string::npos) {
          m_r.error(m_si, r, first.cell, msg(m_lang, "'{}' is not 'who: what'", line));
          continue;
        }
        const std::string what = trimmed(line.substr(colon + 1));
        pairs.set(trimmed(line.substr(0, colon)),
                  what.empty() ? Record::null(at) : Record::scalar(what, at), at);
      }
      return pairs;
    }
    case Type::amounts:
    case Type::scores: {
      Record lines = Record::map(at);
      for (const Slot* s : slots)
        lines.set(s->entry, scalar(r, *s, Type::number), place_at(0, s->cell));
      return lines;
    }
    case Type::choice:
      return Record::scalar(choice_value(f, cell_value(cell(r, first), f.type, false)), at);
    default:
      return scalar(r, first, f.type);
    }
  }

  // A choice typed in the workbook's words (wb_rule_two_thirds: "2/3"), as its value.
  static std::string choice_value(const schema::Field& f, const std::string& typed) {
    std::string_view rest = f.choices;
    const XlsxCell c{XlsxCell::Type::text, typed, 0};
    while (!rest.empty()) {
      const std::size_t bar = rest.find('|');
      const std::string value(rest.substr(0, bar));
      if (is_label(c, std::string(f.label) + "_" + value)) return value;
      rest = bar == std::string_view::npos ? std::string_view() : rest.substr(bar + 1);
    }
    return typed;
  }

  // The row's own item: a new entry of the rows' list (or of a keyed mapping's).
  void add_row_item(std::size_t r) {
    Record* target = m_group ? m_group : &m_file->record;
    std::string_view path = m_spec.rows;
    if (path.empty()) { // the Sessions sheet: the row is the file
      write_level(r, sheets::Level::row, m_file->record, "row");
      return;
    }
    // Below the group: the rest of the path after the group's list.
    const std::string rest = sheets::rows_below_group(m_spec);
    std::string last;
    Record& parent = holder(*target, rest, last);
    const std::size_t first = first_filled(r);
    if (!m_spec.keyed_by.empty()) return add_keyed(r, parent.at(last), first);
    Record& list = parent.at(last, place_at(r, first));
    if (!list.is_list()) list = Record::list(place_at(r, first));
    const Slot* itself = slot("");
    if (itself) { // a ballot: the cell's lines are the item
      Record ballot = Record::list(place_at(r, itself->cell));
      for (auto& line : cell_lines(shown(cell(r, *itself))))
        ballot.add(Record::scalar(std::move(line), ballot.place));
      list.add(std::move(ballot));
      return;
    }
    Record& item = list.add(Record::map(place_at(r, first)));
    write_level(r, sheets::Level::row, item, "row");
  }

  // Keyed rows: the key column picks the mapping (a pie's side, a catalog's kind).
  void add_keyed(std::size_t r, Record& by_key, std::size_t first) {
    if (!by_key.is_map()) by_key = Record::map(place_at(r, first));
    const Slot* ks = slot("#key");
    const std::string typed = ks ? trimmed(shown(cell(r, *ks))) : "";
    const XlsxCell typed_cell{XlsxCell::Type::text, typed, 0};
    std::string key;
    std::vector<std::string> words;
    if (m_spec.keyed_by == "kind") {
      for (std::size_t k = 0; k < k_catalog_kinds; ++k) {
        const std::string id(catalog_key(static_cast<CatalogKind>(k)));
        const std::string label_key = "wb_cat_" + id;
        words.emplace_back(label(m_lang, label_key));
        if (typed == id || is_label(typed_cell, label_key)) key = id;
      }
    } else {
      const schema::Section* section = schema::section_at(m_spec.kind, m_spec.rows);
      for (const auto& f : section->fields) {
        if (f.type != Type::amounts) continue;
        words.emplace_back(label(m_lang, f.label));
        if (typed == f.key || is_label(typed_cell, f.label)) key = std::string(f.key);
      }
    }
    if (key.empty()) {
      std::string list;
      for (const auto& w : words)
        list += (list.empty() ? "'" : ", '") + w + "'";
      m_r.error(m_si, r, ks ? ks->cell : first,
                words.size() == 2
                    ? msg(m_lang, "'{}' is neither '{}' nor '{}'", typed, words[0], words[1])
                    : msg(m_lang, "'{}' is none of: {}", typed, list));
      return;
    }
    Record& value = by_key.at(key, ks ? place_at(r, ks->cell) : 0);
    if (m_spec.keyed_by == "kind") {
      if (!value.is_list()) value = Record::list(place_at(r, first));
      Record& item = value.add(Record::map(place_at(r, first)));
      write_level(r, sheets::Level::row, item, "row");
      return;
    }
    if (!value.is_map()) value = Record::map(place_at(r, first));
    const Slot* name = slot("#name");
    const Slot* number = slot("#value");
    if (!name || cell(r, *name).empty()) {
      m_r.error(m_si, r, number ? number->cell : first,
                msg(m_lang, "an amount without its item: type the item in the column '{}'",
                    label(m_lang, "wb_item")));
      return;
    }
    const std::uint32_t key_at = place_at(r, name->cell);
    value.set(cell_value(cell(r, *name), Type::name, false),
              number && !cell(r, *number).empty() ? scalar(r, *number, Type::number)
                                                  : Record::null(key_at),
              key_at);
  }
};

} // namespace

void read_table_sheet(BookReader& reader, std::size_t si, const sheets::Sheet& spec) {
  TableReader(reader, si, spec).run();
}

} // namespace vap
