// CsvReader: RFC 4180 as KoboToolbox, ODK Central and Excel write it.
#include "vap/csv_reader.hpp"

#include <doctest/doctest.h>

#include <optional>
#include <sstream>

using vap::CsvReader;

namespace {

std::vector<std::vector<std::string>> all(const std::string& input, CsvReader** out = nullptr) {
  static std::istringstream in;
  in = std::istringstream(input);
  static std::optional<CsvReader> csv;
  csv.emplace(in);
  std::vector<std::vector<std::string>> rows;
  std::vector<std::string> fields;
  while (csv->next(fields))
    rows.push_back(fields);
  if (out) *out = &*csv;
  return rows;
}

} // namespace

TEST_CASE("CsvReader: commas, quotes, doubled quotes, line breaks inside quotes, CRLF") {
  CsvReader* csv = nullptr;
  const auto rows =
      all("a,b,c\r\n1,\"x, y\",\"he said \"\"hi\"\"\"\r\n2,\"two\r\nlines\",\r\n", &csv);
  REQUIRE(rows.size() == 3);
  CHECK(rows[0] == std::vector<std::string>{"a", "b", "c"});
  CHECK(rows[1] == std::vector<std::string>{"1", "x, y", "he said \"hi\""});
  CHECK(rows[2] == std::vector<std::string>{"2", "two\r\nlines", ""});
  CHECK(csv->delimiter() == ',');
  CHECK_FALSE(csv->had_bom());
  CHECK(csv->line() == 3); // the last record started on line 3
}

TEST_CASE("CsvReader: Excel's ';' and byte-order mark; a record's line after a quoted break") {
  CsvReader* csv = nullptr;
  const auto rows = all("\xEF\xBB\xBFвопрос;ответ\n\"а;б\";\"в\nг\"\nд;е\n", &csv);
  REQUIRE(rows.size() == 3);
  CHECK(rows[0] == std::vector<std::string>{"вопрос", "ответ"});
  CHECK(rows[1] == std::vector<std::string>{"а;б", "в\nг"});
  CHECK(rows[2] == std::vector<std::string>{"д", "е"});
  CHECK(csv->delimiter() == ';');
  CHECK(csv->had_bom());
  CHECK(csv->line() == 4);
}

TEST_CASE("CsvReader: a tab-separated export, no final line break, a quote never closed") {
  CsvReader* csv = nullptr;
  auto rows = all("a\tb\n1\t2", &csv);
  REQUIRE(rows.size() == 2);
  CHECK(csv->delimiter() == '\t');
  CHECK(rows[1] == std::vector<std::string>{"1", "2"});
  rows = all("a,b\n1,\"open\n2,3\n", &csv);
  CHECK(csv->unclosed_quote() == 2);
}
