#pragma once
// Test helpers: a temporary folder of workshop files, loaded as `vap` would load it, and the
// diagnostics of a run as short "name:line:col: error: message" strings.
#include "vap/load.hpp"
#include "vap/coverage.hpp"
#include "vap/platform.hpp"
#include "vap/utf8_path.hpp"

#include <doctest/doctest.h>

#include <atomic>
#include <filesystem>
#include <fstream>
#include <string>
#include <string_view>
#include <vector>

namespace vap::test {

// A fresh folder under the system's temporary folder, removed at the end of the test.
class TempFolder {
public:
  TempFolder() {
    static std::atomic<int> k_counter{0};
    m_path = std::filesystem::temp_directory_path() /
             ("vap-test-" + std::to_string(vap::process_id()) + "-" + std::to_string(k_counter++));
    std::filesystem::remove_all(m_path);
    std::filesystem::create_directories(m_path);
  }
  ~TempFolder() {
    std::error_code ec;
    std::filesystem::remove_all(m_path, ec);
  }
  TempFolder(const TempFolder&) = delete;
  TempFolder& operator=(const TempFolder&) = delete;

  // Writes `content` byte for byte to `relative` (folders are created).
  void write(const std::string& relative, std::string_view content) const {
    std::filesystem::path p = m_path / utf8_path(relative);
    std::filesystem::create_directories(p.parent_path());
    std::ofstream out(p, std::ios::binary | std::ios::trunc);
    out.write(content.data(), static_cast<std::streamsize>(content.size()));
  }
  std::string path() const { return path_text(m_path); }
  std::string path(const std::string& relative) const {
    return path_text(m_path / utf8_path(relative));
  }

private:
  std::filesystem::path m_path;
};

inline Loaded load_folder(const TempFolder& folder, Lang lang = Lang::en) {
  LoadOptions o;
  o.lang = lang;
  Loaded loaded = load({folder.path()}, o);
  // As the commands do: the checks that need the gallery run after loading.
  check_priority_coverage(loaded.program, loaded.diags);
  return loaded;
}

// Every diagnostic, sorted, as "file-name:line:col: error: message" (the folder left out).
inline std::vector<std::string> messages(const Loaded& loaded) {
  std::vector<std::string> out;
  for (const auto& d : loaded.diags.sorted(loaded.sources)) {
    std::string where;
    if (d.pos.known()) {
      where = std::filesystem::path(loaded.sources.path(d.pos.file)).filename().string();
      if (d.pos.line > 0)
        where += ":" + std::to_string(d.pos.line) + ":" + std::to_string(d.pos.col);
      where += ": ";
    }
    out.push_back(where + (d.severity == Severity::error ? "error: " : "warning: ") + d.message);
  }
  return out;
}

// A small municipality file with villages A, B and Кербен.
inline std::string municipality_yaml(int priorities = 5) {
  return "vap: 1\nmunicipality:\n  id: test\n  name: Test AA\n  villages: [A, B, Кербен]\n  "
         "priorities: " +
         std::to_string(priorities) + "\n";
}

// A session with a gallery; `votes` holds "    problem: dots\n" lines.
inline std::string session_yaml(const std::string& group, const std::string& participants,
                                const std::string& votes, const std::string& date = "2015-03-02") {
  return "session:\n  date: " + date + "\n  village: A\n  group: " + group +
         "\n  participants: " + participants + "\ngallery:\n  dots: 3\n  votes:\n" + votes;
}

} // namespace vap::test

// Lists of messages are printed whole when a check fails.
namespace doctest {
template <> struct StringMaker<std::vector<std::string>> {
  static String convert(const std::vector<std::string>& lines) {
    std::string out = "{";
    for (const auto& l : lines)
      out += "\n  \"" + l + "\"";
    out += "\n}";
    return String(out.c_str());
  }
};
} // namespace doctest
