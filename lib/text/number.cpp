#include "vap/number.hpp"

#include <fmt/format.h>

#include <cmath>

namespace vap {

std::string fixed(double value, int decimals) {
  double scale = std::pow(10.0, decimals);
  double rounded = std::round(value * scale) / scale;
  if (rounded == 0) rounded = 0; // no "-0.0"
  return fmt::format("{:.{}f}", rounded, decimals);
}

std::string percent(double fraction, int decimals) {
  return fixed(fraction * 100.0, decimals) + " %";
}

} // namespace vap
