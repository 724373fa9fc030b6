#pragma once
// What a session says, whatever way it was typed: two files with the same content are one
// session copied (FORMAT.md), whatever their line ends, byte-order mark, spacing, key order,
// comments or the names they gave the same catalog entry.
#include "vap/model.hpp"

#include <string>

namespace vap {

// The session's content as one text: its fields in a fixed order, names by their catalog ids
// (or their match keys when new), the votes sorted by problem. Equal texts, equal content.
std::string session_content(const Session& s);

} // namespace vap
