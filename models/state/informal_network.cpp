#include "models/state/informal_network.hpp"

#include <algorithm>
#include <cmath>

namespace samsim::models {

void InformalNetwork::init(int agents, int slots, double halfLifeDays) {
  m_agents = agents;
  m_slots = slots;
  m_halfLife = halfLifeDays;
  m_decayPerDay = std::log(2.0) / halfLifeDays;
  constexpr int kTabulatedAges = 2048;  // beyond the ages of a run's ties but for the oldest
  m_decay.resize(kTabulatedAges);
  for (int age = 0; age < kTabulatedAges; ++age)
    m_decay[static_cast<std::size_t>(age)] = std::exp(-m_decayPerDay * age);
  m_ties.assign(static_cast<std::size_t>(agents) * static_cast<std::size_t>(slots), TieSlot{});
}

double InformalNetwork::weight(int a, int b, int day) const {
  const TieSlot* r = row(a);
  for (int k = 0; k < m_slots; ++k)
    if (r[k].other == b) return weightOf(r[k], day);
  return 0.0;
}

TieSlot* InformalNetwork::find(int a, int b) {
  TieSlot* r = &m_ties[static_cast<std::size_t>(a) * static_cast<std::size_t>(m_slots)];
  for (int k = 0; k < m_slots; ++k)
    if (r[k].other == b) return &r[k];
  return nullptr;
}

void InformalNetwork::removeDirected(int a, int b) {
  if (TieSlot* s = find(a, b)) *s = TieSlot{};
}

TieSlot* InformalNetwork::claim(int a, int day) {
  TieSlot* r = &m_ties[static_cast<std::size_t>(a) * static_cast<std::size_t>(m_slots)];
  TieSlot* weakest = nullptr;
  double weakestWeight = 2.0;
  for (int k = 0; k < m_slots; ++k) {
    if (r[k].other < 0) return &r[k];
    const double w = weightOf(r[k], day);
    if (w < weakestWeight) {
      weakestWeight = w;
      weakest = &r[k];
    }
  }
  removeDirected(weakest->other, a);
  *weakest = TieSlot{};
  return weakest;
}

void InformalNetwork::set(int a, int b, double weight, int day, double floor) {
  if (a == b) return;
  TieSlot* sa = find(a, b);
  if (!sa) sa = claim(a, day);
  TieSlot* sb = find(b, a);
  if (!sb) sb = claim(b, day);
  // claim(b) may have evicted a's slot for b only if it pointed at b, which it does not yet.
  *sa = TieSlot{b, day, weight, floor};
  *sb = TieSlot{a, day, weight, floor};
}

void InformalNetwork::strengthen(int a, int b, double gain, int day, double floor) {
  if (a == b) return;
  TieSlot* sa = find(a, b);
  if (sa == nullptr) {  // a new tie
    set(a, b, std::min(1.0, gain), day, floor);
    return;
  }
  // An existing tie: both directed slots exist (the store is symmetric); update them in place.
  const double w = weightOf(*sa, day);
  const double f = std::max(sa->floor, floor);
  const TieSlot updated{b, day, std::min(1.0, w + gain * (1.0 - w)), f};
  *sa = updated;
  *find(b, a) = TieSlot{a, day, updated.weight, f};
}

bool InformalNetwork::place(int a, int slotA, int b, int slotB, const TieSlot& state) {
  if (a == b || slotA < 0 || slotB < 0 || slotA >= m_slots || slotB >= m_slots) return false;
  TieSlot& sa = m_ties[static_cast<std::size_t>(a) * static_cast<std::size_t>(m_slots) +
                       static_cast<std::size_t>(slotA)];
  TieSlot& sb = m_ties[static_cast<std::size_t>(b) * static_cast<std::size_t>(m_slots) +
                       static_cast<std::size_t>(slotB)];
  if ((sa.other >= 0 && sa.other != b) || (sb.other >= 0 && sb.other != a)) return false;
  sa = TieSlot{b, state.day, state.weight, state.floor};
  sb = TieSlot{a, state.day, state.weight, state.floor};
  return true;
}

void InformalNetwork::clearAgent(int agent) {
  TieSlot* r = &m_ties[static_cast<std::size_t>(agent) * static_cast<std::size_t>(m_slots)];
  for (int k = 0; k < m_slots; ++k) {
    if (r[k].other >= 0) removeDirected(r[k].other, agent);
    r[k] = TieSlot{};
  }
}

int InformalNetwork::degree(int agent, int day, double threshold) const {
  const TieSlot* r = row(agent);
  int n = 0;
  for (int k = 0; k < m_slots; ++k)
    if (r[k].other >= 0 && weightOf(r[k], day) >= threshold) ++n;
  return n;
}

bool InformalNetwork::consistent(int day) const {
  for (int a = 0; a < m_agents; ++a) {
    const TieSlot* r = row(a);
    for (int k = 0; k < m_slots; ++k) {
      if (r[k].other < 0) continue;
      const double w = weightOf(r[k], day);
      if (!(w >= 0.0 && w <= 1.0)) return false;
      if (std::abs(weight(r[k].other, a, day) - w) > 1e-12) return false;
    }
  }
  return true;
}

}  // namespace samsim::models
