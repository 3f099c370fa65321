// Drift (000 §5.3): when coordination is not pressing, structures and ways of working slowly
// decouple from needs — people's knowledge of who does what across the organisation fades unless
// cross-sector work or arena meetings refresh it. Ties fade the same way (informal_network.cpp).
// Knowledge is decayed lazily: stored with the day it was last refreshed.
#include <cmath>

#include "models/mechanisms/mechanisms.hpp"

namespace samsim::models {

double knowledgeNow(const RunContext& now, const Agents& a, int agent) {
  const auto ui = static_cast<std::size_t>(agent);
  const double k = a.knowledge[ui];
  if (!now.sc().drift.enabled) return k;
  const int age = now.day - a.knowledgeDay[ui];
  return k * std::exp(-now.sc().drift.knowledgeDecayPerYear * age / now.sc().workforce.workingDaysPerYear);
}

void refreshKnowledge(const RunContext& now, Agents& a, int agent) {
  const auto ui = static_cast<std::size_t>(agent);
  const double k = knowledgeNow(now, a, agent);
  a.knowledge[ui] = std::min(1.0, k + now.sc().drift.refresh * (1.0 - k));
  a.knowledgeDay[ui] = now.day;
}

}  // namespace samsim::models
