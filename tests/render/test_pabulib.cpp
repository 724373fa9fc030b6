// `--format pb` checked against pabulib's format rules (https://pabulib.org/format): the three
// sections in order, each a title line and a header line; META's key;value with the required
// keys; num_projects and num_votes matching the rows; every vote naming projects of PROJECTS,
// points (cumulative) one per project and whole; budget a number ≥ 0; costs ≥ 0; ids unique.
#include "vap/budget.hpp"
#include "vap/gallery.hpp"
#include "vap/load.hpp"
#include "vap/pabulib.hpp"
#include "vap/render_pabulib.hpp"

#include <cstdlib>
#include <map>
#include <set>
#include <sstream>

#include <doctest/doctest.h>

using namespace vap;

namespace {

// One line split at ';' outside quotes; "" inside quotes is one '"'.
std::vector<std::string> split(const std::string& line) {
  std::vector<std::string> out(1);
  bool quoted = false;
  for (std::size_t i = 0; i < line.size(); ++i) {
    const char c = line[i];
    if (quoted) {
      if (c == '"' && i + 1 < line.size() && line[i + 1] == '"') {
        out.back() += '"';
        ++i;
      } else if (c == '"') {
        quoted = false;
      } else {
        out.back() += c;
      }
    } else if (c == '"') {
      quoted = true;
    } else if (c == ';') {
      out.emplace_back();
    } else {
      out.back() += c;
    }
  }
  return out;
}

std::vector<std::string> commas(const std::string& s) {
  std::vector<std::string> out;
  std::string cur;
  std::istringstream in(s);
  while (std::getline(in, cur, ','))
    out.push_back(cur);
  return out;
}

bool is_number(const std::string& s, bool whole) {
  if (s.empty()) return false;
  std::size_t used = 0;
  try {
    const double v = std::stod(s, &used);
    (void)v;
  } catch (const std::exception&) {
    return false;
  }
  return used == s.size() && (!whole || s.find_first_of(".eE") == std::string::npos);
}

// Every violation of the format rules, one line each; empty when the text is a valid .pb file.
std::vector<std::string> pabulib_violations(const std::string& text) {
  std::vector<std::string> bad;
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string l; std::getline(in, l);)
    lines.push_back(l);
  std::map<std::string, std::vector<std::vector<std::string>>> rows;
  std::map<std::string, std::vector<std::string>> header;
  std::vector<std::string> order;
  std::string section;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const std::string& l = lines[i];
    if (l == "META" || l == "PROJECTS" || l == "VOTES") {
      section = l;
      order.push_back(l);
      if (i + 1 >= lines.size()) {
        bad.push_back(l + ": no header line");
        break;
      }
      header[l] = split(lines[++i]);
      continue;
    }
    if (section.empty()) {
      bad.push_back("line " + std::to_string(i + 1) + " before any section");
      continue;
    }
    auto cells = split(l);
    if (cells.size() != header[section].size())
      bad.push_back(section + " line " + std::to_string(i + 1) + ": " +
                    std::to_string(cells.size()) + " fields, header has " +
                    std::to_string(header[section].size()));
    rows[section].push_back(cells);
  }
  if (order != std::vector<std::string>{"META", "PROJECTS", "VOTES"})
    bad.push_back("sections are not META, PROJECTS, VOTES in this order");
  if (header["META"] != std::vector<std::string>{"key", "value"})
    bad.push_back("META header is not key;value");
  std::map<std::string, std::string> meta;
  for (const auto& r : rows["META"])
    if (r.size() == 2 && !meta.emplace(r[0], r[1]).second) bad.push_back("META key twice: " + r[0]);
  for (auto k : {"description", "country", "unit", "instance", "num_projects", "num_votes",
                 "budget", "vote_type"})
    if (!meta.count(k)) bad.push_back(std::string("META lacks ") + k);
  if (meta.count("budget") && (!is_number(meta["budget"], false) || std::stod(meta["budget"]) < 0))
    bad.push_back("budget is not a number ≥ 0: " + meta["budget"]);
  const std::string type = meta["vote_type"];
  if (type != "approval" && type != "cumulative" && type != "ordinal" && type != "scoring")
    bad.push_back("unknown vote_type: " + type);
  auto column = [&](const std::string& s, const std::string& name) -> int {
    const auto& h = header[s];
    for (std::size_t i = 0; i < h.size(); ++i)
      if (h[i] == name) return static_cast<int>(i);
    bad.push_back(s + " has no column " + name);
    return -1;
  };
  const int pid = column("PROJECTS", "project_id");
  const int cost = column("PROJECTS", "cost");
  std::set<std::string> projects;
  for (const auto& r : rows["PROJECTS"]) {
    if (pid < 0 || cost < 0 || r.size() != header["PROJECTS"].size()) continue;
    if (!projects.insert(r[pid]).second) bad.push_back("project id twice: " + r[pid]);
    if (!is_number(r[cost], false) || std::stod(r[cost]) < 0)
      bad.push_back("cost of " + r[pid] + " is not a number ≥ 0: " + r[cost]);
  }
  if (meta["num_projects"] != std::to_string(rows["PROJECTS"].size()))
    bad.push_back("num_projects " + meta["num_projects"] + ", rows " +
                  std::to_string(rows["PROJECTS"].size()));
  if (meta["num_votes"] != std::to_string(rows["VOTES"].size()))
    bad.push_back("num_votes " + meta["num_votes"] + ", rows " +
                  std::to_string(rows["VOTES"].size()));
  const int vid = column("VOTES", "voter_id");
  const int vote = column("VOTES", "vote");
  const int pts = type == "cumulative" || type == "scoring" ? column("VOTES", "points") : -1;
  std::set<std::string> voters;
  for (const auto& r : rows["VOTES"]) {
    if (vid < 0 || vote < 0 || r.size() != header["VOTES"].size()) continue;
    if (!voters.insert(r[vid]).second) bad.push_back("voter id twice: " + r[vid]);
    const auto ids = commas(r[vote]);
    if (ids.empty()) bad.push_back("voter " + r[vid] + " votes for nothing");
    std::set<std::string> seen;
    for (const auto& id : ids) {
      if (!projects.count(id)) bad.push_back("voter " + r[vid] + " votes for unknown " + id);
      if (!seen.insert(id).second) bad.push_back("voter " + r[vid] + " names " + id + " twice");
    }
    if (pts >= 0) {
      const auto p = commas(r[pts]);
      if (p.size() != ids.size())
        bad.push_back("voter " + r[vid] + ": " + std::to_string(ids.size()) + " projects, " +
                      std::to_string(p.size()) + " points");
      for (const auto& x : p)
        if (!is_number(x, true) || std::stoll(x) <= 0)
          bad.push_back("voter " + r[vid] + ": points not a whole number > 0: " + x);
    }
  }
  return bad;
}

using Lines = std::vector<std::string>;

std::optional<Municipality> example(const std::string& name) {
  const char* root = std::getenv("VAP_SOURCE_DIR");
  if (!root) return std::nullopt;
  Loaded loaded = load({std::string(root) + "/examples/" + name}, LoadOptions{});
  REQUIRE_MESSAGE(!loaded.diags.has_errors(), format_diagnostics(loaded.diags, loaded.sources));
  return loaded.program.municipalities.front();
}

} // namespace

TEST_CASE("pabulib checker: finds what breaks the format") {
  const std::string good = "META\nkey;value\ndescription;d\ncountry;Kyrgyzstan\nunit;u\n"
                           "instance;2014\nnum_projects;2\nnum_votes;2\nbudget;100\n"
                           "vote_type;cumulative\nPROJECTS\nproject_id;cost;votes;name;category\n"
                           "a;60;3;\"A; the first\";\nb;40;1;B;lsg-4\nVOTES\nvoter_id;vote;points\n"
                           "s1;a,b;2,1\ns2;a;1\n";
  CHECK(pabulib_violations(good) == Lines{});
  auto broken = [&](const std::string& from, const std::string& to) {
    std::string t = good;
    t.replace(t.find(from), from.size(), to);
    return pabulib_violations(t);
  };
  CHECK(broken("num_votes;2", "num_votes;3") == Lines{"num_votes 3, rows 2"});
  CHECK(broken("s2;a;1", "s2;c;1") == Lines{"voter s2 votes for unknown c"});
  CHECK(broken("s1;a,b;2,1", "s1;a,b;2") == Lines{"voter s1: 2 projects, 1 points"});
  CHECK(broken("budget;100", "budget;-5") == Lines{"budget is not a number ≥ 0: -5"});
  CHECK(broken("country;Kyrgyzstan\n", "") == Lines{"META lacks country"});
  CHECK(broken("b;40;1;B;lsg-4", "b;40;1;B") ==
        Lines{"PROJECTS line 14: 4 fields, header has 5", "voter s1 votes for unknown b"});
  CHECK(broken("VOTES\nvoter_id", "VOTE\nvoter_id").front() ==
        "PROJECTS line 15: 1 fields, header has 5");
}

TEST_CASE("pabulib: the gallery of a municipality with ballots and counts is a valid .pb file") {
  auto m = example("ak-tash-mixed");
  if (!m) return;
  const GalleryTally t = tally_gallery(*m, RankBy::dots);
  const PbInstance pb = gallery_pb(*m, t, Lang::en);
  const std::string text = pabulib_text(pb);
  CHECK(pabulib_violations(text) == Lines{});
  CHECK_FALSE(pb.approval);
  CHECK(pb.projects.size() == t.problems.size());
  // Ballot rows (s1-b1, ...) for the sessions that typed ballots, one row for the others; the
  // points add up to the gallery's dots.
  long long points = 0;
  bool ballot_rows = false;
  for (const auto& v : pb.votes) {
    ballot_rows = ballot_rows || v.voter.find("-b") != std::string::npos;
    for (const auto& [id, n] : v.points)
      points += n;
  }
  CHECK(ballot_rows);
  CHECK(points == t.dots);
}

TEST_CASE("pabulib: the budget instance is a valid .pb file with the envelope as budget") {
  auto m = example("jany-jol");
  if (!m) return;
  const BudgetSummary b = summarize_budget(*m, 900);
  const std::string text = pabulib_text(budget_pb(*m, b, Lang::en));
  CHECK(pabulib_violations(text) == Lines{});
  CHECK(text.find("\nbudget;900\n") != std::string::npos);
  CHECK(text.find("\ncountry;Kyrgyzstan\n") != std::string::npos);
  CHECK(text.find("\nnum_projects;" + std::to_string(b.rows.size()) + "\n") != std::string::npos);
}

TEST_CASE("pabulib: one-dot ballots are approval votes") {
  PbInstance pb;
  pb.projects = {{"a", 10, 2, "A", ""}, {"b", 5, 1, "B", ""}};
  pb.votes = {{"s1-b1", {{"a", 1}}}, {"s1-b2", {{"a", 1}}}, {"s1-b3", {{"b", 1}}}};
  pb.approval = true;
  pb.meta = {{"description", "d"}, {"country", "Kyrgyzstan"}, {"unit", "u"},
             {"instance", "2015"}, {"num_projects", "2"},     {"num_votes", "3"},
             {"budget", "0"},      {"vote_type", "approval"}};
  const std::string text = pabulib_text(pb);
  CHECK(text.find("VOTES\nvoter_id;vote\ns1-b1;a\n") != std::string::npos);
  CHECK(pabulib_violations(text) == Lines{});
}
