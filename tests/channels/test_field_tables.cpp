// docs/FORMAT.md's tables of fields and of the workbook's sheets are the description's
// (lib/model/schema.cpp, lib/model/sheets.cpp): a field or a sheet added to the description and
// not to FORMAT.md fails here. UPDATE_DOCS=1 writes the tables into FORMAT.md (between the
// `<!-- fields: KIND -->` and `<!-- /fields -->` lines, and `<!-- sheets -->`, `<!-- /sheets -->`).
#include "vap/field_tables.hpp"
#include "vap/i18n.hpp"
#include "vap/schema.hpp"
#include "vap/sheets.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <sstream>

using namespace vap;

namespace {

std::string read_all(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

} // namespace

TEST_CASE("FORMAT.md's field tables are the description's") {
  const char* root = std::getenv("VAP_SOURCE_DIR");
  REQUIRE(root);
  const std::string path = std::string(root) + "/docs/FORMAT.md";
  std::string doc = read_all(path);
  REQUIRE_FALSE(doc.empty());
  const bool update = std::getenv("UPDATE_DOCS") && std::string(std::getenv("UPDATE_DOCS")) == "1";
  for (const auto& k : schema::kinds()) {
    const std::string open = "<!-- fields: " + std::string(k.key) + " -->\n";
    const std::string close = "<!-- /fields -->";
    const auto a = doc.find(open);
    INFO("docs/FORMAT.md has no table of the fields of " << k.key << " (a line '" << open
                                                         << "' then '" << close << "')");
    REQUIRE(a != std::string::npos);
    const auto b = doc.find(close, a);
    REQUIRE(b != std::string::npos);
    const std::string want = field_table(k.kind);
    const std::string have = doc.substr(a + open.size(), b - a - open.size());
    if (update) {
      doc.replace(a + open.size(), b - a - open.size(), want);
      continue;
    }
    INFO("run UPDATE_DOCS=1 build/release/vap_tests -tc='FORMAT.md*' to write them");
    CHECK(have == want);
  }
  if (update) std::ofstream(path, std::ios::binary) << doc;
}

TEST_CASE("FORMAT.md's table of the workbook's sheets is the description's") {
  const char* root = std::getenv("VAP_SOURCE_DIR");
  REQUIRE(root);
  const std::string path = std::string(root) + "/docs/FORMAT.md";
  std::string doc = read_all(path);
  const std::string open = "<!-- sheets -->\n";
  const std::string close = "<!-- /sheets -->";
  const auto a = doc.find(open);
  INFO("docs/FORMAT.md has no table of the workbook's sheets (a line '" << open << "' then '"
                                                                        << close << "')");
  REQUIRE(a != std::string::npos);
  const auto b = doc.find(close, a);
  REQUIRE(b != std::string::npos);
  const std::string want = sheet_table();
  if (std::getenv("UPDATE_DOCS") && std::string(std::getenv("UPDATE_DOCS")) == "1") {
    doc.replace(a + open.size(), b - a - open.size(), want);
    std::ofstream(path, std::ios::binary) << doc;
    return;
  }
  INFO("run UPDATE_DOCS=1 build/release/vap_tests -tc='FORMAT.md*' to write it");
  CHECK(doc.substr(a + open.size(), b - a - open.size()) == want);
  // Every sheet in it, by its names in the three languages.
  for (const auto& s : sheets::all())
    for (Lang l : {Lang::ky, Lang::ru, Lang::en})
      CHECK(want.find(std::string(label(l, s.name))) != std::string::npos);
}

TEST_CASE("the description: words for every field in three languages, each key once") {
  for (const auto& k : schema::kinds()) {
    std::vector<const schema::Section*> todo{k.top};
    while (!todo.empty()) {
      const schema::Section* s = todo.back();
      todo.pop_back();
      std::vector<std::string_view> keys;
      for (const auto& f : s->fields) {
        CAPTURE(k.key);
        CAPTURE(f.key);
        CHECK(std::find(keys.begin(), keys.end(), f.key) == keys.end());
        keys.push_back(f.key);
        CHECK_FALSE(f.doc.empty());
        if (f.type != schema::Type::version && f.type != schema::Type::record) {
          CHECK_FALSE(f.label.empty());
        }
        if (!f.label.empty())
          for (Lang l : {Lang::ky, Lang::ru, Lang::en})
            CHECK(label(l, f.label) != f.label); // a label of that key exists
        if (f.section) todo.push_back(f.section);
      }
      CHECK(s->fields.size() <= 16); // SectionReader keeps a section's keys on the stack
    }
  }
}

TEST_CASE("every field has its place in the workbook") {
  for (const auto& k : schema::kinds()) {
    std::istringstream table(field_table(k.kind));
    std::string line;
    while (std::getline(table, line)) {
      if (line.rfind("| `", 0) != 0) continue;
      const bool container = line.find("| mapping |") != std::string::npos ||
                             line.find("| list |") != std::string::npos;
      CAPTURE(line);
      if (!container) CHECK(line.find("| — |") == std::string::npos);
    }
  }
}
