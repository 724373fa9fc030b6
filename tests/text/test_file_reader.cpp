#include "vap/file_reader.hpp"

#include "../temp_folder.hpp"

#include <doctest/doctest.h>

#include <string>

using namespace vap;

namespace {

// Bytes that show where a byte went missing or moved: a Cyrillic line number on every line.
std::string numbered_lines(std::size_t size) {
  std::string s;
  for (std::size_t n = 0; s.size() < size; ++n)
    s += "жол " + std::to_string(n) + ": ө ү ң\r\n";
  s.resize(size);
  return s;
}

} // namespace

TEST_CASE("read_input_file: every byte of files of every size, across the 64 KiB reads") {
  test::TempFolder folder;
  // Empty, one byte, around the sizes a read buffer would cut at, and a large workshop file.
  for (std::size_t size : {0u, 1u, 4095u, 4096u, 4097u, 65535u, 65536u, 65537u, 300001u}) {
    CAPTURE(size);
    const std::string text = numbered_lines(size);
    folder.write("f.yaml", text);
    FileBytes r = read_input_file(utf8_path(folder.path("f.yaml")), Lang::en);
    REQUIRE(r);
    CHECK(r.bytes.size() == size);
    CHECK(r.bytes == text);
  }
}

TEST_CASE("read_input_file: the byte-order mark goes, the limit counts to the byte") {
  test::TempFolder folder;
  folder.write("bom.yaml", "\xEF\xBB\xBFmunicipality:\n  id: ak-suu\n");
  FileBytes bom = read_input_file(utf8_path(folder.path("bom.yaml")), Lang::en);
  REQUIRE(bom);
  CHECK(bom.bytes == "municipality:\n  id: ak-suu\n");

  folder.write("limit.yaml", std::string(2u << 20, 'a'));
  FileBytes at = read_input_file(utf8_path(folder.path("limit.yaml")), Lang::en, 2u << 20);
  REQUIRE(at);
  CHECK(at.bytes.size() == (2u << 20));
  FileBytes over = read_input_file(utf8_path(folder.path("limit.yaml")), Lang::ru, (2u << 20) - 1);
  CHECK(over.failure == ReadFailure::too_large);
  CHECK(over.bytes.empty());
  CHECK(over.message == "файл больше 1 МБ; точно ли это файл СИНС?");
}

TEST_CASE("read_input_file: a missing file, a folder and UTF-16 are named, in the run's language") {
  test::TempFolder folder;
  FileBytes missing = read_input_file(utf8_path(folder.path("жок.yaml")), Lang::ky);
  CHECK(missing.failure == ReadFailure::missing);
  CHECK(missing.message == "мындай файл жок");
  FileBytes dir = read_input_file(utf8_path(folder.path()), Lang::en);
  CHECK(dir.failure == ReadFailure::folder);
  CHECK(dir.message == "this is a folder, not a file");
  folder.write("u16.yaml", std::string("\xFF\xFEm\0u\0", 6));
  FileBytes u16 = read_input_file(utf8_path(folder.path("u16.yaml")), Lang::en);
  CHECK(u16.failure == ReadFailure::encoding);
  CHECK(u16.bytes.empty());
}
