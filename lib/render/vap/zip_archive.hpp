#pragma once
// A zip archive made in memory with libzip (the .docx of `vap papers`): loaded when it is first
// needed on Linux (vap/lazy_library.hpp), linked into vap.exe.
#include "vap/i18n.hpp"

#include <string>
#include <utility>
#include <vector>

namespace vap {

// The archive's bytes: `entries` (name, content) deflated, in the order given, each dated
// 1980-01-01 00:00 (as DOS times go, the same in every time zone) so that the same entries make
// the same bytes. Throws Error (exit 73, in `lang`) when libzip cannot be loaded or fails.
std::string zip_archive(const std::vector<std::pair<std::string, std::string>>& entries, Lang lang);

} // namespace vap
