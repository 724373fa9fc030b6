#include "vap/output.hpp"

#include "vap/error.hpp"

#include "temp_folder.hpp"

#include <doctest/doctest.h>

#include <fstream>
#include <sstream>

using namespace vap;
using vap::test::TempFolder;

namespace {

std::string read(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

// The exit status and message of a refused write.
std::pair<int, std::string> refused(const std::string& path,
                                    const std::vector<std::filesystem::path>& inputs) {
  try {
    write_output(path, "new\n", inputs);
  } catch (const Error& e) {
    return {static_cast<int>(e.status()), e.what()};
  }
  return {0, ""};
}

std::size_t entries(const std::string& folder) {
  std::size_t n = 0;
  for ([[maybe_unused]] const auto& e : std::filesystem::directory_iterator(folder))
    ++n;
  return n;
}

} // namespace

TEST_CASE("output: a file is written whole, and an existing one replaced") {
  TempFolder dir;
  write_output(dir.path("out.csv"), "a,b\n1,2\n", {});
  CHECK(read(dir.path("out.csv")) == "a,b\n1,2\n");
  write_output(dir.path("out.csv"), "c\n", {});
  CHECK(read(dir.path("out.csv")) == "c\n");
  CHECK(entries(dir.path()) == 1); // no temporary file left behind
}

TEST_CASE("output: an input file is never written over (73)") {
  TempFolder dir;
  dir.write("m.yaml", "municipality: {}\n");
  auto [status, message] =
      refused(dir.path("m.yaml"), {std::filesystem::weakly_canonical(dir.path("m.yaml"))});
  CHECK(status == 73);
  CHECK(message == "cannot write '" + dir.path("m.yaml") +
                       "': it is one of the input files, and vap never writes over an input");
  CHECK(read(dir.path("m.yaml")) == "municipality: {}\n");
}

TEST_CASE("output: a missing folder or a folder as the output (73)") {
  TempFolder dir;
  auto [status, message] = refused(dir.path("no/out.md"), {});
  CHECK(status == 73);
  CHECK(message == "cannot write '" + dir.path("no/out.md") + "': the folder '" + dir.path("no") +
                       "' does not exist");
  auto [status2, message2] = refused(dir.path(), {});
  CHECK(status2 == 73);
  CHECK(message2 == "cannot write '" + dir.path() + "': it is a folder; give a file name");
}

TEST_CASE("output: write_new_file refuses an existing file unless forced") {
  TempFolder dir;
  dir.write("x.yaml", "old\n");
  try {
    write_new_file(dir.path("x.yaml"), "new\n", false, {});
    FAIL("no error");
  } catch (const Error& e) {
    CHECK(static_cast<int>(e.status()) == 73);
  }
  CHECK(read(dir.path("x.yaml")) == "old\n");
  write_new_file(dir.path("x.yaml"), "new\n", true, {});
  CHECK(read(dir.path("x.yaml")) == "new\n");
}

TEST_CASE("output: the refusal is said in the language of the run") {
  TempFolder dir;
  try {
    write_output(dir.path("no/out.md"), "x", {}, Lang::ru);
    FAIL("no error");
  } catch (const Error& e) {
    CHECK(std::string(e.what()) == "не удаётся записать '" + dir.path("no/out.md") + "': папки '" +
                                       dir.path("no") + "' не существует");
  }
}

TEST_CASE("output: a file another program makes is renamed into place, or nothing is left") {
  TempFolder dir;
  write_output_made(dir.path("made.pdf"), {}, Lang::en, [](const std::filesystem::path& tmp) {
    CHECK(tmp.is_absolute());
    CHECK(std::filesystem::file_size(tmp) == 0);
    std::ofstream(tmp, std::ios::binary) << "%PDF-1.4\n";
  });
  CHECK(read(dir.path("made.pdf")) == "%PDF-1.4\n");
  CHECK(entries(dir.path()) == 1);
  // `make` gives up: the file stays as it was, and no temporary file is left.
  CHECK_THROWS_AS(write_output_made(dir.path("made.pdf"), {}, Lang::en,
                                    [](const std::filesystem::path& tmp) {
                                      std::ofstream(tmp, std::ios::binary) << "half";
                                      throw Error(ExitStatus::cant_create, "failed");
                                    }),
                  Error);
  CHECK(read(dir.path("made.pdf")) == "%PDF-1.4\n");
  CHECK(entries(dir.path()) == 1);
  // The checks of write_output come first: `make` is not called for a missing folder.
  bool called = false;
  CHECK_THROWS_AS(write_output_made(dir.path("no/made.pdf"), {}, Lang::en,
                                    [&](const std::filesystem::path&) { called = true; }),
                  Error);
  CHECK_FALSE(called);
}
