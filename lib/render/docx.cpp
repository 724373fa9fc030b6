#include "vap/docx.hpp"

#include "vap/table.hpp"
#include "vap/text.hpp"
#include "vap/zip_archive.hpp"

#include <fmt/format.h>
#include <md4c.h>

#include <algorithm>
#include <array>
#include <numeric>
#include <stdexcept>

namespace vap {
namespace {

// The A4 page in twentieths of a point (twips): 210 × 297 mm, margins left 30 mm, right 15 mm,
// top and bottom 20 mm; the text area is 165 mm wide.
constexpr int k_page_width = 11906;
constexpr int k_page_height = 16838;
constexpr int k_margin_left = 1701;
constexpr int k_margin_right = 850;
constexpr int k_margin_top = 1134;
constexpr int k_margin_bottom = 1134;
constexpr int k_text_width = k_page_width - k_margin_left - k_margin_right;
// A table's text at 11 pt: about half an em a character (Times New Roman's Cyrillic and Latin
// letters average 0.45 to 0.5 em), and a cell's padding left and right.
constexpr int k_char_width = 115;
constexpr int k_cell_padding = 2 * 85;
// A form's row (a table row whose last cell is empty): tall enough to write in, 0.9 cm.
constexpr int k_form_row = 510;
// Four underscores or more are a blank to fill in.
constexpr std::size_t k_blank = 4;

std::string_view lang_tag(Lang lang) {
  switch (lang) {
  case Lang::ky:
    return "ky-KG";
  case Lang::ru:
    return "ru-RU";
  case Lang::en:
    break;
  }
  return "en-GB";
}

struct Cell {
  std::string xml;  // its paragraphs
  std::string text; // its plain text, to size the column
  bool header = false;
  bool empty = true;
};

struct List {
  bool ordered = false;
  int num = 0; // numId in numbering.xml
};

// Markdown (md4c's events) to the body of word/document.xml.
class Builder {
public:
  void enter_block(MD_BLOCKTYPE type, void* detail) {
    switch (type) {
    case MD_BLOCK_H: {
      const unsigned level = static_cast<MD_BLOCK_H_DETAIL*>(detail)->level;
      if (level == 1) m_letterhead = false;
      open_paragraph(fmt::format("<w:pStyle w:val=\"Heading{}\"/>", std::min(level, 3u)));
      break;
    }
    case MD_BLOCK_P:
      if (!m_lists.empty() && m_item_open) {
        open_paragraph(list_properties());
        m_item_open = false;
      } else if (!m_lists.empty()) {
        open_paragraph(fmt::format("<w:ind w:left=\"{}\"/>", 567 * m_lists.size()));
      } else {
        // A paragraph right under a table keeps a line's distance from it.
        open_paragraph(std::string(m_letterhead ? "<w:jc w:val=\"center\"/>" : "") +
                       (m_after_table ? "<w:spacing w:before=\"120\"/>" : ""));
      }
      break;
    case MD_BLOCK_UL:
    case MD_BLOCK_OL: {
      List l;
      l.ordered = type == MD_BLOCK_OL;
      if (l.ordered) {
        m_starts.push_back(static_cast<MD_BLOCK_OL_DETAIL*>(detail)->start);
        l.num = static_cast<int>(m_starts.size()) + 1; // numId 1 is the bullets'
      } else {
        l.num = 1;
      }
      m_lists.push_back(l);
      break;
    }
    case MD_BLOCK_LI:
      m_item_open = true;
      break;
    case MD_BLOCK_HR:
      m_page_break = true;
      m_letterhead = true;
      break;
    case MD_BLOCK_TABLE:
      if (m_after_table) m_body += "<w:p/>"; // two tables in a row would be one in Word
      m_rows.clear();
      break;
    case MD_BLOCK_TR:
      m_rows.emplace_back();
      break;
    case MD_BLOCK_TH:
    case MD_BLOCK_TD: {
      const MD_ALIGN align = static_cast<MD_BLOCK_TD_DETAIL*>(detail)->align;
      m_rows.back().emplace_back();
      m_rows.back().back().header = type == MD_BLOCK_TH;
      m_cell = &m_rows.back().back();
      std::string_view jc = align == MD_ALIGN_RIGHT    ? "right"
                            : align == MD_ALIGN_CENTER ? "center"
                            : type == MD_BLOCK_TH      ? "center"
                                                       : "";
      m_cell_properties = "<w:pStyle w:val=\"TableText\"/>";
      if (!jc.empty()) m_cell_properties += fmt::format("<w:jc w:val=\"{}\"/>", jc);
      break;
    }
    default:
      break;
    }
  }

  void leave_block(MD_BLOCKTYPE type) {
    switch (type) {
    case MD_BLOCK_H:
    case MD_BLOCK_P:
      close_paragraph();
      break;
    case MD_BLOCK_LI:
      close_paragraph();
      m_item_open = false;
      break;
    case MD_BLOCK_UL:
    case MD_BLOCK_OL:
      m_lists.pop_back();
      break;
    case MD_BLOCK_TH:
    case MD_BLOCK_TD:
      close_paragraph();
      if (m_cell->xml.empty()) m_cell->xml = "<w:p><w:pPr>" + m_cell_properties + "</w:pPr></w:p>";
      m_cell = nullptr;
      break;
    case MD_BLOCK_TABLE:
      write_table();
      m_after_table = true;
      return;
    default:
      break;
    }
    if (type != MD_BLOCK_TR && type != MD_BLOCK_THEAD && type != MD_BLOCK_TBODY &&
        type != MD_BLOCK_TH && type != MD_BLOCK_TD && type != MD_BLOCK_DOC)
      m_after_table = false;
  }

  void span(MD_SPANTYPE type, bool enter) {
    flush();
    const int step = enter ? 1 : -1;
    if (type == MD_SPAN_STRONG) m_bold += step;
    if (type == MD_SPAN_EM) m_italic += step;
  }

  void text(MD_TEXTTYPE type, std::string_view s) {
    switch (type) {
    case MD_TEXT_BR:
      ensure_paragraph();
      flush();
      out() += "<w:r><w:br/></w:r>";
      return;
    case MD_TEXT_SOFTBR:
      add_text(" ");
      return;
    case MD_TEXT_ENTITY:
      add_text(entity(s));
      return;
    case MD_TEXT_NULLCHAR:
      add_text("\uFFFD");
      return;
    default:
      add_text(s);
    }
  }

  std::string body() {
    if (m_after_table) m_body += "<w:p/>"; // a document does not end with a table
    return m_body;
  }
  const std::vector<unsigned>& starts() const { return m_starts; }

private:
  std::string& out() { return m_cell ? m_cell->xml : m_body; }

  std::string list_properties() const {
    return fmt::format("<w:pStyle w:val=\"ListParagraph\"/><w:numPr><w:ilvl w:val=\"{}\"/>"
                       "<w:numId w:val=\"{}\"/></w:numPr>",
                       std::min<std::size_t>(m_lists.size() - 1, 2), m_lists.back().num);
  }

  void open_paragraph(const std::string& properties) {
    close_paragraph();
    std::string p = properties;
    if (m_page_break && !m_cell) {
      p += "<w:pageBreakBefore/>";
      m_page_break = false;
    }
    out() += p.empty() ? "<w:p>" : "<w:p><w:pPr>" + p + "</w:pPr>";
    m_paragraph = true;
  }

  // Text outside a paragraph: a tight list's item, a table cell.
  void ensure_paragraph() {
    if (m_paragraph) return;
    if (m_cell) {
      open_paragraph(m_cell_properties);
    } else if (!m_lists.empty()) {
      open_paragraph(m_item_open ? list_properties() : "");
      m_item_open = false;
    } else {
      open_paragraph("");
    }
  }

  void close_paragraph() {
    if (!m_paragraph) return;
    flush();
    out() += "</w:p>";
    m_paragraph = false;
  }

  void run(std::string_view s, bool blank) {
    std::string properties;
    if (m_bold > 0) properties += "<w:b/>";
    if (m_italic > 0) properties += "<w:i/>";
    if (blank) properties += "<w:highlight w:val=\"yellow\"/>";
    out() += "<w:r>";
    if (!properties.empty()) out() += "<w:rPr>" + properties + "</w:rPr>";
    out() += "<w:t xml:space=\"preserve\">" + html_escape(s) + "</w:t></w:r>";
  }

  // Text is gathered until its formatting changes (md4c gives an escaped character, an entity,
  // a line of a paragraph as pieces of their own), then written in runs, each blank (a run of
  // underscores) highlighted apart.
  void add_text(std::string_view s) {
    if (s.empty()) return;
    ensure_paragraph();
    if (m_cell) {
      m_cell->text += s;
      m_cell->empty = false;
    }
    m_pending += s;
  }

  void flush() {
    const std::string s = std::move(m_pending);
    m_pending.clear();
    std::size_t at = 0;
    while (at < s.size()) {
      const std::size_t start = s.find(std::string(k_blank, '_'), at);
      if (start == std::string::npos) {
        run(std::string_view(s).substr(at), false);
        break;
      }
      std::size_t end = start;
      while (end < s.size() && s[end] == '_')
        ++end;
      if (start > at) run(std::string_view(s).substr(at, start - at), false);
      run(std::string_view(s).substr(start, end - start), true);
      at = end;
    }
  }

  // md4c gives the entities of the text as they are; the papers' Markdown has only these (typed
  // text is escaped by md_cell).
  static std::string entity(std::string_view e) {
    if (e == "&amp;") return "&";
    if (e == "&lt;") return "<";
    if (e == "&gt;") return ">";
    if (e == "&quot;") return "\"";
    if (e == "&nbsp;") return "\u00a0";
    return std::string(e);
  }

  void write_table() {
    std::size_t columns = 0;
    for (const auto& r : m_rows)
      columns = std::max(columns, r.size());
    if (columns == 0) return;
    std::vector<std::size_t> word(columns, 1), cell(columns, 1);
    for (const auto& r : m_rows)
      for (std::size_t c = 0; c < r.size(); ++c) {
        const std::string& t = r[c].text;
        // A header's bold letters are about a fifth wider.
        auto width = [&](std::string_view s) {
          const std::size_t n = codepoints(s);
          return r[c].header ? n + (n + 4) / 5 : n;
        };
        cell[c] = std::max(cell[c], width(t));
        std::size_t start = 0;
        for (std::size_t i = 0; i <= t.size(); ++i)
          if (i == t.size() || t[i] == ' ') {
            word[c] = std::max(word[c], width(std::string_view(t).substr(start, i - start)));
            start = i + 1;
          }
      }
    const std::vector<int> widths = column_widths(word, cell, k_text_width);
    std::string& o = m_body;
    o += "<w:tbl><w:tblPr><w:tblW w:w=\"" + std::to_string(k_text_width) +
         "\" w:type=\"dxa\"/><w:tblBorders>";
    for (const char* side : {"top", "left", "bottom", "right", "insideH", "insideV"})
      o +=
          fmt::format("<w:{} w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>", side);
    o += "</w:tblBorders><w:tblLayout w:type=\"fixed\"/><w:tblCellMar><w:left w:w=\"85\" "
         "w:type=\"dxa\"/><w:right w:w=\"85\" w:type=\"dxa\"/></w:tblCellMar>"
         "<w:tblLook w:val=\"0420\" w:firstRow=\"1\" w:lastRow=\"0\" w:firstColumn=\"0\" "
         "w:lastColumn=\"0\" w:noHBand=\"0\" w:noVBand=\"1\"/></w:tblPr><w:tblGrid>";
    for (int w : widths)
      o += fmt::format("<w:gridCol w:w=\"{}\"/>", w);
    o += "</w:tblGrid>";
    for (auto& r : m_rows) {
      const bool header = !r.empty() && r.front().header;
      const bool form = !header && (r.size() < columns || (!r.empty() && r.back().empty));
      o += "<w:tr><w:trPr><w:cantSplit/>";
      if (header) o += "<w:tblHeader/>";
      if (form) o += fmt::format("<w:trHeight w:val=\"{}\" w:hRule=\"atLeast\"/>", k_form_row);
      o += "</w:trPr>";
      for (std::size_t c = 0; c < columns; ++c) {
        o += fmt::format("<w:tc><w:tcPr><w:tcW w:w=\"{}\" w:type=\"dxa\"/>", widths[c]);
        if (header) o += "<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"E7E6E6\"/>";
        o += "</w:tcPr>";
        if (c < r.size())
          o += r[c].xml;
        else
          o += "<w:p><w:pPr><w:pStyle w:val=\"TableText\"/></w:pPr></w:p>";
        o += "</w:tc>";
      }
      o += "</w:tr>";
    }
    o += "</w:tbl>";
    m_rows.clear();
  }

  std::string m_body;
  std::string m_pending; // text of the current run, not written yet
  bool m_paragraph = false;
  bool m_letterhead = true; // before the first heading 1 of a page
  bool m_page_break = false;
  bool m_after_table = false;
  bool m_item_open = false; // a list item whose first paragraph has not started
  int m_bold = 0;
  int m_italic = 0;
  std::vector<List> m_lists;
  std::vector<unsigned> m_starts; // each ordered list's first number
  std::vector<std::vector<Cell>> m_rows;
  Cell* m_cell = nullptr;
  std::string m_cell_properties;
};

int enter_block(MD_BLOCKTYPE type, void* detail, void* user) {
  static_cast<Builder*>(user)->enter_block(type, detail);
  return 0;
}
int leave_block(MD_BLOCKTYPE type, void*, void* user) {
  static_cast<Builder*>(user)->leave_block(type);
  return 0;
}
int enter_span(MD_SPANTYPE type, void*, void* user) {
  static_cast<Builder*>(user)->span(type, true);
  return 0;
}
int leave_span(MD_SPANTYPE type, void*, void* user) {
  static_cast<Builder*>(user)->span(type, false);
  return 0;
}
int on_text(MD_TEXTTYPE type, const MD_CHAR* text, MD_SIZE size, void* user) {
  static_cast<Builder*>(user)->text(type, std::string_view(text, size));
  return 0;
}

constexpr std::string_view k_xml =
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
constexpr std::string_view k_w =
    "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";

std::string content_types() {
  return std::string(k_xml) +
         "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
         "<Default Extension=\"rels\" "
         "ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
         "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
         "<Override PartName=\"/word/document.xml\" ContentType=\"application/"
         "vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
         "<Override PartName=\"/word/styles.xml\" ContentType=\"application/"
         "vnd.openxmlformats-officedocument.wordprocessingml.styles+xml\"/>"
         "<Override PartName=\"/word/numbering.xml\" ContentType=\"application/"
         "vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml\"/>"
         "<Override PartName=\"/word/settings.xml\" ContentType=\"application/"
         "vnd.openxmlformats-officedocument.wordprocessingml.settings+xml\"/>"
         "<Override PartName=\"/docProps/core.xml\" "
         "ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>"
         "<Override PartName=\"/docProps/app.xml\" ContentType=\"application/"
         "vnd.openxmlformats-officedocument.extended-properties+xml\"/>"
         "</Types>\n";
}

std::string relationships(const std::vector<std::pair<std::string, std::string>>& targets) {
  std::string out = std::string(k_xml) +
                    "<Relationships "
                    "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">";
  int id = 1;
  for (const auto& [type, target] : targets)
    out +=
        fmt::format("<Relationship Id=\"rId{}\" Type=\"{}\" Target=\"{}\"/>", id++, type, target);
  return out + "</Relationships>\n";
}

constexpr std::string_view k_office_rel =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";

// Times New Roman in every script; `size` in half points.
std::string font(int size) {
  return fmt::format("<w:rFonts w:ascii=\"Times New Roman\" w:hAnsi=\"Times New Roman\" "
                     "w:cs=\"Times New Roman\" w:eastAsia=\"Times New Roman\"/>"
                     "<w:sz w:val=\"{0}\"/><w:szCs w:val=\"{0}\"/>",
                     size);
}

std::string styles(Lang lang) {
  std::string out = std::string(k_xml) + "<w:styles " + std::string(k_w) + ">";
  out += "<w:docDefaults><w:rPrDefault><w:rPr>" + font(24) +
         fmt::format("<w:lang w:val=\"{0}\" w:eastAsia=\"{0}\" w:bidi=\"{0}\"/>", lang_tag(lang)) +
         "</w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after=\"120\" "
         "w:line=\"240\" w:lineRule=\"auto\"/></w:pPr></w:pPrDefault></w:docDefaults>";
  out += "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name "
         "w:val=\"Normal\"/><w:qFormat/><w:pPr><w:jc w:val=\"both\"/></w:pPr></w:style>";
  // Headings: the title (14 pt) and the subject centered, sections on the left; each kept
  // with the paragraph after it.
  const std::array<std::pair<int, std::string_view>, 3> headings = {
      {{28, "center"}, {24, "center"}, {24, "left"}}};
  for (std::size_t i = 0; i < headings.size(); ++i)
    out += fmt::format(
        "<w:style w:type=\"paragraph\" w:styleId=\"Heading{0}\"><w:name w:val=\"heading "
        "{0}\"/><w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/><w:uiPriority "
        "w:val=\"9\"/><w:qFormat/><w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before=\"{1}\" "
        "w:after=\"120\"/><w:jc w:val=\"{2}\"/><w:outlineLvl w:val=\"{3}\"/></w:pPr><w:rPr>"
        "<w:b/><w:bCs/><w:sz w:val=\"{4}\"/><w:szCs w:val=\"{4}\"/></w:rPr></w:style>",
        i + 1, i == 0 ? 240 : 180, headings[i].second, i, headings[i].first);
  out += "<w:style w:type=\"paragraph\" w:styleId=\"TableText\"><w:name w:val=\"Table "
         "Text\"/><w:basedOn w:val=\"Normal\"/><w:qFormat/><w:pPr><w:spacing w:after=\"0\"/>"
         "<w:jc w:val=\"left\"/></w:pPr><w:rPr><w:sz w:val=\"22\"/><w:szCs w:val=\"22\"/>"
         "</w:rPr></w:style>";
  out += "<w:style w:type=\"paragraph\" w:styleId=\"ListParagraph\"><w:name w:val=\"List "
         "Paragraph\"/><w:basedOn w:val=\"Normal\"/><w:uiPriority w:val=\"34\"/><w:qFormat/>"
         "<w:pPr><w:spacing w:after=\"60\"/></w:pPr></w:style>";
  out += "<w:style w:type=\"table\" w:default=\"1\" w:styleId=\"TableNormal\"><w:name "
         "w:val=\"Normal Table\"/><w:tblPr><w:tblInd w:w=\"0\" w:type=\"dxa\"/><w:tblCellMar>"
         "<w:top w:w=\"0\" w:type=\"dxa\"/><w:left w:w=\"108\" w:type=\"dxa\"/><w:bottom "
         "w:w=\"0\" w:type=\"dxa\"/><w:right w:w=\"108\" w:type=\"dxa\"/></w:tblCellMar>"
         "</w:tblPr></w:style>";
  return out + "</w:styles>\n";
}

// Bullets (numId 1) and one numbered list per ordered list of the text (numId 2, 3, ...), each
// starting at its own first number.
std::string numbering(const std::vector<unsigned>& starts) {
  std::string out = std::string(k_xml) + "<w:numbering " + std::string(k_w) + ">";
  auto level = [](int i, std::string_view format, std::string_view text) {
    return fmt::format("<w:lvl w:ilvl=\"{0}\"><w:start w:val=\"1\"/><w:numFmt w:val=\"{1}\"/>"
                       "<w:lvlText w:val=\"{2}\"/><w:lvlJc w:val=\"left\"/><w:pPr><w:ind "
                       "w:left=\"{3}\" w:hanging=\"397\"/></w:pPr></w:lvl>",
                       i, format, text, 397 + 567 * i);
  };
  out += "<w:abstractNum w:abstractNumId=\"0\"><w:multiLevelType w:val=\"hybridMultilevel\"/>";
  for (int i = 0; i < 3; ++i)
    out += level(i, "bullet", i == 1 ? "–" : "•");
  out += "</w:abstractNum><w:abstractNum w:abstractNumId=\"1\"><w:multiLevelType "
         "w:val=\"hybridMultilevel\"/>";
  for (int i = 0; i < 3; ++i)
    out += level(i, "decimal", i == 0 ? "%1." : i == 1 ? "%2)" : "%3.");
  out += "</w:abstractNum><w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>";
  for (std::size_t i = 0; i < starts.size(); ++i)
    out += fmt::format("<w:num w:numId=\"{}\"><w:abstractNumId w:val=\"1\"/><w:lvlOverride "
                       "w:ilvl=\"0\"><w:startOverride w:val=\"{}\"/></w:lvlOverride></w:num>",
                       i + 2, std::max(1u, starts[i]));
  return out + "</w:numbering>\n";
}

std::string settings(Lang lang) {
  return std::string(k_xml) + "<w:settings " + std::string(k_w) +
         "><w:defaultTabStop w:val=\"708\"/><w:characterSpacingControl "
         "w:val=\"doNotCompress\"/><w:compat><w:compatSetting w:name=\"compatibilityMode\" "
         "w:uri=\"http://schemas.microsoft.com/office/word\" w:val=\"15\"/></w:compat>" +
         fmt::format("<w:themeFontLang w:val=\"{}\"/>", lang_tag(lang)) + "</w:settings>\n";
}

std::string core(const DocxOptions& o) {
  return std::string(k_xml) +
         "<cp:coreProperties "
         "xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
         "xmlns:dc=\"http://purl.org/dc/elements/1.1/\">" +
         "<dc:title>" + html_escape(o.title) + "</dc:title><dc:creator>vap</dc:creator>" +
         "<dc:language>" + std::string(lang_tag(o.lang)) + "</dc:language></cp:coreProperties>\n";
}

std::string app() {
  return std::string(k_xml) +
         "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/"
         "extended-properties\"><Application>vap</Application></Properties>\n";
}

} // namespace

std::vector<int> column_widths(const std::vector<std::size_t>& longest_word,
                               const std::vector<std::size_t>& longest_cell, int total) {
  const std::size_t n = longest_word.size();
  std::vector<double> least(n), most(n);
  for (std::size_t c = 0; c < n; ++c) {
    least[c] = static_cast<double>(longest_word[c] * k_char_width + k_cell_padding);
    most[c] =
        std::max(least[c], static_cast<double>(longest_cell[c] * k_char_width + k_cell_padding));
  }
  const double sum_least = std::accumulate(least.begin(), least.end(), 0.0);
  const double sum_most = std::accumulate(most.begin(), most.end(), 0.0);
  std::vector<double> w(n);
  for (std::size_t c = 0; c < n; ++c) {
    if (sum_most <= total)
      w[c] = most[c] * total / sum_most; // room for every cell on one line: share it out
    else if (sum_least <= total && sum_most > sum_least)
      w[c] = least[c] + (total - sum_least) * (most[c] - least[c]) / (sum_most - sum_least);
    else
      w[c] = least[c] * total / sum_least; // the longest words do not fit: they break
  }
  std::vector<int> out(n);
  int given = 0;
  for (std::size_t c = 0; c < n; ++c) {
    out[c] = static_cast<int>(w[c]);
    given += out[c];
  }
  if (n > 0) out.back() += total - given;
  return out;
}

std::vector<std::pair<std::string, std::string>> docx_parts(std::string_view markdown,
                                                            const DocxOptions& o) {
  Builder b;
  MD_PARSER parser{};
  parser.flags = MD_FLAG_TABLES | MD_FLAG_NOHTML | MD_FLAG_STRIKETHROUGH;
  parser.enter_block = enter_block;
  parser.leave_block = leave_block;
  parser.enter_span = enter_span;
  parser.leave_span = leave_span;
  parser.text = on_text;
  if (md_parse(markdown.data(), static_cast<MD_SIZE>(markdown.size()), &parser, &b) != 0)
    throw std::runtime_error("md4c could not read the paper's Markdown");
  std::string document =
      std::string(k_xml) + "<w:document " + std::string(k_w) + "><w:body>" + b.body() +
      fmt::format("<w:sectPr><w:pgSz w:w=\"{}\" w:h=\"{}\"/><w:pgMar w:top=\"{}\" w:right=\"{}\" "
                  "w:bottom=\"{}\" w:left=\"{}\" w:header=\"567\" w:footer=\"567\" "
                  "w:gutter=\"0\"/></w:sectPr>",
                  k_page_width, k_page_height, k_margin_top, k_margin_right, k_margin_bottom,
                  k_margin_left) +
      "</w:body></w:document>\n";
  const std::string office(k_office_rel);
  return {
      {"[Content_Types].xml", content_types()},
      {"_rels/.rels",
       relationships({{office + "officeDocument", "word/document.xml"},
                      {"http://schemas.openxmlformats.org/package/2006/relationships/metadata/"
                       "core-properties",
                       "docProps/core.xml"},
                      {office + "extended-properties", "docProps/app.xml"}})},
      {"word/document.xml", document},
      {"word/_rels/document.xml.rels", relationships({{office + "styles", "styles.xml"},
                                                      {office + "numbering", "numbering.xml"},
                                                      {office + "settings", "settings.xml"}})},
      {"word/styles.xml", styles(o.lang)},
      {"word/numbering.xml", numbering(b.starts())},
      {"word/settings.xml", settings(o.lang)},
      {"docProps/core.xml", core(o)},
      {"docProps/app.xml", app()},
  };
}

std::string docx_document(std::string_view markdown, const DocxOptions& options) {
  return zip_archive(docx_parts(markdown, options), options.lang);
}

} // namespace vap
