#pragma once
// A file or a folder in the system's temporary folder, for a library or a program that writes
// only to a path (libxlsxwriter, the browser of `vap board --pdf`): made here, private to the
// user (0600, 0700) from the start, removed when the object goes and when the run is
// interrupted (vap/platform.hpp). std::filesystem only, so that it works the same on Windows.
#include "vap/i18n.hpp"

#include <filesystem>
#include <string>
#include <string_view>

namespace vap {

class TempFile {
public:
  // A new empty file whose name ends in `suffix` (".xlsx"), made exclusively (never through a
  // name that is already there); throws Error (exit 73, in `lang`) when none can be made.
  explicit TempFile(std::string_view suffix, Lang lang = Lang::en);
  ~TempFile();
  TempFile(const TempFile&) = delete;
  TempFile& operator=(const TempFile&) = delete;
  const std::string& path() const { return m_path; }
  // The file's bytes; throws Error (exit 73) when it cannot be read.
  std::string read() const;

private:
  std::string m_path;
  int m_slot = -1;
};

// A new folder (0700) for a program that fills it (a browser's profile); removed with what is in
// it when the object goes. An interrupt while it is there stops the program that vap started
// and ends the run once the folder is removed (vap/platform.hpp, remember_folder). Its path is
// empty when it could not be made.
class TempDirectory {
public:
  explicit TempDirectory(std::string_view suffix);
  ~TempDirectory();
  TempDirectory(const TempDirectory&) = delete;
  TempDirectory& operator=(const TempDirectory&) = delete;
  const std::filesystem::path& path() const { return m_path; }

private:
  std::filesystem::path m_path;
  bool m_remembered = false;
};

} // namespace vap
