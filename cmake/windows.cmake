# The Windows build (cross-compiled by scripts/windows with cmake/mingw-w64-x86_64.cmake): every
# library comes from VAP_WINDOWS_PREFIX, under the names the Linux build's find_package gives.
if(NOT VAP_WINDOWS_PREFIX)
  message(FATAL_ERROR "VAP_WINDOWS_PREFIX is not set: build for Windows with scripts/windows")
endif()
find_package(yaml-cpp CONFIG REQUIRED)
find_package(Threads REQUIRED)
find_package(PkgConfig REQUIRED)
pkg_check_modules(UTF8PROC REQUIRED IMPORTED_TARGET libutf8proc)
# utf8proc's .pc is for its DLL; the static library needs UTF8PROC_STATIC.
set_property(TARGET PkgConfig::UTF8PROC APPEND PROPERTY INTERFACE_COMPILE_DEFINITIONS UTF8PROC_STATIC)
set(MUSTACHE_INCLUDE_DIR ${VAP_WINDOWS_PREFIX}/include)

# Header-only libraries (their Debian -dev packages' headers, copied into the prefix): Debian's
# fmt CMake files name its amd64 library and doctest's name /usr, so the targets are made here.
function(vap_header_only target)
  add_library(${target} INTERFACE IMPORTED GLOBAL)
  set_target_properties(${target} PROPERTIES INTERFACE_INCLUDE_DIRECTORIES ${VAP_WINDOWS_PREFIX}/include
                                             INTERFACE_COMPILE_DEFINITIONS "${ARGN}")
endfunction()
vap_header_only(fmt::fmt FMT_HEADER_ONLY)
vap_header_only(CLI11::CLI11)
vap_header_only(doctest::doctest)
vap_header_only(nlohmann_json::nlohmann_json)

# One vap.exe with nothing beside it: the C and C++ runtimes and winpthreads linked in.
add_link_options(-static -static-libgcc -static-libstdc++)
# Small, as vap.exe is downloaded over village connections: compiled for size (-Os, set by the
# windows preset: -O3 made vap's own objects 1.8 times as large; the Linux build, which bench/
# measures, keeps -O3), one section per function and datum, and the linker drops those nothing
# calls (the libraries in the prefix are built the same way; vap.exe was 43 MB with ICU's whole
# data).
add_compile_options(-ffunction-sections -fdata-sections)
add_link_options(-Wl,--gc-sections)
enable_language(RC)

# Libraries with a static .a in the prefix: pkg-config's --static flags, so that what they need
# (zlib and minizip under libzip and libxlsxwriter) is linked too.
function(vap_static_pkg name module)
  pkg_check_modules(${name} REQUIRED ${module})
  add_library(PkgConfig::${name} INTERFACE IMPORTED GLOBAL)
  set_target_properties(PkgConfig::${name} PROPERTIES
    INTERFACE_INCLUDE_DIRECTORIES "${VAP_WINDOWS_PREFIX}/include"
    INTERFACE_LINK_DIRECTORIES "${${name}_STATIC_LIBRARY_DIRS}"
    INTERFACE_LINK_LIBRARIES "${${name}_STATIC_LIBRARIES}"
    INTERFACE_COMPILE_DEFINITIONS "${ARGN}")
endfunction()
vap_static_pkg(MD4C md4c-html)
vap_static_pkg(LIBZIP libzip ZIP_STATIC)
vap_static_pkg(EXPAT expat XML_STATIC)
vap_static_pkg(XLSXWRITER xlsxwriter)
# GMP's rationals for `vap budget` (gmpxx.pc names gmp).
vap_static_pkg(GMPXX gmpxx)
# Debian builds libxlsxwriter on the system minizip, which its .pc does not name.
set_property(TARGET PkgConfig::XLSXWRITER APPEND PROPERTY INTERFACE_LINK_LIBRARIES minizip z)
# ICU (plural forms, Windows-1251), built static by scripts/windows: MinGW names the static
# libraries libsicu*.a while their .pc files name -licu*, so the target is made here.
add_library(PkgConfig::ICU INTERFACE IMPORTED GLOBAL)
set_target_properties(PkgConfig::ICU PROPERTIES
  INTERFACE_INCLUDE_DIRECTORIES "${VAP_WINDOWS_PREFIX}/include"
  INTERFACE_LINK_DIRECTORIES "${VAP_WINDOWS_PREFIX}/lib"
  INTERFACE_LINK_LIBRARIES "sicuin;sicuuc;sicudt"
  INTERFACE_COMPILE_DEFINITIONS U_STATIC_IMPLEMENTATION)
