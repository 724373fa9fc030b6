#pragma once
// What differs between POSIX and Windows, in one place: each function has a POSIX and a Windows
// twin in platform.cpp. Nothing else in vap calls an operating-system API.
#include <cstdio>
#include <filesystem>
#include <string>
#include <string_view>
#include <system_error>
#include <vector>

namespace vap {

// The command line as UTF-8. Windows: read from GetCommandLineW (the narrow argv is in the
// ANSI code page, where Cyrillic letters become '?'). POSIX: argv as given.
class Arguments {
public:
  Arguments(int argc, char** argv);
  int argc() const { return static_cast<int>(m_args.size()); }
  // argv()[argc()] is a null pointer, as in main's.
  char** argv() { return m_pointers.data(); }

private:
  std::vector<std::string> m_args;
  std::vector<char*> m_pointers;
};

// Sets up standard output and error for UTF-8 bytes. Windows: binary mode (no "\n" -> "\r\n"),
// the console's output code page UTF-8, and text for a console written with WriteConsoleW so
// Kyrgyz letters show in cmd.exe and PowerShell. POSIX: nothing to do.
void set_up_console();

// `stream` (stdout or stderr) is a terminal. Windows asks GetConsoleMode (msvcrt's _isatty is
// also true for NUL).
bool is_terminal(std::FILE* stream);

unsigned long process_id();

// Puts `from` in the place of `to`, replacing an existing file in one step (rename(2);
// MoveFileExW with MOVEFILE_REPLACE_EXISTING).
std::error_code replace_file(const std::filesystem::path& from, const std::filesystem::path& to);

// A device name that is written as it is, never replaced: on Windows NUL, CON, COM1, ... (in
// any folder, any case, with any extension: is_windows_device) and \\.\ paths. POSIX devices
// are known by their status instead, so this is false there.
bool is_device_name(const std::filesystem::path& path);

// Windows: `path`'s file name holds ':', which names an alternate data stream of another file
// ("report.md:s" writes into "report.md"); false on POSIX, where ':' is an ordinary character.
bool names_a_stream(const std::filesystem::path& path);

// `a` and `b` name the same file: the same file on disk (through links), or the same absolute
// path (on Windows in any case, with '\' or '/', with or without the drive letter, with '..').
bool same_file(const std::filesystem::path& a, const std::filesystem::path& b);

// vap has a console window of its own (Windows, started by a double click or a drop on vap.exe):
// its messages would vanish with it. False on POSIX and in a command window.
bool owns_console();

// The user's interface language as a two-letter code ("ky", "ru", "en"; "" for another one):
// Windows asks GetUserDefaultUILanguage. POSIX: "" (the language is in LC_ALL, LANG, ...).
std::string ui_language();

// Creates `path` only if nothing (not even a dangling link) has that name, writes `content` to it
// and closes it: open(O_CREAT|O_EXCL|O_NOFOLLOW, 0600); CreateFileW(CREATE_NEW), hidden. The
// error is errc::file_exists when the name is taken; on another failure the file is removed.
std::error_code create_exclusive(const std::filesystem::path& path, std::string_view content);

// Gives `tmp` the permissions of `target` when it `exists` (a replaced file keeps its mode), else
// those of a new file (0666 less the umask). Windows: clears the hidden attribute.
void copy_mode(const std::filesystem::path& target, const std::filesystem::path& tmp, bool exists);

// Writes `content` to a device or a pipe as it is. A pipe that nothing reads is not waited on:
// the error is errc::no_such_device_or_address (ENXIO).
std::error_code write_special(const std::filesystem::path& path, std::string_view content);

// What an interrupted run (SIGINT, SIGTERM, SIGHUP; a console Ctrl-C or close on Windows) must
// not leave behind (lib/io/platform_run.cpp). The registered temporary files are removed at once,
// from the handler (async-signal-safe: unlink; names kept in fixed buffers). At most 8 at a
// time; remember_temp gives -1 when the table is full (the file is then only removed on the
// paths that return).
int remember_temp(const std::filesystem::path& path);
void forget_temp(int slot);

// A folder that a program fills (the browser's profile), one at a time; false when one is
// registered already or the name is too long. While it is registered an interrupt kills the
// program that run_program started, with what it started (its process group; its job object on
// Windows), and is held back: the run goes on to remove the folder (the program's end makes
// run_program return), and forget_folder then ends the run by the same signal, as it would have
// ended. On Windows the console handler removes the folder itself.
bool remember_folder(const std::filesystem::path& path);
void forget_folder();

// The Chromium-family browser that prints a page to PDF (vap board --pdf): the environment
// variable VAP_CHROMIUM when it is set (a name without a folder is looked up on PATH); else on
// POSIX the first of chromium, chromium-browser, google-chrome, google-chrome-stable on PATH;
// on Windows msedge.exe or chrome.exe under "Program Files", "Program Files (x86)" and
// LOCALAPPDATA, then on PATH. Empty when none is there; `from_variable` tells whether
// VAP_CHROMIUM was set (and then `variable` holds its value as UTF-8).
struct BrowserLookup {
  std::filesystem::path program;
  bool from_variable = false;
  std::string variable;
};
BrowserLookup find_chromium();

// Runs `program` with `args` (no shell: each argument is passed as it is; on Windows a command
// line quoted for CommandLineToArgvW), its standard input, output and error the null device,
// and waits for it: its exit status, or -1 when it could not be started or ran longer than
// `timeout_seconds` (then it is killed, with what it started: its process group on POSIX, its
// job object on Windows), or was interrupted (see remember_folder).
int run_program(const std::filesystem::path& program, const std::vector<std::string>& args,
                int timeout_seconds);

} // namespace vap
