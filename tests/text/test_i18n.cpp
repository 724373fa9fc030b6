#include "vap/i18n.hpp"

#include "vap/embedded.hpp"

#include <doctest/doctest.h>
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <regex>
#include <set>

using namespace vap;

namespace {

// The template without its escaped braces ("{{" and "}}" are literal braces in fmt).
std::string unescaped(std::string text) {
  for (const char* pair : {"{{", "}}"})
    for (auto at = text.find(pair); at != std::string::npos; at = text.find(pair, at))
      text.erase(at, 2);
  return text;
}

// The fmt fields of a template as "index:spec", sorted: "{}" counts up from 0, "{2}" is field 2, so
// a translation may reorder its fields with explicit indexes ("{1} ... {0}") and still match.
std::vector<std::string> placeholders(const std::string& raw) {
  const std::string text = unescaped(raw);
  static const std::regex k_field(R"(\{([0-9]*)(:[^{}]*)?\})");
  std::vector<std::string> out;
  int next = 0;
  for (auto it = std::sregex_iterator(text.begin(), text.end(), k_field);
       it != std::sregex_iterator(); ++it) {
    const std::string index =
        (*it)[1].matched && (*it)[1].length() > 0 ? (*it)[1].str() : std::to_string(next++);
    out.push_back(index + (*it)[2].str());
  }
  std::sort(out.begin(), out.end());
  return out;
}

// fmt refuses a template that mixes "{}" and "{0}".
bool mixes_indexing(const std::string& raw) {
  const std::string text = unescaped(raw);
  static const std::regex k_auto(R"(\{(:[^{}]*)?\})");
  static const std::regex k_manual(R"(\{[0-9]+(:[^{}]*)?\})");
  return std::regex_search(text, k_auto) && std::regex_search(text, k_manual);
}

} // namespace

TEST_CASE("i18n: a message is translated, with its arguments in place") {
  CHECK(msg(Lang::en, "'{}' cannot be negative ({})", "Мусор", "-1") ==
        "'Мусор' cannot be negative (-1)");
  CHECK(msg(Lang::ru, "'{}' cannot be negative ({})", "Мусор", "-1") ==
        "'Мусор' не может быть отрицательным (-1)");
  CHECK(msg(Lang::ky, "'{}' cannot be negative ({})", "Мусор", "-1") ==
        "'Мусор' терс сан боло албайт (-1)");
  CHECK(msg(Lang::ru, "the gallery has {} dots, more than {} participants × {} dots = {}", 30, 8, 3,
            24) == "в галерее 30 точек, это больше, чем 8 участников × 3 точки = 24");
}

// The plural rules and number formats of ICU's data (the Windows build links only the items of
// scripts/windows' icu_data_items: this fails under Wine when one is missing).
TEST_CASE("i18n: plural forms and the numbers in them follow each language's rules") {
  CHECK(plural_category(Lang::ru, 1) == "one");
  CHECK(plural_category(Lang::ru, 3) == "few");
  CHECK(plural_category(Lang::ru, 11) == "many");
  CHECK(plural_category(Lang::ru, 21) == "one");
  CHECK(plural_category(Lang::ru, 1.5) == "other");
  CHECK(plural_category(Lang::ky, 1) == "one");
  CHECK(plural_category(Lang::ky, 3) == "other");
  CHECK(plural_category(Lang::en, 1) == "one");
  CHECK(plural_category(Lang::en, 2) == "other");
  const std::string forms = "{0, plural, one {# one} few {# few} many {# many} other {# other}}";
  // Thousands grouped with a no-break space in ru and ky, a comma in en.
  CHECK(expand_plurals(Lang::ru, "x " + forms, {1234.0}) == "x 1\u00a0234 few");
  CHECK(expand_plurals(Lang::ru, forms, {1001.0}) == "1\u00a0001 one");
  CHECK(expand_plurals(Lang::ky, forms, {1234567.5}) == "1\u00a0234\u00a0567,5 other");
  CHECK(expand_plurals(Lang::en, forms, {12345.0}) == "12,345 other");
  CHECK(expand_plurals(Lang::en, forms, {1.0}) == "1 one");
}

TEST_CASE("i18n: a message with no translation is shown in English") {
  CHECK(tr(Lang::ky, "no such message in any table {}") == "no such message in any table {}");
  CHECK(msg(Lang::ru, "no such message in any table {}", 5) == "no such message in any table 5");
}

TEST_CASE("i18n: languages and labels") {
  CHECK(parse_lang("ky") == Lang::ky);
  CHECK(parse_lang("kg") == Lang::ky);
  CHECK(parse_lang("ru") == Lang::ru);
  CHECK_FALSE(parse_lang("fr").has_value());
  CHECK(lang_code(Lang::en) == "en");
  CHECK(label(Lang::ru, "yes") != "yes");
  CHECK(label(Lang::en, "no-such-label-key") == "no-such-label-key");
}

TEST_CASE("i18n: every translation keeps the fields of its English template") {
  std::size_t checked = 0;
  for (const auto& f : embedded_files()) {
    if (f.path.rfind("messages/", 0) != 0) continue;
    YAML::Node root = YAML::Load(std::string(f.content));
    REQUIRE_MESSAGE(root["messages"], f.path);
    std::set<std::string> seen;
    for (const auto& m : root["messages"]) {
      REQUIRE_MESSAGE(m["en"], f.path);
      const std::string en = m["en"].as<std::string>();
      CHECK_MESSAGE(seen.insert(en).second, f.path << ": twice: " << en);
      for (const char* lang : {"ky", "ru"}) {
        if (!m[lang]) continue;
        const std::string t = m[lang].as<std::string>();
        CHECK_MESSAGE(placeholders(t) == placeholders(en),
                      f.path << " (" << lang << "): " << en << " → " << t);
        CHECK_MESSAGE(!mixes_indexing(t), f.path << " (" << lang << ") mixes {} and {0}: " << t);
        ++checked;
      }
    }
  }
  CHECK(checked > 150);
}

TEST_CASE("i18n: every label has ky, ru and en, and keys are unique across label files") {
  std::set<std::string> keys;
  for (const auto& f : embedded_files()) {
    if (f.path.rfind("labels/", 0) != 0) continue;
    YAML::Node root = YAML::Load(std::string(f.content));
    for (auto it = root["labels"].begin(); it != root["labels"].end(); ++it) {
      const std::string key = it->first.as<std::string>();
      CHECK_MESSAGE(keys.insert(key).second, f.path << ": label key used twice: " << key);
      for (const char* lang : {"ky", "ru", "en"})
        CHECK_MESSAGE(it->second[lang], f.path << ": " << key << " has no " << lang);
    }
  }
}
