#pragma once
// How many CPUs this process may run on: the loading threads are as many (and no more, so that a
// run pinned to one CPU, `taskset -c 0` or Windows' "Set affinity", is not two threads taking
// turns on it).

namespace vap {

// The CPUs of the process's affinity mask (Linux: sched_getaffinity, Windows:
// GetProcessAffinityMask), else std::thread::hardware_concurrency(); at least 1.
unsigned usable_cpus();

} // namespace vap
