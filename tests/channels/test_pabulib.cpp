// The .pb text vap writes (channels/pabulib_writer) and reads (load/pabulib_reader): a
// municipality's gallery and plan as pabulib instances, and every instance read back as the same.
// The format checks from pabulib's format page are tests/pabulib/check_pb.py, run on every .pb vap
// writes (tests/script/pabulib_format.sh).
#include "vap/budget.hpp"
#include "vap/gallery.hpp"
#include "vap/load.hpp"
#include "vap/pabulib.hpp"
#include "vap/pabulib_reader.hpp"
#include "vap/pabulib_writer.hpp"

#include <cstdlib>

#include <doctest/doctest.h>

using namespace vap;

namespace {

std::optional<Municipality> example(const std::string& name) {
  const char* root = std::getenv("VAP_SOURCE_DIR");
  if (!root) return std::nullopt;
  Loaded loaded = load({std::string(root) + "/examples/" + name}, LoadOptions{});
  REQUIRE_MESSAGE(!loaded.diags.has_errors(), format_diagnostics(loaded.diags, loaded.sources));
  return loaded.program.municipalities.front();
}

PbElection read_back(const std::string& text) {
  Sources sources;
  const std::uint32_t file = sources.add("back.pb");
  sources.set_text(file, text);
  Diagnostics diags;
  auto e = parse_pabulib(sources, file, diags);
  REQUIRE_MESSAGE(e.has_value(), format_diagnostics(diags, sources));
  CHECK(diags.warning_count() == 0);
  return std::move(*e);
}

// The same instance: budget, vote type, projects (ids, costs, names, categories, targets,
// selected) and votes (ids, ballots, sex, age), amounts compared exactly whatever their scale.
void check_same(const PbElection& a, const PbElection& b) {
  auto value = [](long long units, int places, int to) {
    return units * power_of_ten(to - places);
  };
  const int money = std::max(a.money_places, b.money_places);
  CHECK(value(a.budget, a.money_places, money) == value(b.budget, b.money_places, money));
  CHECK(a.vote_type == b.vote_type);
  REQUIRE(a.projects.size() == b.projects.size());
  for (std::size_t p = 0; p < a.projects.size(); ++p) {
    CHECK(a.projects[p].id == b.projects[p].id);
    CHECK(value(a.projects[p].cost, a.money_places, money) ==
          value(b.projects[p].cost, b.money_places, money));
    CHECK(a.projects[p].name == b.projects[p].name);
    CHECK(a.projects[p].categories == b.projects[p].categories);
    CHECK(a.projects[p].targets == b.projects[p].targets);
    CHECK(a.projects[p].selected == b.projects[p].selected);
  }
  CHECK(a.voter_ids == b.voter_ids);
  CHECK(a.sex == b.sex);
  CHECK(a.age == b.age);
  CHECK(a.ballot_start == b.ballot_start);
  CHECK(a.ballot_project == b.ballot_project);
  const int points = std::max(a.points_places, b.points_places);
  for (std::size_t k = 0; k < a.ballot_points.size() && k < b.ballot_points.size(); ++k)
    CHECK(value(a.ballot_points[k], a.points_places, points) ==
          value(b.ballot_points[k], b.points_places, points));
}

} // namespace

TEST_CASE("pabulib: the gallery of a municipality with ballots and counts") {
  auto m = example("ak-tash-mixed");
  if (!m) return;
  const GalleryTally t = tally_gallery(*m, RankBy::dots);
  const PbElection pb = gallery_pb(*m, t, Lang::en);
  CHECK(pb.vote_type == VoteType::cumulative);
  CHECK(pb.projects.size() == t.problems.size());
  // Ballot rows (s1-b1, ...) for the sessions that typed ballots, one row for the others; the
  // points add up to the gallery's dots.
  long long points = 0;
  for (long long p : pb.ballot_points)
    points += p;
  CHECK(points == t.dots);
  CHECK(std::any_of(pb.voter_ids.begin(), pb.voter_ids.end(),
                    [](const std::string& v) { return v.find("-b") != std::string::npos; }));
  const std::string text = pabulib_text(pb);
  CHECK(text.find("\nvote_type;cumulative\n") != std::string::npos);
  check_same(pb, read_back(text));
}

TEST_CASE("pabulib: the plan in the local budget, with the dates of its sessions") {
  auto m = example("jany-jol");
  if (!m) return;
  const BudgetSummary b = summarize_budget(*m, 900);
  const PbElection pb = budget_pb(*m, b, Lang::en);
  const std::string text = pabulib_text(pb);
  CHECK(text.find("\nbudget;900\n") != std::string::npos);
  CHECK(text.find("\ncountry;Kyrgyzstan\n") != std::string::npos);
  CHECK(text.find("\ndate_begin;24.02.2014\ndate_end;27.02.2014\n") != std::string::npos);
  CHECK(text.find("\nnum_projects;" + std::to_string(b.rows.size()) + "\n") != std::string::npos);
  CHECK(text.find("\nnum_votes;" + std::to_string(b.sessions.size()) + "\n") != std::string::npos);
  check_same(pb, read_back(text));
}

TEST_CASE("pabulib: one-point ballots are approval votes; quotes, None, empty votes") {
  PbElection e;
  e.budget = 125; // 12.5 with one decimal
  e.money_places = 1;
  e.meta = {{"description", "a; b"}, {"vote_type", "approval"}};
  PbProject a;
  a.id = "a";
  a.cost = 100;
  a.name = "The \"first\"";
  a.categories = {"sport", "culture"};
  PbProject b;
  b.id = "b";
  b.cost = 25;
  e.projects = {a, b};
  e.add_voter("1", {{0, 1}, {1, 1}}, Sex::female, 34);
  e.add_voter("2", {}, Sex::unknown, -1);
  e.add_voter("3", {{1, 1}}, Sex::male, 70);
  const std::string text = pabulib_text(e);
  CHECK(text == "META\nkey;value\ndescription;\"a; b\"\nvote_type;approval\n"
                "PROJECTS\nproject_id;cost;votes;name;category\n"
                "a;10;1;\"The \"\"first\"\"\";sport,culture\nb;2.5;2;None;None\n"
                "VOTES\nvoter_id;age;sex;vote\n1;34;F;a,b\n2;None;None;\n3;70;M;b\n");
  e.set_meta("budget", "12.5");
  check_same(e, read_back(pabulib_text(e)));
}
