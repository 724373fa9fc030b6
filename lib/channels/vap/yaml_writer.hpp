#pragma once
// A file (vap/record.hpp) as YAML text, as a person would type it: block mappings, short lists
// of plain values in brackets, {women: 9, men: 5} on one line, text quoted only where YAML
// needs it. vap reads it back to the same record.
#include "vap/record.hpp"

#include <string>
#include <string_view>

namespace vap {

std::string yaml_text(const Record& file);

// A scalar as YAML writes it: plain when it can be, else double-quoted with escapes.
// `in_flow`: inside [...] or {...}, where ',', '[', ']', '{', '}' must be quoted too.
std::string yaml_scalar(std::string_view text, bool in_flow = false);

} // namespace vap
