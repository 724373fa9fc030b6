#include "vap/xlsx_book.hpp"

#include "vap/error.hpp"
#include "vap/lazy_library.hpp"
#include "vap/text.hpp"
#include "vap/utf8_path.hpp"

#include <fmt/format.h>
#include <xlsxwriter.h>

#include <algorithm>

namespace vap {
namespace {

// The functions of libxlsxwriter that vap calls, loaded with the library when the first workbook
// is written (vap/lazy_library.hpp; linked in where VAP_LAZY_LIBRARIES is not set).
// clang-format off
#define VAP_XLSXWRITER_FUNCTIONS(X) \
  X(workbook_new_opt) \
  X(workbook_add_worksheet) \
  X(workbook_add_format) \
  X(workbook_close) \
  X(lxw_strerror) \
  X(format_set_align) \
  X(format_set_bg_color) \
  X(format_set_bold) \
  X(format_set_border) \
  X(format_set_num_format) \
  X(format_set_text_wrap) \
  X(worksheet_data_validation_range) \
  X(worksheet_fit_to_pages) \
  X(worksheet_freeze_panes) \
  X(worksheet_hide) \
  X(worksheet_set_column) \
  X(worksheet_set_landscape) \
  X(worksheet_write_comment) \
  X(worksheet_write_datetime) \
  X(worksheet_write_formula_num) \
  X(worksheet_write_number) \
  X(worksheet_write_string)
// clang-format on

// The first call, when a workbook is opened, says in the request's language why the library
// cannot be loaded; the calls after it find the functions ready.
VAP_LAZY_API(XlsxApi, xlsx_api, VAP_XLSXWRITER_FUNCTIONS, VAP_XLSXWRITER_FILE,
             VAP_XLSXWRITER_PACKAGE, ExitStatus::cant_create)

lxw_worksheet* ws(void* p) {
  return static_cast<lxw_worksheet*>(p);
}
lxw_format* fmt_of(void* p) {
  return static_cast<lxw_format*>(p);
}
lxw_row_t row(std::size_t r) {
  return static_cast<lxw_row_t>(r);
}
lxw_col_t col(std::size_t c) {
  return static_cast<lxw_col_t>(c);
}

} // namespace

std::string column_letters(std::size_t c) {
  std::string s;
  for (std::size_t n = c + 1; n > 0; n = (n - 1) / 26)
    s.insert(s.begin(), static_cast<char>('A' + (n - 1) % 26));
  return s;
}

std::string column_range(const std::string& sheet, std::size_t c, std::size_t first,
                         std::size_t last) {
  std::string q = "'";
  for (char ch : sheet)
    q += ch == '\'' ? std::string("''") : std::string(1, ch);
  return fmt::format("={}'!${}${}:${}${}", q, column_letters(c), first + 1, column_letters(c),
                     last + 1);
}

XlsxBook::XlsxBook(const std::string& path, Lang lang) {
  xlsx_api(lang);
  m_tmpdir = path_text(utf8_path(path).parent_path());
  lxw_workbook_options options{};
  options.tmpdir = m_tmpdir.empty() ? nullptr : m_tmpdir.data();
  lxw_workbook* wb = xlsx_api().workbook_new_opt(path.c_str(), &options);
  if (!wb) throw Error(ExitStatus::cant_create, "cannot create the workbook " + path);
  m_wb = wb;
  lxw_format* header = xlsx_api().workbook_add_format(wb);
  xlsx_api().format_set_bold(header);
  xlsx_api().format_set_bg_color(header, 0xDDEBF7);
  xlsx_api().format_set_border(header, LXW_BORDER_THIN);
  xlsx_api().format_set_text_wrap(header);
  xlsx_api().format_set_align(header, LXW_ALIGN_VERTICAL_TOP);
  lxw_format* date = xlsx_api().workbook_add_format(wb);
  xlsx_api().format_set_num_format(date, "yyyy-mm-dd");
  lxw_format* total = xlsx_api().workbook_add_format(wb);
  xlsx_api().format_set_bold(total);
  xlsx_api().format_set_bg_color(total, 0xF2F2F2);
  lxw_format* wrap = xlsx_api().workbook_add_format(wb);
  xlsx_api().format_set_text_wrap(wrap);
  xlsx_api().format_set_align(wrap, LXW_ALIGN_VERTICAL_TOP);
  m_styles = {{CellStyle::plain, nullptr},
              {CellStyle::header, header},
              {CellStyle::date, date},
              {CellStyle::total, total},
              {CellStyle::wrap, wrap}};
}

XlsxBook::~XlsxBook() {
  if (m_wb) xlsx_api().workbook_close(static_cast<lxw_workbook*>(m_wb));
}

void XlsxBook::close() {
  lxw_error e = xlsx_api().workbook_close(static_cast<lxw_workbook*>(m_wb));
  m_wb = nullptr;
  if (e != LXW_NO_ERROR)
    throw Error(ExitStatus::cant_create,
                fmt::format("cannot write the workbook: {}", xlsx_api().lxw_strerror(e)));
}

void* XlsxBook::style(CellStyle s) const {
  return m_styles.at(s);
}

XlsxSheetWriter& XlsxBook::sheet(const std::string& name) {
  void* w = xlsx_api().workbook_add_worksheet(static_cast<lxw_workbook*>(m_wb), name.c_str());
  m_sheets.push_back(std::unique_ptr<XlsxSheetWriter>(new XlsxSheetWriter(*this, w, name)));
  xlsx_api().worksheet_set_landscape(ws(w));
  xlsx_api().worksheet_fit_to_pages(ws(w), 1, 0);
  return *m_sheets.back();
}

XlsxSheetWriter::XlsxSheetWriter(XlsxBook& book, void* w, std::string name)
    : m_book(book), m_ws(w), m_name(std::move(name)) {}

void XlsxSheetWriter::text(std::size_t r, std::size_t c, const std::string& s, CellStyle st) {
  xlsx_api().worksheet_write_string(ws(m_ws), row(r), col(c), s.c_str(), fmt_of(m_book.style(st)));
  fit(c, s);
}

void XlsxSheetWriter::number(std::size_t r, std::size_t c, double v, CellStyle st) {
  xlsx_api().worksheet_write_number(ws(m_ws), row(r), col(c), v, fmt_of(m_book.style(st)));
  fit(c, fmt::format("{}", v));
}

void XlsxSheetWriter::formula(std::size_t r, std::size_t c, const std::string& f, double cached,
                              CellStyle st) {
  xlsx_api().worksheet_write_formula_num(ws(m_ws), row(r), col(c), f.c_str(),
                                         fmt_of(m_book.style(st)), cached);
  fit(c, fmt::format("{}", cached));
}

void XlsxSheetWriter::date(std::size_t r, std::size_t c, const std::string& iso) {
  int y = 0, m = 0, d = 0;
  if (iso.size() != 10 || std::sscanf(iso.c_str(), "%4d-%2d-%2d", &y, &m, &d) != 3) {
    text(r, c, iso);
    return;
  }
  lxw_datetime dt{y, m, d, 0, 0, 0};
  xlsx_api().worksheet_write_datetime(ws(m_ws), row(r), col(c), &dt,
                                      fmt_of(m_book.style(CellStyle::date)));
  fit(c, "0000-00-00");
}

void XlsxSheetWriter::comment(std::size_t r, std::size_t c, const std::string& s) {
  xlsx_api().worksheet_write_comment(ws(m_ws), row(r), col(c), s.c_str());
}

void XlsxSheetWriter::list(std::size_t c, std::size_t first, std::size_t last,
                           const std::string& formula) {
  lxw_data_validation v{};
  v.validate = LXW_VALIDATION_TYPE_LIST_FORMULA;
  v.value_formula = const_cast<char*>(formula.c_str());
  v.error_type = LXW_VALIDATION_ERROR_TYPE_WARNING;
  xlsx_api().worksheet_data_validation_range(ws(m_ws), row(first), col(c), row(last), col(c), &v);
}

void XlsxSheetWriter::freeze(std::size_t rows, std::size_t cols) {
  xlsx_api().worksheet_freeze_panes(ws(m_ws), row(rows), col(cols));
}

void XlsxSheetWriter::hide() {
  xlsx_api().worksheet_hide(ws(m_ws));
}

void XlsxSheetWriter::widths(double min, double max) {
  for (auto [c, w] : m_width)
    xlsx_api().worksheet_set_column(ws(m_ws), col(c), col(c), std::clamp(w * 1.1 + 2, min, max),
                                    nullptr);
}

void XlsxSheetWriter::width(std::size_t c, double w) {
  m_width[c] = std::max(m_width[c], w);
}

void XlsxSheetWriter::set_width(std::size_t c, double w) {
  xlsx_api().worksheet_set_column(ws(m_ws), col(c), col(c), w, nullptr);
}

void XlsxSheetWriter::fit(std::size_t c, const std::string& s) {
  std::size_t w = 0, start = 0;
  for (;;) {
    const auto nl = s.find('\n', start);
    w = std::max(w, codepoints(std::string_view(s).substr(
                        start, nl == std::string::npos ? nl : nl - start)));
    if (nl == std::string::npos) break;
    start = nl + 1;
  }
  width(c, static_cast<double>(w));
}

} // namespace vap
