// The program report's totals are the sums of their municipalities: the assemblies, the budget
// step, monitoring's planned and spent amounts and progress, the indicators by name, women's and
// men's dots; and the same in any order of the municipalities.
#include "vap/report.hpp"

#include "vap/load.hpp"

#include <doctest/doctest.h>

#include <cstdlib>

using namespace vap;

namespace {

std::optional<Program> examples(bool reversed) {
  const char* root = std::getenv("VAP_SOURCE_DIR");
  if (!root) return std::nullopt;
  std::vector<std::string> paths{std::string(root) + "/examples/jany-jol",
                                 std::string(root) + "/examples/kara-suu-ru",
                                 std::string(root) + "/examples/ak-tash-mixed"};
  if (reversed) std::reverse(paths.begin(), paths.end());
  Loaded loaded = load(paths, LoadOptions{});
  REQUIRE_MESSAGE(!loaded.diags.has_errors(), format_diagnostics(loaded.diags, loaded.sources));
  return std::move(loaded.program);
}

} // namespace

TEST_CASE("program report: every total is the sum of its municipalities") {
  const auto program = examples(false);
  if (!program) return;
  const ProgramSummary s = summarize_program(*program, RankBy::dots);
  REQUIRE(s.municipalities.size() == 3);
  const ProgramChain& c = s.chain;

  long long women = 0, men = 0, a_people = 0, a_women = 0, a_men = 0;
  int assemblies = 0, agreed = 0, amended = 0, dropped = 0, added = 0, budgets = 0, monitored = 0;
  double envelope = 0, asked = 0, greedy = 0, mes = 0, planned = 0, spent = 0, weighted = 0;
  double financing = 0;
  std::map<std::string, std::pair<double, double>> indicators;
  std::map<std::string, std::pair<long long, long long>> dots;
  for (const auto& m : s.municipalities) {
    women += m.women;
    men += m.men;
    financing += m.planned;
    if (const auto& a = m.chain.assembly) {
      ++assemblies;
      a_people += a->participants;
      a_women += a->women;
      a_men += a->men;
      agreed += a->agreed;
      amended += a->amended;
      dropped += a->dropped;
      added += a->added;
    }
    if (const auto& b = m.chain.budget) {
      ++budgets;
      envelope += b->envelope;
      asked += b->asked;
      greedy += b->greedy;
      mes += b->mes;
    }
    if (m.monitored) {
      ++monitored;
      planned += m.chain.monitored_planned;
      spent += m.spent;
      weighted += m.chain.monitored_planned * m.progress;
    }
    for (const auto& i : m.chain.indicators) {
      indicators[i.name].first += i.target;
      indicators[i.name].second += i.actual;
    }
    for (const auto& d : m.chain.dots) {
      dots[d.problem.id].first += d.women;
      dots[d.problem.id].second += d.men;
    }
  }
  CHECK(s.women == women);
  CHECK(s.men == men);
  double by_source = 0;
  for (const auto& f : s.financing)
    by_source += f.amount;
  CHECK(by_source == doctest::Approx(financing));

  // The assemblies of Жаңы-Жол (200 present, 96 women) and Кара-Суу (124, 62).
  CHECK(c.assemblies == assemblies);
  CHECK(c.assemblies == 2);
  CHECK(c.assembly_participants == a_people);
  CHECK(c.assembly_participants == 324);
  CHECK(c.assembly_women == a_women);
  CHECK(c.assembly_women == 158);
  CHECK(c.assembly_men == a_men);
  CHECK(c.agreed == agreed);
  CHECK(c.amended == amended);
  CHECK(c.dropped == dropped);
  CHECK(c.added == added);

  // Only Жаңы-Жол's budget sets an envelope: 900 against the 1156 its plan asks once the
  // assembly's rejection of Irrigation (80 of the 1236) is left out.
  CHECK(c.budgets == budgets);
  CHECK(c.budgets == 1);
  CHECK(c.envelope == doctest::Approx(envelope));
  CHECK(c.envelope == doctest::Approx(900));
  CHECK(c.asked == doctest::Approx(asked));
  CHECK(c.asked == doctest::Approx(1156));
  CHECK(c.greedy == doctest::Approx(greedy));
  CHECK(c.mes == doctest::Approx(mes));

  CHECK(s.monitored == monitored);
  CHECK(s.monitored_planned == doctest::Approx(planned));
  CHECK(s.monitored_spent == doctest::Approx(spent));
  REQUIRE(planned > 0);
  CHECK(s.progress == doctest::Approx(weighted / planned));

  REQUIRE(c.indicators.size() == indicators.size());
  for (const auto& i : c.indicators) {
    CHECK(i.target == doctest::Approx(indicators[i.name].first));
    CHECK(i.actual == doctest::Approx(indicators[i.name].second));
  }
  REQUIRE(c.dots.size() == dots.size());
  for (const auto& d : c.dots) {
    CHECK(d.women == dots[d.problem.id].first);
    CHECK(d.men == dots[d.problem.id].second);
  }
}

TEST_CASE("program report: the same sums in any order of the municipalities") {
  const auto a = examples(false);
  const auto b = examples(true);
  if (!a || !b) return;
  const ProgramSummary x = summarize_program(*a, RankBy::dots);
  const ProgramSummary y = summarize_program(*b, RankBy::dots);
  CHECK(x.chain.assembly_participants == y.chain.assembly_participants);
  CHECK(x.chain.asked == y.chain.asked);
  CHECK(x.progress == doctest::Approx(y.progress));
  REQUIRE(x.chain.dots.size() == y.chain.dots.size());
  for (std::size_t i = 0; i < x.chain.dots.size(); ++i) {
    CHECK(x.chain.dots[i].problem.id == y.chain.dots[i].problem.id);
    CHECK(x.chain.dots[i].women == y.chain.dots[i].women);
  }
  REQUIRE(x.chain.indicators.size() == y.chain.indicators.size());
  for (std::size_t i = 0; i < x.chain.indicators.size(); ++i)
    CHECK(x.chain.indicators[i].name == y.chain.indicators[i].name);
}
