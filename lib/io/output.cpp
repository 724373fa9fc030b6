#include "vap/output.hpp"

#include "vap/error.hpp"
#include "vap/platform.hpp"
#include "vap/temp_file.hpp"
#include "vap/utf8_path.hpp"

#include <fmt/format.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <iostream>
#include <memory>
#include <random>

namespace fs = std::filesystem;

namespace vap {
namespace {

std::string random_suffix() {
  static std::mt19937_64 rng{std::random_device{}()};
  static const char k_chars[] = "abcdefghijklmnopqrstuvwxyz0123456789";
  std::string s;
  for (int i = 0; i < 12; ++i)
    s += k_chars[rng() % (sizeof k_chars - 1)];
  return s;
}

[[noreturn]] void fail(const std::string& path, const std::string& why, Lang lang) {
  throw Error(ExitStatus::cant_create, msg(lang, "cannot write '{}': {}", path, why));
}

// The temporary name of `target` in its folder: ".<name>.vap-<random>.tmp", hidden, found again
// by its name. The name is shortened (at a character's start) when the whole would pass the 255
// bytes a file name may have: a valid name of 243 bytes must still get its temporary twin.
fs::path temporary_name(const fs::path& target) {
  constexpr std::size_t k_max_name = 255;
  constexpr std::size_t k_added = std::string_view(".").size() + std::string_view(".vap-").size() +
                                  12 + std::string_view(".tmp").size();
  std::string name = path_text(target.filename());
  if (name.size() > k_max_name - k_added) {
    std::size_t cut = k_max_name - k_added;
    while (cut > 0 && (static_cast<unsigned char>(name[cut]) & 0xC0) == 0x80)
      --cut;
    name.resize(cut);
  }
  return utf8_path(fmt::format(".{}.vap-{}.tmp", name, random_suffix()));
}

std::string os_error(int err) {
  return std::strerror(err);
}

// Whether `target` is one of `inputs`: the same path, or the same file under another name (a
// link; on Windows in another case or with other separators).
bool is_input(const fs::path& target, const std::vector<fs::path>& inputs) {
  std::error_code ec;
  // Inputs are files that were read: a name that is no file yet (or a device such as
  // /dev/null) is none of them, and the inputs are not looked up one by one.
  if (!fs::is_regular_file(fs::status(target, ec)) || ec) return false;
  const fs::path canonical = fs::weakly_canonical(target, ec);
  if (ec) return false;
  for (const auto& in : inputs)
    if (canonical == in || same_file(canonical, in)) return true;
  return false;
}

// The checks before anything is made: not an input, not a folder, a folder that is there.
void check_target(const std::string& path, const std::vector<fs::path>& inputs, Lang lang) {
  std::error_code ec;
  const fs::path target = utf8_path(path);
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
  if (names_a_stream(target) && !is_device_name(target))
    throw Error(ExitStatus::cant_create,
                msg(lang,
                    "cannot write '{}': on Windows a ':' in a file name writes into a hidden "
                    "stream of another file; give a name without ':'",
                    path));
  fs::path folder = target.parent_path().empty() ? fs::path(".") : target.parent_path();
  auto folder_status = fs::status(folder, ec);
  if (fs::exists(folder_status) && !fs::is_directory(folder_status))
    throw Error(
        ExitStatus::cant_create,
        msg(lang, "cannot write '{}': '{}' is a file, not a folder", path, path_text(folder)));
  if (!fs::is_directory(folder_status))
    throw Error(
        ExitStatus::cant_create,
        msg(lang, "cannot write '{}': the folder '{}' does not exist", path, path_text(folder)));
}

// A device or a pipe, written as it is (renaming over it would replace it). A pipe that nobody
// reads is refused rather than waited on.
void write_as_is(const std::string& path, std::string_view content, Lang lang) {
  std::error_code ec = write_special(utf8_path(path), content);
  if (ec == std::errc::no_such_device_or_address)
    fail(path, msg(lang, "it is a pipe that nothing reads"), lang);
  if (ec) fail(path, ec.message(), lang);
}

} // namespace

// ---- A file written beside its target, then renamed into place ---------------------------------

PendingFile::PendingFile(const std::string& path, std::string_view content, Lang lang)
    : m_path(path) {
  const fs::path target = utf8_path(path);
  fs::path folder = target.parent_path().empty() ? fs::path(".") : target.parent_path();
  std::error_code ec;
  m_existed = fs::is_regular_file(fs::symlink_status(target, ec));
  // A random name, made only if nothing (not even a dangling link) has it: nothing planted in
  // the folder can be written through.
  for (int attempt = 0; attempt < 100; ++attempt) {
    m_tmp = folder / temporary_name(target);
    m_slot = remember_temp(m_tmp);
    ec = create_exclusive(m_tmp, content);
    if (!ec || ec != std::errc::file_exists) break;
    forget_temp(m_slot);
    m_slot = -1;
  }
  if (ec) {
    forget_temp(m_slot);
    m_slot = -1;
    m_tmp.clear();
    fail(path, ec.message(), lang);
  }
}

PendingFile::~PendingFile() {
  discard();
}

void PendingFile::commit(Lang lang) {
  if (m_tmp.empty()) return;
  // 0600 while it is written (a browser prints the PDF into it); the mode of the file it
  // replaces, or of a new file, only now.
  copy_mode(utf8_path(m_path), m_tmp, m_existed);
  std::error_code ec = replace_file(m_tmp, utf8_path(m_path));
  if (ec) {
    discard();
    fail(m_path, ec.message(), lang);
  }
  forget_temp(m_slot);
  m_slot = -1;
  m_tmp.clear();
  m_committed = true;
}

void PendingFile::discard() {
  if (m_tmp.empty()) return;
  std::error_code ec;
  fs::remove(m_tmp, ec);
  forget_temp(m_slot);
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
  const fs::path target = utf8_path(path);
  std::error_code ec;
  auto status = fs::status(target, ec);
  // Devices and pipes are written as they are; renaming over them would replace them.
  if (is_device_name(target) || (fs::exists(status) && !fs::is_regular_file(status))) {
    write_as_is(path, content, lang);
    return;
  }
  PendingFile file(path, content, lang);
  file.commit(lang);
}

void write_output_made(const std::string& path, const std::vector<fs::path>& inputs, Lang lang,
                       const std::function<void(const fs::path&)>& make) {
  check_target(path, inputs, lang);
  const fs::path target = utf8_path(path);
  std::error_code ec;
  auto status = fs::status(target, ec);
  if (is_device_name(target) || (fs::exists(status) && !fs::is_regular_file(status))) {
    // Made in the temporary folder, then written to the device as it is.
    TempFile made("", lang);
    make(fs::absolute(utf8_path(made.path()), ec));
    write_as_is(path, made.read(), lang);
    return;
  }
  PendingFile file(path, "", lang);
  make(fs::absolute(file.temp_path(), ec));
  file.commit(lang);
}

void write_new_file(const std::string& path, std::string_view content, bool force,
                    const std::vector<fs::path>& inputs, Lang lang) {
  std::error_code ec;
  if (!force && fs::exists(fs::symlink_status(utf8_path(path), ec)))
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
      const fs::path p = utf8_path(f.path);
      std::error_code ec;
      if (fs::exists(fs::symlink_status(p, ec)))
        throw Error(
            ExitStatus::cant_create,
            msg(lang, "{} already exists; vap init never writes over a file", path_text(p)));
      // The folders that are missing, outermost first.
      std::vector<fs::path> missing;
      for (fs::path d = p.parent_path(); !d.empty() && !fs::exists(fs::symlink_status(d, ec));
           d = d.parent_path())
        missing.push_back(d);
      for (auto it = missing.rbegin(); it != missing.rend(); ++it) {
        if (!fs::create_directory(*it, ec) || ec)
          throw Error(ExitStatus::cant_create,
                      msg(lang, "cannot create the folder {}: {}", path_text(*it),
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
        fs::remove(utf8_path(files[i].path), ec);
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
#ifdef _WIN32
  // The reader has gone (`vap ... | head`): Windows says so with EINVAL or EPIPE where a POSIX
  // system sends SIGPIPE; nobody reads what is left, so it is no error (the warnings on
  // standard error are still printed).
  if (err == EINVAL || err == EPIPE) return;
#endif
  throw Error(ExitStatus::cant_create,
              msg(lang, "cannot write to standard output: {}", os_error(err ? err : EIO)));
}

} // namespace vap
