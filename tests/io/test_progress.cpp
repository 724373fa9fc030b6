#include "vap/progress.hpp"

#include <doctest/doctest.h>

#include <cstdio>
#include <string>

namespace {

// What a Progress wrote into a temporary file.
std::string written(std::FILE* f) {
  std::rewind(f);
  std::string out;
  for (int c; (c = std::fgetc(f)) != EOF;)
    out += static_cast<char>(c);
  return out;
}

} // namespace

TEST_CASE("progress_line draws the bar and the count") {
  CHECK(vap::progress_line(0, 4320, 10) == "\r[          ] 0/4320 files");
  CHECK(vap::progress_line(1234, 4320, 10) == "\r[##        ] 1234/4320 files");
  CHECK(vap::progress_line(4320, 4320, 10) == "\r[##########] 4320/4320 files");
}

TEST_CASE("a disabled or small run draws nothing") {
  std::FILE* f = std::tmpfile();
  {
    vap::Progress off(false, 50, f);
    off.update(100, 100);
    vap::Progress small(true, 50, f);
    small.update(50, 50);
  }
  CHECK(written(f).empty());
  std::fclose(f);
}

TEST_CASE("an enabled bar draws at most ten times a second and ends with the final count") {
  std::FILE* f = std::tmpfile();
  {
    vap::Progress bar(true, 50, f);
    for (std::size_t i = 1; i <= 1000; ++i)
      bar.update(i, 1000);
  }
  std::string out = written(f);
  // The first update is drawn at once; the 999 that follow within 100 ms are not.
  CHECK(out.rfind(vap::progress_line(1, 1000), 0) == 0);
  CHECK(out.size() >= 2);
  CHECK(out.substr(out.size() - vap::progress_line(1000, 1000).size() - 1) ==
        vap::progress_line(1000, 1000) + "\n");
  std::fclose(f);
}
