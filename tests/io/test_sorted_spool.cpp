#include "vap/sorted_spool.hpp"

#include "vap/utf8_path.hpp"

#include <doctest/doctest.h>

#include <filesystem>
#include <string>
#include <vector>

using namespace vap;

namespace {

std::vector<std::string> replayed(SortedSpool& spool) {
  std::vector<std::string> out;
  spool.replay([&](std::string_view text) { out.emplace_back(text); });
  return out;
}

} // namespace

TEST_CASE("a spool gives its texts back by key, those of one key in the order they came") {
  SortedSpool spool(Lang::en);
  spool.add("ozgon", "Өзгөн\n");
  spool.add("ak-suu", "Ак-Суу\n");
  spool.add("naryn", "");
  spool.add("ak-suu", "second of ak-suu\n");
  spool.add("bakai", std::string(100000, 'x'));
  CHECK(spool.size() == 5);
  const auto out = replayed(spool);
  REQUIRE(out.size() == 5);
  CHECK(out[0] == "Ак-Суу\n");
  CHECK(out[1] == "second of ak-suu\n");
  CHECK(out[2] == std::string(100000, 'x'));
  CHECK(out[3] == "");
  CHECK(out[4] == "Өзгөн\n");
}

TEST_CASE("an empty spool replays nothing and makes no file") {
  SortedSpool spool(Lang::en);
  CHECK(replayed(spool).empty());
}

TEST_CASE("a spool's temporary file is gone when the spool is") {
  const auto tmp = std::filesystem::temp_directory_path();
  auto spools = [&]() {
    std::size_t n = 0;
    for (const auto& e : std::filesystem::directory_iterator(tmp))
      if (path_text(e.path().filename()).find(".spool") != std::string::npos) ++n;
    return n;
  };
  const std::size_t before = spools();
  {
    SortedSpool spool(Lang::en);
    spool.add("a", "text");
    CHECK(spools() == before + 1);
  }
  CHECK(spools() == before);
}
