#include "vap/yaml_reader.hpp"

#include "temp_folder.hpp"

#include <doctest/doctest.h>

#include <cstdlib>

using namespace vap;

namespace {

// Reads the value of `key: <value>` with `read`, and says what the reader reported.
struct Probe {
  Sources sources;
  Diagnostics diags;
  YAML::Node root;
  std::uint32_t file;
  YamlReader reader;
  explicit Probe(const std::string& value)
      : file(sources.add("v.yaml")), reader(sources, file, diags) {
    sources.set_text(file, "v: " + value + "\n");
    root = YAML::Load(sources.text(file));
  }
  YAML::Node node() const { return root["v"]; }
  std::string message() const {
    std::string out;
    for (const auto& d : diags.items())
      out += std::to_string(d.pos.line) + ":" + std::to_string(d.pos.col) + ": " + d.message;
    return out;
  }
};

} // namespace

TEST_CASE("yaml_reader: whole numbers") {
  Probe ok("12");
  CHECK(ok.reader.as_whole(ok.node(), "dots", 0, 100) == 12);
  CHECK(ok.message().empty());
  Probe frac("2.5");
  CHECK_FALSE(frac.reader.as_whole(frac.node(), "dots", 0, 100).has_value());
  CHECK(frac.message() == "1:4: 'dots' must be a whole number, not a fraction (2.5)");
  Probe neg("-1");
  CHECK_FALSE(neg.reader.as_whole(neg.node(), "dots", 0, 100).has_value());
  CHECK(neg.message() == "1:4: 'dots' cannot be negative (-1)");
  Probe big("99999999999999999999");
  CHECK_FALSE(big.reader.as_whole(big.node(), "dots", 0, 100).has_value());
  CHECK(big.message() == "1:4: 'dots' is too large (99999999999999999999); at most 100");
  Probe word("many");
  CHECK_FALSE(word.reader.as_whole(word.node(), "dots", 0, 100).has_value());
  CHECK(word.message() == "1:4: 'dots' must be a whole number, not 'many'");
  Probe list("[1, 2]");
  CHECK_FALSE(list.reader.as_whole(list.node(), "dots", 0, 100).has_value());
  CHECK(list.message() == "1:4: 'dots' must be a whole number, not a list");
}

TEST_CASE("yaml_reader: numbers take a decimal comma") {
  Probe comma("1250,5");
  CHECK(comma.reader.as_number(comma.node(), "land-tax", 0, 1e9) == doctest::Approx(1250.5));
  Probe inf(".inf");
  CHECK_FALSE(inf.reader.as_number(inf.node(), "land-tax", 0, 1e9).has_value());
  CHECK(inf.message() == "1:4: 'land-tax' must be a number, not '.inf'");
}

TEST_CASE("yaml_reader: a number is the value strtod reads, whichever way it is read") {
  // Plain decimals take from_chars, the rest strtod: both give the correctly rounded double.
  for (const char* typed :
       {"0", "12", "-3.25", "40.09171", "70.22516", "0.1", "1250.5", "5347.6",
        "99999999999999999999", "0.30000000000000004", "+7", "5.", ".5", "00012.50"}) {
    const std::string shown = typed;
    CAPTURE(shown);
    Probe p(typed);
    const auto value = p.reader.as_number(p.node(), "x", -1e300, 1e300);
    REQUIRE(value.has_value());
    CHECK(*value == std::strtod(typed, nullptr));
  }
  for (const char* typed : {"1.2.3", "--1", "1-2", "12a", "0x1A", "nan", "1e3"}) {
    const std::string shown = typed;
    CAPTURE(shown);
    Probe p(typed);
    CHECK_FALSE(p.reader.as_number(p.node(), "x", -1e300, 1e300).has_value());
    CHECK(p.message() == std::string("1:4: 'x' must be a number, not '") + typed + "'");
  }
}

TEST_CASE("yaml_reader: dates") {
  Probe ok("2016-02-29");
  CHECK(ok.reader.as_date(ok.node(), "date", false) == Date{2016, 2, 29});
  Probe feb("2015-02-29");
  CHECK_FALSE(feb.reader.as_date(feb.node(), "date", false).has_value());
  CHECK(feb.message() == "1:4: 'date' is not a real date: 2015-02-29");
  Probe month("2014-06");
  CHECK(month.reader.as_date(month.node(), "start", true) == Date{2014, 6, 0});
  // As people type dates (and as the workbook's cells hold them): day first.
  Probe dotted("02.03.2015");
  CHECK(dotted.reader.as_date(dotted.node(), "start", true) == Date{2015, 3, 2});
  Probe short_day("2.3.2015");
  CHECK(short_day.reader.as_date(short_day.node(), "date", false) == Date{2015, 3, 2});
  Probe slashed("24/02/2014");
  CHECK(slashed.reader.as_date(slashed.node(), "date", false) == Date{2014, 2, 24});
  Probe dotted_month("06.2014");
  CHECK(dotted_month.reader.as_date(dotted_month.node(), "start", true) == Date{2014, 6, 0});
  Probe month_not_day("06.2014");
  CHECK_FALSE(month_not_day.reader.as_date(month_not_day.node(), "date", false).has_value());
  CHECK(month_not_day.message() ==
        "1:4: 'date' is not a date: '06.2014'; write DD.MM.YYYY or YYYY-MM-DD, e.g. 02.03.2015");
  Probe impossible("31.02.2015");
  CHECK_FALSE(impossible.reader.as_date(impossible.node(), "date", false).has_value());
  CHECK(impossible.message() == "1:4: 'date' is not a real date: 31.02.2015");
  Probe two_digit_year("02.03.15");
  CHECK_FALSE(two_digit_year.reader.as_date(two_digit_year.node(), "start", true).has_value());
  CHECK(two_digit_year.message() ==
        "1:4: 'start' is not a date: '02.03.15'; write DD.MM.YYYY or YYYY-MM-DD (a month: MM.YYYY "
        "or YYYY-MM), e.g. 02.03.2015");
}

TEST_CASE("yaml_reader: counts, plain or by gender") {
  Probe plain("14");
  auto c = plain.reader.as_count(plain.node(), "participants");
  REQUIRE(c);
  CHECK(c->total == 14);
  CHECK_FALSE(c->by_gender());
  Probe split("{women: 9, men: 5}");
  auto g = split.reader.as_count(split.node(), "participants");
  REQUIRE(g);
  CHECK(g->total == 14);
  CHECK(g->women == 9);
  CHECK(g->men == 5);
  Probe none("{}");
  CHECK_FALSE(none.reader.as_count(none.node(), "participants").has_value());
  CHECK(none.message() == "1:4: 'participants' needs 'women' or 'men' (or a plain number)");
}

TEST_CASE("yaml_reader: text is tidied; empty text is an error") {
  Probe spaced("\"  Ичүүчү   суу \"");
  auto t = spaced.reader.as_text(spaced.node(), "problem");
  REQUIRE(t);
  CHECK(t->text == "Ичүүчү суу");
  Probe blank("\"  \"");
  CHECK_FALSE(blank.reader.as_text(blank.node(), "problem").has_value());
  CHECK(blank.message() == "1:4: 'problem' is empty");
}
