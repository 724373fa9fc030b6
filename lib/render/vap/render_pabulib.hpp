#pragma once
// The pabulib .pb text (https://pabulib.org/format): META, PROJECTS, VOTES, each a title line, a
// header line and ';'-separated rows; a field with ';', '"' or a line break is quoted, '"' doubled.
#include "vap/pabulib.hpp"

#include <string>

namespace vap {

std::string pabulib_text(const PbInstance& instance);

} // namespace vap
