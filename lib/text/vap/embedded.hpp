#pragma once
// Files of templates/ built into the binary (catalogs, report templates, starter files).
#include <optional>
#include <string_view>
#include <vector>

namespace vap {

struct EmbeddedFile {
  std::string_view path; // relative to templates/, with '/' separators
  std::string_view content;
};

const std::vector<EmbeddedFile>& embedded_files();

// The embedded file at `path`, or nothing.
std::optional<std::string_view> embedded_file(std::string_view path);

} // namespace vap
