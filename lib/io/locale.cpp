#include "vap/locale.hpp"

#include "vap/platform.hpp"

#include <cstdlib>

namespace vap {

std::optional<Lang> system_lang() {
  for (const char* name : {"LC_ALL", "LC_MESSAGES", "LANG"}) {
    const char* value = std::getenv(name);
    if (value && *value) return lang_of_locale(value);
  }
  return parse_lang(ui_language());
}

} // namespace vap
