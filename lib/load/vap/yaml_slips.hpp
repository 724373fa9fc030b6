#pragma once
// The commonest typing slips in a YAML file, found in its text so that each is said at its own
// line and column: yaml-cpp reports most of them at a later line ("':' cannot be here") or not at
// all (`Жолдор:8` on the last line reads as a key `Жолдор:8` without a value).
#include "vap/yaml_tree.hpp"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace vap {

// A line typed as `key:value` with no space after the ':' (`participants:10`): the key, the value
// and the byte of the ':' in the line; nothing for another line.
struct ColonSlip {
  std::string key;
  std::string value;
  std::size_t colon = 0;
};
std::optional<ColonSlip> colon_without_space(std::string_view line);

// A line typed as "key value" with the ':' left out (`participants 15`), or a lone word that opens
// a block without its ':' (`gallery`): the key and the byte where the ':' belongs; nothing for
// another line. The key is the first word when it is a word of the format (ASCII), else the words
// before a final number (`Ичүүчү суу 5`).
std::optional<std::pair<std::string, std::size_t>> missing_colon(std::string_view line);

// The first Tab in the indentation of a line at or before byte `end` of `text`, as a byte offset.
std::optional<std::size_t> tab_in_indentation(std::string_view text, std::size_t end);

// A mapping key typed `key:value` that YAML read as one key without a value (`Жолдор:8` as the
// last line), anywhere under `root`, the first in file order; `colon` is its byte in `text`.
std::optional<ColonSlip> key_without_space(const yaml::Node& root, std::string_view text);

} // namespace vap
