#include "vap/load.hpp"

#include "vap/gallery.hpp"
#include "vap/render_gallery.hpp"

#include "temp_folder.hpp"

#include <doctest/doctest.h>

using namespace vap;
using vap::test::messages;
using vap::test::TempFolder;

namespace {

const std::string k_session = "session:\n"
                              "  date: 2015-03-02\n"
                              "  village: A\n"
                              "  group: mixed\n"
                              "  participants: 4\n"
                              "gallery:\n"
                              "  votes:\n"
                              "    Ичүүчү суу: 5\n"
                              "    Жолдор: 3\n";

std::string crlf(const std::string& text) {
  std::string out;
  for (char c : text) {
    if (c == '\n') out += '\r';
    out += c;
  }
  return out;
}

std::string csv_of(const Loaded& loaded) {
  RenderOptions o;
  o.format = Format::csv;
  o.lang = Lang::en;
  if (loaded.program.batch())
    return render_batch_gallery(tally_batch(loaded.program, RankBy::dots), o);
  return render_gallery(tally_gallery(loaded.program.municipalities.at(0), RankBy::dots), o);
}

} // namespace

TEST_CASE("load: a file saved by Windows Notepad (BOM, CRLF) just works") {
  TempFolder plain;
  plain.write("m.yaml", vap::test::municipality_yaml());
  plain.write("s.yaml", k_session);
  TempFolder notepad;
  notepad.write("m.yaml", "\xEF\xBB\xBF" + crlf(vap::test::municipality_yaml()));
  notepad.write("s.yaml", "\xEF\xBB\xBF" + crlf(k_session));
  Loaded a = vap::test::load_folder(plain);
  Loaded b = vap::test::load_folder(notepad);
  CHECK(messages(b).empty());
  REQUIRE(b.program.municipalities.size() == 1);
  const Municipality& m = b.program.municipalities[0];
  CHECK(m.name == "Test AA");
  REQUIRE(m.villages.size() == 3);
  CHECK(m.villages[2].text == "Кербен");
  REQUIRE(m.sessions.size() == 1);
  CHECK(m.sessions[0].gallery->votes.at(0).problem.id == "drinking-water");
  CHECK(csv_of(a) == csv_of(b));
}

TEST_CASE("load: an error in a CRLF file is at the right line and column") {
  TempFolder dir;
  dir.write("m.yaml", crlf(vap::test::municipality_yaml()));
  dir.write("s.yaml",
            "\xEF\xBB\xBF" + crlf("session:\n  date: 2015-03-02\n  village: Кербн\n  group: mixed\n"
                                  "  participants: 4\n"));
  Loaded loaded = vap::test::load_folder(dir);
  CHECK(messages(loaded) ==
        std::vector<std::string>{"s.yaml:3:12: error: 'Кербн' is not a village of Test AA; "
                                 "did you mean 'Кербен'? Its villages: A, B, Кербен"});
  // The quoted line has neither the BOM nor the carriage return.
  std::string text = format_diagnostics(loaded.diags, loaded.sources);
  CHECK(text.find(" 3 |   village: Кербн\n") != std::string::npos);
  CHECK(text.find('\r') == std::string::npos);
}

TEST_CASE("load: a byte that is not UTF-8 is an error at its line and column") {
  TempFolder dir;
  dir.write("m.yaml", vap::test::municipality_yaml());
  dir.write("s.yaml",
            "session:\n  date: 2015-03-02\n  village: A\n  group: mixed\n  participants: 4\n"
            "gallery:\n  votes:\n    Мусо\xff р: 2\n");
  Loaded loaded = vap::test::load_folder(dir);
  CHECK(messages(loaded) ==
        std::vector<std::string>{"s.yaml:8:9: error: this byte is not UTF-8; save the file as "
                                 "UTF-8 (in Notepad: Save as, Encoding UTF-8)"});
  CHECK_FALSE(loaded.unreadable);
}

TEST_CASE("load: a file saved as UTF-16 is told apart") {
  TempFolder dir;
  dir.write("m.yaml", vap::test::municipality_yaml());
  dir.write("s.yaml", std::string("\xFF\xFEs\0e\0", 6));
  CHECK(messages(vap::test::load_folder(dir)) ==
        std::vector<std::string>{
            "s.yaml:1:1: error: the file is saved as UTF-16; save it as UTF-8 (in Notepad: Save "
            "as, Encoding UTF-8)"});
}

TEST_CASE("load: a folder of two municipality folders is a batch; order is by id") {
  TempFolder dir;
  dir.write("zeta/municipality.yaml", "municipality:\n  id: zeta\n  name: Zeta\n  villages: [A]\n");
  dir.write("zeta/s.yaml", k_session);
  dir.write("alpha/municipality.yaml", "municipality:\n  name: Alpha\n  villages: [A]\n");
  // Not the same bytes as zeta's session: a copied file would be an error.
  dir.write("alpha/sessions/s.yaml", k_session + "    Мусор: 1\n");
  Loaded loaded = vap::test::load_folder(dir);
  CHECK(messages(loaded).empty());
  REQUIRE(loaded.program.batch());
  REQUIRE(loaded.program.municipalities.size() == 2);
  CHECK(loaded.program.municipalities[0].id == "alpha"); // the folder's name
  CHECK(loaded.program.municipalities[1].id == "zeta");
  CHECK(loaded.program.municipalities[0].sessions.size() == 1);
  CHECK(loaded.program.municipalities[1].sessions.size() == 1);
}

TEST_CASE("load: the order of the files and arguments does not change the result") {
  TempFolder dir;
  dir.write("one/m.yaml",
            "municipality:\n  id: one\n  name: One\n  villages: [A, B]\n  priorities: 1\n");
  dir.write("one/z.yaml",
            "session:\n  date: 2015-03-01\n  village: B\n  group: mixed\n  participants: 4\n"
            "gallery:\n  votes:\n    Жолдор: 7\n    Мусор: 1\n");
  dir.write("one/a.yaml",
            "session:\n  date: 2015-03-01\n  village: A\n  group: mixed\n  participants: 4\n"
            "gallery:\n  votes:\n    Ичүүчү суу: 5\n    Мусор: 2\n");
  dir.write("two/m.yaml", "municipality:\n  id: two\n  name: Two\n  villages: [A]\n");
  dir.write("two/s.yaml", k_session);
  LoadOptions o;
  Loaded forward = load({dir.path("one"), dir.path("two")}, o);
  Loaded backward = load(
      {dir.path("two"), dir.path("one/z.yaml"), dir.path("one/m.yaml"), dir.path("one/a.yaml")}, o);
  CHECK(messages(forward).empty());
  CHECK(messages(backward).empty());
  CHECK(csv_of(forward) == csv_of(backward));
  CHECK(csv_of(forward) == "problem_id,problem,municipalities,dots,sessions\n"
                           "roads,Roads,2,10,2\n"
                           "drinking-water,Drinking water,1,10,2\n"
                           "garbage,Garbage,0,3,2\n");
  o.threads = 4;
  Loaded threaded = load({dir.path()}, o);
  CHECK(csv_of(threaded) == csv_of(forward));
  // Sessions of one day are sorted by village, whatever the file names.
  const auto& sessions = forward.program.municipalities.at(0).sessions;
  REQUIRE(sessions.size() == 2);
  CHECK(sessions[0].village.text == "A");
  CHECK(sessions[1].village.text == "B");
}

TEST_CASE("load: a file larger than the limit is refused") {
  TempFolder dir;
  dir.write("m.yaml", vap::test::municipality_yaml() + "# " + std::string(2000, 'x') + "\n");
  LoadOptions o;
  o.max_file_size = 1024;
  Loaded loaded = load({dir.path()}, o);
  auto lines = messages(loaded);
  REQUIRE(lines.size() >= 1);
  CHECK(lines[0].rfind("m.yaml: error: the file is larger than ", 0) == 0);
}

TEST_CASE("load: a missing path is unreadable (exit 66)") {
  LoadOptions o;
  Loaded loaded = load({"/nonexistent/vap-test"}, o);
  CHECK(loaded.unreadable);
  CHECK(messages(loaded) ==
        std::vector<std::string>{
            "error: cannot read '/nonexistent/vap-test': no such file or folder"});
}

TEST_CASE("load: a folder with no YAML files") {
  TempFolder dir;
  dir.write("notes.txt", "hello\n");
  Loaded loaded = vap::test::load_folder(dir);
  CHECK_FALSE(loaded.unreadable);
  CHECK(loaded.diags.has_errors());
  CHECK(messages(loaded) ==
        std::vector<std::string>{"error: the folder '" + dir.path() +
                                     "' holds no .yaml files; give a municipality's folder, with "
                                     "its municipality file and sessions",
                                 "note: not read: " + dir.path() +
                                     "/notes.txt (vap reads .yaml files)"});
  // Beside other inputs, an empty folder is only a warning.
  TempFolder good;
  good.write("m.yaml", vap::test::municipality_yaml());
  LoadOptions o;
  Loaded both = load({good.path(), dir.path()}, o);
  CHECK_FALSE(both.diags.has_errors());
  CHECK(messages(both) ==
        std::vector<std::string>{"warning: the folder '" + dir.path() + "' holds no .yaml files",
                                 "note: not read: " + dir.path() +
                                     "/notes.txt (vap reads .yaml files)"});
}

TEST_CASE("load: a session with no municipality to belong to") {
  TempFolder dir;
  dir.write("s.yaml", k_session);
  CHECK(messages(vap::test::load_folder(dir)) ==
        std::vector<std::string>{
            "s.yaml:1:1: error: this session belongs to no municipality: give the "
            "municipality's folder or its municipality file too"});
}

TEST_CASE("load: in a batch, a file outside every municipality folder must name its municipality") {
  TempFolder dir;
  dir.write("one/m.yaml", "municipality:\n  id: one\n  name: One\n  villages: [A]\n");
  dir.write("two/m.yaml", "municipality:\n  id: two\n  name: Two\n  villages: [A]\n");
  dir.write("loose/s.yaml", k_session);
  dir.write("loose/named.yaml",
            "session:\n  municipality: two\n  date: 2015-03-02\n  village: A\n  group: mixed\n"
            "  participants: 4\n");
  // (Another count than named.yaml's: the same content twice is a copied file, whatever
  // municipality each names.)
  dir.write("loose/by-name.yaml",
            "session:\n  municipality: ONE\n  date: 2015-03-02\n  village: A\n"
            "  group: mixed\n  participants: 5\n");
  dir.write("loose/typo.yaml",
            "session:\n  municipality: tow\n  date: 2015-03-02\n  village: A\n  group: mixed\n"
            "  participants: 4\n");
  Loaded loaded = vap::test::load_folder(dir);
  CHECK(messages(loaded) ==
        std::vector<std::string>{
            "s.yaml:1:1: error: this session belongs to no municipality: put it in a "
            "municipality's folder or add 'municipality: <id>' to its section",
            "typo.yaml:1:1: error: no municipality 'tow' among the files given; did you mean "
            "'two'?",
        });
  const auto& ms = loaded.program.municipalities;
  REQUIRE(ms.size() == 2);
  CHECK(ms[0].sessions.size() == 1); // by its name, "ONE"
  CHECK(ms[1].sessions.size() == 1); // by its id
}

TEST_CASE("load: two municipality files in one folder") {
  TempFolder dir;
  dir.write("a.yaml", "municipality:\n  id: a\n  name: A\n  villages: [A]\n");
  dir.write("b.yaml", "municipality:\n  id: b\n  name: B\n  villages: [A]\n");
  auto lines = messages(vap::test::load_folder(dir));
  REQUIRE(lines.size() == 1);
  CHECK(lines[0].rfind("b.yaml:2:3: error: a second municipality file in one folder (the first is ",
                       0) == 0);
  CHECK(lines[0].find("a.yaml); one folder is one municipality") != std::string::npos);
}

TEST_CASE("load: a file of another format version") {
  TempFolder dir;
  dir.write("m.yaml", "vap: 2\n" + vap::test::municipality_yaml().substr(7));
  CHECK(messages(vap::test::load_folder(dir)) ==
        std::vector<std::string>{
            "m.yaml:1:6: error: this file is format 2; this vap reads format 1"});
}

TEST_CASE("load: a YAML syntax error is said plainly, at its line") {
  TempFolder dir;
  dir.write("m.yaml", vap::test::municipality_yaml());
  dir.write("s.yaml",
            "session:\n  date: 2015-03-02\n  village: A\n  group: mixed\n  participants: 4\n"
            "gallery:\n  votes:\n    Жолдор: 5\n  - Мусор\n");
  CHECK(messages(vap::test::load_folder(dir)) ==
        std::vector<std::string>{"s.yaml:9:3: error: YAML syntax error: the indentation does not "
                                 "line up with the lines above"});
}

TEST_CASE("load: one municipality id in two folders") {
  TempFolder dir;
  dir.write("a/m.yaml", "municipality:\n  id: same\n  name: A\n  villages: [A]\n");
  dir.write("b/m.yaml", "municipality:\n  id: same\n  name: B\n  villages: [A]\n");
  auto lines = messages(vap::test::load_folder(dir));
  REQUIRE(lines.size() == 1);
  CHECK(lines[0].rfind("m.yaml:2:3: error: municipality id 'same' is used twice (also in ", 0) ==
        0);
  CHECK(lines[0].find("a/m.yaml); give each its own 'id'") != std::string::npos);
}

TEST_CASE("load: --catalog files") {
  TempFolder dir;
  dir.write("m/m.yaml", vap::test::municipality_yaml());
  dir.write("m/s.yaml", k_session + "    Аппарат УЗИ: 1\n");
  dir.write("extra.yaml", "problems:\n  - {id: ultrasound, ru: Аппарат УЗИ, synonyms: [УЗИ]}\n"
                          "  - {id: water-2, ky: Ичүүчү суу}\n");
  LoadOptions o;
  o.catalog_files = {dir.path("extra.yaml")};
  Loaded loaded = load({dir.path("m")}, o);
  CHECK(messages(loaded) ==
        std::vector<std::string>{
            "extra.yaml:3:5: warning: 'Ичүүчү суу' already names another problems entry; it "
            "keeps that meaning"});
  const auto& votes = loaded.program.municipalities.at(0).sessions.at(0).gallery->votes;
  REQUIRE(votes.size() == 3);
  CHECK(votes[2].problem.id == "ultrasound");
  CHECK(votes[2].problem.in_catalog);
  o.catalog_files = {dir.path()};
  Loaded folder = load({dir.path("m")}, o);
  CHECK(folder.unreadable);
  auto lines = messages(folder);
  REQUIRE_FALSE(lines.empty());
  CHECK(lines[0].find("error: this is a folder, not a file") != std::string::npos);
}

TEST_CASE(
    "load: an institution in a --catalog file may name its usual type, as the shipped ones do") {
  TempFolder dir;
  dir.write("m/m.yaml", vap::test::municipality_yaml());
  dir.write("m/s.yaml", k_session);
  dir.write("extra.yaml",
            "institutions:\n"
            "  - {id: mosque, type: community-group, ky: Мечит, ru: Мечеть, en: Mosque}\n"
            "  - {id: bank, type: bank, en: Bank}\n"
            "problems:\n"
            "  - {id: dust, type: external, en: Dust}\n");
  LoadOptions o;
  o.catalog_files = {dir.path("extra.yaml")};
  Loaded loaded = load({dir.path("m")}, o);
  CHECK(messages(loaded) ==
        std::vector<std::string>{
            "extra.yaml:3:22: error: 'type' must be one of: community-group, local-institution, "
            "external; not 'bank'",
            "extra.yaml:5:16: error: unknown key 'type' in 'problems'; allowed keys: id, ky, ru, "
            "en, synonyms, lsg_issue, gender, side, problem"});
  const auto* mosque =
      loaded.program.catalogs->operator[](CatalogKind::institutions).by_id("mosque");
  REQUIRE(mosque != nullptr);
  CHECK(mosque->type == "community-group");
  const auto* ao = loaded.program.catalogs->operator[](CatalogKind::institutions).find("АӨ");
  REQUIRE(ao != nullptr);
  CHECK(ao->type == "local-institution");
}
