#include "vap/file_reader.hpp"

#include <cerrno>
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
  char buffer[1 << 16];
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
  out.bytes.reserve(static_cast<std::size_t>(st.st_size));
  for (;;) {
    const ssize_t n = ::read(fd, buffer, sizeof buffer);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0)
      return failed(ReadFailure::unreadable,
                    msg(lang, "cannot read the file: {}", std::strerror(errno)));
    if (n == 0) break;
    out.bytes.append(buffer, static_cast<std::size_t>(n));
    if (out.bytes.size() > limit) return too_large(); // the file grew while it was read
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
  if (!ec) out.bytes.reserve(static_cast<std::size_t>(size));
  for (std::size_t n; (n = std::fread(buffer, 1, sizeof buffer, in.get())) > 0;) {
    out.bytes.append(buffer, n);
    if (out.bytes.size() > limit) return too_large(); // the file grew while it was read
  }
  if (std::ferror(in.get()))
    return failed(ReadFailure::unreadable,
                  msg(lang, "cannot read the file: {}", std::strerror(errno)));
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
