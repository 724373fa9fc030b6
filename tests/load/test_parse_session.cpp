#include "vap/parse.hpp"

#include "temp_folder.hpp"

#include <doctest/doctest.h>

using namespace vap;

namespace {

// The diagnostics of one inline file as "line:col: error: message".
std::vector<std::string> parse_messages(std::string_view yaml, ParsedFile* out = nullptr) {
  Diagnostics diags;
  ParsedText p = parse_text(yaml, "s.yaml", diags);
  if (out) *out = p.file;
  std::vector<std::string> lines;
  for (const auto& d : diags.sorted(p.sources))
    lines.push_back(std::to_string(d.pos.line) + ":" + std::to_string(d.pos.col) + ": " +
                    (d.severity == Severity::error ? "error: " : "warning: ") + d.message);
  return lines;
}

const std::string k_head = "session:\n"
                           "  date: 2015-03-02\n"
                           "  village: A\n"
                           "  group: mixed\n"
                           "  participants: 4\n";

} // namespace

TEST_CASE("parse_session: a good session") {
  ParsedFile f;
  auto lines = parse_messages(k_head + "gallery:\n  dots: 2\n  votes:\n    Жолдор: 5\n"
                                       "    Ичүүчү суу: {women: 2, men: 1}\n",
                              &f);
  CHECK(lines.empty());
  REQUIRE(f.kind == FileKind::session);
  REQUIRE(f.session);
  const Session& s = *f.session;
  CHECK(s.date == Date{2015, 3, 2});
  CHECK(s.village.text == "A");
  CHECK(s.group.text == "mixed");
  CHECK(s.participants.total == 4);
  REQUIRE(s.gallery);
  CHECK(s.gallery->dots_per_participant == 2);
  REQUIRE(s.gallery->votes.size() == 2);
  CHECK(s.gallery->votes[0].problem.text == "Жолдор");
  CHECK(s.gallery->votes[0].dots.total == 5);
  CHECK(s.gallery->votes[0].problem.pos.line == 9);
  CHECK(s.gallery->votes[0].problem.pos.col == 5);
  CHECK(s.gallery->votes[1].dots.total == 3);
  CHECK(s.gallery->votes[1].dots.women == 2);
  CHECK(s.gallery->votes[1].dots.men == 1);
}

TEST_CASE("parse_session: participants by gender add up") {
  ParsedFile f;
  auto lines = parse_messages("session:\n  date: 2015-03-02\n  village: A\n  group: mixed\n"
                              "  participants: {women: 9, men: 5}\n",
                              &f);
  CHECK(lines.empty());
  REQUIRE(f.session);
  CHECK(f.session->participants.total == 14);
  CHECK(f.session->participants.women == 9);
  CHECK_FALSE(f.session->gallery.has_value());
}

TEST_CASE("parse_session: fractional and negative dots") {
  auto lines = parse_messages(k_head + "gallery:\n  votes:\n    Жолдор: 2.5\n    Мусор: -1\n");
  CHECK(lines == std::vector<std::string>{
                     "8:13: error: 'Жолдор' must be a whole number, not a fraction (2.5)",
                     "9:12: error: 'Мусор' cannot be negative (-1)",
                 });
}

TEST_CASE("parse_session: dots per participant must be a whole number from 1") {
  CHECK(parse_messages(k_head + "gallery:\n  dots: 0\n") ==
        std::vector<std::string>{"7:9: error: 'dots' must be between 1 and 100, not 0"});
  CHECK(
      parse_messages(k_head + "gallery:\n  dots: 1.5\n") ==
      std::vector<std::string>{"7:9: error: 'dots' must be a whole number, not a fraction (1.5)"});
  CHECK(parse_messages(k_head + "gallery:\n  dots: -3\n") ==
        std::vector<std::string>{"7:9: error: 'dots' cannot be negative (-3)"});
  CHECK(parse_messages(k_head + "gallery:\n  dots: three\n") ==
        std::vector<std::string>{"7:9: error: 'dots' must be a whole number, not 'three'"});
}

TEST_CASE("parse_session: dates that are not dates") {
  CHECK(parse_messages(
            "session:\n  date: 2015-02-30\n  village: A\n  group: mixed\n  participants: 4\n") ==
        std::vector<std::string>{"2:9: error: 'date' is not a real date: 2015-02-30"});
  CHECK(parse_messages(
            "session:\n  date: \"2 марта\"\n  village: A\n  group: mixed\n  participants: 4\n") ==
        std::vector<std::string>{
            "2:9: error: 'date' is not a date: '2 марта'; write DD.MM.YYYY or YYYY-MM-DD, e.g. 02.03.2015"});
  CHECK(parse_messages(
            "session:\n  date: 2015-03\n  village: A\n  group: mixed\n  participants: 4\n") ==
        std::vector<std::string>{
            "2:9: error: 'date' is not a date: '2015-03'; write DD.MM.YYYY or YYYY-MM-DD, e.g. 02.03.2015"});
  // 2016 is a leap year.
  CHECK(parse_messages(
            "session:\n  date: 2016-02-29\n  village: A\n  group: mixed\n  participants: 4\n")
            .empty());
}

TEST_CASE("parse_session: a duplicated key is an error at the second") {
  CHECK(parse_messages("session:\n  date: 2015-03-02\n  village: A\n  group: young-women\n"
                       "  group: older-men\n  participants: 4\n") ==
        std::vector<std::string>{
            "5:3: error: 'group' appears twice in 'session' (first on line 4); keep one"});
}

TEST_CASE("parse_session: an unknown key gets 'did you mean'") {
  CHECK(parse_messages(k_head + "  facilitatr: X\n") ==
        std::vector<std::string>{
            "6:3: error: unknown key 'facilitatr' in 'session'; did you mean 'facilitator'?"});
  CHECK(parse_messages(k_head + "galery:\n  votes:\n    Жолдор: 5\n") ==
        std::vector<std::string>{
            "6:1: error: unknown key 'galery' at the top of the file; did you mean 'gallery'?"});
  CHECK(parse_messages(k_head + "  colour: red\n") ==
        std::vector<std::string>{
            "6:3: error: unknown key 'colour' in 'session'; allowed keys: date, village, "
            "group, participants, facilitator, municipality, note"});
}

TEST_CASE("parse_session: a missing required field") {
  CHECK(parse_messages("session:\n  date: 2015-03-02\n  village: A\n  participants: 4\n") ==
        std::vector<std::string>{"2:3: error: 'session' is missing 'group', which is required"});
}

TEST_CASE("parse_session: votes and ballots both") {
  CHECK(parse_messages(k_head + "gallery:\n  votes:\n    Жолдор: 1\n  ballots:\n    - [Мусор]\n") ==
        std::vector<std::string>{
            "9:3: error: a gallery has 'votes' or 'ballots', not both: keep one"});
}

TEST_CASE("parse_session: ballots are kept one per participant") {
  ParsedFile f;
  auto lines =
      parse_messages(k_head + "gallery:\n  ballots:\n    - [Жолдор, Жолдор, Мусор]\n    - Мусор\n"
                              "    - []\n",
                     &f);
  CHECK(lines.empty());
  REQUIRE(f.session);
  REQUIRE(f.session->gallery);
  const auto& b = f.session->gallery->ballots;
  REQUIRE(b.size() == 3);
  CHECK(b[0].dots.size() == 3);
  CHECK(b[0].pos.line == 8);
  CHECK(b[0].pos.col == 7);
  CHECK(b[1].dots.size() == 1);
  CHECK(b[2].dots.empty());
  CHECK(parse_messages(k_head + "gallery:\n  ballots:\n    - {a: 1}\n") ==
        std::vector<std::string>{
            "8:7: error: a ballot is a list of problems, like [Дороги, Дороги, Мусор]"});
}

TEST_CASE("parse_session: wrong types") {
  CHECK(parse_messages("session:\n  date: 2015-03-02\n  village: [A, B]\n  group: mixed\n  "
                       "participants: four\n") ==
        std::vector<std::string>{"3:12: error: 'village' must be text, not a list",
                                 "5:17: error: 'participants' must be a whole number, not 'four'"});
  CHECK(parse_messages(k_head + "gallery:\n  votes: [Жолдор, Мусор]\n") ==
        std::vector<std::string>{"7:10: error: 'votes' must be 'problem: dots' lines"});
  CHECK(parse_messages(k_head + "gallery:\n  votes:\n    Жолдор: {women: 2, woman: 1}\n") ==
        std::vector<std::string>{
            "8:24: error: unknown key 'woman' in 'Жолдор'; did you mean 'women'?"});
}

TEST_CASE("parse_session: every error of a file in one run") {
  auto lines = parse_messages(
      "session:\n  date: 2015-13-01\n  village: A\n  group: mixed\n  participants: -4\n"
      "gallery:\n  dots: 2.5\n  votes:\n    Жолдор: x\n");
  CHECK(lines.size() == 4);
}
