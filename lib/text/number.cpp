#include "vap/number.hpp"

#include <fmt/format.h>

#include <charconv>
#include <cmath>

namespace vap {

std::string fixed(double value, int decimals) {
  double scale = std::pow(10.0, decimals);
  double rounded = std::round(value * scale) / scale;
  if (rounded == 0) rounded = 0; // no "-0.0"
  return fmt::format("{:.{}f}", rounded, decimals);
}

std::string shortest(double value) {
  if (value == 0) return "0"; // no "-0"
  char buffer[400];
  auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::fixed);
  if (ec != std::errc()) return fmt::format("{}", value);
  return std::string(buffer, end);
}

std::string percent(double fraction, int decimals) {
  return fixed(fraction * 100.0, decimals) + " %";
}

} // namespace vap
