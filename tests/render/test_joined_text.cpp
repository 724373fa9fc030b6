#include "vap/joined_text.hpp"

#include "vap/render_map.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

using namespace vap;

namespace {

std::string joined(Format format, const std::vector<std::string>& parts) {
  std::string out;
  JoinedText j(format, [&](std::string_view text) { out += text; });
  for (const auto& p : parts)
    j.add(p);
  j.finish();
  return out;
}

// The JSON a renderer writes for a batch of these items ({"municipalities": [...]}).
std::string batch_json(const std::vector<Json>& items) {
  Json all = Json::array();
  for (const auto& i : items)
    all.push_back(i);
  return json_text(Json{{"municipalities", all}});
}

} // namespace

TEST_CASE("Markdown parts are joined as tidy_markdown joins the whole") {
  const std::vector<std::vector<std::string>> cases = {
      {"# Ак-Суу\n\ntext\n", "# Өзгөн\n"},
      {"# A\r\n\r\n\r\n\r\nb\n\n\n", "\n\n# C\n", "d"},
      {"\n", "\n", "# only the third\n"},
      {"", ""},
      {"# one\n"},
  };
  for (const auto& parts : cases) {
    std::string whole;
    for (std::size_t i = 0; i < parts.size(); ++i)
      whole += (i > 0 ? "\n" : "") + parts[i];
    CHECK(joined(Format::md, parts) == tidy_markdown(whole));
  }
}

TEST_CASE("CSV parts' rows go under the first part's header") {
  CHECK(joined(Format::csv, {"\xEF\xBB\xBFmunicipality_id;name\r\nak-suu;Ак-Суу\r\n",
                             "\xEF\xBB\xBFmunicipality_id;name\r\nozgon;Өзгөн\r\nozgon;2\r\n",
                             "\xEF\xBB\xBFmunicipality_id;name\r\n"}) ==
        "\xEF\xBB\xBFmunicipality_id;name\r\nak-suu;Ак-Суу\r\nozgon;Өзгөн\r\nozgon;2\r\n");
}

TEST_CASE("JSON parts are one array, byte for byte the batch's JSON") {
  const Json a = {{"municipality_id", "ak-suu"}, {"rows", Json::array({1, 2})}};
  const Json b = {{"municipality_id", "ozgon"}, {"name", "Өзгөн"}};
  CHECK(joined(Format::json, {batch_json({a}), batch_json({b})}) == batch_json({a, b}));
  CHECK(joined(Format::json, {batch_json({a})}) == batch_json({a}));
  CHECK(joined(Format::json, {}) == "");
}

TEST_CASE("GeoJSON parts are one collection; a part without features adds none") {
  auto collection = [](const std::vector<std::string>& features) {
    GeojsonText text;
    for (const auto& f : features)
      text.add(f);
    return text.finish();
  };
  const std::string f1 = "    {\n      \"type\": \"Feature\",\n      \"id\": 1\n    }";
  const std::string f2 = "    {\n      \"type\": \"Feature\",\n      \"id\": 2\n    }";
  CHECK(joined(Format::geojson, {collection({f1}), collection({}), collection({f2})}) ==
        collection({f1, f2}));
  CHECK(joined(Format::geojson, {collection({}), collection({})}) == collection({}));
}

TEST_CASE("a part that is not the document the others are is a program error") {
  CHECK_THROWS_AS(joined(Format::json, {batch_json({Json(1)}), "{\n  \"other\": [1]\n}\n"}),
                  std::logic_error);
  CHECK_THROWS_AS(joined(Format::svg, {"<svg/>"}), std::logic_error);
}
