#pragma once
// The three languages of vap's output: message translations and report labels,
// both read from embedded templates (templates/messages.yaml, templates/labels.yaml).
#include <fmt/format.h>

#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace vap {

enum class Lang { ky, ru, en };

std::optional<Lang> parse_lang(std::string_view code);
std::string_view lang_code(Lang lang);

// The language of a locale name as the system gives it: "ru_RU.UTF-8" -> ru, "ky-KG" -> ky,
// "en_US" -> en; "C", "POSIX", "" and others -> nothing.
std::optional<Lang> lang_of_locale(std::string_view name);

// The language rule of messages and reports (FORMAT.md): `flag` (--lang) when given; else the
// municipalities' own `lang` when they all name one and agree (a municipality without `lang`
// has no say); else the system's language when it is ky or ru; else English.
Lang choose_lang(std::optional<Lang> flag, const std::vector<std::optional<Lang>>& municipalities,
                 std::optional<Lang> system);

// The translation of an English message template, or the template itself.
std::string_view tr(Lang lang, std::string_view english);

// ICU's plural category of `n` in `lang`: "one", "few", "many" or "other" (CLDR rules).
std::string plural_category(Lang lang, double n);

// Replaces every ICU plural argument `{k, plural, one {...} few {...} other {...}}` of a
// template by the form that argument k's number takes in `lang` (icu::MessageFormat; `#` is the
// number). Other text is left as it is. `numbers[k]` is empty when argument k is not a number.
std::string expand_plurals(Lang lang, std::string_view tmpl,
                           const std::vector<std::optional<double>>& numbers);

namespace detail {
template <typename T> std::optional<double> as_number(const T& v) {
  if constexpr (std::is_arithmetic_v<std::decay_t<T>> && !std::is_same_v<std::decay_t<T>, bool>)
    return static_cast<double>(v);
  else
    return std::nullopt;
}
} // namespace detail

// A message in `lang`: the translated template with fmt arguments filled in. A translation may
// choose a word's plural form with ICU's syntax: "{} {0, plural, one {точка} few {точки}
// other {точек}}" (the number is argument 0, written by the `{}` before it).
template <typename... Args> std::string msg(Lang lang, std::string_view english, Args&&... args) {
  std::string_view t = tr(lang, english);
  std::string expanded;
  if (t.find(", plural,") != std::string_view::npos) {
    expanded = expand_plurals(lang, t, {detail::as_number(args)...});
    t = expanded;
  }
  try {
    return fmt::format(fmt::runtime(t), std::forward<Args>(args)...);
  } catch (const fmt::format_error&) {
    return fmt::format(fmt::runtime(english), std::forward<Args>(args)...);
  }
}

// A report label by key (templates/labels.yaml), in `lang`; English, then the key, when missing.
std::string_view label(Lang lang, std::string_view key);
// Every key of templates/labels/*.yaml (parsed once per run), sorted.
std::vector<std::string_view> label_keys();

} // namespace vap
