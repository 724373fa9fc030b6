// Reading pabulib files: every vote type, the quirks of real files (quoted fields, decimal
// commas, None, a META without its header line, voters' sex and age, categories and targets),
// and every error at file:line:column in the run's language.
#include "vap/pabulib_reader.hpp"

#include <doctest/doctest.h>

#include <string>

using namespace vap;

namespace {

struct Read {
  std::optional<PbElection> e;
  std::string messages;
};

Read read(const std::string& input, Lang lang = Lang::en) {
  Sources sources;
  const std::uint32_t file = sources.add("x.pb");
  sources.set_text(file, input);
  Diagnostics diags(lang);
  Read r;
  r.e = parse_pabulib(sources, file, diags);
  r.messages = format_diagnostics(diags, sources);
  return r;
}

const std::string k_meta = "META\nkey;value\ndescription;d\ncountry;Poland\nunit;U\n"
                           "instance;2020\nnum_projects;3\nnum_votes;3\nbudget;1000,5\n";

std::string file(const std::string& type, const std::string& projects, const std::string& votes) {
  return k_meta + "vote_type;" + type + "\nrule;greedy\nPROJECTS\n" + projects + "VOTES\n" + votes;
}

const std::string k_projects = "project_id;cost;votes;name;category;target;selected\n"
                               "1;600;2;\"Park; trees\";culture, education;children;1\n"
                               "2;400,25;2;None;sport;None;0\n"
                               "3;100;1;Benches;None;None;1\n";

} // namespace

TEST_CASE("pabulib reader: approval votes, voters' sex and age, categories and decimal commas") {
  const Read r = read(file("approval", k_projects,
                           "voter_id;age;sex;voting_method;vote\n"
                           "a1;34;K;paper;1,2\n"
                           "a2;None;M;internet;2,3\n"
                           "a3;71;f;paper;1\n"));
  REQUIRE_MESSAGE(r.e.has_value(), r.messages);
  CHECK(r.messages.empty());
  const PbElection& e = *r.e;
  CHECK(e.vote_type == VoteType::approval);
  CHECK(e.money_places == 2); // 400,25 and 1000,5
  CHECK(e.budget == 100050);
  REQUIRE(e.projects.size() == 3);
  CHECK(e.projects[0].name == "Park; trees");
  CHECK(e.projects[0].categories == std::vector<std::string>{"culture", "education"});
  CHECK(e.projects[0].targets == std::vector<std::string>{"children"});
  CHECK(e.projects[0].cost == 60000);
  CHECK(e.projects[1].cost == 40025);
  CHECK(e.projects[1].name.empty());
  CHECK(e.projects[1].selected == 0);
  CHECK(e.projects[2].categories.empty());
  CHECK(e.voter_ids == std::vector<std::string>{"a1", "a2", "a3"});
  CHECK(e.sex == std::vector<Sex>{Sex::female, Sex::male, Sex::female});
  CHECK(e.age == std::vector<short>{34, -1, 71});
  CHECK(e.ballot_start == std::vector<std::uint32_t>{0, 2, 4, 5});
  CHECK(e.ballot_project == std::vector<std::uint32_t>{0, 1, 1, 2, 0});
  CHECK(e.ballot_points == std::vector<long long>{1, 1, 1, 1, 1});
  CHECK(e.meta_value("unit") == "U");
}

TEST_CASE("pabulib reader: cumulative and scoring points, decimals made one scale") {
  const Read r = read(
      file("cumulative", k_projects, "voter_id;vote;points\nc1;1,3;2,1\nc2;2;1.5\nc3;3,1;1,2\n"));
  REQUIRE_MESSAGE(r.e.has_value(), r.messages);
  CHECK(r.e->points_places == 1);
  CHECK(r.e->ballot_points == std::vector<long long>{20, 10, 15, 10, 20});
  const Read s =
      read(file("scoring", k_projects, "voter_id;vote;points\nc1;1;3\nc2;2;1\nc3;3;2\n"));
  REQUIRE_MESSAGE(s.e.has_value(), s.messages);
  CHECK(s.e->vote_type == VoteType::scoring);
  CHECK(s.e->ballot_points == std::vector<long long>{3, 1, 2});
}

TEST_CASE("pabulib reader: an ordinal vote's points by position, as pabulib scores a ranking") {
  // max_length 3: the first gets 3, the second 2, the third 1 (Kraków's score column).
  const std::string text = k_meta + "vote_type;ordinal\nmax_length;3\nrule;greedy\nPROJECTS\n" +
                           k_projects + "VOTES\nvoter_id;vote\no1;3,1,2\no2;2\no3;1,2\n";
  const Read r = read(text);
  REQUIRE_MESSAGE(r.e.has_value(), r.messages);
  CHECK(r.e->ballot_project == std::vector<std::uint32_t>{2, 0, 1, 1, 0, 1});
  CHECK(r.e->ballot_points == std::vector<long long>{3, 2, 1, 3, 3, 2});
}

TEST_CASE("pabulib reader: a META without its key;value line, as some of pabulib's files") {
  std::string text = file("approval", k_projects, "voter_id;vote\na;1,2\nb;2,3\nc;1\n");
  text.replace(text.find("key;value\n"), 10, "");
  const Read r = read(text);
  REQUIRE(r.e.has_value());
  CHECK(r.e->meta_value("description") == "d");
  CHECK(r.messages == "x.pb:2:1: warning: the line after META should be the header key;value; "
                      "it is read as a META line\n 2 | description;d\n   | ^\n");
}

TEST_CASE("pabulib reader: what a file says against what it holds is a warning") {
  const Read r = read(file("approval", k_projects, "voter_id;vote\na;1\nb;2\n"));
  REQUIRE(r.e.has_value());
  CHECK(r.messages == "x.pb:8:1: warning: num_votes says 3, and the file has 2\n"
                      " 8 | num_votes;3\n   | ^\n"
                      "x.pb:14:1: warning: project '1' has 2 votes in PROJECTS and 1 in VOTES\n"
                      " 14 | 1;600;2;\"Park; trees\";culture, education;children;1\n    | ^\n"
                      "x.pb:15:1: warning: project '2' has 2 votes in PROJECTS and 1 in VOTES\n"
                      " 15 | 2;400,25;2;None;sport;None;0\n    | ^\n"
                      "x.pb:16:1: warning: project '3' has 1 vote in PROJECTS and 0 in VOTES\n"
                      " 16 | 3;100;1;Benches;None;None;1\n    | ^\n");
}

TEST_CASE("pabulib reader: every error at its line and column, nothing read") {
  const Read r = read(file("cumulative", k_projects,
                           "voter_id;vote;points\n"
                           "v1;1,9;1,1\n"   // 9 is no project
                           "v2;2,2;1,1\n"   // 2 twice
                           "v3;1,2;1\n"     // fewer points than projects
                           "v1;3;x\n"       // a voter twice, points not a number
                           "v5;3;1;extra\n" // a field too many
                           "\"v6;3;1\n"));  // no closing quote
  CHECK_FALSE(r.e.has_value());
  CHECK(r.messages ==
        "x.pb:19:6: error: '9' is not a project of this file\n"
        " 19 | v1;1,9;1,1\n"
        "    |      ^\n"
        "x.pb:20:6: error: the vote lists '2' twice\n"
        " 20 | v2;2,2;1,1\n"
        "    |      ^\n"
        "x.pb:21:9: error: the vote names more projects than it gives points\n"
        " 21 | v3;1,2;1\n"
        "    |         ^\n"
        "x.pb:22:1: error: voter 'v1' votes twice (first at line 19)\n"
        " 22 | v1;3;x\n"
        "    | ^\n"
        "x.pb:22:6: error: points must be numbers of at least 0, here: 'x'\n"
        " 22 | v1;3;x\n"
        "    |      ^\n"
        "x.pb:23:8: error: this line has 4 fields; the header of VOTES has 3\n"
        " 23 | v5;3;1;extra\n"
        "    |        ^\n"
        "x.pb:24:1: error: this quoted field has no closing quote (\") before the end of the "
        "line\n"
        " 24 | \"v6;3;1\n"
        "    | ^\n");
}

TEST_CASE("pabulib reader: errors in META and PROJECTS, in Russian") {
  const Read r = read("META\nkey;value\nbudget;много\nvote_type;ranked\nPROJECTS\n"
                      "id;cost\n",
                      Lang::ru);
  CHECK_FALSE(r.e.has_value());
  CHECK(r.messages.find("x.pb:3:8: ошибка: бюджет должен быть числом не меньше 0, здесь: "
                        "'много'") != std::string::npos);
  CHECK(r.messages.find("x.pb:4:11: ошибка: 'ranked' — не тип голосования") != std::string::npos);
  CHECK(r.messages.find("x.pb:6:1: ошибка: первый столбец PROJECTS должен быть project_id") !=
        std::string::npos);
  CHECK(r.messages.find("ошибка: в файле нет раздела VOTES") != std::string::npos);
}
