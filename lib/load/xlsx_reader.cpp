#include "vap/xlsx.hpp"

#include "vap/lazy_library.hpp"

#include <expat.h>
#include <zip.h>

#include <charconv>
#include <cstdlib>
#include <cstring>
#include <map>
#include <memory>
#include <set>

namespace vap {
namespace {

constexpr std::size_t k_max_rows = 100'000; // beyond these a cell is not workshop data
constexpr std::size_t k_max_cols = 1'000;

struct Fail {
  XlsxError error;
};

[[noreturn]] void fail(XlsxError::Kind kind, std::string detail = {}) {
  throw Fail{XlsxError{kind, std::move(detail)}};
}

// `text` a whole number in decimal digits alone (no sign, no space, no "0x", nothing after).
template <typename T> bool whole_number(std::string_view text, T& out) {
  if (text.empty() || text.find_first_not_of("0123456789") != std::string_view::npos) return false;
  return std::from_chars(text.data(), text.data() + text.size(), out).ec == std::errc{};
}

// A number cell's <v>: a decimal number (an exponent allowed, as Excel writes 1E-3), nothing
// before or after it; strtod would also read "0x10" as 16 and "12abc" as 12.
bool cell_number(std::string_view text, double& out) {
  if (text.empty() || text.front() == '+') return false;
  const auto r = std::from_chars(text.data(), text.data() + text.size(), out);
  return r.ec == std::errc{} && r.ptr == text.data() + text.size();
}

// ASCII case folding: part names are compared as OPC compares them (ECMA-376 part 2, 6.3.5).
std::string folded(std::string_view name) {
  std::string out(name);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

// The functions of libzip that vap calls, loaded with the library when the first workbook is
// read (vap/lazy_library.hpp; linked in where VAP_LAZY_LIBRARIES is not set).
// clang-format off
#define VAP_ZIP_FUNCTIONS(X) \
  X(zip_error_init) \
  X(zip_error_fini) \
  X(zip_error_strerror) \
  X(zip_error_code_zip) \
  X(zip_source_buffer_create) \
  X(zip_source_free) \
  X(zip_open_from_source) \
  X(zip_discard) \
  X(zip_get_num_entries) \
  X(zip_get_name) \
  X(zip_stat_index) \
  X(zip_name_locate) \
  X(zip_fopen_index) \
  X(zip_fclose) \
  X(zip_fread) \
  X(zip_strerror) \
  X(zip_file_strerror)
// clang-format on

VAP_LAZY_API(ZipApi, zip_api, VAP_ZIP_FUNCTIONS, VAP_ZIP_FILE, VAP_ZIP_PACKAGE,
             ExitStatus::no_input)

// The zip archive, with every part's size checked against the limit before anything is read.
class Archive {
public:
  Archive(std::string_view bytes, const ZipApi& z, Lang lang) : z(z), m_lang(lang) {
    // libzip opens 0 bytes as an empty archive; an empty file is no zip at all.
    if (bytes.empty()) fail(XlsxError::Kind::not_zip);
    zip_error_t err;
    z.zip_error_init(&err);
    zip_source_t* src = z.zip_source_buffer_create(bytes.data(), bytes.size(), 0, &err);
    if (!src) fail(XlsxError::Kind::broken, z.zip_error_strerror(&err));
    m_zip = z.zip_open_from_source(src, ZIP_RDONLY, &err);
    if (!m_zip) {
      const int code = z.zip_error_code_zip(&err);
      std::string why = z.zip_error_strerror(&err);
      z.zip_source_free(src);
      z.zip_error_fini(&err);
      if (code == ZIP_ER_NOZIP || code == ZIP_ER_INCONS) fail(XlsxError::Kind::not_zip, why);
      fail(XlsxError::Kind::broken, why);
    }
    z.zip_error_fini(&err);
    try {
      check_entries();
    } catch (...) { // a constructor that throws runs no destructor: close the archive here
      z.zip_discard(m_zip);
      throw;
    }
  }
  // Refuses an encrypted workbook, one whose directory says it unpacks to more than
  // k_max_unzipped (what it really unpacks to is counted by read), and two entries of one name
  // (libzip would read the first, other readers the last: the file would be two workbooks).
  void check_entries() const {
    std::uint64_t total = 0;
    std::set<std::string> names;
    const zip_int64_t n = z.zip_get_num_entries(m_zip, 0);
    for (zip_int64_t i = 0; i < n; ++i) {
      zip_stat_t st;
      if (z.zip_stat_index(m_zip, static_cast<zip_uint64_t>(i), 0, &st) != 0) continue;
      if ((st.valid & ZIP_STAT_ENCRYPTION_METHOD) && st.encryption_method != ZIP_EM_NONE)
        fail(XlsxError::Kind::encrypted);
      if (st.valid & ZIP_STAT_SIZE) total += st.size;
      if (total > k_max_unzipped) fail(XlsxError::Kind::too_big);
      const char* name = z.zip_get_name(m_zip, static_cast<zip_uint64_t>(i), ZIP_FL_ENC_RAW);
      if (name && !names.insert(folded(name)).second)
        fail(XlsxError::Kind::broken,
             msg(m_lang,
                 "it holds two parts named '{}' (one program reads the first, another "
                 "the second)",
                 name));
    }
  }
  ~Archive() {
    if (m_zip) z.zip_discard(m_zip);
  }
  Archive(const Archive&) = delete;
  Archive& operator=(const Archive&) = delete;

  bool has(const std::string& name) const { return z.zip_name_locate(m_zip, name.c_str(), 0) >= 0; }
  // Every entry's name, in the archive's order.
  std::vector<std::string> names() const {
    std::vector<std::string> out;
    const zip_int64_t n = z.zip_get_num_entries(m_zip, 0);
    for (zip_int64_t i = 0; i < n; ++i) {
      zip_stat_t st;
      if (z.zip_stat_index(m_zip, static_cast<zip_uint64_t>(i), 0, &st) == 0 &&
          (st.valid & ZIP_STAT_NAME))
        out.emplace_back(st.name);
    }
    return out;
  }

  // The part's bytes, read once; never more than its stated size (a lying header is a broken
  // file).
  std::optional<std::string> read(const std::string& name) const {
    const zip_int64_t index = z.zip_name_locate(m_zip, name.c_str(), 0);
    if (index < 0) return std::nullopt;
    zip_stat_t st;
    if (z.zip_stat_index(m_zip, static_cast<zip_uint64_t>(index), 0, &st) != 0)
      fail(XlsxError::Kind::broken, name);
    std::unique_ptr<zip_file_t, int (*)(zip_file_t*)> f(
        z.zip_fopen_index(m_zip, static_cast<zip_uint64_t>(index), 0), z.zip_fclose);
    if (!f) fail(XlsxError::Kind::broken, name + ": " + z.zip_strerror(m_zip));
    if (!m_read.insert(folded(name)).second)
      fail(XlsxError::Kind::broken,
           msg(m_lang, "the part {} is named twice (as two sheets, or as a sheet and another part)",
               name));
    // Counted in what the part really unpacks to: its directory entry may say less (then the
    // file is broken) or more than it holds; nothing is reserved on its word.
    std::string out;
    char buffer[1 << 16];
    for (;;) {
      const zip_int64_t r = z.zip_fread(f.get(), buffer, sizeof buffer);
      if (r < 0) fail(XlsxError::Kind::broken, name + ": " + z.zip_file_strerror(f.get()));
      if (r == 0) break;
      m_unpacked += static_cast<std::size_t>(r);
      if (m_unpacked > k_max_unzipped) fail(XlsxError::Kind::too_big);
      out.append(buffer, static_cast<std::size_t>(r));
      if ((st.valid & ZIP_STAT_SIZE) && out.size() > st.size)
        fail(XlsxError::Kind::broken,
             msg(m_lang, "the part {} unpacks to more than the zip's directory says", name));
    }
    return out;
  }

private:
  const ZipApi& z;
  Lang m_lang;
  zip_t* m_zip = nullptr;
  mutable std::set<std::string> m_read; // each part is read once (so parsed once)
  mutable std::size_t m_unpacked = 0;   // what the parts read so far unpacked to
};

// The local part of an XML name ("x:c" → "c", "r:id" → "id").
std::string_view local(const char* name) {
  std::string_view s = name;
  auto colon = s.rfind(':');
  return colon == std::string_view::npos ? s : s.substr(colon + 1);
}

const char* attr(const char** atts, std::string_view name) {
  for (int i = 0; atts[i]; i += 2)
    if (local(atts[i]) == name) return atts[i + 1];
  return nullptr;
}

// Runs expat over `xml`, calling the handler object's start/end/text.
template <typename Handler>
void parse_xml(const std::string& xml, const std::string& part, Handler& h) {
  std::unique_ptr<std::remove_pointer_t<XML_Parser>, void (*)(XML_Parser)> p(
      XML_ParserCreate(nullptr), &XML_ParserFree);
  XML_SetUserData(p.get(), &h);
  XML_SetElementHandler(
      p.get(),
      [](void* u, const char* name, const char** atts) {
        static_cast<Handler*>(u)->start(local(name), atts);
      },
      [](void* u, const char* name) { static_cast<Handler*>(u)->end(local(name)); });
  XML_SetCharacterDataHandler(p.get(), [](void* u, const char* s, int len) {
    static_cast<Handler*>(u)->text(std::string_view(s, static_cast<std::size_t>(len)));
  });
  if (XML_Parse(p.get(), xml.data(), static_cast<int>(xml.size()), 1) == XML_STATUS_ERROR)
    fail(XlsxError::Kind::broken, part + ": " + XML_ErrorString(XML_GetErrorCode(p.get())) +
                                      " at line " +
                                      std::to_string(XML_GetCurrentLineNumber(p.get())));
}

struct RelsHandler {
  std::map<std::string, std::string> targets; // Id → Target
  std::string office;                         // the officeDocument target (_rels/.rels)
  void start(std::string_view name, const char** atts) {
    if (name != "Relationship") return;
    const char* id = attr(atts, "Id");
    const char* target = attr(atts, "Target");
    const char* type = attr(atts, "Type");
    if (id && target) targets[id] = target;
    if (type && target && std::string_view(type).ends_with("/officeDocument")) office = target;
  }
  void end(std::string_view) {}
  void text(std::string_view) {}
};

struct BookHandler {
  struct Entry {
    std::string name, rel;
    bool hidden = false;
  };
  std::vector<Entry> sheets;
  bool date1904 = false;
  void start(std::string_view name, const char** atts) {
    if (name == "workbookPr") {
      const char* d = attr(atts, "date1904");
      date1904 = d && (std::string_view(d) == "1" || std::string_view(d) == "true");
    } else if (name == "sheet") {
      const char* n = attr(atts, "name");
      const char* id = attr(atts, "id");
      const char* state = attr(atts, "state");
      sheets.push_back({n ? n : "", id ? id : "", state && std::string_view(state) != "visible"});
    }
  }
  void end(std::string_view) {}
  void text(std::string_view) {}
};

// Shared strings: each <si> is a <t>, or rich-text runs <r><t>; phonetic runs <rPh> are not text.
struct StringsHandler {
  std::vector<std::string> strings;
  std::string current;
  bool in_t = false;
  int in_phonetic = 0;
  void start(std::string_view name, const char**) {
    if (name == "si") current.clear();
    if (name == "rPh") ++in_phonetic;
    if (name == "t") in_t = true;
  }
  void end(std::string_view name) {
    if (name == "t") in_t = false;
    if (name == "rPh") --in_phonetic;
    if (name == "si") strings.push_back(std::move(current));
  }
  void text(std::string_view s) {
    if (in_t && in_phonetic == 0) current.append(s);
  }
};

// "C7" → (6, 2); false when it is not a cell reference.
bool parse_ref(std::string_view ref, std::size_t& row, std::size_t& col) {
  std::size_t i = 0, c = 0, r = 0;
  while (i < ref.size() && ref[i] == '$')
    ++i;
  std::size_t letters = 0;
  for (; i < ref.size() && ((ref[i] >= 'A' && ref[i] <= 'Z') || (ref[i] >= 'a' && ref[i] <= 'z'));
       ++i, ++letters)
    c = c * 26 + static_cast<std::size_t>((ref[i] | 0x20) - 'a' + 1);
  if (i < ref.size() && ref[i] == '$') ++i;
  std::size_t digits = 0;
  for (; i < ref.size() && ref[i] >= '0' && ref[i] <= '9'; ++i, ++digits)
    r = r * 10 + static_cast<std::size_t>(ref[i] - '0');
  if (letters == 0 || letters > 3 || digits == 0 || digits > 7 || i != ref.size() || r == 0)
    return false;
  row = r - 1;
  col = c - 1;
  return true;
}

// What the cells of one workbook may fill in memory: each stored value counts, its text in full,
// and so does every cell a merged range fills and every slot of a row up to its last value. A
// few KB of XML can ask for gigabytes (a merged range A1:ALL99999, one long shared string in
// thousands of cells); a workshop workbook fills a few MB.
constexpr std::size_t k_max_cell_bytes = 32u << 20;

struct SheetHandler {
  SheetHandler(const std::vector<std::string>& s, const std::string& p, XlsxSheet& sh,
               std::size_t& budget, Lang lang)
      : strings(s), part(p), sheet(sh), budget(budget), lang(lang) {}
  const std::vector<std::string>& strings;
  const std::string& part;
  XlsxSheet& sheet;
  std::size_t& budget; // bytes the book's cells may still fill
  Lang lang;
  std::vector<std::pair<std::size_t, std::size_t>> merge_from, merge_to;

  std::size_t row = 0, next_row = 0, col = 0;
  std::string type;
  std::string value;
  bool in_cell = false, in_v = false, in_is_t = false, in_is = false;
  int in_phonetic = 0;

  // The workbook is refused: `what` says where, naming the sheet by its tab.
  [[noreturn]] void refuse(const std::string& what) const {
    fail(XlsxError::Kind::broken, msg(lang, "sheet '{}' ({}): {}", sheet.name, part, what));
  }

  void start(std::string_view name, const char** atts) {
    if (name == "row") {
      const char* r = attr(atts, "r");
      std::size_t n = 0;
      if (r && (!whole_number(std::string_view(r), n) || n == 0))
        refuse(msg(lang, "the row number '{}' is not a number", r));
      row = n > 0 ? n - 1 : next_row;
      next_row = row + 1;
      col = 0;
    } else if (name == "c") {
      in_cell = true;
      value.clear();
      const char* r = attr(atts, "r");
      std::size_t rr = row, cc = col;
      if (r && !parse_ref(r, rr, cc)) refuse(msg(lang, "'{}' is not a cell", r));
      row = rr;
      col = cc;
      const char* t = attr(atts, "t");
      type = t ? t : "n";
    } else if (in_cell && name == "v") {
      in_v = true;
    } else if (in_cell && name == "is") {
      in_is = true;
    } else if (in_is && name == "rPh") {
      ++in_phonetic;
    } else if (in_is && name == "t") {
      in_is_t = true;
    } else if (name == "mergeCell") {
      const char* ref = attr(atts, "ref");
      if (!ref) return;
      std::string_view s = ref;
      auto colon = s.find(':');
      std::size_t r1, c1, r2, c2;
      if (colon != std::string_view::npos && parse_ref(s.substr(0, colon), r1, c1) &&
          parse_ref(s.substr(colon + 1), r2, c2)) {
        merge_from.emplace_back(r1, c1);
        merge_to.emplace_back(r2, c2);
      }
    }
  }
  void end(std::string_view name) {
    if (name == "v") in_v = false;
    if (name == "t") in_is_t = false;
    if (name == "rPh") --in_phonetic;
    if (name == "is") in_is = false;
    if (name == "c" && in_cell) {
      in_cell = false;
      store();
      ++col;
    }
  }
  void text(std::string_view s) {
    if (in_v || (in_is_t && in_phonetic == 0)) value.append(s);
  }

  void store() {
    XlsxCell cell;
    auto at = [&] { return cell_name(row, col); }; // named only in a message
    if (type == "s") {
      if (value.empty()) return;
      std::size_t k = 0;
      if (!whole_number(std::string_view(value), k) || k >= strings.size())
        refuse(msg(lang, "cell {} names shared string '{}', which does not exist", at(), value));
      cell.type = XlsxCell::Type::text;
      cell.text = strings[k];
    } else if (type == "inlineStr" || type == "str" || type == "d") {
      cell.type = XlsxCell::Type::text;
      cell.text = value;
    } else if (type == "b") {
      if (value.empty()) return;
      cell.type = XlsxCell::Type::boolean;
      cell.number = value == "1" || value == "true" ? 1 : 0;
    } else if (type == "e") {
      cell.type = XlsxCell::Type::error;
      cell.text = value;
    } else {
      if (value.empty()) return; // a styled cell without a value
      if (!cell_number(value, cell.number))
        refuse(
            msg(lang, "cell {} is a number cell holding '{}', which is not a number", at(), value));
      cell.type = XlsxCell::Type::number;
    }
    if (cell.empty()) return;
    if (row >= k_max_rows || col >= k_max_cols)
      refuse(msg(lang, "a value in cell {}, beyond any workshop table ({} rows, {} columns)", at(),
                 k_max_rows, k_max_cols));
    put(row, col, std::move(cell));
  }
  // Counts what a cell fills against the book's budget: its slot, the slots before it in its
  // row and the rows before it, and its text.
  void spend(std::size_t bytes) {
    if (bytes > budget)
      refuse(msg(lang,
                 "its cells fill more than {} MiB (a merged range or a text counts for every "
                 "cell it fills); vap reads no workshop table this large",
                 k_max_cell_bytes >> 20));
    budget -= bytes;
  }
  void put(std::size_t r, std::size_t c, XlsxCell cell) {
    spend(sizeof(XlsxCell) + cell.text.size());
    if (sheet.rows.size() <= r) {
      spend((r + 1 - sheet.rows.size()) * sizeof(sheet.rows[0]));
      sheet.rows.resize(r + 1);
    }
    auto& cells = sheet.rows[r];
    if (cells.size() <= c) {
      spend((c + 1 - cells.size()) * sizeof(XlsxCell));
      cells.resize(c + 1);
    }
    cells[c] = std::move(cell);
  }
  // A merged range shows its first cell's value in all its cells (for headers over columns).
  void merges() {
    for (std::size_t k = 0; k < merge_from.size(); ++k) {
      auto [r1, c1] = merge_from[k];
      auto [r2, c2] = merge_to[k];
      if (r2 >= k_max_rows || c2 >= k_max_cols || r2 < r1 || c2 < c1) continue;
      const XlsxCell first = sheet.at(r1, c1);
      if (first.empty()) continue;
      for (std::size_t r = r1; r <= r2; ++r)
        for (std::size_t c = c1; c <= c2; ++c)
          if (r != r1 || c != c1) put(r, c, first);
    }
  }
};

// A part named from xl/workbook.xml's folder: "worksheets/sheet1.xml" or "/xl/worksheets/...".
std::string resolve_target(const std::string& base_dir, const std::string& target) {
  if (!target.empty() && target[0] == '/') return target.substr(1);
  std::string path = base_dir + target;
  // "xl/../x" is not used by Excel or LibreOffice; resolve ".." once for safety.
  for (auto dots = path.find("/../"); dots != std::string::npos; dots = path.find("/../")) {
    auto prev = path.rfind('/', dots == 0 ? 0 : dots - 1);
    path.erase(prev == std::string::npos ? 0 : prev + 1,
               dots + 4 - (prev == std::string::npos ? 0 : prev + 1));
  }
  return path;
}

bool contains_utf16(std::string_view bytes, std::string_view ascii) {
  std::string wide;
  for (char c : ascii) {
    wide += c;
    wide += '\0';
  }
  return bytes.find(wide) != std::string_view::npos;
}

} // namespace

const XlsxCell& XlsxSheet::at(std::size_t row, std::size_t col) const {
  static const XlsxCell empty;
  if (row >= rows.size() || col >= rows[row].size()) return empty;
  return rows[row][col];
}

std::string column_name(std::size_t col) {
  std::string s;
  for (std::size_t c = col + 1; c > 0; c = (c - 1) / 26)
    s.insert(s.begin(), static_cast<char>('A' + (c - 1) % 26));
  return s;
}

std::string cell_name(std::size_t row, std::size_t col) {
  return column_name(col) + std::to_string(row + 1);
}

std::optional<XlsxBook> read_xlsx(std::string_view bytes, std::string_view extension,
                                  XlsxError& error, Lang lang) {
  try {
    // An OLE compound file: an .xls, or an .xlsx encrypted with a password (Excel keeps an
    // encrypted workbook in this container, with an EncryptionInfo stream).
    if (bytes.size() >= 8 &&
        bytes.substr(0, 8) == std::string_view("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8)) {
      if (contains_utf16(bytes, "EncryptionInfo") || contains_utf16(bytes, "EncryptedPackage"))
        fail(XlsxError::Kind::encrypted);
      fail(XlsxError::Kind::old_excel);
    }
    if (extension == ".ods") fail(XlsxError::Kind::ods);
    Archive zip(bytes, zip_api(lang), lang);
    if (auto mime = zip.read("mimetype"); mime && mime->find("opendocument") != std::string::npos)
      fail(XlsxError::Kind::ods);

    std::string book_part = "xl/workbook.xml";
    if (auto rels = zip.read("_rels/.rels")) {
      RelsHandler h;
      parse_xml(*rels, "_rels/.rels", h);
      if (!h.office.empty()) book_part = resolve_target("", h.office);
    }
    auto book_xml = zip.read(book_part);
    if (!book_xml) {
      if (extension == ".xls") fail(XlsxError::Kind::old_excel);
      fail(XlsxError::Kind::broken, "it has no " + book_part);
    }
    const std::string dir = book_part.substr(0, book_part.rfind('/') + 1);
    const std::string rels_part =
        dir + "_rels/" + book_part.substr(book_part.rfind('/') + 1) + ".rels";
    BookHandler book;
    parse_xml(*book_xml, book_part, book);
    RelsHandler rels;
    if (auto r = zip.read(rels_part)) parse_xml(*r, rels_part, rels);

    StringsHandler strings;
    std::string strings_part = dir + "sharedStrings.xml";
    for (const auto& [id, target] : rels.targets)
      if (target.find("sharedStrings") != std::string::npos)
        strings_part = resolve_target(dir, target);
    if (auto s = zip.read(strings_part)) parse_xml(*s, strings_part, strings);

    XlsxBook out;
    out.date1904 = book.date1904;
    std::size_t budget = k_max_cell_bytes;
    std::map<std::string, std::string> sheet_of; // part (folded) → the sheet that names it
    for (const auto& entry : book.sheets) {
      auto it = rels.targets.find(entry.rel);
      if (it == rels.targets.end()) continue; // a chart sheet or a broken link: no cells
      const std::string part = resolve_target(dir, it->second);
      if (part.find("worksheets/") == std::string::npos) continue;
      if (auto [other, fresh] = sheet_of.emplace(folded(part), entry.name); !fresh)
        fail(XlsxError::Kind::broken,
             msg(lang, "sheets '{}' and '{}' are one part, {}", other->second, entry.name, part));
      auto xml = zip.read(part);
      if (!xml) fail(XlsxError::Kind::broken, "it has no " + part);
      XlsxSheet sheet;
      sheet.name = entry.name;
      sheet.hidden = entry.hidden;
      SheetHandler h(strings.strings, part, sheet, budget, lang);
      parse_xml(*xml, part, h);
      h.merges();
      out.sheets.push_back(std::move(sheet));
    }
    return out;
  } catch (const Fail& f) {
    error = f.error;
    return std::nullopt;
  }
}

std::optional<std::vector<std::pair<std::string, std::string>>>
read_zip_entries(std::string_view bytes, const std::function<bool(std::string_view)>& wanted,
                 XlsxError& error, Lang lang) {
  try {
    Archive zip(bytes, zip_api(lang), lang);
    std::vector<std::pair<std::string, std::string>> out;
    for (const auto& name : zip.names())
      if (wanted(name))
        if (auto b = zip.read(name)) out.emplace_back(name, std::move(*b));
    return out;
  } catch (const Fail& f) {
    error = f.error;
    return std::nullopt;
  }
}

} // namespace vap
