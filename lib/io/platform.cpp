#include "vap/platform.hpp"

#include "vap/file_name.hpp"

#ifdef _WIN32
#include <windows.h>

#include <shellapi.h>

#include <fcntl.h>
#include <io.h>

#include <cstring>
#include <iostream>
#include <streambuf>
#else
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#endif

#include <algorithm>

namespace fs = std::filesystem;

namespace vap {

#ifdef _WIN32

namespace {

std::string to_utf8(std::wstring_view wide) {
  if (wide.empty()) return {};
  int n = WideCharToMultiByte(CP_UTF8, 0, wide.data(), static_cast<int>(wide.size()), nullptr, 0,
                              nullptr, nullptr);
  std::string out(static_cast<std::size_t>(n), '\0');
  WideCharToMultiByte(CP_UTF8, 0, wide.data(), static_cast<int>(wide.size()), out.data(), n,
                      nullptr, nullptr);
  return out;
}

std::wstring to_wide(std::string_view utf8) {
  if (utf8.empty()) return {};
  int n = MultiByteToWideChar(CP_UTF8, 0, utf8.data(), static_cast<int>(utf8.size()), nullptr, 0);
  std::wstring out(static_cast<std::size_t>(n), L'\0');
  MultiByteToWideChar(CP_UTF8, 0, utf8.data(), static_cast<int>(utf8.size()), out.data(), n);
  return out;
}

// The bytes at the end of `data` that begin a UTF-8 sequence not yet complete.
std::size_t incomplete_tail(const char* data, std::size_t size) {
  for (std::size_t back = 1; back <= 3 && back <= size; ++back) {
    auto c = static_cast<unsigned char>(data[size - back]);
    if ((c & 0xC0) == 0x80) continue; // a continuation byte: look further back
    std::size_t length = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
    return length > back ? back : 0;
  }
  return 0;
}

// A stream buffer that writes UTF-8 text to a console as UTF-16 with WriteConsoleW.
class ConsoleBuffer : public std::streambuf {
public:
  explicit ConsoleBuffer(HANDLE console) : m_console(console) { setp(m_buffer, m_buffer + k_size); }

protected:
  int_type overflow(int_type c) override {
    if (write_out() != 0) return traits_type::eof();
    if (!traits_type::eq_int_type(c, traits_type::eof())) {
      *pptr() = traits_type::to_char_type(c);
      pbump(1);
    }
    return traits_type::not_eof(c);
  }
  int sync() override { return write_out(); }

private:
  static constexpr std::size_t k_size = 4096;

  // Writes the complete characters and keeps an unfinished one for the next write.
  int write_out() {
    std::size_t size = static_cast<std::size_t>(pptr() - pbase());
    std::size_t keep = incomplete_tail(pbase(), size);
    std::wstring wide = to_wide(std::string_view(pbase(), size - keep));
    for (std::size_t done = 0; done < wide.size();) {
      DWORD written = 0;
      if (!WriteConsoleW(m_console, wide.data() + done, static_cast<DWORD>(wide.size() - done),
                         &written, nullptr) ||
          written == 0)
        return -1;
      done += written;
    }
    std::memmove(m_buffer, pbase() + size - keep, keep);
    setp(m_buffer, m_buffer + k_size);
    pbump(static_cast<int>(keep));
    return 0;
  }

  HANDLE m_console;
  char m_buffer[k_size];
};

bool is_console(HANDLE handle) {
  DWORD mode = 0;
  return handle != INVALID_HANDLE_VALUE && handle != nullptr && GetConsoleMode(handle, &mode);
}

} // namespace

Arguments::Arguments(int argc, char** argv) {
  int count = 0;
  LPWSTR* wide = CommandLineToArgvW(GetCommandLineW(), &count);
  if (wide) {
    for (int i = 0; i < count; ++i)
      m_args.push_back(to_utf8(wide[i]));
    LocalFree(wide);
  } else {
    m_args.assign(argv, argv + argc);
  }
  for (auto& a : m_args)
    m_pointers.push_back(a.data());
  m_pointers.push_back(nullptr);
}

void set_up_console() {
  _setmode(_fileno(stdout), _O_BINARY);
  _setmode(_fileno(stderr), _O_BINARY);
  SetConsoleOutputCP(CP_UTF8);
  // Never freed: std::cout is flushed after static objects are destroyed.
  HANDLE out = GetStdHandle(STD_OUTPUT_HANDLE);
  if (is_console(out)) std::cout.rdbuf(new ConsoleBuffer(out));
  HANDLE err = GetStdHandle(STD_ERROR_HANDLE);
  if (is_console(err)) {
    std::cerr.rdbuf(new ConsoleBuffer(err));
    std::clog.rdbuf(std::cerr.rdbuf());
  }
}

bool is_terminal(std::FILE* stream) {
  return is_console(reinterpret_cast<HANDLE>(_get_osfhandle(_fileno(stream))));
}

unsigned long process_id() {
  return GetCurrentProcessId();
}

std::error_code replace_file(const fs::path& from, const fs::path& to) {
  if (MoveFileExW(from.c_str(), to.c_str(), MOVEFILE_REPLACE_EXISTING | MOVEFILE_WRITE_THROUGH))
    return {};
  return std::error_code(static_cast<int>(GetLastError()), std::system_category());
}

bool is_device_name(const fs::path& path) {
  const std::wstring& text = path.native();
  if (text.rfind(L"\\\\.\\", 0) == 0 || text.rfind(L"//./", 0) == 0) return true;
  const std::u8string name = path.filename().u8string();
  return is_windows_device(
      std::string_view(reinterpret_cast<const char*>(name.data()), name.size()));
}

bool names_a_stream(const fs::path& path) {
  return path.filename().native().find(L':') != std::wstring::npos;
}

bool same_file(const fs::path& a, const fs::path& b) {
  std::error_code ec;
  if (fs::equivalent(a, b, ec) && !ec) return true;
  std::wstring x = fs::absolute(a, ec).lexically_normal().make_preferred().native();
  std::wstring y = fs::absolute(b, ec).lexically_normal().make_preferred().native();
  return CompareStringOrdinal(x.data(), static_cast<int>(x.size()), y.data(),
                              static_cast<int>(y.size()), TRUE) == CSTR_EQUAL;
}

bool owns_console() {
  DWORD processes[2];
  return GetConsoleProcessList(processes, 2) == 1;
}

std::string ui_language() {
  switch (PRIMARYLANGID(GetUserDefaultUILanguage())) {
  case LANG_KYRGYZ:
    return "ky";
  case LANG_RUSSIAN:
    return "ru";
  case LANG_ENGLISH:
    return "en";
  default:
    return "";
  }
}

namespace {
std::error_code last_error() {
  return std::error_code(static_cast<int>(GetLastError()), std::system_category());
}
std::error_code write_all(HANDLE h, std::string_view content) {
  while (!content.empty()) {
    DWORD chunk = static_cast<DWORD>(std::min<std::size_t>(content.size(), 1u << 30));
    DWORD written = 0;
    if (!WriteFile(h, content.data(), chunk, &written, nullptr)) return last_error();
    content.remove_prefix(written);
  }
  return {};
}
} // namespace

std::error_code create_exclusive(const fs::path& p, std::string_view content) {
  HANDLE h = CreateFileW(p.c_str(), GENERIC_WRITE, 0, nullptr, CREATE_NEW,
                         FILE_ATTRIBUTE_HIDDEN | FILE_ATTRIBUTE_TEMPORARY, nullptr);
  if (h == INVALID_HANDLE_VALUE) {
    if (GetLastError() == ERROR_FILE_EXISTS || GetLastError() == ERROR_ALREADY_EXISTS)
      return std::make_error_code(std::errc::file_exists);
    return last_error();
  }
  std::error_code ec = write_all(h, content);
  if (!CloseHandle(h) && !ec) ec = last_error();
  if (ec) DeleteFileW(p.c_str());
  return ec;
}

void copy_mode(const fs::path&, const fs::path& tmp, bool) {
  SetFileAttributesW(tmp.c_str(), FILE_ATTRIBUTE_NORMAL);
}

std::error_code write_special(const fs::path& path, std::string_view content) {
  HANDLE h = CreateFileW(path.c_str(), GENERIC_WRITE, FILE_SHARE_READ | FILE_SHARE_WRITE, nullptr,
                         OPEN_EXISTING, 0, nullptr);
  if (h == INVALID_HANDLE_VALUE) return last_error();
  std::error_code ec = write_all(h, content);
  CloseHandle(h);
  return ec;
}

#else

Arguments::Arguments(int argc, char** argv) : m_args(argv, argv + argc) {
  for (auto& a : m_args)
    m_pointers.push_back(a.data());
  m_pointers.push_back(nullptr);
}

void set_up_console() {}

bool is_terminal(std::FILE* stream) {
  return ::isatty(::fileno(stream)) == 1;
}

unsigned long process_id() {
  return static_cast<unsigned long>(::getpid());
}

std::error_code replace_file(const fs::path& from, const fs::path& to) {
  std::error_code ec;
  fs::rename(from, to, ec);
  return ec;
}

bool is_device_name(const fs::path&) {
  return false;
}

bool names_a_stream(const fs::path&) {
  return false;
}

bool same_file(const fs::path& a, const fs::path& b) {
  std::error_code ec;
  if (fs::equivalent(a, b, ec) && !ec) return true;
  return fs::absolute(a, ec).lexically_normal() == fs::absolute(b, ec).lexically_normal();
}

bool owns_console() {
  return false;
}

std::string ui_language() {
  return ""; // the environment (LANG, ...) says it
}

namespace {
std::error_code errno_code(int err) {
  return std::error_code(err, std::generic_category());
}
std::error_code write_all(int fd, std::string_view content) {
  while (!content.empty()) {
    ssize_t n = ::write(fd, content.data(), content.size());
    if (n < 0) {
      if (errno == EINTR) continue;
      return errno_code(errno);
    }
    content.remove_prefix(static_cast<std::size_t>(n));
  }
  return {};
}
} // namespace

std::error_code create_exclusive(const fs::path& p, std::string_view content) {
  int fd = ::open(p.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
  if (fd < 0) return errno_code(errno);
  std::error_code ec = write_all(fd, content);
  if (::close(fd) != 0 && !ec) ec = errno_code(errno);
  if (ec) ::unlink(p.c_str());
  return ec;
}

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

std::error_code write_special(const fs::path& path, std::string_view content) {
  int fd = ::open(path.c_str(), O_WRONLY | O_NONBLOCK | O_CLOEXEC);
  if (fd < 0) return errno_code(errno);
  int flags = ::fcntl(fd, F_GETFL);
  if (flags >= 0) ::fcntl(fd, F_SETFL, flags & ~O_NONBLOCK);
  std::error_code ec = write_all(fd, content);
  if (::close(fd) != 0 && !ec) ec = errno_code(errno);
  return ec;
}

#endif

} // namespace vap
