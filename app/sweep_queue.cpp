#include "app/sweep_queue.hpp"

#include <chrono>
#include <exception>
#include <stdexcept>

#include <fmt/format.h>

#include "sim/input_error.hpp"

namespace samsim::app {

nlohmann::json RunOutcome::toJson() const {
  nlohmann::json j{{"failed", failed}, {"bad_input", badInput}, {"message", message}, {"seconds", seconds}};
  j["index"] = index ? nlohmann::json(*index) : nlohmann::json();
  return j;
}

RunOutcome RunOutcome::fromJson(const nlohmann::json& j) {
  RunOutcome o;
  if (!j.at("index").is_null()) o.index = j.at("index").get<std::size_t>();
  o.failed = j.at("failed").get<bool>();
  o.badInput = j.at("bad_input").get<bool>();
  o.message = j.at("message").get<std::string>();
  o.seconds = j.at("seconds").get<double>();
  return o;
}

RunOutcome attemptRun(const PlannedRun& run, std::size_t index, const std::filesystem::path& dir) {
  RunOutcome outcome;
  outcome.index = index;
  const auto start = std::chrono::steady_clock::now();
  try {
    executeRun(run, dir);
  } catch (const sim::InputError& e) {
    outcome.failed = outcome.badInput = true;
    outcome.message = e.what();
  } catch (const std::exception& e) {
    outcome.failed = true;
    outcome.message = e.what();
  }
  outcome.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  return outcome;
}

void RankTotals::record(const RunOutcome& outcome) {
  ++runs;
  if (outcome.failed) ++failed;
  runSeconds += outcome.seconds;
}

void RankTotals::add(const RankTotals& other) {
  runs += other.runs;
  failed += other.failed;
  runSeconds += other.runSeconds;
  startSeconds += other.startSeconds;
  waitSeconds += other.waitSeconds;
}

nlohmann::json RankTotals::toJson() const {
  return {{"threads", threads},
          {"runs", runs},
          {"failed_runs", failed},
          {"run_seconds", runSeconds},
          {"start_seconds", startSeconds},
          {"wait_seconds", waitSeconds}};
}

RunQueue::RunQueue(std::size_t runs, sim::Progress& progress)
    : m_runs(runs), m_holder(runs, -1), m_progress(progress) {}

void RunQueue::report(int rank, const RunOutcome& outcome) {
  const std::lock_guard lock(m_mutex);
  if (!outcome.index || *outcome.index >= m_next || m_holder[*outcome.index] != rank)
    throw std::logic_error(fmt::format("rank {} reported a run it was not given", rank));
  m_holder[*outcome.index] = -1;  // reported once
  if (outcome.failed) {
    m_failures.push_back(outcome);
    m_failedOn.push_back(rank);
  } else {
    m_progress.advance();
  }
}

std::vector<std::size_t> RunQueue::take(int rank, std::size_t want) {
  const std::lock_guard lock(m_mutex);
  std::vector<std::size_t> runs;
  while (m_failures.empty() && m_next < m_runs && runs.size() < want) {
    m_holder[m_next] = rank;
    runs.push_back(m_next++);
  }
  return runs;
}

std::optional<std::size_t> RunQueue::next(int rank, const RunOutcome& previous) {
  if (previous.index) report(rank, previous);
  const auto runs = take(rank, 1);
  if (runs.empty()) return std::nullopt;
  return runs.front();
}

std::size_t RunQueue::handedOut() const {
  const std::lock_guard lock(m_mutex);
  return m_next;
}

void RunQueue::throwIfFailed() const {
  const std::lock_guard lock(m_mutex);
  if (m_failures.empty()) return;
  std::string message = fmt::format("rank {}: {}", m_failedOn[0], m_failures[0].message);
  for (std::size_t i = 1; i < m_failures.size(); ++i)
    message += fmt::format("; also rank {}: {}", m_failedOn[i], m_failures[i].message);
  message +=
      " — the sweep stopped; finished runs are kept, and re-running the same command finishes the rest";
  if (m_failures[0].badInput) throw sim::InputError(message);
  throw std::runtime_error(message);
}

}  // namespace samsim::app
