#include "vap/init.hpp"

#include "temp_folder.hpp"

#include <doctest/doctest.h>

using namespace vap;
using vap::test::messages;
using vap::test::TempFolder;

namespace {

// Writes the starter files into a fresh folder and loads it as `vap check` does.
std::vector<std::string> check(const InitRequest& r) {
  TempFolder dir;
  for (const auto& f : init_files(r))
    dir.write(f.path, f.content);
  return messages(vap::test::load_folder(dir, r.lang));
}

} // namespace

TEST_CASE("init: five starter files, the session named after the first village") {
  InitRequest r;
  r.folder = "jany-jol";
  r.villages = {"Жаңы-Жол", "Кербен"};
  r.year = 2026;
  const auto files = init_files(r);
  REQUIRE(files.size() == 5);
  CHECK(files[0].path == "municipality.yaml");
  CHECK(files[1].path == "sessions/01-zhangy-zhol-young-women.yaml");
  CHECK(files[2].path == "causes.yaml");
  CHECK(files[3].path == "plan.yaml");
  CHECK(files[4].path == "monitoring.yaml");
  CHECK(files[0].content.find("  id: jany-jol ") != std::string::npos);
  CHECK(files[0].content.find("villages: [\"Жаңы-Жол\", \"Кербен\"]") != std::string::npos);
  CHECK(files[0].content.find("name: \"Айыл аймагынын аталышы\"") != std::string::npos);
  CHECK(files[3].content.find("  year: 2026\n") != std::string::npos);
}

TEST_CASE("init: the starter files pass vap check as they are, in every language") {
  for (Lang lang : {Lang::ky, Lang::ru, Lang::en}) {
    CAPTURE(lang_code(lang));
    InitRequest r;
    r.folder = "new-aa";
    r.lang = lang;
    r.year = 2026;
    CHECK(check(r).empty());
    // One village, or many; a name with quotes.
    r.villages = {"Ак-Суу"};
    r.name = "Ак-Суу \"айыл\" аймагы";
    CHECK(check(r).empty());
    r.villages = {"A", "B", "C", "D", "E"};
    CHECK(check(r).empty());
  }
}

TEST_CASE("init: comments and examples are in the chosen language") {
  InitRequest r;
  r.folder = "x";
  r.lang = Lang::ru;
  const auto ru = init_files(r);
  CHECK(ru[1].content.find("# Одна СИНС-сессия") != std::string::npos);
  CHECK(ru[1].content.find("Питьевая вода: 20") != std::string::npos);
  CHECK(ru[0].content.find("villages: [\"Село 1\", \"Село 2\"]") != std::string::npos);
  r.lang = Lang::en;
  CHECK(init_files(r)[4].content.find("# Joint monitoring and evaluation") != std::string::npos);
}
