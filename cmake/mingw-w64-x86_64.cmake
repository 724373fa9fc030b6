# Cross-compiling for 64-bit Windows with Debian's mingw-w64 (posix threads, for std::thread).
# VAP_WINDOWS_PREFIX is the prefix scripts/windows builds the libraries into (a cache variable,
# or the environment variable of that name).
set(CMAKE_SYSTEM_NAME Windows)
set(CMAKE_SYSTEM_PROCESSOR x86_64)
set(VAP_MINGW x86_64-w64-mingw32)

if(NOT VAP_WINDOWS_PREFIX AND DEFINED ENV{VAP_WINDOWS_PREFIX})
  set(VAP_WINDOWS_PREFIX "$ENV{VAP_WINDOWS_PREFIX}")
endif()
set(VAP_WINDOWS_PREFIX "${VAP_WINDOWS_PREFIX}" CACHE PATH "Windows libraries built by scripts/windows")
# try_compile projects read this file again: hand them the prefix.
list(APPEND CMAKE_TRY_COMPILE_PLATFORM_VARIABLES VAP_WINDOWS_PREFIX)

set(CMAKE_C_COMPILER ${VAP_MINGW}-gcc-posix)
set(CMAKE_CXX_COMPILER ${VAP_MINGW}-g++-posix)
set(CMAKE_RC_COMPILER ${VAP_MINGW}-windres)

set(CMAKE_FIND_ROOT_PATH /usr/${VAP_MINGW} ${VAP_WINDOWS_PREFIX})
set(CMAKE_PREFIX_PATH ${VAP_WINDOWS_PREFIX})
set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)
set(CMAKE_FIND_ROOT_PATH_MODE_LIBRARY ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_INCLUDE ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_PACKAGE ONLY)
# pkg-config finds only the Windows libraries.
set(ENV{PKG_CONFIG_LIBDIR} "${VAP_WINDOWS_PREFIX}/lib/pkgconfig")
set(ENV{PKG_CONFIG_SYSROOT_DIR} "")
# Tests of the build run vap.exe and vap_tests.exe under Wine.
set(CMAKE_CROSSCOMPILING_EMULATOR wine)
