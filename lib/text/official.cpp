#include "vap/official.hpp"

#include "vap/number.hpp"
#include "vap/text.hpp"

#include <fmt/format.h>

#include <array>
#include <cmath>

namespace vap {
namespace {

constexpr std::string_view k_nbsp = "\u00a0";

// The months' names, nominative: Kyrgyz and Russian write them alike.
constexpr std::array<std::string_view, 12> k_month = {"январь",   "февраль", "март",   "апрель",
                                                      "май",      "июнь",    "июль",   "август",
                                                      "сентябрь", "октябрь", "ноябрь", "декабрь"};
constexpr std::array<std::string_view, 12> k_month_en = {
    "January", "February", "March",     "April",   "May",      "June",
    "July",    "August",   "September", "October", "November", "December"};

bool valid_month(int month) {
  return month >= 1 && month <= 12;
}

// The digits of `value` with `decimals` decimals, its integer part in groups of three joined by
// `group`, its decimals after `point`.
std::string grouped(double value, int decimals, std::string_view group, std::string_view point) {
  std::string s = fixed(value, decimals);
  std::string sign;
  if (!s.empty() && s.front() == '-') {
    sign = "-";
    s.erase(0, 1);
  }
  const std::size_t dot = s.find('.');
  const std::string digits = s.substr(0, dot);
  std::string out = sign;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += group;
    out += digits[i];
  }
  if (dot != std::string::npos) out += std::string(point) + s.substr(dot + 1);
  return out;
}

enum class UnitKind { som, thousand, million, other };

// Som, thousand som or million som, however typed: the words without case, dots and spaces.
UnitKind unit_kind(std::string_view unit) {
  std::string key;
  for (char c : match_key(unit))
    if (c != ' ' && c != '.') key += c;
  for (std::string_view som : {"сом", "som", "kgs", "сомов"}) {
    if (key == som) return UnitKind::som;
    for (std::string_view thousand : {"миң", "тыс", "тысяч", "thousand", "thousands", "thous"})
      if (key == std::string(thousand) + std::string(som) || key == std::string(som) + "'000")
        return UnitKind::thousand;
    for (std::string_view million : {"млн", "миллион", "million", "millions", "mln"})
      if (key == std::string(million) + std::string(som)) return UnitKind::million;
  }
  return UnitKind::other;
}

} // namespace

std::string official_date_ky(int year, int month, int day) {
  // The month as the possessive of "the year's" (жылдын ... -и): 18-апрели, 1-январы, 5-майы.
  static constexpr std::array<std::string_view, 12> k_of_day = {
      "январы", "февралы", "марты",    "апрели",  "майы",   "июну",
      "июлу",   "августу", "сентябры", "октябры", "ноябры", "декабры"};
  if (!valid_month(month)) return fmt::format("{}-жыл", year);
  if (day <= 0) return fmt::format("{}-жылдын {} айы", year, k_month[month - 1]);
  return fmt::format("{}-жылдын {}-{}", year, day, k_of_day[month - 1]);
}

std::string official_date_ru(int year, int month, int day) {
  static constexpr std::array<std::string_view, 12> k_of_day = {
      "января", "февраля", "марта",    "апреля",  "мая",    "июня",
      "июля",   "августа", "сентября", "октября", "ноября", "декабря"};
  if (!valid_month(month)) return fmt::format("{}{}г.", year, k_nbsp);
  if (day <= 0) return fmt::format("{} {}{}г.", k_month[month - 1], year, k_nbsp);
  return fmt::format("{} {} {}{}г.", day, k_of_day[month - 1], year, k_nbsp);
}

std::string official_date_en(int year, int month, int day) {
  if (!valid_month(month)) return std::to_string(year);
  if (day <= 0) return fmt::format("{} {}", k_month_en[month - 1], year);
  return fmt::format("{} {} {}", day, k_month_en[month - 1], year);
}

std::string official_date(Lang lang, int year, int month, int day) {
  switch (lang) {
  case Lang::ky:
    return official_date_ky(year, month, day);
  case Lang::ru:
    return official_date_ru(year, month, day);
  case Lang::en:
    break;
  }
  return official_date_en(year, month, day);
}

std::string official_period(Lang lang, int year1, int month1, int day1, int year2, int month2,
                            int day2) {
  const bool months = day1 <= 0 && day2 <= 0 && year1 == year2 && valid_month(month1) &&
                      valid_month(month2) && month1 != month2;
  if (!months)
    return official_date(lang, year1, month1, day1) + " – " +
           official_date(lang, year2, month2, day2);
  switch (lang) {
  case Lang::ky:
    return fmt::format("{}-жылдын {} – {} айлары", year1, k_month[month1 - 1], k_month[month2 - 1]);
  case Lang::ru:
    return fmt::format("{} – {} {}{}г.", k_month[month1 - 1], k_month[month2 - 1], year1, k_nbsp);
  case Lang::en:
    break;
  }
  return fmt::format("{} – {} {}", k_month_en[month1 - 1], k_month_en[month2 - 1], year1);
}

std::string official_number_ky(double value, int decimals) {
  return grouped(value, decimals, k_nbsp, ",");
}

std::string official_number_ru(double value, int decimals) {
  return grouped(value, decimals, k_nbsp, ",");
}

std::string official_number_en(double value, int decimals) {
  return grouped(value, decimals, ",", ".");
}

std::string official_number(Lang lang, double value, int decimals) {
  switch (lang) {
  case Lang::ky:
    return official_number_ky(value, decimals);
  case Lang::ru:
    return official_number_ru(value, decimals);
  case Lang::en:
    break;
  }
  return official_number_en(value, decimals);
}

std::string official_percent(Lang lang, double percent, int decimals) {
  const std::string number = official_number(lang, percent, decimals);
  return lang == Lang::en ? number + "%" : number + std::string(k_nbsp) + "%";
}

std::string official_unit(Lang lang, std::string_view unit) {
  const auto i = static_cast<std::size_t>(lang);
  static constexpr std::array<std::string_view, 3> k_som = {"сом", "сом", "som"};
  static constexpr std::array<std::string_view, 3> k_thousand = {"миң сом", "тыс. сом",
                                                                 "thousand som"};
  static constexpr std::array<std::string_view, 3> k_million = {"млн сом", "млн сом",
                                                                "million som"};
  switch (unit_kind(unit)) {
  case UnitKind::som:
    return std::string(k_som[i]);
  case UnitKind::thousand:
    return std::string(k_thousand[i]);
  case UnitKind::million:
    return std::string(k_million[i]);
  case UnitKind::other:
    break;
  }
  return std::string(unit);
}

std::string official_amount(Lang lang, double value, int decimals, std::string_view unit) {
  std::string out = official_number(lang, value, decimals);
  if (!unit.empty()) out += std::string(k_nbsp) + official_unit(lang, unit);
  return out;
}

} // namespace vap
