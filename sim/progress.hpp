#pragma once
// Progress of long work: a bar with done/total, rate and time left on a terminal, plain lines
// (every 5 % and at most one a second) when stderr is not a terminal. Thread-safe; writes only to stderr.
#include <chrono>
#include <cstddef>
#include <mutex>
#include <string>

namespace samsim::sim {

class Progress {
 public:
  Progress(std::string label, std::size_t total, std::size_t alreadyDone = 0, bool quiet = false);
  void advance(std::size_t n = 1);
  void finish();

 private:
  void draw(bool final);
  std::string m_label;
  std::size_t m_total;
  std::size_t m_start;
  std::size_t m_done;
  std::size_t m_lastPlain = 0;
  bool m_quiet;
  bool m_terminal;
  std::chrono::steady_clock::time_point m_begin;
  std::chrono::steady_clock::time_point m_lastDraw;
  std::mutex m_mutex;
};

}  // namespace samsim::sim
