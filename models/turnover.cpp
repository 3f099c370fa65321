// Staff turnover (docs/ODD.md §7; 000 §5.3, §6.3): people leave and their posts are filled.
// The leaver's informal ties go with them; the newcomer starts with no tenure and no knowledge of
// the structures beyond what the post gives, and forms ties by the formation rules — colleagues in
// the unit, the formal line, a few in the sector (network_formation.cpp). A share of posts is
// filled by someone moving from another sector, who brings competence and acquaintances from
// there: earlier roles in other parts of the organisation are how bridges arise (000 §6.3). The
// post keeps its competence profile (a replacement is hired for the job) and its seats (an arena
// seat held by the post passes to the successor).
#include <cmath>

#include "models/mechanisms.hpp"

namespace samsim::models {

double tenureNow(const World& w, int agent) {
  const auto ui = static_cast<std::size_t>(agent);
  return w.agents.tenure[ui] + (w.day - w.agents.tenureDay[ui]) / kWorkingDaysPerYear;
}

void replaceAgent(World& w, int agent, sim::RandomStream& rng) {
  const auto ui = static_cast<std::size_t>(agent);
  Agents& a = w.agents;
  w.ties.clearAgent(agent);
  a.tenure[ui] = 0.0;
  a.tenureDay[ui] = w.day;
  // Knowledge of the structures grows with tenure (organisation.cpp); leaders get a briefing.
  a.knowledge[ui] = isLeader(a.role[ui]) ? 0.15 : 0.0;
  a.knowledgeDay[ui] = w.day;
  formNewcomerTies(w, agent, rng, rng.bernoulli(w.sc().network.internalMoveShare));
}

void staffTurnover(World& w) {
  const double rate = w.sc().network.turnoverPerYear;
  if (rate <= 0.0) return;
  auto rng = w.stream(sim::purpose("turnover"));
  const int N = w.agents.size();
  const auto leavers = rng.poisson(rate * N / kWorkingDaysPerYear);
  for (std::uint64_t k = 0; k < leavers; ++k)
    replaceAgent(w, static_cast<int>(rng.below(static_cast<std::uint64_t>(N))), rng);
}

}  // namespace samsim::models
