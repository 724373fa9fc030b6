#include "vap/locale.hpp"

#include <cstdlib>

#ifdef _WIN32
#include <windows.h>
#endif

namespace vap {

std::optional<Lang> system_lang() {
  for (const char* name : {"LC_ALL", "LC_MESSAGES", "LANG"}) {
    const char* value = std::getenv(name);
    if (value && *value) return lang_of_locale(value);
  }
#ifdef _WIN32
  switch (PRIMARYLANGID(GetUserDefaultUILanguage())) {
  case LANG_KYRGYZ:
    return Lang::ky;
  case LANG_RUSSIAN:
    return Lang::ru;
  case LANG_ENGLISH:
    return Lang::en;
  default:
    return std::nullopt;
  }
#else
  return std::nullopt;
#endif
}

} // namespace vap
