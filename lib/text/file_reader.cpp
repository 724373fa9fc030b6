#include "vap/file_reader.hpp"

#include <algorithm>
#include <cerrno>
#include <cstddef>
#include <cstdio>
#include <cstring>
#include <memory>

#ifndef _WIN32
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace fs = std::filesystem;

namespace vap {

namespace {

enum class Whole { read, too_large, failed };

// Reads a file of about `expected` bytes straight into `bytes` (no buffer in between, no copy):
// sized to it and one byte more, so that the read that finds the end has room, and doubled when
// the file grows while it is read. `read_some(to, n)` reads at most n bytes: how many, 0 at the
// end, negative on an error.
template <class ReadSome>
Whole read_whole(std::size_t expected, std::size_t limit, std::string& bytes, ReadSome read_some) {
  std::size_t have = 0;
  bytes.resize(std::min(expected, limit) + 1);
  for (;;) {
    if (have == bytes.size()) bytes.resize(bytes.size() * 2);
    const std::ptrdiff_t n = read_some(bytes.data() + have, bytes.size() - have);
    if (n < 0) return Whole::failed;
    if (n == 0) break;
    have += static_cast<std::size_t>(n);
    if (have > limit) return Whole::too_large;
  }
  bytes.resize(have);
  return Whole::read;
}

} // namespace

FileBytes read_input_file(const fs::path& path, Lang lang, std::size_t limit) {
  FileBytes out;
  auto failed = [&](ReadFailure why, std::string message) {
    out.bytes.clear();
    out.failure = why;
    out.message = std::move(message);
    return std::move(out);
  };
  const auto too_large = [&]() {
    return failed(ReadFailure::too_large,
                  msg(lang, "the file is larger than {} MiB; is it a workshop file?", limit >> 20));
  };
#ifndef _WIN32
  // One open and one fstat: a pipe opened without waiting for a writer (O_NONBLOCK), then
  // refused with a device or a folder before a byte is read.
  const int fd = ::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
  if (fd < 0) {
    if (errno == ENOENT) return failed(ReadFailure::missing, msg(lang, "no such file"));
    return failed(ReadFailure::unreadable,
                  msg(lang, "cannot read the file: {}", std::strerror(errno)));
  }
  struct Closer {
    int fd;
    ~Closer() { ::close(fd); }
  } closer{fd};
  struct stat st {};
  if (::fstat(fd, &st) != 0)
    return failed(ReadFailure::unreadable,
                  msg(lang, "cannot read the file: {}", std::strerror(errno)));
  if (S_ISDIR(st.st_mode))
    return failed(ReadFailure::folder, msg(lang, "this is a folder, not a file"));
  if (!S_ISREG(st.st_mode))
    return failed(ReadFailure::not_a_file, msg(lang, "this is not a file (a pipe or a device)"));
  if (static_cast<std::uintmax_t>(st.st_size) > limit) return too_large();
  const auto read_some = [fd](char* to, std::size_t n) -> std::ptrdiff_t {
    for (;;) {
      const ssize_t got = ::read(fd, to, n);
      if (got >= 0 || errno != EINTR) return static_cast<std::ptrdiff_t>(got);
    }
  };
  switch (read_whole(static_cast<std::size_t>(st.st_size), limit, out.bytes, read_some)) {
  case Whole::read:
    break;
  case Whole::too_large:
    return too_large(); // the file grew while it was read
  case Whole::failed:
    return failed(ReadFailure::unreadable,
                  msg(lang, "cannot read the file: {}", std::strerror(errno)));
  }
#else
  std::error_code ec;
  const auto status = fs::status(path, ec);
  if (ec && ec != std::errc::no_such_file_or_directory)
    return failed(ReadFailure::unreadable, msg(lang, "cannot read the file: {}", ec.message()));
  if (!fs::exists(status)) return failed(ReadFailure::missing, msg(lang, "no such file"));
  if (fs::is_directory(status))
    return failed(ReadFailure::folder, msg(lang, "this is a folder, not a file"));
  // A pipe would be waited on and a device read without end.
  if (!fs::is_regular_file(status))
    return failed(ReadFailure::not_a_file, msg(lang, "this is not a file (a pipe or a device)"));
  auto size = fs::file_size(path, ec);
  if (!ec && size > limit) return too_large();
  std::unique_ptr<std::FILE, int (*)(std::FILE*)> in(_wfopen(path.c_str(), L"rb"), &std::fclose);
  if (!in)
    return failed(ReadFailure::unreadable,
                  msg(lang, "cannot read the file: {}", std::strerror(errno)));
  const auto read_some = [&in](char* to, std::size_t n) -> std::ptrdiff_t {
    const std::size_t got = std::fread(to, 1, n, in.get());
    return got == 0 && std::ferror(in.get()) ? -1 : static_cast<std::ptrdiff_t>(got);
  };
  switch (read_whole(ec ? 0 : static_cast<std::size_t>(size), limit, out.bytes, read_some)) {
  case Whole::read:
    break;
  case Whole::too_large:
    return too_large(); // the file grew while it was read
  case Whole::failed:
    return failed(ReadFailure::unreadable,
                  msg(lang, "cannot read the file: {}", std::strerror(errno)));
  }
#endif
  const std::string_view b = out.bytes;
  // UTF-32 first: its little-endian mark starts like UTF-16's.
  if (b.substr(0, 4) == std::string_view("\xFF\xFE\0\0", 4) ||
      b.substr(0, 4) == std::string_view("\0\0\xFE\xFF", 4))
    return failed(ReadFailure::encoding,
                  msg(lang, "the file is saved as UTF-32; save it as UTF-8 (in Notepad: Save as, "
                            "Encoding UTF-8)"));
  if (b.substr(0, 2) == "\xFF\xFE" || b.substr(0, 2) == "\xFE\xFF")
    return failed(ReadFailure::encoding,
                  msg(lang, "the file is saved as UTF-16; save it as UTF-8 (in Notepad: Save as, "
                            "Encoding UTF-8)"));
  if (b.substr(0, 3) == "\xEF\xBB\xBF") out.bytes.erase(0, 3);
  return out;
}

} // namespace vap
