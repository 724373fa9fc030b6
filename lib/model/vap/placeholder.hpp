#pragma once
// What `vap plan draft` writes where the facilitator has to fill in, and `vap plan` refuses
// while it is left.
#include <string_view>

namespace vap {

// The placeholders the draft writes: text and numbers, and dates.
inline constexpr std::string_view k_placeholder = "___";
inline constexpr std::string_view k_date_placeholder = "YYYY-MM";

} // namespace vap
