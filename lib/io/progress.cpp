#include "vap/progress.hpp"

#include <fmt/format.h>

#include "vap/platform.hpp"

#include <algorithm>

namespace vap {
namespace {

constexpr auto k_interval = std::chrono::milliseconds(100);

} // namespace

std::string progress_line(std::size_t done, std::size_t total, std::size_t width) {
  std::size_t filled = total == 0 ? width : std::min(width, done * width / total);
  return fmt::format("\r[{}{}] {}/{} files", std::string(filled, '#'),
                     std::string(width - filled, ' '), done, total);
}

Progress::Progress(bool enabled, std::size_t min_items, std::FILE* out)
    : m_enabled(enabled), m_min_items(min_items), m_out(out) {}

Progress::~Progress() {
  finish();
}

bool Progress::stderr_is_terminal() {
  return is_terminal(stderr);
}

void Progress::update(std::size_t done, std::size_t total) {
  if (!m_enabled || total <= m_min_items) return;
  std::size_t seen = m_done.load();
  while (done > seen && !m_done.compare_exchange_weak(seen, done)) {
  }
  m_total = total;
  // A thread that finds another drawing skips its update; the count is kept for the next draw.
  std::unique_lock lock(m_draw, std::try_to_lock);
  if (!lock.owns_lock() || m_finished) return;
  auto now = std::chrono::steady_clock::now();
  if (m_drawn && now - m_last < k_interval) return;
  m_last = now;
  m_drawn = true;
  std::fputs(progress_line(m_done.load(), total).c_str(), m_out);
  std::fflush(m_out);
}

void Progress::finish() {
  std::lock_guard lock(m_draw);
  if (m_finished) return;
  m_finished = true;
  if (!m_drawn) return;
  std::fputs(progress_line(m_done.load(), m_total.load()).c_str(), m_out);
  std::fputs("\n", m_out);
  std::fflush(m_out);
}

} // namespace vap
