#include "sim/progress.hpp"

#include <unistd.h>

#include <cmath>
#include <cstdio>

#include <fmt/format.h>

namespace samsim::sim {
namespace {

std::string duration(double seconds) {
  if (seconds < 0 || seconds > 1e7) return "?";
  const long s = std::lround(seconds);
  if (s >= 3600) return fmt::format("{}h{:02}m", s / 3600, (s % 3600) / 60);
  if (s >= 60) return fmt::format("{}m{:02}s", s / 60, s % 60);
  return fmt::format("{}s", s);
}

}  // namespace

Progress::Progress(std::string label, std::size_t total, std::size_t alreadyDone, bool quiet)
    : m_label(std::move(label)),
      m_total(total),
      m_start(alreadyDone),
      m_done(alreadyDone),
      m_quiet(quiet || total == 0),
      m_terminal(::isatty(STDERR_FILENO) != 0),
      m_begin(std::chrono::steady_clock::now()),
      m_lastDraw(m_begin) {}

void Progress::advance(std::size_t n) {
  std::lock_guard lock(m_mutex);
  m_done += n;
  draw(false);
}

void Progress::finish() {
  std::lock_guard lock(m_mutex);
  draw(true);
}

void Progress::draw(bool final) {
  if (m_quiet) return;
  const auto now = std::chrono::steady_clock::now();
  const double sinceDraw = std::chrono::duration<double>(now - m_lastDraw).count();
  if (!final && sinceDraw < (m_terminal ? 0.1 : 1.0)) return;
  if (!final && !m_terminal && (m_done - m_lastPlain) * 20 < m_total) return;
  m_lastDraw = now;
  m_lastPlain = m_done;
  const double elapsed = std::chrono::duration<double>(now - m_begin).count();
  const double rate = elapsed > 0 ? static_cast<double>(m_done - m_start) / elapsed : 0.0;
  const double left = rate > 0 ? static_cast<double>(m_total - m_done) / rate : -1.0;
  const std::string text = fmt::format("{} {}/{} runs, {:.2f} runs/s, {} left", m_label, m_done, m_total,
                                       rate, final ? duration(0) : duration(left));
  if (m_terminal) {
    constexpr std::size_t kWidth = 30;
    const std::size_t filled = m_total ? kWidth * m_done / m_total : kWidth;
    std::fprintf(stderr, "\r[%s%s] %s%s", std::string(filled, '#').c_str(),
                 std::string(kWidth - filled, '.').c_str(), text.c_str(), final ? "\n" : "");
  } else {
    std::fprintf(stderr, "%s\n", text.c_str());
  }
  std::fflush(stderr);
}

}  // namespace samsim::sim
