#include "vap/lazy_library.hpp"

#ifdef _WIN32
#include <windows.h>
#else
#include <dlfcn.h>
#endif

namespace vap {
namespace {

#ifdef _WIN32
// LoadLibraryW takes UTF-16; the names are ASCII file names.
void* open_library(const std::string& file, std::string& failure) {
  const std::wstring wide(file.begin(), file.end());
  HMODULE h = LoadLibraryW(wide.c_str());
  if (!h) failure = "LoadLibrary failed with error " + std::to_string(GetLastError());
  return reinterpret_cast<void*>(h);
}

void* find_symbol(void* handle, const char* name) {
  return reinterpret_cast<void*>(GetProcAddress(static_cast<HMODULE>(handle), name));
}
#else
void* open_library(const std::string& file, std::string& failure) {
  // RTLD_LOCAL: its symbols serve only the calls made through it; never closed.
  void* h = dlopen(file.c_str(), RTLD_NOW | RTLD_LOCAL);
  if (!h) {
    const char* why = dlerror();
    failure = why ? why : "dlopen failed";
  }
  return h;
}

void* find_symbol(void* handle, const char* name) {
  return dlsym(handle, name);
}
#endif

} // namespace

void* LazyLibrary::symbol(const char* name, Lang lang) {
  std::call_once(m_once, [&] { m_handle = open_library(m_file, m_failure); });
  if (!m_handle)
    throw Error(m_status, msg(lang,
                              "vap needs the library {} for this and cannot load it ({}); "
                              "install the package {}",
                              m_file, m_failure, m_package));
  void* f = find_symbol(m_handle, name);
  if (!f)
    throw Error(m_status, msg(lang,
                              "the library {} has no function {}: it is another version than "
                              "vap was built with; build vap again",
                              m_file, name));
  return f;
}

} // namespace vap
