#pragma once
// A progress bar for long batches on standard error: "\r[#####     ] 1234/4320 files", drawn at
// most ten times a second and closed with a newline. It is only shown on a terminal, so that
// logs and pipes never see it.
#include <atomic>
#include <chrono>
#include <cstddef>
#include <cstdio>
#include <mutex>
#include <string>

namespace vap {

// The bar as it is drawn: a carriage return, `width` cells, then "done/total files".
std::string progress_line(std::size_t done, std::size_t total, std::size_t width = 30);

class Progress {
public:
  // Shows the bar when `enabled` and the run has more than `min_items` items.
  Progress(bool enabled, std::size_t min_items, std::FILE* out = stderr);
  ~Progress();
  Progress(const Progress&) = delete;
  Progress& operator=(const Progress&) = delete;

  // `done` of `total` items are finished; safe to call from several threads at once.
  void update(std::size_t done, std::size_t total);
  // Draws the last state and ends the line (once; the destructor calls it too).
  void finish();

  // Standard error is a terminal.
  static bool stderr_is_terminal();

private:
  bool m_enabled;
  std::size_t m_min_items;
  std::FILE* m_out;
  std::mutex m_draw;
  std::chrono::steady_clock::time_point m_last{};
  std::atomic<std::size_t> m_done{0};
  std::atomic<std::size_t> m_total{0};
  bool m_drawn = false;
  bool m_finished = false;
};

} // namespace vap
