#pragma once
// Bounds the work a workshop server takes on: at most `running` comparisons at once and at most
// `waiting` more in line; anything beyond is refused at once rather than queued for ever.
#include <chrono>
#include <condition_variable>
#include <mutex>

namespace samsim::app::serve {

class JobSlots {
 public:
  JobSlots(int running, int waiting) : m_maxRunning(running), m_maxWaiting(waiting) {}

  // Joins the line; false when it is full.
  bool enqueue() {
    std::lock_guard lock(m_mutex);
    if (m_waiting >= m_maxWaiting) return false;
    ++m_waiting;
    return true;
  }
  // Waits up to `patience` for a free slot; true once the job holds one (then it must release()).
  bool waitTurn(std::chrono::milliseconds patience) {
    std::unique_lock lock(m_mutex);
    if (!m_changed.wait_for(lock, patience, [this] { return m_running < m_maxRunning; })) return false;
    --m_waiting;
    ++m_running;
    return true;
  }
  // Leaves the line without running (the page went away while waiting).
  void leave() {
    std::lock_guard lock(m_mutex);
    --m_waiting;
  }
  void release() {
    {
      std::lock_guard lock(m_mutex);
      --m_running;
    }
    m_changed.notify_all();
  }
  [[nodiscard]] int waiting() {
    std::lock_guard lock(m_mutex);
    return m_waiting;
  }

 private:
  int m_maxRunning;
  int m_maxWaiting;
  int m_running = 0;
  int m_waiting = 0;
  std::mutex m_mutex;
  std::condition_variable m_changed;
};

}  // namespace samsim::app::serve
