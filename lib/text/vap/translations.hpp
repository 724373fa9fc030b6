#pragma once
// The tables behind tr() and label(): every message of templates/messages/*.yaml and every report
// word of templates/labels/*.yaml, with its Kyrgyz, Russian and English text. vap does not parse
// that YAML on a run: vap-translations-gen (tools/translations_gen.cpp) reads it at build time
// and writes the tables as constant arrays (generated/translations.cpp, library
// vap_translations), which cost nothing to start and are looked up by binary search. Parsing
// them took 116 M instructions for the labels and 85 M for the messages, on every run that
// printed a report word or a translated message: more than loading a municipality.
#include <array>
#include <cstddef>
#include <map>
#include <string>
#include <string_view>

namespace vap {

// One key and its text in ky, ru and en (the order of Lang); a text not given is empty.
struct Translation {
  std::string_view key;
  std::array<std::string_view, 3> text;
};

// Entries sorted by key, byte by byte, each key once.
struct TranslationTable {
  const Translation* entries = nullptr;
  std::size_t size = 0;

  // The entry of `key`, or nullptr.
  const Translation* find(std::string_view key) const;
  const Translation* begin() const { return entries; }
  const Translation* end() const { return entries + size; }
};

// The compiled tables (generated/translations.cpp).
TranslationTable compiled_messages();
TranslationTable compiled_labels();

// The same tables read from the embedded YAML (by the generator, and by the test that compares
// the two): `key: {ky: .., ru: .., en: ..}` mappings
// (labels) or lists of {en, ky, ru} keyed by their English text (messages), from every file
// under `folder` in path order; a key met again takes the languages its later entry gives.
using TranslationMap = std::map<std::string, std::array<std::string, 3>, std::less<>>;
TranslationMap translations_from_yaml(std::string_view folder, std::string_view section);

} // namespace vap
