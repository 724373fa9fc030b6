#pragma once
// The one reader of every file vap reads in a run: workshop files, --catalog files and
// --templates files. The same limits and the same messages for all: a regular file (a pipe or a
// device such as /dev/zero is refused before a byte is read), at most 16 MiB (checked before
// reading and again while reading), and text in UTF-8 (UTF-16 and UTF-32 are named as such).
#include "vap/i18n.hpp"

#include <cstddef>
#include <filesystem>
#include <optional>
#include <string>

namespace vap {

constexpr std::size_t k_max_file_size = 16u << 20;

enum class ReadFailure { none, missing, folder, not_a_file, too_large, unreadable, encoding };

struct FileBytes {
  std::string bytes; // without a UTF-8 byte-order mark
  ReadFailure failure = ReadFailure::none;
  std::string message; // why, in the run's language, when `failure` is set
  explicit operator bool() const { return failure == ReadFailure::none; }
};

// Reads `path` whole. Bytes that are not UTF-8 are not checked here (a workshop file's errors
// are shown at their line); a UTF-16 or UTF-32 byte-order mark is a failure.
FileBytes read_input_file(const std::filesystem::path& path, Lang lang,
                          std::size_t limit = k_max_file_size);

} // namespace vap
