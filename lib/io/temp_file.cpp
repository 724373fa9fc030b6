#include "vap/temp_file.hpp"
#include "vap/utf8_path.hpp"

#include "vap/error.hpp"

#include <fmt/format.h>

#include <atomic>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>

namespace fs = std::filesystem;

namespace vap {

TempFile::TempFile(std::string_view suffix) {
  static std::atomic<unsigned> counter{0};
  std::error_code ec;
  fs::path dir = fs::temp_directory_path(ec);
  if (ec) dir = fs::current_path(ec);
  std::random_device rd;
  const auto now = std::chrono::steady_clock::now().time_since_epoch().count();
  for (int attempt = 0;; ++attempt) {
    fs::path p = dir / fmt::format("vap-{:x}-{:x}-{}{}", rd(), static_cast<unsigned long long>(now),
                                   counter++, suffix);
    if (!fs::exists(p, ec) || attempt > 100) {
      m_path = path_text(p);
      break;
    }
  }
}

TempFile::~TempFile() {
  std::error_code ec;
  fs::remove(m_path, ec);
}

std::string TempFile::read() const {
  std::ifstream in(utf8_path(m_path), std::ios::binary); // a Cyrillic %TEMP% on Windows
  if (!in) throw Error(ExitStatus::cant_create, fmt::format("cannot read back {}", m_path));
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

} // namespace vap
