#pragma once
// One pass over a file's YAML events before any tree is walked: YAML anchors ('&name') and
// aliases ('*name') are refused wherever they are. An alias makes one value stand for many (a
// "billion laughs" file) or for itself (a cycle), and every walk over the tree would then
// multiply its work and its errors or never end; workshop files never need them. Explicit tags
// ('!!float 2014') are refused too: a value is read as it is typed.
#include "vap/diag.hpp"

#include <cstdint>
#include <string>

namespace vap {

// Reports every anchor, alias and explicit tag of `text` (the text of `file` in `sources`) as an
// error at its place and returns how many there are. Text that YAML cannot parse is left to the
// parser.
std::size_t refuse_aliases(const Sources& sources, std::uint32_t file, Diagnostics& diags);

} // namespace vap
