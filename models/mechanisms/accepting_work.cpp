// Taking on work is the taker's choice (issue routing, the line, the arena). Whoever asks knows
// whom they can name and how competent they are; only the person asked knows how full their days
// are. The more hours they have free over the next `routing.accept_horizon_days` beyond the work
// already taken on, the likelier a yes; a person whose taken-on work fills those days declines
// (000 §6.1: coordination is done from the time that is left; 002: time is the scarcest resource
// of those asked to do more). Informal search (issue_routing.cpp) asks contacts by the same rule.
#include <algorithm>

#include "models/mechanisms/mechanisms.hpp"
#include "models/state/issue_life_cycle.hpp"

namespace samsim::models {

double freeHoursAhead(const Scenario& s, const Agents& agents, PersonId who) {
  const auto ui = who.index();
  // What is left today, and for each further day a day like today as it began (a meeting this
  // morning does not empty the week; hours worked past the budget do not add to it).
  const double ahead = agents.budget[ui] + (s.routing.acceptHorizonDays - 1) * agents.dayBudget[ui];
  return std::max(0.0, ahead - agents.committed[ui]);
}

double willingness(const Scenario& s, const Agents& agents, PersonId who) {
  return std::min(1.0, freeHoursAhead(s, agents, who) / s.routing.spareHoursForYes);
}

bool agreesToTakeOn(const RunContext& now, Agents& agents, PersonId who, sim::RandomStream& rng) {
  const Scenario& s = now.sc();
  // Absent people, and people without the time to hear the request today, do not answer.
  if (!agents.present[who.index()] || agents.budget[who.index()] + 1e-9 < s.routing.askHours) return false;
  spend(agents, who.value(), s.routing.askHours);  // hearing the request and answering it
  return rng.bernoulli(willingness(s, agents, who));
}

}  // namespace samsim::models
