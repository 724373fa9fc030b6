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
// Digits alone ("52", as std::to_string writes a count) as a number; nothing for other text.
std::optional<double> whole_number(std::string_view text);

template <typename T> std::optional<double> as_number(const T& v) {
  using D = std::decay_t<T>;
  if constexpr (std::is_arithmetic_v<D> && !std::is_same_v<D, bool>)
    return static_cast<double>(v);
  else if constexpr (std::is_convertible_v<const D&, std::string_view>)
    return whole_number(std::string_view(v));
  else
    return std::nullopt;
}

// `tmpl` with its ICU plural arguments chosen for `args` (as msg() does), or as it is.
template <typename... Args>
std::string_view with_plurals(Lang lang, std::string_view tmpl, std::string& keep,
                              const Args&... args) {
  if (tmpl.find(", plural,") == std::string_view::npos) return tmpl;
  keep = expand_plurals(lang, tmpl, {as_number(args)...});
  return keep;
}
} // namespace detail

// A message in `lang`: the translated template with fmt arguments filled in. A translation may
// choose a word's plural form with ICU's syntax: "{} {0, plural, one {точка} few {точки}
// other {точек}}" (the number is argument 0, written by the `{}` before it).
template <typename... Args> std::string msg(Lang lang, std::string_view english, Args&&... args) {
  std::string expanded;
  const std::string_view t = detail::with_plurals(lang, tr(lang, english), expanded, args...);
  try {
    return fmt::format(fmt::runtime(t), std::forward<Args>(args)...);
  } catch (const fmt::format_error&) {
    return fmt::format(fmt::runtime(english), std::forward<Args>(args)...);
  }
}

// A report label by key (templates/labels.yaml), in `lang`; English, then the key, when missing.
std::string_view label(Lang lang, std::string_view key);

// A label with {} placeholders filled in; a label may choose a word's plural form as a message
// does ("{} {2, plural, one {точка} few {точки} other {точек}}").
template <typename... Args> std::string label_fmt(Lang lang, std::string_view key, Args&&... args) {
  std::string expanded;
  const std::string_view t = detail::with_plurals(lang, label(lang, key), expanded, args...);
  try {
    return fmt::format(fmt::runtime(t), std::forward<Args>(args)...);
  } catch (const fmt::format_error&) {
    return std::string(label(lang, key));
  }
}
// Every key of templates/labels/*.yaml (parsed once per run), sorted.
std::vector<std::string_view> label_keys();

} // namespace vap
