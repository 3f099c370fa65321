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
#include "models/mechanisms.hpp"

namespace samsim::models {

void maybeInnovate(World& w, int a, int b, double rate, bool meeting, std::uint64_t event) {
  const Scenario& s = w.sc();
  if (!s.innovation.enabled || rate <= 0) return;
  const double hours = s.innovation.hours;
  if (w.agents.budget[static_cast<std::size_t>(a)] < hours ||
      w.agents.budget[static_cast<std::size_t>(b)] < hours)
    return;  // no time to spare today
  const auto ca = w.agents.competence.col(a);
  const auto cb = w.agents.competence.col(b);
  const double norm = ca.norm() * cb.norm();
  const double complementarity = norm > 0 ? 1.0 - ca.dot(cb) / norm : 0.0;
  const double p = rate * complementarity * w.ties.weight(a, b, w.day);
  auto rng = meeting ? w.stream(sim::purpose("innovation-meeting"),
                                sim::pairEntity(static_cast<std::uint32_t>(a), static_cast<std::uint32_t>(b)))
                     : w.stream(sim::purpose("innovation-joint-work"), event);
  if (!rng.bernoulli(p)) return;
  ++w.counters.innovations;
  ++(meeting ? w.counters.innovationsMeeting : w.counters.innovationsInformal);
  w.counters.innovationHours += spend(w.agents, a, hours) + spend(w.agents, b, hours);
  for (int id : {a, b})
    w.units[static_cast<std::size_t>(w.agents.unit[static_cast<std::size_t>(id)])].demandFactor *=
        1.0 - s.innovation.effect;
}

void pursueIdeas(World& w) {
  auto& ideas = w.hub.ideas;
  const double hours = w.sc().innovation.hours;
  std::erase_if(ideas, [&](const std::pair<int, int>& pair) {
    const auto [a, b] = pair;
    if (w.agents.budget[static_cast<std::size_t>(a)] < hours ||
        w.agents.budget[static_cast<std::size_t>(b)] < hours)
      return false;  // no time yet
    maybeInnovate(w, a, b, w.sc().innovation.meetingRate, true);
    return true;
  });
}

}  // namespace samsim::models
