#include "vap/temp_file.hpp"
#include "vap/utf8_path.hpp"

#include "vap/error.hpp"
#include "vap/platform.hpp"

#include <fmt/format.h>

#include <atomic>
#include <chrono>
#include <fstream>
#include <random>
#include <sstream>

namespace fs = std::filesystem;

namespace vap {
namespace {

// A name in the system's temporary folder that nothing has yet: "vap-<random>-<time>-<n><suffix>".
fs::path fresh_name(std::string_view suffix) {
  static std::atomic<unsigned> counter{0};
  std::error_code ec;
  fs::path dir = fs::temp_directory_path(ec);
  if (ec) dir = fs::current_path(ec);
  std::random_device rd;
  const auto now = std::chrono::steady_clock::now().time_since_epoch().count();
  return dir / fmt::format("vap-{:x}-{:x}-{}{}", rd(), static_cast<unsigned long long>(now),
                           counter++, suffix);
}

} // namespace

TempFile::TempFile(std::string_view suffix, Lang lang) {
  std::error_code ec;
  fs::path p;
  for (int attempt = 0; attempt < 100; ++attempt) {
    p = fresh_name(suffix);
    m_slot = remember_temp(p);
    ec = create_exclusive(p, ""); // 0600: private while a library writes it
    if (!ec) break;
    forget_temp(m_slot);
    m_slot = -1;
    if (ec != std::errc::file_exists) break;
  }
  if (ec)
    throw Error(ExitStatus::cant_create,
                msg(lang, "cannot write the temporary file '{}': {}", path_text(p), ec.message()));
  m_path = path_text(p);
}

TempFile::~TempFile() {
  std::error_code ec;
  fs::remove(utf8_path(m_path), ec);
  forget_temp(m_slot);
}

std::string TempFile::read() const {
  std::ifstream in(utf8_path(m_path), std::ios::binary); // a Cyrillic %TEMP% on Windows
  if (!in) throw Error(ExitStatus::cant_create, fmt::format("cannot read back {}", m_path));
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

TempDirectory::TempDirectory(std::string_view suffix) {
  for (int attempt = 0; attempt < 100; ++attempt) {
    const fs::path p = fresh_name(suffix);
    std::error_code ec;
    m_remembered = remember_folder(p);
    if (fs::create_directory(p, ec) && !ec) {
      fs::permissions(p, fs::perms::owner_all, ec);
      m_path = p;
      return;
    }
    if (m_remembered) forget_folder();
    m_remembered = false;
    if (ec && ec != std::errc::file_exists) return;
  }
}

TempDirectory::~TempDirectory() {
  std::error_code ec;
  if (!m_path.empty()) fs::remove_all(m_path, ec);
  if (m_remembered) forget_folder(); // an interrupt that came meanwhile ends the run here
}

} // namespace vap
