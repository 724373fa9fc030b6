#pragma once
// Writing a command's output: to standard output, or to a file through a temporary file that is
// renamed into place, so that a failed run leaves an existing file as it was.
#include "vap/i18n.hpp"

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace vap {

// Refuses (exit 73) a path that is one of `inputs` or a folder; writes atomically; "-" or an
// empty path is standard output. Devices such as /dev/null or NUL are written directly. `lang` is
// the language of the messages.
void write_output(const std::string& path, std::string_view content,
                  const std::vector<std::filesystem::path>& inputs, Lang lang = Lang::en);

// Refuses a path that already exists (exit 73), unless `force`; then writes as above.
void write_new_file(const std::string& path, std::string_view content, bool force,
                    const std::vector<std::filesystem::path>& inputs, Lang lang = Lang::en);

} // namespace vap
