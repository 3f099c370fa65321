#pragma once
// The informal, weighted tie layer (000 §5.3; Burt 2004). Every agent has a fixed number of tie
// slots (no per-agent heap churn); a tie stores its weight at the day it was last touched and
// decays lazily towards a floor when read: unit colleagues keep a floor from daily work, other ties
// fade unless joint work or co-attendance renews them (drift, 000 §5.3).
#include <cmath>
#include <cstdint>
#include <vector>

namespace samsim::models {

struct TieSlot {
  std::int32_t other = -1;  // -1: empty slot
  std::int32_t day = 0;     // day the weight was last set
  double weight = 0.0;      // in [0, 1]
  double floor = 0.0;       // weight it decays towards
};

class InformalNetwork {
 public:
  void init(int agents, int slots, double halfLifeDays);
  [[nodiscard]] int agents() const { return m_agents; }
  [[nodiscard]] int slots() const { return m_slots; }
  [[nodiscard]] const TieSlot* row(int agent) const {
    return &m_ties[static_cast<std::size_t>(agent) * static_cast<std::size_t>(m_slots)];
  }

  // Weight of a slot on `day` after decay: exponential towards the floor, computed on read.
  [[nodiscard]] double weightOf(const TieSlot& slot, int day) const {
    if (slot.other < 0) return 0.0;
    const int age = day - slot.day;
    if (age <= 0) return slot.weight;
    return slot.floor + (slot.weight - slot.floor) * decay(age);
  }
  [[nodiscard]] double weight(int a, int b, int day) const;  // 0 without a tie
  // Adds `gain`·(1 − w) to the tie (creating it, possibly replacing the weakest tie); symmetric.
  void strengthen(int a, int b, double gain, int day, double floor = 0.0);
  // Sets a tie to exactly `weight` (construction); symmetric.
  void set(int a, int b, double weight, int day, double floor);
  // Restores a tie into given slots of both ends (an exported tie store read back); false when a
  // slot is out of range or taken by another tie.
  bool place(int a, int slotA, int b, int slotB, const TieSlot& state);
  [[nodiscard]] int degree(int agent, int day, double threshold) const;
  // Removes every tie of `agent` (both directions): the person has left.
  void clearAgent(int agent);
  [[nodiscard]] double halfLife() const { return m_halfLife; }
  // Invariant check for tests: symmetric and every weight in [0, 1].
  [[nodiscard]] bool consistent(int day) const;

 private:
  // exp(-decay rate * age), from a table for the ages a run meets (the same doubles: the table
  // holds exactly what the call would return); weights are read millions of times a run.
  [[nodiscard]] double decay(int age) const {
    return static_cast<std::size_t>(age) < m_decay.size() ? m_decay[static_cast<std::size_t>(age)]
                                                          : std::exp(-m_decayPerDay * age);
  }
  TieSlot* find(int a, int b);
  TieSlot* claim(int a, int day);  // empty or weakest slot of a (detaching its partner)
  void removeDirected(int a, int b);
  int m_agents = 0;
  int m_slots = 0;
  double m_halfLife = 100.0;
  double m_decayPerDay = 0.0;
  std::vector<double> m_decay;  // decay(age) for ages below its size
  std::vector<TieSlot> m_ties;
};

}  // namespace samsim::models
