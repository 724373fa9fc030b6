#include "vap/i18n.hpp"
#include "vap/translations.hpp"

#include <doctest/doctest.h>

#include <string>

using namespace vap;

namespace {

// The compiled table holds exactly what the YAML says: the same keys in the same order, and the
// same three texts of each.
void check_same(TranslationTable compiled, const TranslationMap& yaml, const char* what) {
  REQUIRE_MESSAGE(compiled.size == yaml.size(), what);
  std::size_t i = 0;
  // (Not a structured binding: clang 14 cannot capture one in doctest's lambdas.)
  for (const auto& entry : yaml) {
    const std::string& key = entry.first;
    const Translation& t = compiled.entries[i++];
    CHECK_MESSAGE(t.key == key, what << ": " << key);
    for (std::size_t l = 0; l < 3; ++l)
      CHECK_MESSAGE(t.text[l] == entry.second[l], what << ": " << key << " [" << l << "]");
  }
}

} // namespace

TEST_CASE("translations: the compiled tables are the YAML of templates/, entry by entry") {
  const TranslationMap messages = translations_from_yaml("messages/", "messages");
  const TranslationMap labels = translations_from_yaml("labels/", "labels");
  // Sizes as the templates hold them today: a file left out of the build shows here first.
  CHECK(messages.size() > 300);
  CHECK(labels.size() > 500);
  check_same(compiled_messages(), messages, "messages");
  check_same(compiled_labels(), labels, "labels");
}

TEST_CASE("translations: a table is sorted byte by byte, each key once, and found by find()") {
  for (const TranslationTable table : {compiled_messages(), compiled_labels()}) {
    for (std::size_t i = 1; i < table.size; ++i)
      CHECK_MESSAGE(table.entries[i - 1].key < table.entries[i].key, table.entries[i].key);
    // Every key is found, the first and the last too; keys that are not there are not.
    for (const Translation& t : table)
      CHECK(table.find(t.key) == &t);
    CHECK(table.find("") == nullptr);
    CHECK(table.find("\xFF\xFF no such key") == nullptr);
    CHECK(table.find(std::string(table.entries[0].key) + " ") == nullptr);
  }
}

TEST_CASE("translations: tr() and label() read the compiled tables") {
  // A message (templates/messages/load.yaml) and a report word (templates/labels/gallery.yaml),
  // in each language; English falls back to the key's own text.
  CHECK(tr(Lang::ru, "a list") == "список");
  CHECK(tr(Lang::ky, "a list") == "тизме");
  CHECK(tr(Lang::en, "a list") == "a list");
  CHECK(label(Lang::ky, "gallery_title") == "Көйгөйлөр галереясы");
  CHECK(label(Lang::ru, "gallery_title") == "Галерея проблем");
  CHECK(label(Lang::en, "gallery_title") == "Problem gallery");
  const std::vector<std::string_view> keys = label_keys();
  REQUIRE(keys.size() == compiled_labels().size);
  CHECK(keys.front() == compiled_labels().entries[0].key);
}
