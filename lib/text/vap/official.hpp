#pragma once
// Dates, numbers and amounts as Kyrgyz and Russian official papers write them (the council's
// decision, the head's order, the hearing's notice: `vap papers`): «2025-жылдын 18-апрели»,
// «18 апреля 2025 г.», thousands apart with a no-break space, a decimal comma, «миң сом» and
// «тыс. сом». English for the program's own copies: "18 April 2025", "1,300.5 thousand som".
#include "vap/i18n.hpp"

#include <string>
#include <string_view>

namespace vap {

// A day: "2025-жылдын 18-апрели"; a month alone (day 0): "2025-жылдын апрель айы".
std::string official_date_ky(int year, int month, int day);
// A day: "18 апреля 2025 г."; a month alone (day 0): "апрель 2025 г.".
std::string official_date_ru(int year, int month, int day);
// A day: "18 April 2025"; a month alone (day 0): "April 2025".
std::string official_date_en(int year, int month, int day);
// The one of the three for `lang`.
std::string official_date(Lang lang, int year, int month, int day);

// From one date to another, as `official_date` writes them (a day 0: a month alone); two months
// of one year are written once: ky "2014-жылдын июль – сентябрь айлары", ru "июль – сентябрь
// 2014 г.", en "July – September 2014".
std::string official_period(Lang lang, int year1, int month1, int day1, int year2, int month2,
                            int day2);

// A number with `decimals` decimals (rounded half away from zero), thousands apart: ky and ru
// "1 300,5" (a no-break space, U+00A0, between groups of three digits; a decimal comma), en
// "1,300.5". No "-0".
std::string official_number_ky(double value, int decimals);
std::string official_number_ru(double value, int decimals);
std::string official_number_en(double value, int decimals);
std::string official_number(Lang lang, double value, int decimals);

// A share in percent: "12,5 %" (ky, ru: a no-break space before the sign), "12.5%" (en).
std::string official_percent(Lang lang, double percent, int decimals);

// The unit of an amount as the paper's language writes it, when it is one of som, thousand som
// or million som in any of the three languages (and their usual abbreviations: "миң сом",
// "тыс. сом", "тыс.сом", "thousand som", "KGS", ...): ky "сом", "миң сом", "млн сом"; ru "сом",
// "тыс. сом", "млн сом"; en "som", "thousand som", "million som". Any other unit as typed.
std::string official_unit(Lang lang, std::string_view unit);

// An amount and its unit: "1 300,0 миң сом" (official_number, then official_unit; no unit when
// `unit` is empty).
std::string official_amount(Lang lang, double value, int decimals, std::string_view unit);

} // namespace vap
