#pragma once
// A file in the system's temporary folder for a library that writes only to a path
// (libxlsxwriter): made here, read back, removed when the object goes. std::filesystem only,
// so that it works the same on Windows.
#include <string>
#include <string_view>

namespace vap {

class TempFile {
public:
  // A fresh name ending in `suffix` (".xlsx"); the file itself is not created.
  explicit TempFile(std::string_view suffix);
  ~TempFile();
  TempFile(const TempFile&) = delete;
  TempFile& operator=(const TempFile&) = delete;
  const std::string& path() const { return m_path; }
  // The file's bytes; throws Error (exit 73) when it cannot be read.
  std::string read() const;

private:
  std::string m_path;
};

} // namespace vap
