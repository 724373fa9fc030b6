#include "vap/output.hpp"

#include "vap/error.hpp"

#include <fmt/format.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iostream>
#include <unistd.h>

namespace fs = std::filesystem;

namespace vap {

void write_output(const std::string& path, std::string_view content,
                  const std::vector<fs::path>& inputs, Lang lang) {
  if (path.empty() || path == "-") {
    std::cout.write(content.data(), static_cast<std::streamsize>(content.size()));
    std::cout.flush();
    return;
  }
  std::error_code ec;
  fs::path target(path);
  auto status = fs::status(target, ec);
  if (fs::is_directory(status))
    throw Error(ExitStatus::cant_create,
                msg(lang, "cannot write '{}': it is a folder; give a file name", path));
  const fs::path canonical = fs::weakly_canonical(target, ec);
  for (const auto& in : inputs)
    if (!ec && canonical == in)
      throw Error(
          ExitStatus::cant_create,
          msg(lang,
              "cannot write '{}': it is one of the input files, and vap never writes over an input",
              path));
  fs::path folder = target.parent_path().empty() ? fs::path(".") : target.parent_path();
  if (!fs::is_directory(folder, ec))
    throw Error(ExitStatus::cant_create,
                msg(lang, "cannot write '{}': the folder '{}' does not exist", path,
                    folder.generic_string()));
  // Devices and pipes are written as they are; renaming over them would replace them.
  if (fs::exists(status) && !fs::is_regular_file(status)) {
    std::ofstream out(target, std::ios::binary);
    out.write(content.data(), static_cast<std::streamsize>(content.size()));
    if (!out)
      throw Error(ExitStatus::cant_create,
                  msg(lang, "cannot write '{}': {}", path, std::strerror(errno)));
    return;
  }
  fs::path tmp = folder / fmt::format(".{}.vap-{}.tmp", target.filename().string(), ::getpid());
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    if (!out)
      throw Error(ExitStatus::cant_create,
                  msg(lang, "cannot write '{}': {}", path, std::strerror(errno)));
    out.write(content.data(), static_cast<std::streamsize>(content.size()));
    out.flush();
    if (!out) {
      out.close();
      fs::remove(tmp, ec);
      throw Error(ExitStatus::cant_create,
                  msg(lang, "cannot write '{}': {}", path, std::strerror(errno)));
    }
  }
  fs::rename(tmp, target, ec);
  if (ec) {
    std::error_code ignore;
    fs::remove(tmp, ignore);
    throw Error(ExitStatus::cant_create, msg(lang, "cannot write '{}': {}", path, ec.message()));
  }
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

} // namespace vap
