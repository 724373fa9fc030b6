#pragma once
// A shared library of the system that vap loads when it first calls into it, not when it
// starts. libxlsxwriter (writing workbooks) and libzip (reading them) bring libcrypto, bz2,
// minizip and zlib with them: loaded at every start, they were a third of the page faults and
// 6 M instructions of every run, also of the runs that never touch a workbook, which a
// program's script makes once per municipality. On Linux these two are opened with dlopen by
// the name the build found (their soname); vap.exe links every library in and calls them
// directly (VAP_LAZY_LIBRARIES is not set there), so it has no library to load. The Windows
// twin of the loader (LoadLibraryW) is here all the same, and tested under Wine.
#include "vap/error.hpp"
#include "vap/i18n.hpp"

#include <mutex>
#include <string>

namespace vap {

class LazyLibrary {
public:
  // `file`: what the system's loader is given ("libxlsxwriter.so.4"); `package`: the Debian
  // package that holds it, for the message when it is missing; `status`: the exit status then
  // (the output of a writer cannot be created: 73; the input of a reader cannot be read: 66).
  LazyLibrary(std::string file, std::string package, ExitStatus status)
      : m_file(std::move(file)), m_package(std::move(package)), m_status(status) {}
  LazyLibrary(const LazyLibrary&) = delete;
  LazyLibrary& operator=(const LazyLibrary&) = delete;

  // The address of the function `name`; the library is loaded on the first call (from any
  // thread, once). Throws Error, in `lang`, when the library or the function is not there.
  void* symbol(const char* name, Lang lang);

private:
  std::string m_file;
  std::string m_package;
  ExitStatus m_status;
  std::once_flag m_once;
  void* m_handle = nullptr;
  std::string m_failure; // the system's reason when loading failed
};

} // namespace vap

// A library's functions as a struct of pointers: `VAP_LAZY_API(ZipApi, zip_api, FUNCTIONS, file,
// package, status)`, where `#define FUNCTIONS(X) X(zip_open) X(zip_close)` lists them, defines
// `struct ZipApi` with one pointer per function, named as the function, and
// `const ZipApi& zip_api(Lang lang = Lang::en)`, which gives them. Where VAP_LAZY_LIBRARIES is set
// they are looked up in the library `file`, loaded at the first call (whose `lang` says why it
// cannot be); elsewhere they are the linked functions themselves and `file`, `package` and
// `status` are not used.
#define VAP_LAZY_FIELD(name) decltype(&::name) name = nullptr;
// The struct and its accessor; `lang` names the accessor's parameter (empty: unnamed) and
// `library` is the statement that declares the library, if any.
#define VAP_LAZY_API_WITH(Api, accessor, FUNCTIONS, lang, library)                                 \
  struct Api {                                                                                     \
    FUNCTIONS(VAP_LAZY_FIELD)                                                                      \
  };                                                                                               \
  const Api& accessor(::vap::Lang lang = ::vap::Lang::en) {                                        \
    library static const Api k_api = [&] {                                                         \
      Api api;                                                                                     \
      FUNCTIONS(VAP_LAZY_RESOLVE)                                                                  \
      return api;                                                                                  \
    }();                                                                                           \
    return k_api;                                                                                  \
  }
#ifdef VAP_LAZY_LIBRARIES
#define VAP_LAZY_RESOLVE(name)                                                                     \
  api.name = reinterpret_cast<decltype(&::name)>(library.symbol(#name, lang));
#define VAP_LAZY_API(Api, accessor, FUNCTIONS, file, package, status)                              \
  VAP_LAZY_API_WITH(Api, accessor, FUNCTIONS, lang,                                                \
                    static ::vap::LazyLibrary library(file, package, status);)
#else
#define VAP_LAZY_RESOLVE(name) api.name = &::name;
#define VAP_LAZY_API(Api, accessor, FUNCTIONS, file, package, status)                              \
  VAP_LAZY_API_WITH(Api, accessor, FUNCTIONS, , )
#endif
