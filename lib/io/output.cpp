#include "vap/output.hpp"

#include "vap/error.hpp"
#include "vap/platform.hpp"
#include "vap/utf8_path.hpp"

#include <fmt/format.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iostream>

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
  const fs::path target = utf8_path(path);
  auto status = fs::status(target, ec);
  if (fs::is_directory(status))
    throw Error(ExitStatus::cant_create,
                msg(lang, "cannot write '{}': it is a folder; give a file name", path));
  const fs::path canonical = fs::weakly_canonical(target, ec);
  for (const auto& in : inputs)
    if (!ec && (canonical == in || same_file(canonical, in)))
      throw Error(
          ExitStatus::cant_create,
          msg(lang,
              "cannot write '{}': it is one of the input files, and vap never writes over an input",
              path));
  fs::path folder = target.parent_path().empty() ? fs::path(".") : target.parent_path();
  if (!fs::is_directory(folder, ec))
    throw Error(
        ExitStatus::cant_create,
        msg(lang, "cannot write '{}': the folder '{}' does not exist", path, path_text(folder)));
  // Devices and pipes are written as they are; renaming over them would replace them.
  if (is_device_name(target) || (fs::exists(status) && !fs::is_regular_file(status))) {
    std::ofstream out(target, std::ios::binary);
    out.write(content.data(), static_cast<std::streamsize>(content.size()));
    if (!out)
      throw Error(ExitStatus::cant_create,
                  msg(lang, "cannot write '{}': {}", path, std::strerror(errno)));
    return;
  }
  const fs::path tmp =
      folder / utf8_path(fmt::format(".{}.vap-{}.tmp", path_text(target.filename()), process_id()));
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
  ec = replace_file(tmp, target);
  if (ec) {
    std::error_code ignore;
    fs::remove(tmp, ignore);
    throw Error(ExitStatus::cant_create, msg(lang, "cannot write '{}': {}", path, ec.message()));
  }
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

} // namespace vap
