#pragma once
// Writing a command's output: to standard output, or to a file through a temporary file that is
// renamed into place, so that a failed run leaves an existing file as it was.
//
// The temporary file has a random name beside the target and is made exclusively (O_CREAT |
// O_EXCL | O_NOFOLLOW; CREATE_NEW on Windows), so that nothing planted under its name is written
// through; it is removed on SIGINT, SIGTERM and SIGHUP (a console Ctrl-C or close on Windows).
// A replaced file keeps its permissions.
#include "vap/i18n.hpp"

#include <filesystem>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace vap {

// Refuses (exit 73) a path that is one of `inputs` (by name or as the same file) or a folder, or
// whose folder is missing or a file; writes atomically; "-" or an empty path is standard output
// (checked: a failed write is exit 73). Devices such as /dev/null are written directly; a pipe
// that nothing reads is refused. `lang` is the language of the messages.
void write_output(const std::string& path, std::string_view content,
                  const std::vector<std::filesystem::path>& inputs, Lang lang = Lang::en);

// A file that another program makes (vap board --pdf): the checks of write_output, then `make`
// gets the absolute path of an empty temporary file beside `path` and fills it; the file is then
// renamed into place (a device or a pipe gets its bytes as they are).
// `make` throws to give up; nothing is written then, and the temporary file is removed.
// `path` is a file name, never standard output.
void write_output_made(const std::string& path, const std::vector<std::filesystem::path>& inputs,
                       Lang lang, const std::function<void(const std::filesystem::path&)>& make);

// Refuses a path that already exists (exit 73), unless `force`; then writes as above.
void write_new_file(const std::string& path, std::string_view content, bool force,
                    const std::vector<std::filesystem::path>& inputs, Lang lang = Lang::en);

// Several new files, all or none: the folders they need are made, every file is written to its
// temporary file, and only then are they renamed into place; on any failure what was made
// (files and folders) is removed again. A path that exists already is refused (exit 73).
struct NewFile {
  std::string path;
  std::string content;
};
void write_new_files(const std::vector<NewFile>& files,
                     const std::vector<std::filesystem::path>& inputs, Lang lang = Lang::en);

// Flushes standard output and throws (exit 73, "cannot write to standard output: ...") when
// anything written to it was lost (a full disk, /dev/full, a closed pipe).
void check_stdout(Lang lang = Lang::en);

// A temporary file beside `path`, written with `content`; commit() renames it into place; it is
// removed if never committed.
class PendingFile {
public:
  PendingFile(const std::string& path, std::string_view content, Lang lang);
  ~PendingFile();
  PendingFile(const PendingFile&) = delete;
  PendingFile& operator=(const PendingFile&) = delete;
  void commit(Lang lang);
  bool committed() const { return m_committed; }
  // The temporary file (empty once committed or discarded).
  const std::filesystem::path& temp_path() const { return m_tmp; }

private:
  void discard();
  std::string m_path;
  std::filesystem::path m_tmp;
  int m_slot = -1;
  bool m_existed = false;
  bool m_committed = false;
};

} // namespace vap
