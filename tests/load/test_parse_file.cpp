#include "vap/parse.hpp"

#include "temp_folder.hpp"

#include <doctest/doctest.h>

using namespace vap;

namespace {

std::vector<std::string> parse_messages(std::string_view yaml, FileKind* kind = nullptr) {
  Diagnostics diags;
  ParsedText p = parse_text(yaml, "f.yaml", diags);
  if (kind) *kind = p.file.kind;
  std::vector<std::string> lines;
  for (const auto& d : diags.sorted(p.sources))
    lines.push_back(std::to_string(d.pos.line) + ":" + std::to_string(d.pos.col) + ": " +
                    d.message);
  return lines;
}

} // namespace

TEST_CASE("parse_file: the section key says what the file is") {
  FileKind kind = FileKind::none;
  CHECK(parse_messages("vap: 1\nmunicipality:\n  name: X\n  villages: [A]\n", &kind).empty());
  CHECK(kind == FileKind::municipality);
  CHECK(
      parse_messages(
          "session:\n  date: 2015-03-02\n  village: A\n  group: mixed\n  participants: 3\n", &kind)
          .empty());
  CHECK(kind == FileKind::session);
}

TEST_CASE("parse_file: a BOM is fine") {
  FileKind kind = FileKind::none;
  CHECK(parse_messages("\xEF\xBB\xBFmunicipality:\r\n  name: X\r\n  villages: [A]\r\n", &kind)
            .empty());
  CHECK(kind == FileKind::municipality);
}

TEST_CASE("parse_file: files that are not workshop files") {
  CHECK(parse_messages("") ==
        std::vector<std::string>{"1:1: the file is empty; it should start with one of: "
                                 "municipality, session, causes, plan, monitoring, assembly"});
  CHECK(parse_messages("- a\n- b\n") ==
        std::vector<std::string>{
            "1:1: the file should be 'key: value' lines starting with one of: municipality, "
            "session, causes, plan, monitoring, assembly"});
  CHECK(parse_messages("name: X\n") ==
        std::vector<std::string>{
            "1:1: the file has none of the sections municipality, session, causes, plan, "
            "monitoring, assembly"});
  CHECK(parse_messages("sesion:\n  date: 2015-03-02\n") ==
        std::vector<std::string>{"1:1: unknown section 'sesion'; did you mean 'session'?"});
}

TEST_CASE("parse_file: one section per file") {
  CHECK(
      parse_messages("municipality:\n  name: X\n  villages: [A]\nsession:\n  date: 2015-03-02\n") ==
      std::vector<std::string>{"4:1: one file holds one section; 'municipality' and 'session' are "
                               "both here: put them in two files"});
}

TEST_CASE("parse_file: the format version") {
  CHECK(parse_messages("vap: 2\nmunicipality:\n  name: X\n  villages: [A]\n") ==
        std::vector<std::string>{"1:6: this file is format 2; this vap reads format 1"});
}

TEST_CASE("parse_file: the commonest typing slips are said at their own line") {
  // No space after ':' in the middle of a section: yaml-cpp stops at the next line.
  CHECK(parse_messages("municipality:\n  name:X\n  villages: [A]\n") ==
        std::vector<std::string>{"2:7: put a space after ':': 'name: X'"});
  // On the last line YAML reads one key without a value.
  CHECK(parse_messages("municipality:\n  name: X\n  villages:[A]\n") ==
        std::vector<std::string>{"3:11: put a space after ':': 'villages: [A]'"});
  CHECK(parse_messages("municipality:\n  name: X\n  villages: [A]\n  priorities:3") ==
        std::vector<std::string>{"4:13: put a space after ':': 'priorities: 3'"});
  // A block's key without its ':'.
  CHECK(parse_messages("municipality\n  name: X\n  villages: [A]\n") ==
        std::vector<std::string>{"1:13: is a ':' missing after 'municipality'?"});
  // A Tab anywhere in the indentation, whatever yaml-cpp says about a later line.
  CHECK(parse_messages("municipality:\n  name: X\n  villages:\n\t  - A\n") ==
        std::vector<std::string>{"4:1: a Tab at the start of the line; use spaces, not Tab"});
  // A time or an address is not a slip.
  CHECK(parse_messages("municipality:\n  name: X 10:30\n  villages: [A]\n").empty());
}

TEST_CASE("parse_file: YAML syntax errors are said in plain words") {
  CHECK(parse_messages("municipality:\n  name: X\n\tvillages: [A]\n") ==
        std::vector<std::string>{"3:1: a Tab at the start of the line; use spaces, not Tab"});
  CHECK(parse_messages("municipality:\n  name: X\n  villages: [A, B\n  population: 5\n") ==
        std::vector<std::string>{
            "3:13: YAML syntax error: a list opened with '[' is not closed with ']'"});
  // A bracket inside quotes or a comment is not the one left open.
  CHECK(parse_messages("municipality:\n  name: \"X [1\" # [\n  villages: [A, B\n") ==
        std::vector<std::string>{
            "3:13: YAML syntax error: a list opened with '[' is not closed with ']'"});
  CHECK(parse_messages("municipality:\n  name: {a: 1\n  villages: [A]\n") ==
        std::vector<std::string>{
            "2:9: YAML syntax error: a mapping opened with '{' is not closed with '}'"});
}

TEST_CASE("parse_file: bytes that are not text") {
  CHECK(parse_messages("municipality:\n  name: Ж\xd0\n") ==
        std::vector<std::string>{
            "2:10: this byte is not UTF-8; save the file as UTF-8 (in Notepad: Save as, "
            "Encoding UTF-8)"});
  CHECK(parse_messages("municipality:\n  name: X\x01\n") ==
        std::vector<std::string>{
            "2:10: a control character (byte 0x01) is not text; is this a YAML file?"});
  CHECK(parse_messages("municipality:\n  name: " + std::string(10'001, 'x') + "\n") ==
        std::vector<std::string>{"2:1: this line is longer than 10000 characters"});
}

TEST_CASE("parse_file: anchors, aliases and tags are refused in every section, before any walk") {
  const std::string alias = "a YAML alias ('*name'); vap does not read anchors and aliases: "
                            "write the value out in full";
  const std::string anchor = "a YAML anchor ('&name'); vap does not read anchors and aliases: "
                             "write the value out in full";
  CHECK(parse_messages("vap: 1\nplan: &p {year: 2014, note: *p}\n") ==
        std::vector<std::string>{"2:7: " + anchor, "2:29: " + alias});
  CHECK(parse_messages("municipality:\n  name: &n X\n  villages: [*n]\n") ==
        std::vector<std::string>{"2:9: " + anchor, "3:14: " + alias});
  CHECK(parse_messages("plan:\n  year: !!float 2014\n") ==
        std::vector<std::string>{"2:9: a YAML tag ('!!float'); vap reads each value as it is "
                                 "typed: remove the tag"});
  // '&', '*' and '!' inside text are text.
  CHECK(parse_messages("municipality:\n  name: \"A & B *\"\n  villages: [Суу!]\n").empty());
}

TEST_CASE("parse_file: invisible characters are errors naming the character and its column") {
  CHECK(parse_messages("municipality:\n  name: Ак\xE2\x80\x8BЖар\n  villages: [A]\n") ==
        std::vector<std::string>{
            "2:11: U+200B ZERO WIDTH SPACE at column 11: an invisible character that would make "
            "a name look like another; delete it"});
}

TEST_CASE("parse_file: the line limit counts characters, not bytes") {
  const std::string ok = "municipality:\n  name: " + [] {
    std::string s;
    for (int i = 0; i < 9000; ++i)
      s += "ж";
    return s;
  }() + "\n  villages: [A]\n";
  CHECK(parse_messages(ok).empty());
  CHECK(parse_messages("municipality:\n  name: " + std::string(10'001, 'x') + "\n") ==
        std::vector<std::string>{"2:1: this line is longer than 10000 characters"});
}

TEST_CASE("parse_file: plain ASCII and Cyrillic text is checked as fully as any other") {
  // check_bytes passes such text in one quick pass; each of these leaves it for the full check.
  const std::string cyr = [] {
    std::string s;
    for (int i = 0; i < 10'001; ++i)
      s += "ж";
    return s;
  }();
  CHECK(parse_messages("municipality:\n  name: " + cyr + "\n") ==
        std::vector<std::string>{"2:1: this line is longer than 10000 characters"});
  CHECK(parse_messages("municipality:\n  name: Жар\x7F\n") ==
        std::vector<std::string>{"2:12: U+007F DELETE at column 12: an invisible character that "
                                 "would make a name look like another; delete it"});
  CHECK(parse_messages("municipality:\n  name: Жар\xC2\x85\n") ==
        std::vector<std::string>{"2:12: U+0085 CONTROL CHARACTER at column 12: an invisible "
                                 "character that would make a name look like another; delete it"});
  CHECK(parse_messages("municipality:\n  name: Жар\xD0") ==
        std::vector<std::string>{"2:12: this byte is not UTF-8; save the file as UTF-8 (in "
                                 "Notepad: Save as, Encoding UTF-8)"});
  // Eight ASCII bytes at a time: a DELETE or a control character among them is still found.
  CHECK(parse_messages("municipality:\n  name: Abcdefgh\x7Fjklmnop\n") ==
        std::vector<std::string>{"2:17: U+007F DELETE at column 17: an invisible character that "
                                 "would make a name look like another; delete it"});
  CHECK(parse_messages("municipality:\n  name: Abcdefgh\x01jklmnop\n").size() == 1);
  // Four Cyrillic letters at a time: an invisible character or a broken letter right after
  // them is found at its column.
  CHECK(parse_messages("municipality:\n  name: Жаржаржар\u200bжар\n") ==
        std::vector<std::string>{"2:18: U+200B ZERO WIDTH SPACE at column 18: an invisible "
                                 "character that would make a name look like another; delete it"});
  CHECK(parse_messages("municipality:\n  name: Жаржар\xD0\x41жар\n") ==
        std::vector<std::string>{"2:15: this byte is not UTF-8; save the file as UTF-8 (in "
                                 "Notepad: Save as, Encoding UTF-8)"});
  // 10,000 Cyrillic letters are 20,000 bytes but not too long a line.
  const std::string longest = cyr.substr(0, 2 * (10'000 - 8));
  CHECK(
      parse_messages("municipality:\n  id: x\n  name: " + longest + "\n  villages: [A]\n").empty());
}
