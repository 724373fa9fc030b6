#pragma once
// Numbers written for reading: fixed decimals, percentages.
#include <string>

namespace vap {

// A number with fixed decimals, '.' as decimal mark, no "-0.0".
std::string fixed(double value, int decimals);
// The shortest decimal that reads back as `value`, never with an exponent: "300", "1250.5",
// "0.1" (for writing a number where a person or vap reads it again).
std::string shortest(double value);
// A percentage for reading: "42.9 %".
std::string percent(double fraction, int decimals = 1);

} // namespace vap
