#include "vap/platform.hpp"
#include "vap/utf8_path.hpp"

#include "temp_folder.hpp"

#include <doctest/doctest.h>

#include <chrono>
#include <cstdlib>
#include <fstream>
#include <sstream>

namespace fs = std::filesystem;
using namespace vap;
using vap::test::TempFolder;

TEST_CASE("utf8_path: Cyrillic names survive the way to a path and back, shown with '/'") {
  const std::string name = "Жаңы-Жол/сессиялар/01-жаштар.yaml";
  CHECK(path_text(utf8_path(name)) == name);
  CHECK(path_text(utf8_path("Жаңы-Жол").filename()) == "Жаңы-Жол");
  CHECK(path_text(utf8_path(name).extension()) == ".yaml");
}

TEST_CASE("path_text: the generic form, repeated separators once, the rest as written") {
  // A path as typed after a folder's name ("Жаңы-Жол/" + "/s01.yaml") shows one '/'.
  CHECK(path_text(utf8_path("Жаңы-Жол//s01.yaml")) == "Жаңы-Жол/s01.yaml");
  CHECK(path_text(utf8_path("/tmp///a/b")) == "/tmp/a/b");
  CHECK(path_text(utf8_path("a/./b/")) == "a/./b/");
  CHECK(path_text(utf8_path("/")) == "/");
  CHECK(path_text(utf8_path("")).empty());
#ifdef _WIN32
  CHECK(path_text(fs::path(L"C:\\Жаңы\\s01.yaml")) == "C:/Жаңы/s01.yaml");
#endif
}

TEST_CASE("platform: a file named in Cyrillic letters is written, found and replaced") {
  TempFolder folder;
  folder.write("Көл/эски.txt", "old");
  const fs::path from = utf8_path(folder.path("Көл/жаңы.txt"));
  const fs::path to = utf8_path(folder.path("Көл/эски.txt"));
  {
    std::ofstream out(from, std::ios::binary);
    out << "new";
  }
  CHECK_FALSE(replace_file(from, to));
  std::ifstream in(to, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  CHECK(s.str() == "new");
  CHECK_FALSE(fs::exists(from));
}

TEST_CASE("platform: same_file sees one file through '..' and through a second spelling") {
  TempFolder folder;
  folder.write("a/b.yaml", "x");
  CHECK(same_file(utf8_path(folder.path("a/b.yaml")), utf8_path(folder.path("a/../a/b.yaml"))));
  CHECK_FALSE(same_file(utf8_path(folder.path("a/b.yaml")), utf8_path(folder.path("a/c.yaml"))));
#ifdef _WIN32
  CHECK(same_file(utf8_path(folder.path("a/b.yaml")), utf8_path(folder.path("A\\B.YAML"))));
  CHECK(same_file(utf8_path(folder.path("a/b.yaml")), utf8_path(folder.path("A/new/../b.yaml"))));
#endif
}

TEST_CASE("platform: Windows device names, in any folder, case and extension") {
#ifdef _WIN32
  for (const char* device :
       {"NUL", "nul", "NUL.csv", "C:/out/con", "COM1", "lpt9.txt", "nul ", "\\\\.\\pipe\\x", "COM0",
        "lpt0.csv", "COM\u00b9", "com\u00b2.txt", "LPT\u00b3", "nul:stream"})
    CHECK_MESSAGE(is_device_name(utf8_path(device)), device);
  for (const char* file :
       {"NULL", "nul-report.csv", "COM10", "COM\u2074", "console.txt", "out.csv"})
    CHECK_FALSE_MESSAGE(is_device_name(utf8_path(file)), file);
#else
  CHECK_FALSE(is_device_name("/dev/null"));
  CHECK_FALSE(is_device_name("NUL"));
#endif
}

TEST_CASE("platform: the arguments as given, argv()[argc()] a null pointer") {
  char a0[] = "vap", a1[] = "gallery", a2[] = "Жаңы-Жол";
  char* argv[] = {a0, a1, a2, nullptr};
  Arguments args(3, argv);
#ifndef _WIN32
  REQUIRE(args.argc() == 3);
  CHECK(std::string(args.argv()[2]) == "Жаңы-Жол");
#endif
  CHECK(args.argv()[args.argc()] == nullptr);
}

#ifndef _WIN32
TEST_CASE("platform: run_program gives the exit status, -1 when not started or too slow") {
  CHECK(vap::run_program("/bin/sh", {"-c", "exit 3"}, 10) == 3);
  CHECK(vap::run_program("/bin/sh", {"-c", "echo noise; echo more >&2"}, 10) == 0);
  CHECK(vap::run_program("/nonexistent/program", {}, 10) == -1);
  auto start = std::chrono::steady_clock::now();
  CHECK(vap::run_program("/bin/sh", {"-c", "sleep 20"}, 1) == -1);
  CHECK(std::chrono::steady_clock::now() - start < std::chrono::seconds(10));
}

TEST_CASE("platform: find_chromium follows VAP_CHROMIUM, a path or a name on PATH") {
  const char* old = std::getenv("VAP_CHROMIUM");
  const std::string saved = old ? old : "";
  ::setenv("VAP_CHROMIUM", "/nonexistent/chromium", 1);
  auto missing = vap::find_chromium();
  CHECK(missing.from_variable);
  CHECK(missing.variable == "/nonexistent/chromium");
  CHECK(missing.program.empty());
  ::setenv("VAP_CHROMIUM", "sh", 1);
  auto sh = vap::find_chromium();
  CHECK(sh.from_variable);
  CHECK(sh.program.filename() == "sh");
  CHECK(sh.program.is_absolute());
  if (old)
    ::setenv("VAP_CHROMIUM", saved.c_str(), 1);
  else
    ::unsetenv("VAP_CHROMIUM");
}
#endif
