#include "vap/cpus.hpp"

#include <algorithm>
#include <thread>

#ifdef _WIN32
#ifndef NOMINMAX
#define NOMINMAX // std::max, not windows.h's macro
#endif
#include <windows.h>
#elif defined(__linux__)
#include <sched.h>
#endif

namespace vap {

unsigned usable_cpus() {
  const unsigned all = std::max(1u, std::thread::hardware_concurrency());
#ifdef _WIN32
  DWORD_PTR process = 0, system = 0;
  if (GetProcessAffinityMask(GetCurrentProcess(), &process, &system) && process != 0) {
    unsigned n = 0;
    for (DWORD_PTR m = process; m != 0; m &= m - 1)
      ++n;
    return std::clamp(n, 1u, all);
  }
#elif defined(__linux__)
  cpu_set_t set;
  CPU_ZERO(&set);
  if (sched_getaffinity(0, sizeof(set), &set) == 0) {
    const int n = CPU_COUNT(&set);
    if (n > 0) return std::clamp(static_cast<unsigned>(n), 1u, all);
  }
#endif
  return all;
}

} // namespace vap
