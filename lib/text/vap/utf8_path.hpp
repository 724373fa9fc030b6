#pragma once
// Paths to and from UTF-8 text. On Windows std::filesystem::path(std::string) reads the ANSI code
// page and path::string() writes it, so a Cyrillic name would be garbled: vap makes every path
// from UTF-8 through std::u8string and shows every path as UTF-8 with '/' (the same on Linux).
#include <filesystem>
#include <string>
#include <string_view>

namespace vap {

inline std::filesystem::path utf8_path(std::string_view utf8) {
  return std::filesystem::path(std::u8string(utf8.begin(), utf8.end()));
}

// The path as UTF-8 text with '/' between its parts.
inline std::string path_text(const std::filesystem::path& path) {
#ifndef _WIN32
  // On POSIX the generic form is the native one unless separators repeat ("a//b" shows "a/b"):
  // most paths are returned as they are, without walking their parts.
  if (path.native().find("//") == std::string::npos) return path.native();
#endif
  const std::u8string text = path.generic_u8string();
  return std::string(text.begin(), text.end());
}

} // namespace vap
