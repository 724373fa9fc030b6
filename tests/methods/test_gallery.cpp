#include "vap/gallery.hpp"

#include "temp_folder.hpp"

#include <doctest/doctest.h>

#include <cstdlib>

using namespace vap;
using vap::test::TempFolder;

namespace {

const ProblemTally& row(const GalleryTally& t, const std::string& id) {
  for (const auto& r : t.problems)
    if (r.problem.id == id) return r;
  FAIL("no row " << id);
  return t.problems.front();
}

std::vector<std::string> order(const GalleryTally& t) {
  std::vector<std::string> ids;
  for (const auto& r : t.problems)
    ids.push_back(r.problem.id);
  return ids;
}

GalleryTally tally_folder(const TempFolder& dir, RankBy by = RankBy::dots) {
  Loaded loaded = vap::test::load_folder(dir);
  REQUIRE_MESSAGE(!loaded.diags.has_errors(), format_diagnostics(loaded.diags, loaded.sources));
  REQUIRE(loaded.program.municipalities.size() == 1);
  return tally_gallery(loaded.program.municipalities.front(), by);
}

// Two sessions of unequal size: 20 dots and 10 dots.
//   s1: water 8, roads 4, schools 4, garbage 4      s2: water 2, roads 3, schools 3, bridges 2
// dots: water 10, roads 7, schools 7, garbage 4, bridges 2
// share: water (0.4 + 0.2) / 2 = 0.3; roads, schools (0.2 + 0.3) / 2 = 0.25;
//        garbage (0.2 + 0) / 2 = 0.1; bridges (0 + 0.2) / 2 = 0.1
void two_sessions(const TempFolder& dir) {
  dir.write("m.yaml", vap::test::municipality_yaml());
  dir.write("s1.yaml",
            vap::test::session_yaml("young-women", "10",
                                    "    drinking-water: 8\n    roads: 4\n    schools: 4\n"
                                    "    garbage: 4\n"));
  dir.write("s2.yaml",
            vap::test::session_yaml("older-men", "10",
                                    "    drinking-water: 2\n    roads: 3\n    schools: 3\n"
                                    "    bridges: 2\n"));
}

} // namespace

TEST_CASE("gallery: equal dots and equal share give an equal rank (1, 2, 2, 4)") {
  TempFolder dir;
  two_sessions(dir);
  GalleryTally t = tally_folder(dir);
  CHECK(order(t) ==
        std::vector<std::string>{"drinking-water", "roads", "schools", "garbage", "bridges"});
  std::vector<int> ranks;
  for (const auto& r : t.problems)
    ranks.push_back(r.rank);
  CHECK(ranks == std::vector<int>{1, 2, 2, 4, 5});
  CHECK(t.dots == 30);
  CHECK(t.sessions == 2);
  CHECK(t.sessions_with_dots == 2);
  CHECK(row(t, "drinking-water").dots == 10);
  CHECK(row(t, "roads").dots == 7);
  CHECK(row(t, "schools").sessions == 2);
  CHECK(row(t, "garbage").sessions == 1);
}

TEST_CASE("gallery: share is the mean over sessions, each session weighing the same") {
  TempFolder dir;
  two_sessions(dir);
  GalleryTally t = tally_folder(dir);
  // Pooled, water would be 10 / 30 = 0.333; by session it is (0.4 + 0.2) / 2.
  CHECK(row(t, "drinking-water").share == doctest::Approx(0.3));
  CHECK(row(t, "roads").share == doctest::Approx(0.25));
  CHECK(row(t, "schools").share == doctest::Approx(0.25));
  CHECK(row(t, "garbage").share == doctest::Approx(0.1));
  CHECK(row(t, "bridges").share == doctest::Approx(0.1));
}

TEST_CASE("gallery: a session that gave no dots changes no share") {
  TempFolder dir;
  two_sessions(dir);
  dir.write("s3.yaml", vap::test::session_yaml("youth", "8", "    drinking-water: 0\n"));
  GalleryTally t = tally_folder(dir);
  CHECK(t.sessions == 3);
  CHECK(t.sessions_with_dots == 2);
  CHECK(row(t, "drinking-water").share == doctest::Approx(0.3));
  CHECK(row(t, "drinking-water").sessions == 2);
  CHECK(row(t, "garbage").share == doctest::Approx(0.1));
}

TEST_CASE("gallery: --rank-by share swaps the first two keys") {
  // s1 (40 dots): water 30, roads 10; s2 (4 dots): roads 4.
  // dots: water 30, roads 14; share: water 0.75 / 2 = 0.375, roads (0.25 + 1) / 2 = 0.625
  TempFolder dir;
  dir.write("m.yaml", vap::test::municipality_yaml(1));
  dir.write("s1.yaml", vap::test::session_yaml("young-women", "14",
                                               "    drinking-water: 30\n    roads: 10\n"));
  dir.write("s2.yaml", vap::test::session_yaml("older-men", "2", "    roads: 4\n"));
  GalleryTally by_dots = tally_folder(dir, RankBy::dots);
  CHECK(order(by_dots) == std::vector<std::string>{"drinking-water", "roads"});
  CHECK(row(by_dots, "drinking-water").priority);
  CHECK_FALSE(row(by_dots, "roads").priority);
  GalleryTally by_share = tally_folder(dir, RankBy::share);
  CHECK(order(by_share) == std::vector<std::string>{"roads", "drinking-water"});
  CHECK(row(by_share, "roads").rank == 1);
  CHECK(row(by_share, "roads").share == doctest::Approx(0.625));
  CHECK(row(by_share, "drinking-water").share == doctest::Approx(0.375));
  CHECK(row(by_share, "roads").priority);
  CHECK_FALSE(row(by_share, "drinking-water").priority);
}

TEST_CASE("gallery: equal dots and share are listed by sessions, then by id") {
  // s1 (10 dots): water 4, bridges 4, garbage 2; s2 (10 dots): water 8, garbage 2.
  // bridges and garbage: 4 dots, share 0.2 each; garbage was voted in two sessions.
  TempFolder dir;
  dir.write("m.yaml", vap::test::municipality_yaml());
  dir.write("s1.yaml",
            vap::test::session_yaml("young-women", "5",
                                    "    drinking-water: 4\n    bridges: 4\n    garbage: 2\n"));
  dir.write("s2.yaml",
            vap::test::session_yaml("older-men", "5", "    drinking-water: 8\n    garbage: 2\n"));
  GalleryTally t = tally_folder(dir);
  CHECK(order(t) == std::vector<std::string>{"drinking-water", "garbage", "bridges"});
  CHECK(row(t, "garbage").rank == 2);
  CHECK(row(t, "bridges").rank == 2);
  CHECK(row(t, "garbage").share == doctest::Approx(0.2));
  CHECK(row(t, "bridges").share == doctest::Approx(0.2));
}

TEST_CASE("gallery: a tie straddling the cut makes all tied problems priorities") {
  // One session of 46 dots, priorities 5: ranks 1, 2, 3, 4, 5, 5 and a problem with no dot.
  TempFolder dir;
  dir.write("m.yaml", vap::test::municipality_yaml(5));
  dir.write("s1.yaml",
            vap::test::session_yaml("mixed", "20",
                                    "    drinking-water: 10\n    roads: 9\n    schools: 8\n"
                                    "    irrigation: 7\n    garbage: 6\n    bridges: 6\n"
                                    "    ecology: 0\n"));
  GalleryTally t = tally_folder(dir);
  CHECK(t.priorities == 5);
  CHECK(t.priority_count == 6);
  CHECK(t.tie_rank == 5);
  REQUIRE(t.tied_at_cut.size() == 2);
  CHECK(t.tied_at_cut[0].id == "bridges");
  CHECK(t.tied_at_cut[1].id == "garbage");
  CHECK(row(t, "bridges").priority);
  CHECK(row(t, "garbage").priority);
  CHECK(row(t, "ecology").rank == 7);
  CHECK_FALSE(row(t, "ecology").priority);
}

TEST_CASE("gallery: a tie inside the cut that spills over names every tied problem") {
  // ranks 1, 2, 3, 4, 4, 4 with priorities 5: six priorities, three tied at rank 4.
  TempFolder dir;
  dir.write("m.yaml", vap::test::municipality_yaml(5));
  dir.write("s1.yaml",
            vap::test::session_yaml("mixed", "20",
                                    "    drinking-water: 10\n    roads: 9\n    schools: 8\n"
                                    "    irrigation: 5\n    garbage: 5\n    bridges: 5\n"));
  GalleryTally t = tally_folder(dir);
  CHECK(t.priority_count == 6);
  CHECK(t.tie_rank == 4);
  REQUIRE(t.tied_at_cut.size() == 3);
  CHECK(t.tied_at_cut[0].id == "bridges");
  CHECK(t.tied_at_cut[1].id == "garbage");
  CHECK(t.tied_at_cut[2].id == "irrigation");
}

TEST_CASE("gallery: a problem with no dot is never a priority") {
  TempFolder dir;
  dir.write("m.yaml", vap::test::municipality_yaml(5));
  dir.write("s1.yaml",
            vap::test::session_yaml("mixed", "4",
                                    "    drinking-water: 5\n    roads: 3\n    schools: 0\n"
                                    "    bridges: 0\n"));
  GalleryTally t = tally_folder(dir);
  CHECK(order(t) == std::vector<std::string>{"drinking-water", "roads", "bridges", "schools"});
  CHECK(row(t, "schools").rank == 3);
  CHECK(row(t, "bridges").rank == 3);
  CHECK_FALSE(row(t, "schools").priority);
  CHECK_FALSE(row(t, "bridges").priority);
  CHECK(t.priority_count == 2);
  CHECK(t.tied_at_cut.empty());
  CHECK(row(t, "schools").sessions == 0);
}

TEST_CASE("gallery: dots by colour and by the gender of the group") {
  TempFolder dir;
  dir.write("m.yaml", vap::test::municipality_yaml());
  dir.write("s1.yaml", vap::test::session_yaml("mixed", "{women: 5, men: 5}",
                                               "    drinking-water: {women: 7, men: 5}\n"
                                               "    roads: {women: 2, men: 6}\n"));
  dir.write("s2.yaml", vap::test::session_yaml("young-women", "4", "    drinking-water: 3\n"));
  dir.write("s3.yaml", vap::test::session_yaml("older-men", "4", "    roads: 3\n"));
  dir.write("s4.yaml", vap::test::session_yaml("youth", "4", "    drinking-water: 2\n"));
  GalleryTally t = tally_folder(dir);
  const ProblemTally& water = row(t, "drinking-water");
  CHECK(water.dots == 17);
  CHECK(water.women ==
        10); // 7 by colour + 3 from young women; the youth's 2 are of no known gender
  CHECK(water.men == 5);
  CHECK(water.by_group ==
        std::map<std::string, long long>{{"mixed", 12}, {"young-women", 3}, {"youth", 2}});
  const ProblemTally& roads = row(t, "roads");
  CHECK(roads.women == 2);
  CHECK(roads.men == 9);
  CHECK(roads.by_group == std::map<std::string, long long>{{"mixed", 8}, {"older-men", 3}});
  // Groups in the catalog's order, with their dots and participants.
  REQUIRE(t.groups.size() == 4);
  CHECK(t.groups[0].id == "young-women");
  CHECK(t.groups[1].id == "older-men");
  CHECK(t.groups[2].id == "youth");
  CHECK(t.groups[3].id == "mixed");
  CHECK(t.groups[3].participants == 10);
  CHECK(t.groups[3].dots == 20);
  // Participation: women 5 + 4, men 5 + 4, the youth's 4 of unknown gender.
  CHECK(t.participation.participants == 22);
  CHECK(t.participation.women == 9);
  CHECK(t.participation.men == 9);
  CHECK(t.participation.unknown == 4);
  CHECK(t.participation.women_share == doctest::Approx(0.5));
  CHECK_FALSE(t.participation.women_low);
}

TEST_CASE("gallery: ballots count the same as the votes they add up to") {
  TempFolder with_votes;
  with_votes.write("m.yaml", vap::test::municipality_yaml());
  with_votes.write(
      "s1.yaml", vap::test::session_yaml("mixed", "3",
                                         "    drinking-water: 3\n    roads: 2\n    schools: 1\n"));
  TempFolder with_ballots;
  with_ballots.write("m.yaml", vap::test::municipality_yaml());
  with_ballots.write("s1.yaml", "session:\n  date: 2015-03-02\n  village: A\n  group: mixed\n"
                                "  participants: 3\ngallery:\n  dots: 3\n  ballots:\n"
                                "    - [Ичүүчү суу, Ичүүчү суу, Жолдор]\n"
                                "    - [roads, Мектептердин абалы]\n"
                                "    - [Питьевая вода]\n");
  GalleryTally a = tally_folder(with_votes);
  GalleryTally b = tally_folder(with_ballots);
  REQUIRE(order(a) == order(b));
  for (std::size_t i = 0; i < a.problems.size(); ++i) {
    CHECK(a.problems[i].dots == b.problems[i].dots);
    CHECK(a.problems[i].share == doctest::Approx(b.problems[i].share));
    CHECK(a.problems[i].rank == b.problems[i].rank);
  }
  CHECK(row(b, "drinking-water").dots == 3);
  CHECK(row(b, "roads").dots == 2);
  CHECK(row(b, "schools").dots == 1);
}

TEST_CASE("gallery: a group's top three that the municipality did not prioritise") {
  // priorities 1. young-women: water 10, roads 1; young-men: roads 5, water 4, garbage 3.
  // overall: water 14 (1), roads 6 (2), garbage 3 (3).
  TempFolder dir;
  dir.write("m.yaml", vap::test::municipality_yaml(1));
  dir.write("s1.yaml",
            vap::test::session_yaml("young-women", "4", "    drinking-water: 10\n    roads: 1\n"));
  dir.write("s2.yaml",
            vap::test::session_yaml("young-men", "4",
                                    "    roads: 5\n    drinking-water: 4\n    garbage: 3\n"));
  GalleryTally t = tally_folder(dir);
  CHECK(order(t) == std::vector<std::string>{"drinking-water", "roads", "garbage"});
  REQUIRE(t.disagreements.size() == 3);
  CHECK(t.disagreements[0].group == "young-women");
  CHECK(t.disagreements[0].problem.id == "roads");
  CHECK(t.disagreements[0].group_rank == 2);
  CHECK(t.disagreements[0].rank == 2);
  CHECK(t.disagreements[0].group_dots == 1);
  CHECK(t.disagreements[1].group == "young-men");
  CHECK(t.disagreements[1].problem.id == "roads");
  CHECK(t.disagreements[1].group_rank == 1);
  CHECK(t.disagreements[1].group_dots == 5);
  CHECK(t.disagreements[2].group == "young-men");
  CHECK(t.disagreements[2].problem.id == "garbage");
  CHECK(t.disagreements[2].group_rank == 3);
  CHECK(t.disagreements[2].rank == 3);
}

TEST_CASE("gallery: a disagreement over a new problem is named as that group wrote it") {
  // A problem in no catalog, typed in two spellings with one key: each group's disagreement
  // shows its own spelling (the overall row the first session's).
  TempFolder dir;
  dir.write("m.yaml", vap::test::municipality_yaml(1));
  dir.write("s1.yaml", vap::test::session_yaml("young-women", "4",
                                               "    drinking-water: 10\n    КӨПҮРӨ  ОҢДОО: 1\n"));
  dir.write("s2.yaml", vap::test::session_yaml("young-men", "4",
                                               "    Көпүрө оңдоо: 5\n    drinking-water: 4\n"));
  GalleryTally t = tally_folder(dir);
  REQUIRE(t.disagreements.size() == 2);
  CHECK(t.disagreements[0].group == "young-women");
  CHECK_FALSE(t.disagreements[0].problem.in_catalog);
  CHECK(t.disagreements[0].problem.label(Lang::ky) == "КӨПҮРӨ ОҢДОО");
  CHECK(t.disagreements[0].group_dots == 1);
  CHECK(t.disagreements[1].group == "young-men");
  CHECK(t.disagreements[1].problem.id == t.disagreements[0].problem.id);
  CHECK(t.disagreements[1].problem.label(Lang::ky) == "Көпүрө оңдоо");
  CHECK(t.disagreements[1].group_dots == 5);
}

TEST_CASE("gallery: a batch counts the municipalities that prioritise each problem") {
  TempFolder dir;
  dir.write("one/m.yaml",
            "municipality:\n  id: one\n  name: One\n  villages: [A]\n  priorities: 1\n");
  dir.write("one/s.yaml",
            vap::test::session_yaml("mixed", "5", "    drinking-water: 6\n    roads: 4\n"));
  dir.write("two/m.yaml",
            "municipality:\n  id: two\n  name: Two\n  villages: [A]\n  priorities: 2\n");
  dir.write("two/s.yaml",
            vap::test::session_yaml("mixed", "5",
                                    "    roads: 7\n    drinking-water: 5\n    garbage: 1\n"));
  Loaded loaded = vap::test::load_folder(dir);
  REQUIRE_MESSAGE(!loaded.diags.has_errors(), format_diagnostics(loaded.diags, loaded.sources));
  REQUIRE(loaded.program.batch());
  BatchGallery b = tally_batch(loaded.program, RankBy::dots);
  REQUIRE(b.rows.size() == 3);
  // water: a priority in one and two (11 dots); roads: only in two (11 dots); garbage: none.
  CHECK(b.rows[0].problem.id == "drinking-water");
  CHECK(b.rows[0].municipalities == 2);
  CHECK(b.rows[0].dots == 11);
  CHECK(b.rows[0].sessions == 2);
  CHECK(b.rows[1].problem.id == "roads");
  CHECK(b.rows[1].municipalities == 1);
  CHECK(b.rows[1].dots == 11);
  CHECK(b.rows[2].problem.id == "garbage");
  CHECK(b.rows[2].municipalities == 0);
  CHECK(b.rows[2].mentioned == 1);
  CHECK(b.sessions == 2);
  CHECK(b.participants == 10);
}

TEST_CASE("gallery: batch-13 reproduces the seed's priority chart") {
  const char* root = std::getenv("VAP_SOURCE_DIR");
  if (!root) return;
  LoadOptions o;
  Loaded loaded = load({std::string(root) + "/examples/batch-13"}, o);
  REQUIRE_MESSAGE(!loaded.diags.has_errors(), format_diagnostics(loaded.diags, loaded.sources));
  REQUIRE(loaded.program.municipalities.size() == 13);
  BatchGallery b = tally_batch(loaded.program, RankBy::dots);
  std::vector<int> counts;
  for (const auto& r : b.rows)
    if (r.municipalities > 0) counts.push_back(r.municipalities);
  CHECK(counts ==
        std::vector<int>{13, 13, 12, 10, 9, 7, 6, 5, 5, 5, 4, 4, 3, 3, 3, 3, 2, 1, 1, 1, 1, 1});
}
