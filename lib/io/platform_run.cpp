// The platform layer's second file (vap/platform.hpp; the first is platform.cpp): running a
// program (the browser of `vap board --pdf`) and what an interrupted run must not leave behind,
// its temporary files, a temporary folder and the program it started. Each function has a POSIX
// and a Windows twin.
#include "vap/platform.hpp"

#ifdef _WIN32
#include <windows.h>
#else
#include <fcntl.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#endif

#include <algorithm>
#include <atomic>
#include <chrono>
#include <csignal>
#include <thread>

namespace fs = std::filesystem;

namespace vap {

// ---- What an interrupt must not leave behind
// ----------------------------------------------------- The names are kept in fixed buffers so that
// a signal handler can remove them without allocating.
namespace {
constexpr int k_max_pending = 8;
constexpr std::size_t k_max_name = 4096;
fs::path::value_type g_pending[k_max_pending][k_max_name];
std::atomic<bool> g_used[k_max_pending];
fs::path::value_type g_folder[k_max_name];
std::atomic<bool> g_folder_used{false};
std::atomic<int> g_interrupt{0}; // the signal held back while the folder is there
void install_handlers();

bool keep_name(const fs::path& p, fs::path::value_type* buffer) {
  const auto& native = p.native();
  if (native.size() + 1 > k_max_name) return false;
  std::copy(native.begin(), native.end(), buffer);
  buffer[native.size()] = 0;
  return true;
}
} // namespace

int remember_temp(const fs::path& p) {
  install_handlers();
  for (int i = 0; i < k_max_pending; ++i) {
    if (g_used[i].load()) continue;
    if (!keep_name(p, g_pending[i])) return -1;
    g_used[i].store(true);
    return i;
  }
  return -1;
}

void forget_temp(int slot) {
  if (slot >= 0) g_used[slot].store(false);
}

bool remember_folder(const fs::path& p) {
  install_handlers();
  if (g_folder_used.load() || !keep_name(p, g_folder)) return false;
  g_folder_used.store(true);
  return true;
}

void forget_folder() {
  g_folder_used.store(false);
  if (const int sig = g_interrupt.exchange(0)) {
    std::signal(sig, SIG_DFL);
    std::raise(sig);
  }
}

#ifdef _WIN32

namespace {
std::atomic<HANDLE> g_job{nullptr};     // the job of the program run_program waits for
std::atomic<HANDLE> g_process{nullptr}; // the program itself, when it is in no job

// Runs on a thread of its own: the program is stopped, the files and the folder removed, then
// the default handler ends the process.
BOOL WINAPI on_console_event(DWORD) {
  for (int i = 0; i < k_max_pending; ++i)
    if (g_used[i].load()) DeleteFileW(g_pending[i]);
  g_interrupt.store(SIGINT);
  if (HANDLE job = g_job.load())
    TerminateJobObject(job, 1);
  else if (HANDLE process = g_process.load())
    TerminateProcess(process, 1);
  if (g_folder_used.load()) {
    // The killed processes let go of their files a moment later.
    for (int attempt = 0; attempt < 20; ++attempt) {
      std::error_code ec;
      fs::remove_all(fs::path(g_folder), ec);
      if (!ec) break;
      Sleep(100);
    }
  }
  return FALSE;
}
void install_handlers() {
  static bool installed = false;
  if (!installed) installed = SetConsoleCtrlHandler(on_console_event, TRUE) != 0;
}
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
    const std::u8string utf8 = fs::path(variable).u8string();
    found.variable.assign(utf8.begin(), utf8.end());
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
    append_quoted(line, fs::path(std::u8string(a.begin(), a.end())).native());
  }
  if (g_interrupt.load()) return -1;
  SECURITY_ATTRIBUTES inherit{sizeof(SECURITY_ATTRIBUTES), nullptr, TRUE};
  HANDLE nul = CreateFileW(L"NUL", GENERIC_READ | GENERIC_WRITE, FILE_SHARE_READ | FILE_SHARE_WRITE,
                           &inherit, OPEN_EXISTING, 0, nullptr);
  STARTUPINFOW startup{};
  startup.cb = sizeof startup;
  if (nul != INVALID_HANDLE_VALUE) {
    startup.dwFlags = STARTF_USESTDHANDLES;
    startup.hStdInput = startup.hStdOutput = startup.hStdError = nul;
  }
  // The program and every process it starts are in one job: killed together (on a timeout, an
  // interrupt, or when vap ends and the job's last handle closes).
  HANDLE job = CreateJobObjectW(nullptr, nullptr);
  if (job) {
    JOBOBJECT_EXTENDED_LIMIT_INFORMATION limits{};
    limits.BasicLimitInformation.LimitFlags = JOB_OBJECT_LIMIT_KILL_ON_JOB_CLOSE;
    SetInformationJobObject(job, JobObjectExtendedLimitInformation, &limits, sizeof limits);
  }
  PROCESS_INFORMATION process{};
  BOOL started =
      CreateProcessW(program.c_str(), line.data(), nullptr, nullptr, nul != INVALID_HANDLE_VALUE,
                     CREATE_NO_WINDOW | CREATE_SUSPENDED, nullptr, nullptr, &startup, &process);
  if (nul != INVALID_HANDLE_VALUE) CloseHandle(nul);
  if (!started) {
    if (job) CloseHandle(job);
    return -1;
  }
  if (job && !AssignProcessToJobObject(job, process.hProcess)) {
    CloseHandle(job); // in a job that allows none inside it: the process alone is stopped
    job = nullptr;
  }
  g_job.store(job);
  g_process.store(process.hProcess);
  ResumeThread(process.hThread);
  CloseHandle(process.hThread);
  DWORD waited = WaitForSingleObject(process.hProcess, static_cast<DWORD>(timeout_seconds) * 1000);
  int result = -1;
  if (waited != WAIT_OBJECT_0 || g_interrupt.load()) {
    if (job)
      TerminateJobObject(job, 1);
    else
      TerminateProcess(process.hProcess, 1);
    WaitForSingleObject(process.hProcess, 5000);
  } else {
    DWORD code = 0;
    if (GetExitCodeProcess(process.hProcess, &code)) result = static_cast<int>(code);
  }
  g_process.store(nullptr);
  g_job.store(nullptr);
  if (job) CloseHandle(job);
  CloseHandle(process.hProcess);
  return result;
}

#else

namespace {
std::atomic<pid_t> g_child{0}; // the program run_program waits for (its process group)

extern "C" void on_signal(int sig) {
  for (int i = 0; i < k_max_pending; ++i)
    if (g_used[i].load()) ::unlink(g_pending[i]);
  if (const pid_t child = g_child.load(); child > 0) ::kill(-child, SIGKILL);
  if (g_folder_used.load()) { // removed by the run, which then ends by this signal
    g_interrupt.store(sig);
    return;
  }
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
  if (g_interrupt.load()) {
    close_all();
    return -1;
  }
  pid_t pid = ::fork();
  if (pid < 0) {
    close_all();
    return -1;
  }
  if (pid == 0) {
    ::setpgid(0, 0); // a process group of its own: killed with what it starts
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
  ::setpgid(pid, pid); // also here: no signal may find it still in vap's group
  g_child.store(pid);
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
    if (done < 0 && errno != EINTR) {
      g_child.store(0);
      return -1;
    }
    if (std::chrono::steady_clock::now() > deadline || g_interrupt.load()) {
      ::kill(-pid, SIGKILL);
      while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
      }
      g_child.store(0);
      return -1;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  ::kill(-pid, SIGKILL); // what it started and left running
  g_child.store(0);
  if (!started || g_interrupt.load()) return -1;
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

#endif

} // namespace vap
