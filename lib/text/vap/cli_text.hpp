#pragma once
// CLI11's usage errors in the message language: its English sentences are recognised by their
// shape and said again with msg(); a sentence of unknown shape stays as CLI11 wrote it.
#include "vap/i18n.hpp"

#include <string>
#include <string_view>

namespace vap {

std::string translate_cli_error(Lang lang, std::string_view english);

} // namespace vap
