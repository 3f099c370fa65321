// In-between competence (mellomromskompetanse, 000 §5.3, §6.3; Ringholm et al. 2011): long tenure,
// good knowledge of the structures, a wide horizontal and vertical network, and trust. It is not a
// stored number: it is read off those state variables whenever a mechanism needs it (member
// selection, legitimacy of arena decisions, noticing weak signals).
#include <cmath>

#include "models/mechanisms/mechanisms.hpp"

namespace samsim::models {

int crossSectorReach(const RunContext& now, const Workforce& wf, const InformalNetwork& ties, int agent) {
  const double thr = now.sc().network.trustThreshold;
  unsigned long long seen = 0;  // bit per sector (≤ 50 sectors)
  const int own = wf.agents.sector[static_cast<std::size_t>(agent)];
  const TieSlot* row = ties.row(agent);
  for (int k = 0; k < ties.slots(); ++k) {
    if (row[k].other < 0 || ties.weightOf(row[k], now.day) < thr) continue;
    const int s = wf.agents.sector[static_cast<std::size_t>(row[k].other)];
    if (s != own) seen |= 1ULL << s;
  }
  return std::popcount(seen);
}

double inBetweenCompetence(const RunContext& now, const Workforce& wf, const InformalNetwork& ties,
                           int agent) {
  const Scenario& s = now.sc();
  const double tenure = 1.0 - std::exp(-tenureNow(now, wf.agents, agent) / s.network.knowledgeTauYears);
  const double knowledge = knowledgeNow(now, wf.agents, agent);
  // Horizontal breadth: sectors reached; vertical: a trusted tie into the leadership group.
  const double breadth =
      wf.sectors > 1 ? static_cast<double>(crossSectorReach(now, wf, ties, agent)) / (wf.sectors - 1) : 0.0;
  double trust = 0.0;
  int n = 0;
  bool vertical = false;
  const TieSlot* row = ties.row(agent);
  for (int k = 0; k < ties.slots(); ++k) {
    if (row[k].other < 0) continue;
    const double wt = ties.weightOf(row[k], now.day);
    if (wt < s.network.trustThreshold) continue;
    trust += wt;
    ++n;
    const Role r = wf.agents.role[static_cast<std::size_t>(row[k].other)];
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
