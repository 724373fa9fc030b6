#include "vap/diag.hpp"
#include "vap/text.hpp"

#include <doctest/doctest.h>

using namespace vap;

namespace {

struct OneFile {
  Sources sources;
  std::uint32_t file = 0;
  explicit OneFile(std::string text, std::string path = "m/s.yaml") {
    file = sources.add(std::move(path));
    sources.set_text(file, std::move(text));
  }
};

} // namespace

TEST_CASE("diag: path:line:col: error: message, the line and a caret") {
  OneFile f("session:\n  date: 2015-02-30\n");
  Diagnostic d{Severity::error, SourcePos{f.file, 2, 9}, "'date' is not a real date: 2015-02-30"};
  CHECK(format_diagnostic(d, f.sources) ==
        "m/s.yaml:2:9: error: 'date' is not a real date: 2015-02-30\n"
        " 2 |   date: 2015-02-30\n"
        "   |         ^\n");
  d.severity = Severity::warning;
  CHECK(format_diagnostic(d, f.sources).rfind("m/s.yaml:2:9: warning: ", 0) == 0);
}

TEST_CASE("diag: the column counts characters, and the caret sits under a Cyrillic column") {
  OneFile f("gallery:\n  votes:\n    Ичүүчү суу: 2.5\n");
  // The byte offset of "2.5" on line 3: four spaces, 10 Cyrillic letters (2 bytes each),
  // a space, ':' and a space.
  const std::string line = "    Ичүүчү суу: 2.5";
  SourcePos pos = f.sources.at(f.file, 2, line.find("2.5"));
  CHECK(pos.line == 3);
  CHECK(pos.col == 17);
  Diagnostic d{Severity::error, pos, "'Ичүүчү суу' must be a whole number, not a fraction (2.5)"};
  CHECK(format_diagnostic(d, f.sources) ==
        "m/s.yaml:3:17: error: 'Ичүүчү суу' must be a whole number, not a fraction (2.5)\n"
        " 3 |     Ичүүчү суу: 2.5\n"
        "   |                 ^\n");
}

TEST_CASE("diag: a CRLF line is shown without its carriage return") {
  OneFile f("session:\r\n  village: Кербн\r\n");
  SourcePos pos = f.sources.at(f.file, 1, 11);
  CHECK(pos.col == 12);
  CHECK(f.sources.line(f.file, 2) == "  village: Кербн");
  Diagnostic d{Severity::error, pos, "x"};
  CHECK(format_diagnostic(d, f.sources) == "m/s.yaml:2:12: error: x\n"
                                           " 2 |   village: Кербн\n"
                                           "   |            ^\n");
}

TEST_CASE("diag: a byte that is not UTF-8 is shown as a replacement character under the caret") {
  OneFile f("votes:\n  Мусо\xffр: 2\n");
  SourcePos pos = f.sources.at_offset(f.file, std::string("votes:\n  Мусо").size());
  CHECK(pos.line == 2);
  CHECK(pos.col == 7);
  Diagnostic d{Severity::error, pos, "this byte is not UTF-8"};
  CHECK(format_diagnostic(d, f.sources) == "m/s.yaml:2:7: error: this byte is not UTF-8\n"
                                           " 2 |   Мусо\xEF\xBF\xBDр: 2\n"
                                           "   |       ^\n");
}

TEST_CASE("diag: a tab before the column is kept so that the caret lines up") {
  OneFile f("a:\n\tb: x\n");
  Diagnostic d{Severity::error, SourcePos{f.file, 2, 2}, "tab"};
  CHECK(format_diagnostic(d, f.sources) == "m/s.yaml:2:2: error: tab\n"
                                           " 2 | \tb: x\n"
                                           "   | \t^\n");
}

TEST_CASE("diag: messages with no line, and with no file") {
  OneFile f("x: 1\n");
  CHECK(format_diagnostic(
            {Severity::error, SourcePos{f.file, 0, 0}, "cannot read the file: Permission denied"},
            f.sources) == "m/s.yaml: error: cannot read the file: Permission denied\n");
  CHECK(format_diagnostic({Severity::error, SourcePos{}, "cannot read 'x': no such file or folder"},
                          f.sources) == "vap: error: cannot read 'x': no such file or folder\n");
}

TEST_CASE("diag: all diagnostics sorted by path, line and column, each once") {
  Sources sources;
  auto b = sources.add("b.yaml");
  auto a = sources.add("a.yaml");
  sources.set_text(a, "x: 1\ny: 2\n");
  sources.set_text(b, "x: 1\n");
  Diagnostics diags;
  diags.warning(SourcePos{a, 2, 1}, "second");
  diags.error(SourcePos{b, 1, 1}, "third");
  diags.error(SourcePos{a, 1, 4}, "first");
  diags.error(SourcePos{a, 1, 4}, "first");
  diags.error(SourcePos{}, "no place");
  CHECK(diags.error_count() == 4);
  CHECK(diags.warning_count() == 1);
  auto sorted = diags.sorted(sources);
  REQUIRE(sorted.size() == 4);
  CHECK(sorted[0].message == "no place");
  CHECK(sorted[1].message == "first");
  CHECK(sorted[2].message == "second");
  CHECK(sorted[3].message == "third");
  CHECK(format_diagnostics(diags, sources) == "vap: error: no place\n"
                                              "a.yaml:1:4: error: first\n"
                                              " 1 | x: 1\n"
                                              "   |    ^\n"
                                              "a.yaml:2:1: warning: second\n"
                                              " 2 | y: 2\n"
                                              "   | ^\n"
                                              "b.yaml:1:1: error: third\n"
                                              " 1 | x: 1\n"
                                              "   | ^\n");
}

TEST_CASE("diag: the position of a byte offset") {
  OneFile f("ab\nЖаңы: x\n\nz");
  CHECK(f.sources.at_offset(f.file, 0).line == 1);
  CHECK(f.sources.at_offset(f.file, 0).col == 1);
  SourcePos x = f.sources.at_offset(f.file, std::string("ab\nЖаңы: ").size());
  CHECK(x.line == 2);
  CHECK(x.col == 7);
  SourcePos z = f.sources.at_offset(f.file, std::string("ab\nЖаңы: x\n\n").size());
  CHECK(z.line == 4);
  CHECK(z.col == 1);
}

TEST_CASE("positions in a workbook print as Sheet!C7 with the cell's value") {
  Sources sources;
  const std::uint32_t f = sources.add("book.xlsx");
  sources.set_text(f, "session:\n  participants: \"many\"\nmap:\n  - {name: [x}\n");
  sources.set_cells(
      f, {CellPlace{"Сессиялар", 1, 6, 0, "", 0}, CellPlace{"Сессиялар", 1, 6, 4, "many", 0},
          CellPlace{"yaml", 3, 1, 1, "map:", 1}, CellPlace{"yaml", 3, 1, 1, "  - {name: [x}", 2}});
  CHECK(cell_label(CellPlace{"My sheet", 0, 0, 27, "", 0}) == "'My sheet'!AB1");
  CHECK(cell_label(CellPlace{"it's", 0, 9, 0, "", 0}) == "'it''s'!A10");
  Diagnostics d;
  d.error(SourcePos{f, 4, 12}, "inner");
  d.error(SourcePos{f, 2, 17}, "not a number");
  d.error(SourcePos{f, 1, 1}, "at the row");
  CHECK(format_diagnostics(d, sources) == "book.xlsx:Сессиялар!A7: error: at the row\n"
                                          "book.xlsx:Сессиялар!E7: error: not a number\n"
                                          " E7 | many\n"
                                          "book.xlsx:yaml!B2:2:12: error: inner\n"
                                          " 2 |   - {name: [x}\n"
                                          "   |            ^\n");
  // A YAML position keeps its form.
  Sources plain;
  const std::uint32_t y = plain.add("a.yaml");
  plain.set_text(y, "x: 1\n");
  Diagnostics d2;
  d2.error(SourcePos{y, 1, 4}, "m");
  CHECK(format_diagnostics(d2, plain) == "a.yaml:1:4: error: m\n 1 | x: 1\n   |    ^\n");
}

TEST_CASE("a message at a cell quotes the column's header where it quotes a YAML key") {
  Sources sources;
  const std::uint32_t f = sources.add("book.xlsx");
  sources.set_text(f, "plan:\n  year: \"year\"\n");
  auto headers = std::make_shared<std::vector<std::pair<std::string, std::string>>>(
      std::vector<std::pair<std::string, std::string>>{{"year", "Жылы"}, {"unit", "Бирдиги"}});
  CellPlace at{"БАП", 0, 1, 0, "year", 0, headers};
  sources.set_cells(f, {at, at});
  Diagnostics d;
  // The first 'year' is the key; the second, the value typed, stays; 'units' is no key.
  d.error(SourcePos{f, 2, 3}, "'year' must be a whole number, not 'year'; 'units'");
  CHECK(format_diagnostics(d, sources) ==
        "book.xlsx:БАП!A2: error: 'Жылы' must be a whole number, not 'year'; 'units'\n"
        " A2 | year\n");
}

TEST_CASE("diag: at most 100 diagnostics of a file are kept, the others counted") {
  OneFile f("a: 1\n", "m/s.yaml");
  Diagnostics d;
  for (int i = 0; i < 250; ++i)
    d.error(SourcePos{f.file, 1, static_cast<std::uint32_t>(i + 1)}, "e");
  d.warning(SourcePos{f.file, 1, 1}, "w");
  CHECK(d.error_count() == 250);
  CHECK(d.warning_count() == 1);
  CHECK(d.items().size() == 100);
  CHECK(d.dropped_per_file().at(f.file) == 151);
  const std::string out = format_diagnostics(d, f.sources);
  CHECK(out.substr(out.rfind("m/s.yaml: and")) ==
        "m/s.yaml: and 151 more problems in this file (the first 100 are shown)\n");
}

TEST_CASE("diag: the first 1000 of a run are shown; appending keeps the limits and the counts") {
  Sources sources;
  Diagnostics run;
  for (int k = 0; k < 12; ++k) {
    const std::uint32_t file = sources.add("f" + std::to_string(k) + ".yaml");
    sources.set_text(file, "a\n");
    Diagnostics one;
    for (int i = 0; i < 100; ++i)
      one.error(SourcePos{file, 1, 1}, "e" + std::to_string(i));
    run.append(one);
  }
  CHECK(run.error_count() == 1200);
  CHECK(run.items().size() == 1200);
  const std::string out = format_diagnostics(run, sources);
  std::size_t shown = 0;
  for (std::size_t at = out.find(": error: "); at != std::string::npos;
       at = out.find(": error: ", at + 1))
    ++shown;
  CHECK(shown == 1000);
  // Ten whole files in the printout's order, the last two left out.
  const std::vector<Diagnostic> sorted = run.sorted(sources);
  CHECK(out.find(sources.path(sorted[999].pos.file) + ":1:1: error: e99") != std::string::npos);
  CHECK(out.find(sources.path(sorted[1000].pos.file) + ":") == std::string::npos);
  CHECK(out.substr(out.rfind("vap: and")) ==
        "vap: and 200 more problems (the first 1000 of a run are shown)\n");
}

TEST_CASE("diag: a control character in a file name is quoted; invisible characters are not "
          "quoted raw") {
  OneFile f("name: a\xE2\x80\xAE"
            "b\n",
            "two\nlines.yaml");
  Diagnostics d;
  d.error(SourcePos{f.file, 1, 8}, "m");
  CHECK(format_diagnostics(d, f.sources) == "\"two\\nlines.yaml\":1:8: error: m\n"
                                            " 1 | name: a\xEF\xBF\xBD"
                                            "b\n"
                                            "   |        ^\n");
}

TEST_CASE("plainly_clean finds the lines Sources::set_text finds") {
  for (std::string text : {std::string(""), std::string("a"), std::string("a\n"),
                           std::string("\n\n"), std::string("plan:\r\n  year: 2014\r\n"),
                           std::string("киши: 5\n  ңөү: [1, 2]\nend"), std::string("x\n\ny")}) {
    std::vector<std::uint32_t> lines;
    REQUIRE(plainly_clean(text, 10'000, &lines));
    Sources whole, clean;
    const auto a = whole.add("a.yaml");
    const auto b = clean.add("a.yaml");
    whole.set_text(a, text);
    clean.set_clean_text(b, text, lines);
    CHECK_FALSE(whole.clean(a));
    CHECK(clean.clean(b));
    for (std::uint32_t l = 0; l <= 5; ++l)
      CHECK(whole.line(a, l) == clean.line(b, l));
    for (std::size_t o = 0; o <= text.size(); ++o) {
      CHECK(whole.at_offset(a, o).line == clean.at_offset(b, o).line);
      CHECK(whole.at_offset(a, o).col == clean.at_offset(b, o).col);
    }
  }
  // A text it does not pass gives no promise about the lines: check_bytes reads it again.
  std::vector<std::uint32_t> lines;
  CHECK_FALSE(plainly_clean("a\nb\x01\n", 10'000, &lines));
}
