#include "vap/model.hpp"

#include <fmt/format.h>

namespace vap {

std::string date_text(const Date& d) {
  if (d.year == 0) return "";
  if (d.day == 0) return fmt::format("{:04}-{:02}", d.year, d.month);
  return fmt::format("{:04}-{:02}-{:02}", d.year, d.month, d.day);
}

} // namespace vap
