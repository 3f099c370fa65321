// Unplanned effects (000 §5.2: "Uventede effekter ... IT-sjefen og kommunalteknikk fant ut at de
// kunne automatisere manuelt arbeid"): people with complementary competence who work on the same
// problem — an arena item both spoke to, or a cross-sector issue solved together — and have time
// to spare sometimes produce something new. A meeting leaves its attendees little time that day,
// so a pair from a meeting takes the idea further on the first later day both have the hours
// (before the next meeting); a pair who solved an issue together tries at once. Brokerage across structural
// holes breeds good ideas (Burt 2004). Only a pair who both still have `innovation.hours` of today's slack
// can take it further; the chance grows with how different their competence profiles are and with the trust
// between them. Working the idea out costs each of them `innovation.hours`, and an innovation frees
// a little operational demand in both people's units.
#include "models/mechanisms/mechanisms.hpp"

namespace samsim::models {

void maybeInnovate(const RunContext& now, Workforce& wf, const InformalNetwork& ties, Counters& counters,
                   int a, int b, double rate, bool meeting, std::uint64_t event) {
  const Scenario& s = now.sc();
  if (!s.innovation.enabled || rate <= 0) return;
  const double hours = s.innovation.hours;
  if (wf.agents.budget[static_cast<std::size_t>(a)] < hours ||
      wf.agents.budget[static_cast<std::size_t>(b)] < hours)
    return;  // no time to spare today
  const auto ca = wf.agents.competence.col(a);
  const auto cb = wf.agents.competence.col(b);
  const double norm = ca.norm() * cb.norm();
  const double complementarity = norm > 0 ? 1.0 - ca.dot(cb) / norm : 0.0;
  const double p = rate * complementarity * ties.weight(a, b, now.day);
  auto rng = meeting
                 ? now.stream(sim::purpose("innovation-meeting"),
                              sim::pairEntity(static_cast<std::uint32_t>(a), static_cast<std::uint32_t>(b)))
                 : now.stream(sim::purpose("innovation-joint-work"), event);
  if (!rng.bernoulli(p)) return;
  ++counters.innovations;
  ++(meeting ? counters.innovationsMeeting : counters.innovationsInformal);
  counters.innovationHours += spend(wf.agents, a, hours) + spend(wf.agents, b, hours);
  for (int id : {a, b})
    wf.units[static_cast<std::size_t>(wf.agents.unit[static_cast<std::size_t>(id)])].demandFactor *=
        1.0 - s.innovation.effect;
}

void pursueIdeas(const RunContext& now, Workforce& wf, const InformalNetwork& ties, HubState& hub,
                 Counters& counters) {
  auto& ideas = hub.ideas;
  const double hours = now.sc().innovation.hours;
  std::erase_if(ideas, [&](const std::pair<int, int>& pair) {
    const auto [a, b] = pair;
    if (wf.agents.budget[static_cast<std::size_t>(a)] < hours ||
        wf.agents.budget[static_cast<std::size_t>(b)] < hours)
      return false;  // no time yet
    maybeInnovate(now, wf, ties, counters, a, b, now.sc().innovation.meetingRate, true);
    return true;
  });
}

}  // namespace samsim::models
