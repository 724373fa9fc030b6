// Properties of the gallery tally that hold for any input, checked on random sessions made from
// a fixed seed: how the dots were typed (counts, ballots, colours) does not change the tally, and
// a session without dots changes nothing but the session counts. Output that does not depend on
// the order of the files is checked for every command by tests/script/properties.sh.
#include "vap/gallery.hpp"
#include "vap/load.hpp"
#include "vap/text.hpp"

#include "temp_folder.hpp"

#include <doctest/doctest.h>

#include <fmt/format.h>

#include <random>

using namespace vap;
using vap::test::TempFolder;

namespace {

const std::vector<std::string> k_problems = {"Ичүүчү суу", "Жолдор",    "Бала бакча",
                                             "Мусор",      "Сугат суу", "Аппарат УЗИ"};
constexpr int k_dots = 3;

// One participant's dots: indexes into k_problems (at most k_dots).
using Ballot = std::vector<int>;

// A random session: each participant gives 0..k_dots dots; the first `women` participants are
// women.
std::vector<Ballot> random_ballots(std::mt19937& rng, int participants) {
  std::vector<Ballot> out(static_cast<std::size_t>(participants));
  std::uniform_int_distribution<int> problem(0, static_cast<int>(k_problems.size()) - 1);
  std::uniform_int_distribution<int> count(0, k_dots);
  for (auto& b : out)
    for (int n = count(rng); n > 0; --n)
      b.push_back(problem(rng));
  return out;
}

std::string head(int women, int men, const std::string& date) {
  return fmt::format(
      "session:\n  date: {}\n  village: A\n  group: mixed\n  participants: {{women: {}, men: {}}}\n"
      "gallery:\n  dots: {}\n",
      date, women, men, k_dots);
}

// The same dots typed three ways.
std::string as_votes(const std::vector<Ballot>& ballots, int women, int men,
                     const std::string& date) {
  std::vector<int> n(k_problems.size());
  for (const auto& b : ballots)
    for (int p : b)
      ++n[static_cast<std::size_t>(p)];
  std::string out = head(women, men, date) + "  votes:\n";
  for (std::size_t p = 0; p < n.size(); ++p)
    if (n[p] > 0) out += fmt::format("    {}: {}\n", k_problems[p], n[p]);
  return out;
}

std::string as_ballots(const std::vector<Ballot>& ballots, int women, int men,
                       const std::string& date) {
  std::string out = head(women, men, date) + "  ballots:\n";
  for (const auto& b : ballots) {
    std::string line;
    for (int p : b)
      line += (line.empty() ? "" : ", ") + k_problems[static_cast<std::size_t>(p)];
    out += "    - [" + line + "]\n";
  }
  return out;
}

std::string as_colours(const std::vector<Ballot>& ballots, int women, int men,
                       const std::string& date) {
  std::vector<int> w(k_problems.size());
  std::vector<int> m(k_problems.size());
  for (std::size_t i = 0; i < ballots.size(); ++i)
    for (int p : ballots[i])
      ++(static_cast<int>(i) < women ? w : m)[static_cast<std::size_t>(p)];
  std::string out = head(women, men, date) + "  votes:\n";
  for (std::size_t p = 0; p < w.size(); ++p)
    if (w[p] + m[p] > 0)
      out += fmt::format("    {}: {{women: {}, men: {}}}\n", k_problems[p], w[p], m[p]);
  return out;
}

// What the tally says about each problem, as one comparable line per problem.
std::vector<std::string> rows(const GalleryTally& t) {
  std::vector<std::string> out;
  for (const auto& r : t.problems)
    out.push_back(fmt::format("{} rank={} dots={} share={:.9f} sessions={} priority={}",
                              r.problem.id, r.rank, r.dots, r.share, r.sessions, r.priority));
  return out;
}

// Loads a municipality of the given session files; the load must be clean.
GalleryTally tally(const std::vector<std::string>& sessions) {
  TempFolder folder;
  folder.write("municipality.yaml", vap::test::municipality_yaml(3));
  for (std::size_t i = 0; i < sessions.size(); ++i)
    folder.write(fmt::format("s{:02}.yaml", i), sessions[i]);
  Loaded loaded = vap::test::load_folder(folder);
  for (const auto& d : loaded.diags.items())
    CHECK_MESSAGE(d.severity != Severity::error, d.message);
  REQUIRE(loaded.program.municipalities.size() == 1);
  return tally_gallery(loaded.program.municipalities[0], RankBy::dots);
}

} // namespace

TEST_CASE("properties: votes, ballots and dots by colour give the same tally") {
  std::mt19937 rng(20150302);
  for (int round = 0; round < 12; ++round) {
    CAPTURE(round);
    const int sessions = 1 + round % 4;
    std::vector<std::string> votes, ballots, colours;
    for (int s = 0; s < sessions; ++s) {
      const int women = 1 + static_cast<int>(rng() % 8);
      const int men = 1 + static_cast<int>(rng() % 8);
      auto b = random_ballots(rng, women + men);
      const std::string date = fmt::format("2015-03-{:02}", s + 1);
      votes.push_back(as_votes(b, women, men, date));
      ballots.push_back(as_ballots(b, women, men, date));
      colours.push_back(as_colours(b, women, men, date));
    }
    // Ballots and colours may be mixed in one municipality, session by session.
    std::vector<std::string> mixed;
    for (int s = 0; s < sessions; ++s)
      mixed.push_back(s % 2 ? ballots[static_cast<std::size_t>(s)]
                            : colours[static_cast<std::size_t>(s)]);
    const auto expected = rows(tally(votes));
    CHECK(rows(tally(ballots)) == expected);
    CHECK(rows(tally(colours)) == expected);
    CHECK(rows(tally(mixed)) == expected);
  }
}

TEST_CASE("properties: a session with no dots changes only the session counts") {
  std::mt19937 rng(1);
  for (int round = 0; round < 8; ++round) {
    CAPTURE(round);
    std::vector<std::string> sessions;
    for (int s = 0; s < 1 + round % 3; ++s)
      sessions.push_back(
          as_votes(random_ballots(rng, 6), 3, 3, fmt::format("2015-04-{:02}", s + 1)));
    const GalleryTally before = tally(sessions);
    // No dots at all, then the same problems named with 0 dots.
    for (const std::string& votes :
         {std::string("  votes: {}\n"),
          fmt::format("  votes:\n    {}: 0\n    {}: 0\n", k_problems[0], k_problems[1])}) {
      auto more = sessions;
      more.push_back(head(4, 5, "2015-05-01") + votes);
      const GalleryTally after = tally(more);
      CHECK(after.sessions == before.sessions + 1);
      CHECK(after.sessions_with_dots == before.sessions_with_dots);
      CHECK(after.dots == before.dots);
      CHECK(after.priority_count == before.priority_count);
      // A problem named with 0 dots is listed (it was on the flipchart) with 0 dots, never a
      // priority; every problem with dots keeps its rank, share and sessions.
      std::vector<std::string> with_dots;
      for (const auto& r : after.problems) {
        if (r.dots == 0)
          CHECK_FALSE(r.priority);
        else
          with_dots.push_back(rows(after)[static_cast<std::size_t>(&r - after.problems.data())]);
      }
      if (before.dots > 0) CHECK(with_dots == rows(before));
    }
  }
}

TEST_CASE("properties: tidy gives the same text whether or not it takes its fast path") {
  // A leading space always sends tidy through the full decoding, so both paths are compared.
  const std::vector<std::string> pieces = {
      "Ичүүчү",   "суу",          "Жолдор", " ", "  ", "\t",           "\n",
      "\xC2\xA0", "\xE3\x80\x80", "abc",    "É", "ң",  "\xE2\x80\x89", "-",
      "№2",       "\xEF\xBB\xBF", "\xFF"};
  std::mt19937 rng(7);
  for (int round = 0; round < 2000; ++round) {
    std::string s;
    for (int n = static_cast<int>(rng() % 7); n > 0; --n)
      s += pieces[rng() % pieces.size()];
    CAPTURE(s);
    CHECK(tidy(s) == tidy(" " + s));
    CHECK(tidy(tidy(s)) == tidy(s));
  }
}

TEST_CASE("properties: match_key of ASCII text equals the full Unicode case folding") {
  // With a precomposed "é" after it, the text goes through utf8proc; "é" folds to itself.
  std::mt19937 rng(11);
  for (int round = 0; round < 2000; ++round) {
    std::string s;
    for (int n = static_cast<int>(rng() % 12); n > 0; --n)
      s += static_cast<char>(0x20 + rng() % 0x5F);
    CAPTURE(s);
    CHECK(match_key(s) + "\xC3\xA9" == match_key(tidy(s) + "\xC3\xA9"));
  }
}
