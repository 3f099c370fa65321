// In-between competence (mellomromskompetanse, 000 §5.3, §6.3; Ringholm et al. 2011): long tenure,
// good knowledge of the structures, a wide horizontal and vertical network, and trust. It is not a
// stored number: it is read off those state variables whenever a mechanism needs it (member
// selection, legitimacy of arena decisions, noticing weak signals).
#include <cmath>

#include "models/mechanisms.hpp"

namespace samsim::models {

int crossSectorReach(const World& w, int agent) {
  const double thr = w.sc().network.trustThreshold;
  unsigned long long seen = 0;  // bit per sector (≤ 50 sectors)
  const int own = w.agents.sector[static_cast<std::size_t>(agent)];
  const TieSlot* row = w.ties.row(agent);
  for (int k = 0; k < w.ties.slots(); ++k) {
    if (row[k].other < 0 || w.ties.weightOf(row[k], w.day) < thr) continue;
    const int s = w.agents.sector[static_cast<std::size_t>(row[k].other)];
    if (s != own) seen |= 1ULL << s;
  }
  return std::popcount(seen);
}

double inBetweenCompetence(const World& w, int agent) {
  const Scenario& s = w.sc();
  const double tenure = 1.0 - std::exp(-tenureNow(w, agent) / s.network.knowledgeTauYears);
  const double knowledge = knowledgeNow(w, agent);
  // Horizontal breadth: sectors reached; vertical: a trusted tie into the leadership group.
  const double breadth =
      w.sectors > 1 ? static_cast<double>(crossSectorReach(w, agent)) / (w.sectors - 1) : 0.0;
  double trust = 0.0;
  int n = 0;
  bool vertical = false;
  const TieSlot* row = w.ties.row(agent);
  for (int k = 0; k < w.ties.slots(); ++k) {
    if (row[k].other < 0) continue;
    const double wt = w.ties.weightOf(row[k], w.day);
    if (wt < s.network.trustThreshold) continue;
    trust += wt;
    ++n;
    const Role r = w.agents.role[static_cast<std::size_t>(row[k].other)];
    if (r == Role::Director || r == Role::MunicipalDirector) vertical = true;
  }
  trust = n > 0 ? trust / n : 0.0;
  const auto& c = s.competence;
  const double network =
      c.breadthWeight * std::min(1.0, breadth / c.breadthSaturation) + (vertical ? c.verticalWeight : 0.0);
  return c.weightTenure * tenure + c.weightKnowledge * knowledge + c.weightNetwork * network +
         c.weightTrust * trust;
}

}  // namespace samsim::models
