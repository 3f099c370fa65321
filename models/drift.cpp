// Drift (000 §5.3): when coordination is not pressing, structures and ways of working slowly
// decouple from needs — people's knowledge of who does what across the organisation fades unless
// cross-sector work or arena meetings refresh it. Ties fade the same way (informal_network.cpp).
// Knowledge is decayed lazily: stored with the day it was last refreshed.
#include <cmath>

#include "models/mechanisms.hpp"

namespace samsim::models {

double knowledgeNow(const World& w, int agent) {
  const auto ui = static_cast<std::size_t>(agent);
  const double k = w.agents.knowledge[ui];
  if (!w.sc().drift.enabled) return k;
  const int age = w.day - w.agents.knowledgeDay[ui];
  return k * std::exp(-w.sc().drift.knowledgeDecayPerYear * age / w.sc().workforce.workingDaysPerYear);
}

void refreshKnowledge(World& w, int agent) {
  const auto ui = static_cast<std::size_t>(agent);
  const double k = knowledgeNow(w, agent);
  w.agents.knowledge[ui] = std::min(1.0, k + w.sc().drift.refresh * (1.0 - k));
  w.agents.knowledgeDay[ui] = w.day;
}

}  // namespace samsim::models
