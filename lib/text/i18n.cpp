#include "vap/i18n.hpp"

#include "vap/translations.hpp"

#include <unicode/locid.h>
#include <unicode/msgfmt.h>
#include <unicode/plurrule.h>
#include <unicode/unistr.h>

#include <array>
#include <cctype>
#include <memory>

namespace vap {
namespace {

std::size_t slot(Lang lang) {
  return static_cast<std::size_t>(lang);
}

} // namespace

std::optional<Lang> parse_lang(std::string_view code) {
  if (code == "ky" || code == "kg") return Lang::ky;
  if (code == "ru") return Lang::ru;
  if (code == "en") return Lang::en;
  return std::nullopt;
}

std::string_view lang_code(Lang lang) {
  switch (lang) {
  case Lang::ky:
    return "ky";
  case Lang::ru:
    return "ru";
  case Lang::en:
    return "en";
  }
  return "ky";
}

std::optional<Lang> lang_of_locale(std::string_view name) {
  std::string code;
  for (char c : name) {
    if (!std::isalpha(static_cast<unsigned char>(c))) break;
    code += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  if (code == "ky" || code == "kir") return Lang::ky;
  if (code == "ru" || code == "rus") return Lang::ru;
  if (code == "en" || code == "eng") return Lang::en;
  return std::nullopt;
}

Lang choose_lang(std::optional<Lang> flag, const std::vector<std::optional<Lang>>& municipalities,
                 std::optional<Lang> system) {
  if (flag) return *flag;
  std::optional<Lang> common;
  bool agree = true;
  for (const auto& l : municipalities) {
    if (!l) continue;
    if (common && *common != *l) agree = false;
    common = *l;
  }
  if (common && agree) return *common;
  if (system && *system != Lang::en) return *system;
  return Lang::en;
}

namespace {

icu::Locale icu_locale(Lang lang) {
  return icu::Locale(std::string(lang_code(lang)).c_str());
}

} // namespace

std::string plural_category(Lang lang, double n) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::PluralRules> rules(icu::PluralRules::forLocale(icu_locale(lang), status));
  if (U_FAILURE(status) || !rules) return n == 1 ? "one" : "other";
  std::string out;
  rules->select(n).toUTF8String(out);
  return out;
}

namespace detail {
std::optional<double> whole_number(std::string_view text) {
  if (text.empty() || text.size() > 15 ||
      text.find_first_not_of("0123456789") != std::string_view::npos)
    return std::nullopt;
  double n = 0;
  for (char c : text)
    n = n * 10 + (c - '0');
  return n;
}
} // namespace detail

std::string expand_plurals(Lang lang, std::string_view tmpl,
                           const std::vector<std::optional<double>>& numbers) {
  std::string out;
  std::size_t i = 0;
  while (i < tmpl.size()) {
    std::size_t open = tmpl.find('{', i);
    if (open == std::string_view::npos) break;
    std::size_t k = open + 1;
    std::size_t index = 0;
    bool digits = false;
    while (k < tmpl.size() && std::isdigit(static_cast<unsigned char>(tmpl[k]))) {
      index = index * 10 + static_cast<std::size_t>(tmpl[k] - '0');
      digits = true;
      ++k;
    }
    std::size_t rest = k;
    while (rest < tmpl.size() && tmpl[rest] == ' ')
      ++rest;
    constexpr std::string_view k_plural = ", plural";
    if (!digits || tmpl.substr(rest, k_plural.size()) != k_plural) {
      out.append(tmpl.substr(i, open + 1 - i));
      i = open + 1;
      continue;
    }
    // The matching closing brace.
    std::size_t depth = 0;
    std::size_t close = open;
    for (; close < tmpl.size(); ++close) {
      if (tmpl[close] == '{') ++depth;
      if (tmpl[close] == '}' && --depth == 0) break;
    }
    if (close >= tmpl.size()) break;
    out.append(tmpl.substr(i, open - i));
    std::string segment = "{0" + std::string(tmpl.substr(k, close + 1 - k));
    double n = index < numbers.size() && numbers[index] ? *numbers[index] : 0;
    UErrorCode status = U_ZERO_ERROR;
    icu::MessageFormat format(icu::UnicodeString::fromUTF8(segment), icu_locale(lang), status);
    if (U_SUCCESS(status)) {
      icu::Formattable arg(n);
      icu::UnicodeString result;
      icu::FieldPosition field;
      format.format(&arg, 1, result, field, status);
      if (U_SUCCESS(status)) result.toUTF8String(out);
    }
    i = close + 1;
  }
  if (i < tmpl.size()) out.append(tmpl.substr(i));
  return out;
}

std::string_view tr(Lang lang, std::string_view english) {
  if (lang == Lang::en) return english;
  const Translation* t = compiled_messages().find(english);
  if (!t || t->text[slot(lang)].empty()) return english;
  return t->text[slot(lang)];
}

std::string_view label(Lang lang, std::string_view key) {
  const Translation* t = compiled_labels().find(key);
  if (!t) return key;
  if (!t->text[slot(lang)].empty()) return t->text[slot(lang)];
  if (!t->text[2].empty()) return t->text[2];
  return key;
}

std::vector<std::string_view> label_keys() {
  std::vector<std::string_view> out;
  for (const Translation& t : compiled_labels())
    out.push_back(t.key);
  return out;
}

} // namespace vap
