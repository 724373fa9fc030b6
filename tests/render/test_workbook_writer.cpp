#include "vap/workbook_writer.hpp"

#include <doctest/doctest.h>

using namespace vap;

TEST_CASE("yaml_blocks keeps the top-level keys not skipped, with their lines and comments") {
  const std::string text = "vap: 1\n# head\nsession:\n  date: 2014-01-02\nmap:\n- name: A\n"
                           "  # inside\n  category: school\n\nvenn:\n  - {name: B}\ngallery:\n"
                           "  votes: {A: 1}\r\npie:\r\n  revenue: {x: 1}\r\n";
  CHECK(yaml_blocks(text, {"vap", "session", "gallery"}) ==
        "map:\n- name: A\n  # inside\n  category: school\n\nvenn:\n  - {name: B}\npie:\n"
        "  revenue: {x: 1}\n");
  CHECK(yaml_blocks(text, {"vap", "session", "gallery", "map", "venn", "pie"}) == "");
}
