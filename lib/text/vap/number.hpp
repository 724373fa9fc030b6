#pragma once
// Numbers written for reading: fixed decimals, percentages.
#include <string>

namespace vap {

// A number with fixed decimals, '.' as decimal mark, no "-0.0".
std::string fixed(double value, int decimals);
// A percentage for reading: "42.9 %".
std::string percent(double fraction, int decimals = 1);

} // namespace vap
