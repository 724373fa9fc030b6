#include "vap/platform.hpp"

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
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstdlib>
#include <thread>
#endif

#include <algorithm>
#include <atomic>
#include <csignal>

namespace fs = std::filesystem;

namespace vap {

// ---- The temporary files of a run, removed when the run is interrupted -------------------------
// The names are kept in fixed buffers so that a signal handler can remove them without allocating.
namespace {
constexpr int k_max_pending = 8;
constexpr std::size_t k_max_name = 4096;
fs::path::value_type g_pending[k_max_pending][k_max_name];
std::atomic<bool> g_used[k_max_pending];
void install_handlers();
} // namespace

int remember_temp(const fs::path& p) {
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

void forget_temp(int slot) {
  if (slot >= 0) g_used[slot].store(false);
}

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
  // The reserved names count before any extension or stream name, and without trailing spaces.
  std::wstring name = path.filename().native();
  name = name.substr(0, name.find_first_of(L".:"));
  while (!name.empty() && name.back() == L' ')
    name.pop_back();
  for (auto& c : name)
    c = static_cast<wchar_t>(towupper(c));
  for (const wchar_t* reserved : {L"NUL", L"CON", L"PRN", L"AUX", L"CONIN$", L"CONOUT$"})
    if (name == reserved) return true;
  return name.size() == 4 && (name.rfind(L"COM", 0) == 0 || name.rfind(L"LPT", 0) == 0) &&
         name[3] >= L'1' && name[3] <= L'9';
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
BOOL WINAPI on_console_event(DWORD) {
  for (int i = 0; i < k_max_pending; ++i)
    if (g_used[i].load()) DeleteFileW(g_pending[i]);
  return FALSE; // the default handler ends the process
}
void install_handlers() {
  static bool installed = false;
  if (!installed) installed = SetConsoleCtrlHandler(on_console_event, TRUE) != 0;
}
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

namespace {
std::wstring environment(const wchar_t* name) {
  DWORD n = GetEnvironmentVariableW(name, nullptr, 0);
  if (n == 0) return {};
  std::wstring value(n, L'\0');
  DWORD m = GetEnvironmentVariableW(name, value.data(), n);
  value.resize(m < n ? m : 0);
  return value;
}
bool is_program(const fs::path& p) {
  std::error_code ec;
  return fs::is_regular_file(p, ec);
}
// `name` in a folder of PATH (with ".exe" added when it has no extension); never the current
// folder unless PATH names it.
fs::path on_path(const std::wstring& name) {
  std::wstring path = environment(L"PATH");
  std::wstring_view rest(path);
  while (!rest.empty()) {
    auto semicolon = rest.find(L';');
    std::wstring dir(rest.substr(0, semicolon));
    rest.remove_prefix(semicolon == std::wstring_view::npos ? rest.size() : semicolon + 1);
    if (dir.size() >= 2 && dir.front() == L'"' && dir.back() == L'"')
      dir = dir.substr(1, dir.size() - 2);
    if (dir.empty()) continue;
    fs::path candidate = fs::path(dir) / name;
    if (!candidate.has_extension()) candidate += L".exe";
    if (is_program(candidate)) return candidate;
  }
  return {};
}
// Quoted for CommandLineToArgvW and the C runtime: backslashes are doubled only before a quote.
void append_quoted(std::wstring& line, const std::wstring& arg) {
  if (!arg.empty() && arg.find_first_of(L" \t\n\v\"") == std::wstring::npos) {
    line += arg;
    return;
  }
  line += L'"';
  for (auto it = arg.begin();; ++it) {
    std::size_t backslashes = 0;
    while (it != arg.end() && *it == L'\\') {
      ++it;
      ++backslashes;
    }
    if (it == arg.end()) {
      line.append(backslashes * 2, L'\\');
      break;
    }
    if (*it == L'"') {
      line.append(backslashes * 2 + 1, L'\\');
      line += L'"';
    } else {
      line.append(backslashes, L'\\');
      line += *it;
    }
  }
  line += L'"';
}
} // namespace

BrowserLookup find_chromium() {
  BrowserLookup found;
  std::wstring variable = environment(L"VAP_CHROMIUM");
  if (!variable.empty()) {
    found.from_variable = true;
    found.variable = to_utf8(variable);
    if (variable.find_first_of(L"\\/") == std::wstring::npos)
      found.program = on_path(variable);
    else if (is_program(variable))
      found.program = variable;
    return found;
  }
  for (const wchar_t* base : {L"ProgramFiles", L"ProgramFiles(x86)", L"LOCALAPPDATA"}) {
    std::wstring folder = environment(base);
    if (folder.empty()) continue;
    for (const wchar_t* program :
         {L"Microsoft\\Edge\\Application\\msedge.exe", L"Google\\Chrome\\Application\\chrome.exe",
          L"Chromium\\Application\\chrome.exe"}) {
      fs::path candidate = fs::path(folder) / program;
      if (is_program(candidate)) {
        found.program = candidate;
        return found;
      }
    }
  }
  for (const wchar_t* name : {L"msedge.exe", L"chrome.exe", L"chromium.exe"}) {
    found.program = on_path(name);
    if (!found.program.empty()) return found;
  }
  return found;
}

int run_program(const fs::path& program, const std::vector<std::string>& args,
                int timeout_seconds) {
  std::wstring line;
  append_quoted(line, program.native());
  for (const auto& a : args) {
    line += L' ';
    append_quoted(line, to_wide(a));
  }
  SECURITY_ATTRIBUTES inherit{sizeof(SECURITY_ATTRIBUTES), nullptr, TRUE};
  HANDLE nul = CreateFileW(L"NUL", GENERIC_READ | GENERIC_WRITE, FILE_SHARE_READ | FILE_SHARE_WRITE,
                           &inherit, OPEN_EXISTING, 0, nullptr);
  STARTUPINFOW startup{};
  startup.cb = sizeof startup;
  if (nul != INVALID_HANDLE_VALUE) {
    startup.dwFlags = STARTF_USESTDHANDLES;
    startup.hStdInput = startup.hStdOutput = startup.hStdError = nul;
  }
  PROCESS_INFORMATION process{};
  BOOL started =
      CreateProcessW(program.c_str(), line.data(), nullptr, nullptr, nul != INVALID_HANDLE_VALUE,
                     CREATE_NO_WINDOW, nullptr, nullptr, &startup, &process);
  if (nul != INVALID_HANDLE_VALUE) CloseHandle(nul);
  if (!started) return -1;
  CloseHandle(process.hThread);
  DWORD waited = WaitForSingleObject(process.hProcess, static_cast<DWORD>(timeout_seconds) * 1000);
  if (waited != WAIT_OBJECT_0) {
    TerminateProcess(process.hProcess, 1);
    WaitForSingleObject(process.hProcess, 5000);
    CloseHandle(process.hProcess);
    return -1;
  }
  DWORD code = 0;
  BOOL got = GetExitCodeProcess(process.hProcess, &code);
  CloseHandle(process.hProcess);
  return got ? static_cast<int>(code) : -1;
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

namespace {
bool is_program(const fs::path& p) {
  std::error_code ec;
  return !fs::is_directory(p, ec) && ::access(p.c_str(), X_OK) == 0;
}
// `name` in a folder of PATH, as execvp would find it.
fs::path on_path(const std::string& name) {
  const char* path = std::getenv("PATH");
  std::string_view rest(path ? path : "/usr/local/bin:/usr/bin:/bin");
  for (;;) {
    auto colon = rest.find(':');
    std::string dir(rest.substr(0, colon));
    fs::path candidate = fs::path(dir.empty() ? "." : dir) / name;
    if (is_program(candidate)) return candidate;
    if (colon == std::string_view::npos) return {};
    rest.remove_prefix(colon + 1);
  }
}
} // namespace

BrowserLookup find_chromium() {
  BrowserLookup found;
  const char* variable = std::getenv("VAP_CHROMIUM");
  if (variable && *variable) {
    found.from_variable = true;
    found.variable = variable;
    if (found.variable.find('/') == std::string::npos)
      found.program = on_path(found.variable);
    else if (is_program(variable))
      found.program = variable;
    return found;
  }
  for (const char* name :
       {"chromium", "chromium-browser", "google-chrome", "google-chrome-stable"}) {
    found.program = on_path(name);
    if (!found.program.empty()) return found;
  }
  return found;
}

int run_program(const fs::path& program, const std::vector<std::string>& args,
                int timeout_seconds) {
  // Everything the child needs is made before fork: after it only async-signal-safe calls.
  std::vector<std::string> all{program.string()};
  all.insert(all.end(), args.begin(), args.end());
  std::vector<char*> argv;
  for (auto& a : all)
    argv.push_back(a.data());
  argv.push_back(nullptr);
  int null_fd = ::open("/dev/null", O_RDWR | O_CLOEXEC);
  // The child writes to this pipe only when execv fails: then the program was not started.
  int exec_failed[2] = {-1, -1};
  if (::pipe(exec_failed) == 0) {
    ::fcntl(exec_failed[0], F_SETFD, FD_CLOEXEC);
    ::fcntl(exec_failed[1], F_SETFD, FD_CLOEXEC);
  } else {
    exec_failed[0] = exec_failed[1] = -1;
  }
  auto close_all = [&]() {
    for (int fd : {null_fd, exec_failed[0], exec_failed[1]})
      if (fd >= 0) ::close(fd);
  };
  pid_t pid = ::fork();
  if (pid < 0) {
    close_all();
    return -1;
  }
  if (pid == 0) {
    if (null_fd >= 0) {
      ::dup2(null_fd, 0);
      ::dup2(null_fd, 1);
      ::dup2(null_fd, 2);
    }
    ::execv(argv[0], argv.data());
    if (exec_failed[1] >= 0) {
      char byte = 1;
      [[maybe_unused]] auto n = ::write(exec_failed[1], &byte, 1);
    }
    ::_exit(127);
  }
  if (null_fd >= 0) ::close(null_fd);
  null_fd = -1;
  if (exec_failed[1] >= 0) ::close(exec_failed[1]);
  exec_failed[1] = -1;
  bool started = true;
  if (exec_failed[0] >= 0) {
    char byte = 0;
    ssize_t n;
    while ((n = ::read(exec_failed[0], &byte, 1)) < 0 && errno == EINTR) {
    }
    started = n == 0; // closed by a successful execv
  }
  close_all();
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(timeout_seconds);
  int status = 0;
  for (;;) {
    pid_t done = ::waitpid(pid, &status, WNOHANG);
    if (done == pid) break;
    if (done < 0 && errno != EINTR) return -1;
    if (std::chrono::steady_clock::now() > deadline) {
      ::kill(pid, SIGKILL);
      while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
      }
      return -1;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  if (!started) return -1;
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

#endif

} // namespace vap
