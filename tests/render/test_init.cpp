#include "vap/init.hpp"

#include "temp_folder.hpp"

#include <doctest/doctest.h>

#include <map>

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

TEST_CASE("init: six starter files, the session named after the first village") {
  InitRequest r;
  r.folder = "jany-jol";
  r.villages = {"Жаңы-Жол", "Кербен"};
  r.year = 2026;
  const auto files = init_files(r);
  REQUIRE(files.size() == 6);
  CHECK(files[0].path == "municipality.yaml");
  CHECK(files[1].path == "sessions/01-zhangy-zhol-young-women.yaml");
  CHECK(files[2].path == "causes.yaml");
  CHECK(files[3].path == "plan.yaml");
  CHECK(files[4].path == "monitoring.yaml");
  CHECK(files[5].path == "assembly.yaml");
  CHECK(files[5].content.find("    - village: \"Кербен\"") != std::string::npos);
  CHECK(files[0].content.find("  id: jany-jol ") != std::string::npos);
  CHECK(files[0].content.find("villages: [\"Жаңы-Жол\", \"Кербен\"]") != std::string::npos);
  CHECK(files[0].content.find("name: \"Айыл аймагынын аталышы\"") != std::string::npos);
  CHECK(files[3].content.find("  year: 2026\n") != std::string::npos);
}

TEST_CASE("init: the starter files pass vap check as they are, in every language; the "
          "assembly is a form to fill in, said once") {
  const std::map<Lang, std::string> reminder = {
      {Lang::ky, "2026-04-05 жыйыны али толтурула элек"},
      {Lang::ru, "сход 2026-04-05 ещё не заполнен"},
      {Lang::en, "the assembly of 2026-04-05 is not filled in yet"}};
  for (Lang lang : {Lang::ky, Lang::ru, Lang::en}) {
    CAPTURE(lang_code(lang));
    InitRequest r;
    r.folder = "new-aa";
    r.lang = lang;
    r.year = 2026;
    const auto only_the_reminder = [&](const std::vector<std::string>& got) {
      REQUIRE(got.size() == 1);
      CHECK(got[0].rfind("assembly.yaml:", 0) == 0);
      CHECK(got[0].find(": warning: " + reminder.at(lang)) != std::string::npos);
    };
    only_the_reminder(check(r));
    // One village, or many; a name with quotes.
    r.villages = {"Ак-Суу"};
    r.name = "Ак-Суу \"айыл\" аймагы";
    only_the_reminder(check(r));
    r.villages = {"A", "B", "C", "D", "E"};
    only_the_reminder(check(r));
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
