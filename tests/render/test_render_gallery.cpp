#include "vap/render_gallery.hpp"

#include "temp_folder.hpp"

#include <doctest/doctest.h>

using namespace vap;
using vap::test::TempFolder;

namespace {

// One session of 46 dots, priorities 5, a tie at rank 5 (bridges, garbage), and a new name.
GalleryTally tie_tally() {
  TempFolder dir;
  dir.write("m.yaml", vap::test::municipality_yaml(5));
  dir.write("s1.yaml",
            vap::test::session_yaml("mixed", "20",
                                    "    drinking-water: 10\n    roads: 9\n    schools: 8\n"
                                    "    irrigation: 7\n    garbage: 6\n    bridges: 6\n"
                                    "    \"Кудук | скважина\": 0\n"));
  Loaded loaded = vap::test::load_folder(dir);
  REQUIRE_FALSE(loaded.diags.has_errors());
  return tally_gallery(loaded.program.municipalities.at(0), RankBy::dots);
}

RenderOptions options(Format format, Lang lang = Lang::en, int top = 0) {
  RenderOptions o;
  o.format = format;
  o.lang = lang;
  o.top = top;
  return o;
}

} // namespace

TEST_CASE("render_gallery: CSV has the columns of FORMAT.md, shares to 4 decimals") {
  CHECK(render_gallery(tie_tally(), options(Format::csv)) ==
        "rank,problem_id,problem,dots,share,sessions,priority\n"
        "1,drinking-water,Drinking water,10,0.2174,1,yes\n"
        "2,roads,Roads,9,0.1957,1,yes\n"
        "3,schools,Condition of schools,8,0.1739,1,yes\n"
        "4,irrigation,Irrigation,7,0.1522,1,yes\n"
        "5,bridges,Bridges,6,0.1304,1,yes\n"
        "5,garbage,Garbage,6,0.1304,1,yes\n"
        "7,kuduk-skvazhina,Кудук | скважина,0,0.0000,0,no\n");
}

TEST_CASE("render_gallery: Excel CSV (for people) and --top") {
  // Headers and yes/no in the report's language, ids in problem_id, share as the Markdown's %.
  std::string csv = render_gallery(tie_tally(), [] {
    RenderOptions o = options(Format::csv, Lang::ru, 2);
    o.csv = CsvStyle::excel;
    return o;
  }());
  CHECK(csv == "\xEF\xBB\xBFМесто;problem_id;Проблема;Точки;Доля;Сессии;Приоритет\r\n"
               "1;drinking-water;Питьевая вода;10;21,7 %;1;да\r\n"
               "2;roads;Дороги;9;19,6 %;1;да\r\n");
  std::string ky = render_gallery(tie_tally(), [] {
    RenderOptions o = options(Format::csv, Lang::ky, 1);
    o.csv = CsvStyle::excel;
    return o;
  }());
  CHECK(ky == "\xEF\xBB\xBFОрун;problem_id;Көйгөй;Чекит;Үлүш;Сессия;Артыкчылык\r\n"
              "1;drinking-water;Ичүүчү суу;10;21,7 %;1;ооба\r\n");
}

TEST_CASE("render_gallery: Markdown says when a tie at the cut adds priorities") {
  std::string md = render_gallery(tie_tally(), options(Format::md));
  CHECK(md.find("Sessions: 1, participants: 20, dots: 46. Priority problems: 6.") !=
        std::string::npos);
  CHECK(md.find("Tie at rank 5: «Bridges» and «Garbage». All tied problems are priorities, so "
                "there are 6 "
                "priorities instead of 5.") != std::string::npos);
  CHECK(md.find("| 5 | Garbage | 6 | 13.0 % | 1 | ✔ |") != std::string::npos);
  // A '|' in a name does not break the table; a new name is marked.
  CHECK(md.find("| 7 | Кудук \\| скважина * | 0 | 0.0 % | 0 |  |") != std::string::npos);
  std::string ru = render_gallery(tie_tally(), options(Format::md, Lang::ru));
  CHECK(ru.find("На 5-м месте ничья: «Мосты» и «Мусор».") != std::string::npos);
}

TEST_CASE("render_gallery: JSON names the tied problems") {
  std::string json = render_gallery(tie_tally(), options(Format::json));
  CHECK(json.find("\"priorities_setting\": 5,\n  \"priorities\": 6,") != std::string::npos);
  CHECK(json.find("\"tied_at_cut\": [\n    \"bridges\",\n    \"garbage\"\n  ]") !=
        std::string::npos);
  CHECK(json.back() == '\n');
}

TEST_CASE("render_gallery: no share of women when nobody's gender is known") {
  TempFolder dir;
  dir.write("m.yaml", vap::test::municipality_yaml());
  dir.write("s.yaml", vap::test::session_yaml("youth", "7", "    roads: 4\n"));
  Loaded loaded = vap::test::load_folder(dir);
  REQUIRE_FALSE(loaded.diags.has_errors());
  std::string md = render_gallery(tally_gallery(loaded.program.municipalities.at(0), RankBy::dots),
                                  options(Format::md));
  CHECK(md.find("In all: sessions 1, participants 7.\n") != std::string::npos);
  CHECK(md.find("whose gender is known)") == std::string::npos);
}
