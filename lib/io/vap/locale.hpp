#pragma once
// The system's language, for messages and reports when neither --lang nor the municipalities
// choose one (FORMAT.md, "Language").
#include "vap/i18n.hpp"

#include <optional>

namespace vap {

// The first of LC_ALL, LC_MESSAGES and LANG that is set and not empty, read as a language
// ("ru_RU.UTF-8" -> ru; "C" -> nothing). On Windows, when none is set, the user's UI language
// (GetUserDefaultUILanguage).
std::optional<Lang> system_lang();

} // namespace vap
