// Unplanned effects (000 §5.2): people with complementary competences who meet regularly
// sometimes produce something new — the IT chief and municipal engineering automating manual work.
// Brokerage across structural holes breeds good ideas (Burt 2004). The chance grows with how
// different the two competence profiles are and with the trust between them; an innovation frees
// a little operational demand in both people's units.
#include "models/mechanisms.hpp"

namespace samsim::models {

void maybeInnovate(World& w, int a, int b, double rate, bool meeting, std::uint64_t event) {
  const Scenario& s = w.sc();
  if (!s.innovation.enabled || rate <= 0) return;
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
  for (int id : {a, b})
    w.units[static_cast<std::size_t>(w.agents.unit[static_cast<std::size_t>(id)])].demandFactor *=
        1.0 - s.innovation.effect;
}

}  // namespace samsim::models
