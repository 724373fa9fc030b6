// The pieces every paper of `vap papers` shares: amounts with their unit, blanks, lists, periods.
#include "vap/render_papers.hpp"

#include <doctest/doctest.h>

using namespace vap;

namespace {
const std::string k_nbsp = "\u00a0";
} // namespace

TEST_CASE("escape_blanks: a run of four underscores or more is a blank, never emphasis") {
  CHECK(escape_blanks("№ ____ «____» ___ __a__") == "№ \\_\\_\\_\\_ «\\_\\_\\_\\_» ___ __a__");
  CHECK(escape_blanks("x \\_\\_\\_\\_ y") == "x \\_\\_\\_\\_ y"); // already escaped
}

TEST_CASE("paper_amount: the unit as typed, in the paper's language; thousand som when none") {
  CHECK(paper_amount(Lang::ru, 1236, 1, "миң сом") == "1" + k_nbsp + "236,0" + k_nbsp + "тыс. сом");
  CHECK(paper_amount(Lang::ky, 5, 2, "") == "5,00" + k_nbsp + "миң сом");
  CHECK(paper_unit(Lang::en, "") == "thousand som");
  CHECK(paper_unit(Lang::ru, "USD") == "USD");
}

TEST_CASE("one_period: an abbreviation's period ends the sentence once; an ellipsis stays") {
  CHECK(one_period("Жумабаев К..") == "Жумабаев К.");
  CHECK(one_period("лидерлери: А. Б..; В.") == "лидерлери: А. Б.; В.");
  CHECK(one_period("ж.б... жана") == "ж.б... жана");
  CHECK(one_period("..") == ".");
}

TEST_CASE("paper_list: the last item joined by the language's «and»") {
  CHECK(paper_list(Lang::ky, {"a"}) == "a");
  CHECK(paper_list(Lang::ky, {"a", "b", "c"}) == "a, b жана c");
  CHECK(paper_list(Lang::ru, {"a", "b"}) == "a и b");
  CHECK(paper_list(Lang::en, {}) == "");
}

TEST_CASE("paper_span: a task's deadline, one date or a period") {
  CHECK(paper_span(Lang::ru, Date{2014, 6, 0}, Date{2014, 6, 0}) == "июнь 2014" + k_nbsp + "г.");
  CHECK(paper_span(Lang::ky, Date{2014, 7, 0}, Date{2014, 9, 0}) ==
        "2014-жылдын июль – сентябрь айлары");
  CHECK(paper_span(Lang::en, std::nullopt, Date{2015, 3, 20}) == "20 March 2015");
  CHECK(paper_span(Lang::en, std::nullopt, std::nullopt) == "");
}
