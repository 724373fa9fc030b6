#include "vap/lazy_library.hpp"

#include <doctest/doctest.h>

#include <cstring>
#include <string>

using namespace vap;

namespace {

// A library every system has, and a function of it that takes a string and returns its length.
#ifdef _WIN32
constexpr const char* k_system_library = "kernel32.dll";
constexpr const char* k_length_function = "lstrlenA";
using Length = int(__stdcall*)(const char*);
#else
constexpr const char* k_system_library = "libc.so.6";
constexpr const char* k_length_function = "strlen";
using Length = std::size_t (*)(const char*);
#endif

// The message of the Error that `f` throws, with its exit status.
template <typename F> std::pair<std::string, ExitStatus> thrown(F f) {
  try {
    f();
  } catch (const Error& e) {
    return {e.what(), e.status()};
  }
  return {"(nothing thrown)", ExitStatus::ok};
}

} // namespace

TEST_CASE("lazy library: a library is loaded at its first function, and the function runs") {
  LazyLibrary lib(k_system_library, "libc6", ExitStatus::no_input);
  void* f = lib.symbol(k_length_function, Lang::en);
  REQUIRE(f != nullptr);
  auto length = reinterpret_cast<Length>(f);
  CHECK(length("Жаңы-Жол") == 15); // bytes: 7 Cyrillic letters of two bytes and a dash
  // The second lookup finds the library loaded.
  CHECK(lib.symbol(k_length_function, Lang::en) == f);
}

TEST_CASE("lazy library: a function the library does not have is an error that says so") {
  LazyLibrary lib(k_system_library, "libc6", ExitStatus::cant_create);
  auto [message, status] = thrown([&] { lib.symbol("vap_no_such_function", Lang::en); });
  CHECK(message == std::string("the library ") + k_system_library +
                       " has no function vap_no_such_function: it is another version than vap "
                       "was built with; build vap again");
  CHECK(status == ExitStatus::cant_create);
}

TEST_CASE("lazy library: a library the system does not have is an error naming its package") {
  LazyLibrary lib("libvap-missing.so.4", "libvap-missing4", ExitStatus::no_input);
  auto [en, status] = thrown([&] { lib.symbol("zip_open", Lang::en); });
  CHECK(status == ExitStatus::no_input);
  const std::string start =
      "vap needs the library libvap-missing.so.4 for this and cannot load it (";
  CHECK(en.rfind(start, 0) == 0);
  CHECK(en.size() > start.size() + 30); // the system's reason is in the parentheses
  const std::string end = "); install the package libvap-missing4";
  CHECK(en.substr(en.size() - end.size()) == end);
  // Every later call says the same, in the language it is asked in.
  auto [ru, status_ru] = thrown([&] { lib.symbol("zip_open", Lang::ru); });
  CHECK(ru.rfind("для этого vap нужна библиотека libvap-missing.so.4, но её не удаётся "
                 "загрузить (",
                 0) == 0);
  CHECK(ru.find("); установите пакет libvap-missing4") != std::string::npos);
  auto [ky, status_ky] = thrown([&] { lib.symbol("zip_open", Lang::ky); });
  CHECK(ky.rfind("бул үчүн vap'ка libvap-missing.so.4 китепканасы керек", 0) == 0);
  CHECK(status_ky == ExitStatus::no_input);
}
