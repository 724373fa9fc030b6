// The .xlsx reader and the workbook → YAML files step, on workbooks zipped here with libzip
// from XML written in the test.
#include "vap/workbook.hpp"
#include "vap/xlsx.hpp"
#include "vap/yaml_writer.hpp"

#include "temp_folder.hpp"

#include <doctest/doctest.h>
#include <zip.h>

#include <map>

using namespace vap;
using vap::test::TempFolder;

namespace {

// A zip of `parts` (name → bytes) in memory.
std::string zipped(const std::map<std::string, std::string>& parts) {
  zip_error_t err;
  zip_error_init(&err);
  zip_source_t* src = zip_source_buffer_create(nullptr, 0, 0, &err);
  REQUIRE(src);
  zip_source_keep(src);
  zip_t* z = zip_open_from_source(src, ZIP_TRUNCATE, &err);
  REQUIRE(z);
  for (const auto& [name, bytes] : parts) {
    zip_source_t* s = zip_source_buffer(z, bytes.data(), bytes.size(), 0);
    REQUIRE(zip_file_add(z, name.c_str(), s, ZIP_FL_ENC_UTF_8) >= 0);
  }
  REQUIRE(zip_close(z) == 0);
  REQUIRE(zip_source_open(src) == 0);
  std::string out;
  char buffer[4096];
  for (zip_int64_t n; (n = zip_source_read(src, buffer, sizeof buffer)) > 0;)
    out.append(buffer, static_cast<std::size_t>(n));
  zip_source_close(src);
  zip_source_free(src);
  return out;
}

const char* k_ns =
    R"( xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main")"
    R"( xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships")";

// A workbook of the given sheets (name → sheetData XML) with shared strings `sst`.
std::string book(const std::vector<std::pair<std::string, std::string>>& sheets,
                 const std::string& sst = "", const std::string& workbook_pr = "") {
  std::map<std::string, std::string> parts;
  std::string list, rels;
  for (std::size_t i = 0; i < sheets.size(); ++i) {
    const std::string n = std::to_string(i + 1);
    list += "<sheet name=\"" + sheets[i].first + "\" sheetId=\"" + n + "\" r:id=\"rId" + n + "\"/>";
    rels += "<Relationship Id=\"rId" + n + "\" Type=\"x/worksheet\" Target=\"worksheets/sheet" + n +
            ".xml\"/>";
    parts["xl/worksheets/sheet" + n + ".xml"] = std::string("<worksheet") + k_ns + "><sheetData>" +
                                                sheets[i].second + "</sheetData></worksheet>";
  }
  parts["xl/workbook.xml"] = std::string("<workbook") + k_ns + ">" + workbook_pr + "<sheets>" +
                             list + "</sheets></workbook>";
  parts["xl/_rels/workbook.xml.rels"] = "<Relationships>" + rels + "</Relationships>";
  if (!sst.empty())
    parts["xl/sharedStrings.xml"] = std::string("<sst") + k_ns + ">" + sst + "</sst>";
  return zipped(parts);
}

} // namespace

TEST_CASE("cell names are Excel's") {
  CHECK(cell_name(0, 0) == "A1");
  CHECK(cell_name(6, 2) == "C7");
  CHECK(cell_name(0, 25) == "Z1");
  CHECK(cell_name(9, 26) == "AA10");
  CHECK(column_name(701) == "ZZ");
  CHECK(column_name(702) == "AAA");
}

TEST_CASE("cells: shared and inline strings, numbers, booleans, errors, formulas' cached values") {
  const std::string xml =
      R"(<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><t>inline</t></is></c>)"
      R"(<c r="C1"><v>2.5</v></c><c r="D1" t="b"><v>1</v></c><c r="E1" t="e"><v>#N/A</v></c></row>)"
      R"(<row r="3"><c r="B3"><f>1+2</f><v>3</v></c><c t="str"><f>"a"&amp;"b"</f><v>ab</v></c>)"
      R"(<c r="E3" s="4"/></row>)";
  const std::string sst = R"(<si><r><t>Жол</t></r><r><t>дор</t></r><rPh><t>x</t></rPh></si>)";
  XlsxError e;
  auto b = read_xlsx(book({{"S", xml}}, sst), ".xlsx", e);
  REQUIRE(b);
  REQUIRE(b->sheets.size() == 1);
  const XlsxSheet& s = b->sheets[0];
  CHECK(s.name == "S");
  CHECK(s.at(0, 0).text == "Жолдор");
  CHECK(s.at(0, 1).text == "inline");
  CHECK(s.at(0, 2).type == XlsxCell::Type::number);
  CHECK(s.at(0, 2).number == 2.5);
  CHECK(s.at(0, 3).type == XlsxCell::Type::boolean);
  CHECK(s.at(0, 3).number == 1);
  CHECK(s.at(0, 4).type == XlsxCell::Type::error);
  CHECK(s.at(0, 4).text == "#N/A");
  CHECK(s.at(1, 0).empty()); // an absent row
  CHECK(s.at(2, 1).number == 3);
  CHECK(s.at(2, 2).text == "ab"); // a cell without r follows the one before
  CHECK(s.at(2, 4).empty());      // styled, no value
  CHECK(s.rows.size() == 3);
  CHECK_FALSE(b->date1904);
}

TEST_CASE("merged cells show their first cell's value") {
  const std::string sheet =
      std::string("<worksheet") + k_ns +
      R"(><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>H</t></is></c></row></sheetData>)"
      R"(<mergeCells><mergeCell ref="A1:C1"/></mergeCells></worksheet>)";
  std::map<std::string, std::string> parts{
      {"xl/workbook.xml",
       std::string("<workbook") + k_ns +
           R"(><workbookPr date1904="1"/><sheets><sheet name="M" r:id="rId1"/></sheets></workbook>)"},
      {"xl/_rels/workbook.xml.rels",
       R"(<Relationships><Relationship Id="rId1" Target="/xl/worksheets/s.xml"/></Relationships>)"},
      {"xl/worksheets/s.xml", sheet}};
  XlsxError e;
  auto b = read_xlsx(zipped(parts), ".xlsx", e);
  REQUIRE(b);
  CHECK(b->date1904);
  CHECK(b->sheets[0].at(0, 2).text == "H");
  CHECK(b->sheets[0].at(0, 3).empty());
}

namespace {

// The part of a sheet named `name` with `rows` and `tail` (after sheetData).
std::string sheet_part(const std::string& rows, const std::string& tail = "") {
  return std::string("<worksheet") + k_ns + "><sheetData>" + rows + "</sheetData>" + tail +
         "</worksheet>";
}

// A workbook of `tabs` sheet entries (named 1, 2, ...) that all name the part sheet1.xml.
std::string one_part_book(std::size_t tabs) {
  std::string list;
  for (std::size_t i = 1; i <= tabs; ++i)
    list += "<sheet name=\"" + std::to_string(i) + "\" r:id=\"rId1\"/>";
  return zipped({{"xl/workbook.xml",
                  std::string("<workbook") + k_ns + "><sheets>" + list + "</sheets></workbook>"},
                 {"xl/_rels/workbook.xml.rels",
                  R"(<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/>)"
                  R"(</Relationships>)"},
                 {"xl/worksheets/sheet1.xml", sheet_part("")}});
}

} // namespace

TEST_CASE("a workbook is counted in what it fills, not in what it declares (issue 32)") {
  XlsxError e;
  // One merged range over 100 M cells, in a sheet vap does not read.
  const std::string merged =
      sheet_part(R"(<row r="1"><c r="A1" t="inlineStr"><is><t>n</t></is>)"
                 R"(</c></row>)",
                 R"(<mergeCells><mergeCell ref="A1:ALL99999"/></mergeCells>)");
  std::map<std::string, std::string> parts{
      {"xl/workbook.xml", std::string("<workbook") + k_ns +
                              R"(><sheets><sheet name="Notes" r:id="rId1"/></sheets></workbook>)"},
      {"xl/_rels/workbook.xml.rels",
       R"(<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>)"},
      {"xl/worksheets/sheet1.xml", merged}};
  CHECK_FALSE(read_xlsx(zipped(parts), ".xlsx", e));
  CHECK(e.kind == XlsxError::Kind::broken);
  CHECK(e.detail == "sheet 'Notes' (xl/worksheets/sheet1.xml): its cells fill more than 32 MiB (a "
                    "merged range or a text counts for every cell it fills); vap reads no "
                    "workshop table this large");

  // 2,000 cells showing one shared string of 1 MB: each counts its text.
  std::string rows;
  for (int r = 1; r <= 2000; ++r)
    rows += "<row r=\"" + std::to_string(r) + "\"><c r=\"A" + std::to_string(r) +
            "\" t=\"s\"><v>0</v></c></row>";
  CHECK_FALSE(read_xlsx(book({{"S", rows}}, "<si><t>" + std::string(1 << 20, 'x') + "</t></si>"),
                        ".xlsx", e));
  CHECK(e.detail.find("its cells fill more than 32 MiB") != std::string::npos);

  // A hundred such cells are read, each with the whole text.
  rows.clear();
  for (int r = 1; r <= 10; ++r)
    rows += "<row r=\"" + std::to_string(r) + "\"><c t=\"s\"><v>0</v></c></row>";
  auto b = read_xlsx(book({{"S", rows}}, "<si><t>" + std::string(1 << 20, 'x') + "</t></si>"),
                     ".xlsx", e);
  REQUIRE(b);
  CHECK(b->sheets[0].at(9, 0).text.size() == 1u << 20);
}

TEST_CASE("each part is read once: sheets that name one part are refused (issue 32)") {
  XlsxError e;
  CHECK_FALSE(read_xlsx(one_part_book(1000), ".xlsx", e));
  CHECK(e.detail == "sheets '1' and '2' are one part, xl/worksheets/sheet1.xml");
  CHECK(read_xlsx(one_part_book(1), ".xlsx", e));
}

TEST_CASE("two zip entries of one name, in any case, are a broken file (issue 32)") {
  XlsxError e;
  CHECK_FALSE(read_xlsx(zipped({{"xl/workbook.xml", "<workbook/>"}, {"XL/Workbook.xml", "<x/>"}}),
                        ".xlsx", e));
  CHECK(e.kind == XlsxError::Kind::broken);
  CHECK(e.detail == "it holds two parts named 'xl/workbook.xml' (one program reads the first, "
                    "another the second)");
}

TEST_CASE("number cells, shared-string indexes and row numbers are read strictly (issue 32)") {
  XlsxError e;
  auto refused = [&](const std::string& cell) {
    return !read_xlsx(book({{"S", R"(<row r="1">)" + cell + "</row>"}}, "<si><t>a</t></si>"),
                      ".xlsx", e);
  };
  CHECK(refused(R"(<c r="B1"><v>0x10</v></c>)"));
  CHECK(e.detail == "sheet 'S' (xl/worksheets/sheet1.xml): cell B1 is a number cell holding "
                    "'0x10', which is not a number");
  CHECK(refused(R"(<c r="A1"><v>12abc</v></c>)"));
  CHECK(refused(R"(<c r="A1"><v>+1</v></c>)"));
  CHECK(refused(R"(<c r="A1"><v> 1</v></c>)"));
  CHECK(refused(R"(<c r="A1" t="s"><v>0junk</v></c>)"));
  CHECK(e.detail == "sheet 'S' (xl/worksheets/sheet1.xml): cell A1 names shared string '0junk', "
                    "which does not exist");
  CHECK(refused(R"(<c r="A1" t="s"><v>-0</v></c>)"));
  CHECK_FALSE(read_xlsx(book({{"S", R"(<row r="1x"><c><v>1</v></c></row>)"}}), ".xlsx", e));
  CHECK(e.detail == "sheet 'S' (xl/worksheets/sheet1.xml): the row number '1x' is not a number");
  auto b = read_xlsx(book({{"S", R"(<row r="1"><c><v>1E-3</v></c><c><v>-2.5e+2</v></c></row>)"}}),
                     ".xlsx", e);
  REQUIRE(b);
  CHECK(b->sheets[0].at(0, 0).number == 0.001);
  CHECK(b->sheets[0].at(0, 1).number == -250);
}

TEST_CASE("a value beyond the table's limits names the sheet's tab (issue 32)") {
  XlsxError e;
  CHECK_FALSE(read_xlsx(book({{"Заметки", R"(<row r="100001"><c r="A100001"><v>1</v></c></row>)"}}),
                        ".xlsx", e, Lang::ru));
  CHECK(e.detail == "лист 'Заметки' (xl/worksheets/sheet1.xml): значение в ячейке A100001, за "
                    "пределами любой таблицы семинара (100000 строк, 1000 столбцов)");
}

TEST_CASE("0 bytes are no zip file (issue 32)") {
  XlsxError e;
  CHECK_FALSE(read_xlsx("", ".xlsx", e));
  CHECK(e.kind == XlsxError::Kind::not_zip);
}

TEST_CASE("files that are not workbooks say what they are") {
  XlsxError e;
  CHECK_FALSE(read_xlsx("municipality:\n", ".xlsx", e));
  CHECK(e.kind == XlsxError::Kind::not_zip);
  CHECK(xlsx_error_message(Lang::en, e) == "this is not an .xlsx workbook (it is not a zip file); "
                                           "save it from Excel or LibreOffice as .xlsx");

  const std::string ole("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
  CHECK_FALSE(read_xlsx(ole + std::string("W\0o\0r\0k\0b\0o\0o\0k\0", 16), ".xls", e));
  CHECK(e.kind == XlsxError::Kind::old_excel);
  CHECK(xlsx_error_message(Lang::en, e) == "old Excel format (.xls): open it and save as .xlsx");
  CHECK_FALSE(
      read_xlsx(ole + std::string("E\0n\0c\0r\0y\0p\0t\0i\0o\0n\0I\0n\0f\0o\0", 28), ".xlsx", e));
  CHECK(e.kind == XlsxError::Kind::encrypted);
  CHECK(xlsx_error_message(Lang::ru, e) ==
        "книга зашифрована (защищена паролем); сохраните её без пароля");

  CHECK_FALSE(read_xlsx(zipped({{"mimetype", "application/vnd.oasis.opendocument.spreadsheet"}}),
                        ".xlsx", e));
  CHECK(e.kind == XlsxError::Kind::ods);

  CHECK_FALSE(read_xlsx(zipped({{"xl/worksheets/sheet1.xml", std::string((64u << 20) + 1, '0')}}),
                        ".xlsx", e));
  CHECK(e.kind == XlsxError::Kind::too_big);
  CHECK(xlsx_error_message(Lang::en, e) ==
        "the workbook unpacks to more than 64 MiB; is it a workshop workbook?");

  CHECK_FALSE(read_xlsx(zipped({{"other.txt", "x"}}), ".xlsx", e));
  CHECK(e.kind == XlsxError::Kind::broken);
  CHECK(xlsx_error_message(Lang::en, e) == "the workbook is broken: it has no xl/workbook.xml");

  CHECK_FALSE(read_xlsx(book({{"S", "<row><c>"}}), ".xlsx", e));
  CHECK(e.kind == XlsxError::Kind::broken);
  CHECK(e.detail.rfind("xl/worksheets/sheet1.xml: mismatched tag", 0) == 0);
}

namespace {

std::string inl(const std::string& ref, const std::string& text) {
  return "<c r=\"" + ref + "\" t=\"inlineStr\"><is><t>" + text + "</t></is></c>";
}
std::string num(const std::string& ref, const std::string& v) {
  return "<c r=\"" + ref + "\"><v>" + v + "</v></c>";
}

} // namespace

TEST_CASE("a workbook becomes the records of files, each value at its cell, in any sheet order and "
          "language") {
  const std::string gallery = "<row r=\"1\">" + inl("A1", "Problem") + inl("B1", "Всего") +
                              inl("C1", "1 аялдар") + inl("D1", "1 men") + "</row><row r=\"2\">" +
                              inl("A2", "Жолдор") + num("C2", "3") + num("D2", "4") + "</row>";
  const std::string sessions = "<row r=\"1\">" + inl("A1", "№") + inl("B1", "Күнү") +
                               inl("C1", "Айыл") + inl("D1", "Группа") + inl("E1", "Women") +
                               inl("F1", "Men") + "</row><row r=\"2\">" + num("A2", "1") +
                               num("B2", "41694") + inl("C2", "A") + inl("D2", "mixed") +
                               num("E2", "2") + num("F2", "3") + "</row>";
  const std::string mun = "<row r=\"1\">" + inl("A1", "Field") + inl("B1", "Value") + "</row>" +
                          "<row r=\"2\">" + inl("A2", "Name") + inl("B2", "T \"AA\"") + "</row>" +
                          "<row r=\"3\">" + inl("A3", "Village") + inl("B3", "A") + "</row>";
  XlsxError e;
  auto b = read_xlsx(book({{"g", gallery}, {"s", sessions}, {"m", mun}}), ".xlsx", e);
  REQUIRE(b);
  Sources sources;
  Diagnostics diags;
  auto files = workbook_files(*b, sources, sources.add("t.xlsx"), diags);
  CHECK_FALSE(diags.has_errors());
  REQUIRE(files.size() == 2);
  CHECK(files[0].name == "municipality.yaml");
  CHECK(yaml_text(files[0].record) == "municipality:\n  name: T \"AA\"\n  villages: [A]\n");
  CHECK(files[1].name == "sessions/01.yaml");
  CHECK(yaml_text(files[1].record) == "session:\n  date: 2014-02-24\n  village: A\n  group: mixed\n"
                                      "  participants: {women: 2, men: 3}\ngallery:\n  votes:\n"
                                      "    Жолдор: {women: 3, men: 4}\n");
  // Each value knows its cell.
  const Record& date = *files[1].record.get("session")->get("date");
  REQUIRE(date.place > 0);
  CHECK(cell_label(files[1].cells[date.place - 1]) == "s!B2");
  CHECK(files[1].cells[date.place - 1].value == "2014-02-24"); // as the cell shows it
  const Record& men = *files[1].record.get("gallery")->get("votes")->get("Жолдор")->get("men");
  CHECK(cell_label(files[1].cells[men.place - 1]) == "g!D2");
}

TEST_CASE("dates: the 1900 and 1904 systems and dates typed as text") {
  auto date_of = [](const std::string& cell, const std::string& pr = "") {
    const std::string sessions = "<row r=\"1\">" + inl("A1", "No.") + inl("B1", "Date") +
                                 inl("C1", "Village") + "</row><row r=\"2\">" + cell +
                                 inl("C2", "A") + "</row>";
    const std::string mun = "<row>" + inl("A1", "Field") + inl("B1", "Value") + "</row>";
    XlsxError e;
    auto b = read_xlsx(book({{"s", sessions}, {"m", mun}}, "", pr), ".xlsx", e);
    REQUIRE(b);
    Sources sources;
    Diagnostics diags;
    auto files = workbook_files(*b, sources, sources.add("t.xlsx"), diags);
    REQUIRE(files.size() == 2);
    return files[1].record.get("session")->get("date")->text;
  };
  CHECK(date_of(num("B2", "41694")) == "2014-02-24");
  CHECK(date_of(num("B2", "1")) == "1900-01-01");
  CHECK(date_of(num("B2", "61")) == "1900-03-01");
  CHECK(date_of(num("B2", "60")) == "1900-02-29"); // the day Excel counts and that was not
  CHECK(date_of(num("B2", "40232"), "<workbookPr date1904=\"1\"/>") == "2014-02-24");
  CHECK(date_of(num("B2", "41694.75")) == "2014-02-24");
  // Dates typed as text stay as typed: the parser reads 24.02.2014 as people type it.
  CHECK(date_of(inl("B2", " 2014-02-24 ")) == "2014-02-24");
  CHECK(date_of(inl("B2", "4.2.2014")) == "4.2.2014");
  CHECK(date_of(inl("B2", "yesterday")) == "yesterday");
}

TEST_CASE("a workbook in a folder is loaded as that municipality's files") {
  XlsxError e;
  const std::string mun = "<row>" + inl("A1", "Поле") + inl("B1", "Значение") + "</row><row>" +
                          inl("A2", "Название") + inl("B2", "Test AA") + "</row><row>" +
                          inl("A3", "Село") + inl("B3", "A") + "</row>";
  TempFolder dir;
  dir.write("w/test.xlsx", book({{"m", mun}}));
  dir.write("w/~$test.xlsx", "an Excel lock file");
  LoadOptions o;
  Loaded loaded = load({dir.path("w")}, o);
  CHECK(format_diagnostics(loaded.diags, loaded.sources) == "");
  REQUIRE(loaded.program.municipalities.size() == 1);
  CHECK(loaded.program.municipalities[0].id == "test");
  CHECK(loaded.program.municipalities[0].name == "Test AA");
  CHECK(loaded.files.size() == 1);
}
