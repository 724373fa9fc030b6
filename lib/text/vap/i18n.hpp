#pragma once
// The three languages of vap's output: message translations and report labels,
// both read from embedded templates (templates/messages.yaml, templates/labels.yaml).
#include <fmt/format.h>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace vap {

enum class Lang { ky, ru, en };

std::optional<Lang> parse_lang(std::string_view code);
std::string_view lang_code(Lang lang);

// The translation of an English message template, or the template itself.
std::string_view tr(Lang lang, std::string_view english);

// A message in `lang`: the translated template with fmt arguments filled in.
template <typename... Args> std::string msg(Lang lang, std::string_view english, Args&&... args) {
  try {
    return fmt::format(fmt::runtime(tr(lang, english)), std::forward<Args>(args)...);
  } catch (const fmt::format_error&) {
    return fmt::format(fmt::runtime(english), std::forward<Args>(args)...);
  }
}

// A report label by key (templates/labels.yaml), in `lang`; English, then the key, when missing.
std::string_view label(Lang lang, std::string_view key);
// Every key of templates/labels/*.yaml (parsed once per run), sorted.
std::vector<std::string_view> label_keys();

} // namespace vap
