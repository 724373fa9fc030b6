#include "vap/official.hpp"

#include <doctest/doctest.h>

using namespace vap;

namespace {
const std::string k_nbsp = "\u00a0";
} // namespace

TEST_CASE("official_date_ky: the year's possessive, each month's own ending") {
  CHECK(official_date_ky(2025, 4, 18) == "2025-жылдын 18-апрели");
  CHECK(official_date_ky(2014, 1, 1) == "2014-жылдын 1-январы");
  CHECK(official_date_ky(2014, 2, 28) == "2014-жылдын 28-февралы");
  CHECK(official_date_ky(2014, 3, 8) == "2014-жылдын 8-марты");
  CHECK(official_date_ky(2021, 5, 5) == "2021-жылдын 5-майы");
  CHECK(official_date_ky(2019, 6, 28) == "2019-жылдын 28-июну");
  CHECK(official_date_ky(2011, 7, 15) == "2011-жылдын 15-июлу");
  CHECK(official_date_ky(2020, 8, 10) == "2020-жылдын 10-августу");
  CHECK(official_date_ky(2020, 9, 1) == "2020-жылдын 1-сентябры");
  CHECK(official_date_ky(2020, 10, 6) == "2020-жылдын 6-октябры");
  CHECK(official_date_ky(2020, 11, 7) == "2020-жылдын 7-ноябры");
  CHECK(official_date_ky(2014, 12, 15) == "2014-жылдын 15-декабры");
  // A month alone (a plan's deadline typed YYYY-MM).
  CHECK(official_date_ky(2014, 6, 0) == "2014-жылдын июнь айы");
  CHECK(official_date_ky(2014, 0, 0) == "2014-жыл");
}

TEST_CASE("official_date_ru: the genitive month and «г.» after a no-break space") {
  CHECK(official_date_ru(2025, 4, 18) == "18 апреля 2025" + k_nbsp + "г.");
  CHECK(official_date_ru(2014, 5, 1) == "1 мая 2014" + k_nbsp + "г.");
  CHECK(official_date_ru(2014, 12, 31) == "31 декабря 2014" + k_nbsp + "г.");
  CHECK(official_date_ru(2014, 6, 0) == "июнь 2014" + k_nbsp + "г.");
  CHECK(official_date_ru(2014, 13, 1) == "2014" + k_nbsp + "г.");
}

TEST_CASE("official_date_en and official_date choose by language") {
  CHECK(official_date_en(2025, 4, 18) == "18 April 2025");
  CHECK(official_date_en(2014, 6, 0) == "June 2014");
  CHECK(official_date(Lang::ky, 2015, 3, 28) == "2015-жылдын 28-марты");
  CHECK(official_date(Lang::ru, 2015, 3, 28) == "28 марта 2015" + k_nbsp + "г.");
  CHECK(official_date(Lang::en, 2015, 3, 28) == "28 March 2015");
}

TEST_CASE("official numbers: thousands apart, a decimal comma in ky and ru") {
  CHECK(official_number_ru(1300, 1) == "1" + k_nbsp + "300,0");
  CHECK(official_number_ky(1234567.25, 2) == "1" + k_nbsp + "234" + k_nbsp + "567,25");
  CHECK(official_number_ru(999.95, 1) == "1" + k_nbsp + "000,0"); // rounds up past a group
  CHECK(official_number_ru(300, 1) == "300,0");
  CHECK(official_number_ru(0.4, 1) == "0,4");
  CHECK(official_number_ru(-0.01, 1) == "0,0"); // no "-0"
  CHECK(official_number_ru(-2500, 0) == "-2" + k_nbsp + "500");
  CHECK(official_number_ky(12400, 0) == "12" + k_nbsp + "400");
  CHECK(official_number_en(1300.5, 1) == "1,300.5");
  CHECK(official_number_en(100000, 0) == "100,000");
  CHECK(official_number(Lang::ky, 3.65, 2) == "3,65");
  CHECK(official_number(Lang::en, 3.65, 2) == "3.65");
}

TEST_CASE("official_percent") {
  CHECK(official_percent(Lang::ru, 12.5, 1) == "12,5" + k_nbsp + "%");
  CHECK(official_percent(Lang::ky, 100, 1) == "100,0" + k_nbsp + "%");
  CHECK(official_percent(Lang::en, 12.5, 1) == "12.5%");
}

TEST_CASE("official_unit: som, thousand and million som in the paper's language") {
  for (const char* thousand : {"миң сом", "Миң сом", "тыс. сом", "тыс.сом", "тыс сом", "тысяч сом",
                               "thousand som", "KGS '000", "Thousand  KGS"}) {
    CAPTURE(thousand);
    CHECK(official_unit(Lang::ky, thousand) == "миң сом");
    CHECK(official_unit(Lang::ru, thousand) == "тыс. сом");
    CHECK(official_unit(Lang::en, thousand) == "thousand som");
  }
  CHECK(official_unit(Lang::ru, "сом") == "сом");
  CHECK(official_unit(Lang::en, "KGS") == "som");
  CHECK(official_unit(Lang::ky, "млн сом") == "млн сом");
  CHECK(official_unit(Lang::en, "млн. сом") == "million som");
  // Another unit stays as typed.
  CHECK(official_unit(Lang::ru, "USD") == "USD");
  CHECK(official_unit(Lang::ky, "тенге") == "тенге");
}

TEST_CASE("official_amount: the number, a no-break space, the unit") {
  CHECK(official_amount(Lang::ky, 1300, 1, "тыс. сом") ==
        "1" + k_nbsp + "300,0" + k_nbsp + "миң сом");
  CHECK(official_amount(Lang::ru, 4, 1, "миң сом") == "4,0" + k_nbsp + "тыс. сом");
  CHECK(official_amount(Lang::en, 900, 1, "миң сом") == "900.0" + k_nbsp + "thousand som");
  CHECK(official_amount(Lang::ru, 900, 1, "") == "900,0");
}

TEST_CASE("official_period: two months of one year are written once") {
  CHECK(official_period(Lang::ky, 2014, 7, 0, 2014, 9, 0) == "2014-жылдын июль – сентябрь айлары");
  CHECK(official_period(Lang::ru, 2014, 7, 0, 2014, 9, 0) ==
        "июль – сентябрь 2014" + k_nbsp + "г.");
  CHECK(official_period(Lang::en, 2014, 7, 0, 2014, 9, 0) == "July – September 2014");
  // Across a year, or with days: both dates in full.
  CHECK(official_period(Lang::ky, 2014, 10, 0, 2015, 3, 0) ==
        "2014-жылдын октябрь айы – 2015-жылдын март айы");
  CHECK(official_period(Lang::ru, 2014, 5, 1, 2014, 6, 30) ==
        "1 мая 2014" + k_nbsp + "г. – 30 июня 2014" + k_nbsp + "г.");
}
