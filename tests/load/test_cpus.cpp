// usable_cpus(): the loading threads follow the CPUs the process may use, so that a run pinned to
// one CPU does not split its files between two threads taking turns on it.
#include "vap/cpus.hpp"

#include <doctest/doctest.h>

#include <thread>

#ifdef _WIN32
#ifndef NOMINMAX
#define NOMINMAX
#endif
#include <windows.h>
#elif defined(__linux__)
#include <sched.h>
#endif

TEST_CASE("usable_cpus: the affinity mask, one CPU when pinned to one") {
  const unsigned all = std::thread::hardware_concurrency();
  const unsigned before = vap::usable_cpus();
  CHECK(before >= 1);
  if (all > 0) CHECK(before <= all);
#ifdef _WIN32
  DWORD_PTR process = 0, system = 0;
  REQUIRE(GetProcessAffinityMask(GetCurrentProcess(), &process, &system));
  const DWORD_PTR lowest = process & (~process + 1);
  REQUIRE(SetProcessAffinityMask(GetCurrentProcess(), lowest));
  CHECK(vap::usable_cpus() == 1);
  REQUIRE(SetProcessAffinityMask(GetCurrentProcess(), process));
  CHECK(vap::usable_cpus() == before);
#elif defined(__linux__)
  cpu_set_t saved;
  REQUIRE(sched_getaffinity(0, sizeof(saved), &saved) == 0);
  int first = 0;
  while (!CPU_ISSET(first, &saved))
    ++first;
  cpu_set_t one;
  CPU_ZERO(&one);
  CPU_SET(first, &one);
  REQUIRE(sched_setaffinity(0, sizeof(one), &one) == 0);
  CHECK(vap::usable_cpus() == 1);
  REQUIRE(sched_setaffinity(0, sizeof(saved), &saved) == 0);
  CHECK(vap::usable_cpus() == before);
#endif
}
