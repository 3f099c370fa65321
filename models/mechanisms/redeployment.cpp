// Redeployment (omdisponering, 000 §5.1): in a crisis the hit services (health and care in a
// pandemic) need people other sectors have. Moving them needs an overview of capacity across
// sectors — which an arena meeting covering most sectors gives at once (the situation picture,
// Fig. 3), and the line only after a while — and respect for employee rights and the unions,
// which takes time. Moved staff return when the crisis ends.
#include <algorithm>
#include <cmath>

#include "models/mechanisms/mechanisms.hpp"
#include "sim/clock.hpp"

namespace samsim::models {

void runRedeployment(const RunContext& now, Workforce& wf, const CrisisState& crisis, const UnitLoad& load,
                     RedeploymentState& redeploy, Counters& counters) {
  const Scenario& s = now.sc();
  RedeploymentState& r = redeploy;
  if (!crisis.active) {
    for (int id : r.moved)
      wf.agents.workUnit[static_cast<std::size_t>(id)] = wf.agents.unit[static_cast<std::size_t>(id)];
    r.moved.clear();
    r.overviewDay = -1;
    return;
  }
  if (!s.redeployment.enabled) return;
  if (r.overviewDay < 0 && now.day >= now.crisisStart() + s.redeployment.lineOverviewDays)
    r.overviewDay = now.day;
  if (r.overviewDay < 0 || now.day < r.overviewDay + s.redeployment.rightsDays) return;
  if (now.day % sim::kDaysPerWeek != 0 || load.demand.empty()) return;
  const int target = crisis.acute ? s.crisis.acuteSector : s.municipality.criticalSector;
  const Sector& sec = wf.sectorList[static_cast<std::size_t>(target)];
  std::vector<int> lineUnits;
  double shortage = 0.0;
  for (int u : sec.units) {
    if (wf.units[static_cast<std::size_t>(u)].leader == sec.director) continue;  // the sector staff
    lineUnits.push_back(u);
    // Yesterday's unmet demand (workload.cpp leaves demand and hours met per unit).
    shortage +=
        std::max(0.0, load.demand[static_cast<std::size_t>(u)] - load.capacity[static_cast<std::size_t>(u)]);
  }
  if (lineUnits.empty() || wf.sectors < 2) return;
  const int needed =
      static_cast<int>(std::ceil(shortage / (s.municipality.hoursPerDay * s.redeployment.efficiency)));
  const int limit = static_cast<int>(std::ceil(s.redeployment.maxPerWeekPer1000 * wf.agents.size() / 1000.0));
  auto rng = now.stream(sim::purpose("redeployment"));
  for (int moved = 0; moved < std::min(needed, limit); ++moved) {
    for (int attempt = 0; attempt < s.redeployment.drawAttempts; ++attempt) {
      const int id = static_cast<int>(rng.below(static_cast<std::uint64_t>(wf.agents.size())));
      const auto ui = static_cast<std::size_t>(id);
      if (wf.agents.sector[ui] == target || wf.agents.role[ui] != Role::Staff ||
          wf.agents.workUnit[ui] != wf.agents.unit[ui])
        continue;
      wf.agents.workUnit[ui] = lineUnits[static_cast<std::size_t>(r.nextCriticalUnit++) % lineUnits.size()];
      r.moved.push_back(id);
      ++counters.redeployed;
      break;
    }
  }
}

}  // namespace samsim::models
