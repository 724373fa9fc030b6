#include "vap/output.hpp"

#include "vap/error.hpp"

#include <fmt/format.h>

#include <atomic>
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iostream>
#include <memory>
#include <random>

#ifdef _WIN32
#include <windows.h>
#else
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace fs = std::filesystem;

namespace vap {
namespace {

// ---- The temporary files of a run, removed when the run is interrupted -------------------------
//
// At most a few at a time (vap init writes five). The names are kept in fixed buffers so that a
// signal handler can remove them without allocating.
constexpr int k_max_pending = 8;
constexpr std::size_t k_max_name = 4096;
#ifdef _WIN32
using NameChar = wchar_t;
#else
using NameChar = char;
#endif
NameChar g_pending[k_max_pending][k_max_name];
std::atomic<bool> g_used[k_max_pending];

#ifdef _WIN32
BOOL WINAPI on_console_event(DWORD) {
  for (int i = 0; i < k_max_pending; ++i)
    if (g_used[i].load()) DeleteFileW(g_pending[i]);
  return FALSE; // the default handler ends the process
}
void install_handlers() {
  static bool installed = false;
  if (!installed) installed = SetConsoleCtrlHandler(on_console_event, TRUE) != 0;
}
#else
extern "C" void on_signal(int sig) {
  for (int i = 0; i < k_max_pending; ++i)
    if (g_used[i].load()) ::unlink(g_pending[i]);
  std::signal(sig, SIG_DFL);
  std::raise(sig);
}
void install_handlers() {
  static bool installed = false;
  if (installed) return;
  installed = true;
  for (int sig : {SIGINT, SIGTERM, SIGHUP}) {
    struct sigaction sa {};
    struct sigaction old {};
    sigaction(sig, nullptr, &old);
    if (old.sa_handler == SIG_IGN) continue; // as nohup started it: stays ignored
    sa.sa_handler = on_signal;
    sigemptyset(&sa.sa_mask);
    sigaction(sig, &sa, nullptr);
  }
}
#endif

// Registers a temporary file for removal on a signal; -1 when the table is full or the name too
// long (the file is then only removed on the paths that return).
int remember(const fs::path& p) {
  install_handlers();
  const auto& native = p.native();
  if (native.size() + 1 > k_max_name) return -1;
  for (int i = 0; i < k_max_pending; ++i) {
    if (g_used[i].load()) continue;
    std::copy(native.begin(), native.end(), g_pending[i]);
    g_pending[i][native.size()] = 0;
    g_used[i].store(true);
    return i;
  }
  return -1;
}
void forget(int slot) {
  if (slot >= 0) g_used[slot].store(false);
}

std::string random_suffix() {
  static std::mt19937_64 rng{std::random_device{}()};
  static const char k_chars[] = "abcdefghijklmnopqrstuvwxyz0123456789";
  std::string s;
  for (int i = 0; i < 12; ++i)
    s += k_chars[rng() % (sizeof k_chars - 1)];
  return s;
}

// ---- Platform twins: exclusive creation, writing, modes ---------------------------------------

#ifdef _WIN32
using Handle = HANDLE;
const Handle k_no_handle = INVALID_HANDLE_VALUE;

// A new file that did not exist (CREATE_NEW never opens or follows what is there).
Handle create_exclusive(const fs::path& p, int& err) {
  Handle h = CreateFileW(p.c_str(), GENERIC_WRITE, 0, nullptr, CREATE_NEW,
                         FILE_ATTRIBUTE_HIDDEN | FILE_ATTRIBUTE_TEMPORARY, nullptr);
  err = h == INVALID_HANDLE_VALUE ? (GetLastError() == ERROR_FILE_EXISTS ? EEXIST : EIO) : 0;
  return h;
}
bool write_all(Handle h, std::string_view content, int& err) {
  while (!content.empty()) {
    DWORD chunk = static_cast<DWORD>(std::min<std::size_t>(content.size(), 1u << 30));
    DWORD written = 0;
    if (!WriteFile(h, content.data(), chunk, &written, nullptr)) {
      err = GetLastError() == ERROR_DISK_FULL ? ENOSPC : EIO;
      return false;
    }
    content.remove_prefix(written);
  }
  return true;
}
bool close_handle(Handle h, int& err) {
  if (!CloseHandle(h)) {
    err = EIO;
    return false;
  }
  return true;
}
void copy_mode(const fs::path&, const fs::path& tmp, bool) {
  SetFileAttributesW(tmp.c_str(), FILE_ATTRIBUTE_NORMAL);
}
#else
using Handle = int;
const Handle k_no_handle = -1;

Handle create_exclusive(const fs::path& p, int& err) {
  int fd = ::open(p.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
  err = fd < 0 ? errno : 0;
  return fd;
}
bool write_all(Handle fd, std::string_view content, int& err) {
  while (!content.empty()) {
    ssize_t n = ::write(fd, content.data(), content.size());
    if (n < 0) {
      if (errno == EINTR) continue;
      err = errno;
      return false;
    }
    content.remove_prefix(static_cast<std::size_t>(n));
  }
  return true;
}
bool close_handle(Handle fd, int& err) {
  if (::close(fd) != 0) {
    err = errno;
    return false;
  }
  return true;
}
// The replaced file's permissions, or those of a new file (0666 less the umask).
void copy_mode(const fs::path& target, const fs::path& tmp, bool exists) {
  struct stat st {};
  mode_t mode;
  if (exists && ::stat(target.c_str(), &st) == 0) {
    mode = st.st_mode & 07777;
  } else {
    mode_t mask = ::umask(0);
    ::umask(mask);
    mode = 0666 & ~mask;
  }
  ::chmod(tmp.c_str(), mode);
}
#endif

[[noreturn]] void fail(const std::string& path, const std::string& why, Lang lang) {
  throw Error(ExitStatus::cant_create, msg(lang, "cannot write '{}': {}", path, why));
}

std::string os_error(int err) {
  return std::strerror(err);
}

// Whether `target` is one of `inputs`: the same path, or the same file under another name (a
// link).
bool is_input(const fs::path& target, const std::vector<fs::path>& inputs) {
  std::error_code ec;
  const fs::path canonical = fs::weakly_canonical(target, ec);
  const bool exists = fs::exists(target, ec);
  for (const auto& in : inputs) {
    if (canonical == in) return true;
    std::error_code ec2;
    if (exists && fs::equivalent(target, in, ec2)) return true;
  }
  return false;
}

// The checks before anything is made: not an input, not a folder, a folder that is there.
void check_target(const std::string& path, const std::vector<fs::path>& inputs, Lang lang) {
  std::error_code ec;
  fs::path target(path);
  auto status = fs::status(target, ec);
  if (fs::is_directory(status))
    throw Error(ExitStatus::cant_create,
                msg(lang, "cannot write '{}': it is a folder; give a file name", path));
  if (is_input(target, inputs))
    throw Error(
        ExitStatus::cant_create,
        msg(lang,
            "cannot write '{}': it is one of the input files, and vap never writes over an input",
            path));
  fs::path folder = target.parent_path().empty() ? fs::path(".") : target.parent_path();
  auto folder_status = fs::status(folder, ec);
  if (fs::exists(folder_status) && !fs::is_directory(folder_status))
    throw Error(ExitStatus::cant_create,
                msg(lang, "cannot write '{}': '{}' is a file, not a folder", path,
                    folder.generic_string()));
  if (!fs::is_directory(folder_status))
    throw Error(ExitStatus::cant_create,
                msg(lang, "cannot write '{}': the folder '{}' does not exist", path,
                    folder.generic_string()));
}

// A device or a pipe, written as it is (renaming over it would replace it). A pipe that nobody
// reads is refused rather than waited on.
void write_special(const std::string& path, std::string_view content, Lang lang) {
#ifdef _WIN32
  std::ofstream out(fs::path(path), std::ios::binary);
  out.write(content.data(), static_cast<std::streamsize>(content.size()));
  if (!out) fail(path, os_error(errno), lang);
#else
  int fd = ::open(path.c_str(), O_WRONLY | O_NONBLOCK | O_CLOEXEC);
  if (fd < 0) {
    if (errno == ENXIO) fail(path, msg(lang, "it is a pipe that nothing reads"), lang);
    fail(path, os_error(errno), lang);
  }
  int flags = ::fcntl(fd, F_GETFL);
  if (flags >= 0) ::fcntl(fd, F_SETFL, flags & ~O_NONBLOCK);
  int err = 0;
  bool ok = write_all(fd, content, err);
  int close_err = 0;
  ok = close_handle(fd, close_err) && ok;
  if (!ok) fail(path, os_error(err ? err : close_err), lang);
#endif
}

} // namespace

// ---- A file written beside its target, then renamed into place ---------------------------------

PendingFile::PendingFile(const std::string& path, std::string_view content, Lang lang)
    : m_path(path) {
  fs::path target(path);
  fs::path folder = target.parent_path().empty() ? fs::path(".") : target.parent_path();
  std::error_code ec;
  m_existed = fs::is_regular_file(fs::symlink_status(target, ec));
  Handle h = k_no_handle;
  int err = 0;
  // A random name, made only if nothing (not even a dangling link) has it: nothing planted in
  // the folder can be written through.
  for (int attempt = 0; attempt < 100; ++attempt) {
    m_tmp = folder / fmt::format(".{}.vap-{}.tmp", target.filename().string(), random_suffix());
    h = create_exclusive(m_tmp, err);
    if (h != k_no_handle || err != EEXIST) break;
  }
  if (h == k_no_handle) fail(path, os_error(err), lang);
  m_slot = remember(m_tmp);
  bool ok = write_all(h, content, err);
  int close_err = 0;
  ok = close_handle(h, close_err) && ok;
  if (!ok) {
    discard();
    fail(path, os_error(err ? err : close_err), lang);
  }
  copy_mode(target, m_tmp, m_existed);
}

PendingFile::~PendingFile() {
  discard();
}

void PendingFile::commit(Lang lang) {
  if (m_tmp.empty()) return;
  std::error_code ec;
  fs::rename(m_tmp, m_path, ec);
  if (ec) {
    discard();
    fail(m_path, ec.message(), lang);
  }
  forget(m_slot);
  m_slot = -1;
  m_tmp.clear();
  m_committed = true;
}

void PendingFile::discard() {
  if (m_tmp.empty()) return;
  std::error_code ec;
  fs::remove(m_tmp, ec);
  forget(m_slot);
  m_slot = -1;
  m_tmp.clear();
}

void write_output(const std::string& path, std::string_view content,
                  const std::vector<fs::path>& inputs, Lang lang) {
  if (path.empty() || path == "-") {
    std::cout.write(content.data(), static_cast<std::streamsize>(content.size()));
    std::cout.flush();
    check_stdout(lang);
    return;
  }
  check_target(path, inputs, lang);
  std::error_code ec;
  auto status = fs::status(path, ec);
  if (fs::exists(status) && !fs::is_regular_file(status)) {
    write_special(path, content, lang);
    return;
  }
  PendingFile file(path, content, lang);
  file.commit(lang);
}

void write_new_file(const std::string& path, std::string_view content, bool force,
                    const std::vector<fs::path>& inputs, Lang lang) {
  std::error_code ec;
  if (!force && fs::exists(fs::symlink_status(path, ec)))
    throw Error(ExitStatus::cant_create,
                msg(lang,
                    "'{}' already exists; vap does not write over it (use --force to replace it)",
                    path));
  write_output(path, content, inputs, lang);
}

void write_new_files(const std::vector<NewFile>& files, const std::vector<fs::path>& inputs,
                     Lang lang) {
  std::vector<fs::path> made_folders; // made here, removed again if the run fails
  auto undo_folders = [&]() {
    for (auto it = made_folders.rbegin(); it != made_folders.rend(); ++it) {
      std::error_code ec;
      fs::remove(*it, ec); // only when empty
    }
  };
  std::vector<std::unique_ptr<PendingFile>> pending;
  try {
    for (const auto& f : files) {
      const fs::path p(f.path);
      std::error_code ec;
      if (fs::exists(fs::symlink_status(p, ec)))
        throw Error(
            ExitStatus::cant_create,
            msg(lang, "{} already exists; vap init never writes over a file", p.generic_string()));
      // The folders that are missing, outermost first.
      std::vector<fs::path> missing;
      for (fs::path d = p.parent_path(); !d.empty() && !fs::exists(fs::symlink_status(d, ec));
           d = d.parent_path())
        missing.push_back(d);
      for (auto it = missing.rbegin(); it != missing.rend(); ++it) {
        if (!fs::create_directory(*it, ec) || ec)
          throw Error(ExitStatus::cant_create,
                      msg(lang, "cannot create the folder {}: {}", it->generic_string(),
                          ec ? ec.message() : os_error(EEXIST)));
        made_folders.push_back(*it);
      }
      check_target(f.path, inputs, lang);
      pending.push_back(std::make_unique<PendingFile>(f.path, f.content, lang));
    }
    for (auto& p : pending)
      p->commit(lang);
  } catch (...) {
    // What was renamed into place is removed too: all the files or none.
    for (std::size_t i = 0; i < pending.size(); ++i)
      if (pending[i]->committed()) {
        std::error_code ec;
        fs::remove(files[i].path, ec);
      }
    pending.clear();
    undo_folders();
    throw;
  }
}

void check_stdout(Lang lang) {
  std::cout.flush();
  if (std::cout) {
    if (std::fflush(stdout) == 0 && !std::ferror(stdout)) return;
  }
  const int err = errno;
  std::cout.clear();
  throw Error(ExitStatus::cant_create,
              msg(lang, "cannot write to standard output: {}", os_error(err ? err : EIO)));
}

} // namespace vap
