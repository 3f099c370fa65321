// Staff turnover (docs/ODD.md §7; 000 §5.3, §6.3): people leave and their posts are filled.
// The leaver's informal ties go with them; the newcomer starts with no tenure and no knowledge of
// the structures beyond what the post gives, and forms ties by the formation rules — colleagues in
// the unit, the formal line, a few in the sector (network_formation.cpp). A share of posts is
// filled by someone moving from another sector, who brings competence and acquaintances from
// there: earlier roles in other parts of the organisation are how bridges arise (000 §6.3). The
// post keeps its competence profile (a replacement is hired for the job) and its seats (an arena
// seat held by the post passes to the successor). Leaving rates differ by role (turnover.*_weight).
#include <algorithm>
#include <cmath>
#include <vector>

#include "models/mechanisms/mechanisms.hpp"

namespace samsim::models {

double tenureNow(const RunContext& now, const Agents& a, int agent) {
  const auto ui = static_cast<std::size_t>(agent);
  return a.tenure[ui] + (now.day - a.tenureDay[ui]) / now.sc().workforce.workingDaysPerYear;
}

void replaceAgent(const RunContext& now, Workforce& wf, const LineState& line, InformalNetwork& ties,
                  int agent, sim::RandomStream& rng) {
  const auto ui = static_cast<std::size_t>(agent);
  Agents& a = wf.agents;
  ties.clearAgent(agent);
  a.tenure[ui] = 0.0;
  a.tenureDay[ui] = now.day;
  // Knowledge of the structures grows with tenure (organisation.cpp); leaders get a briefing.
  a.knowledge[ui] = isLeader(a.role[ui]) ? now.sc().competence.leaderKnowledgeBonus : 0.0;
  a.knowledgeDay[ui] = now.day;
  formNewcomerTies(now, wf, line, ties, agent, rng, rng.bernoulli(now.sc().network.internalMoveShare));
}

namespace {

// Relative leaving rate of an agent's role (turnover.*_weight).
double roleWeight(const Scenario& s, Role r) {
  switch (r) {
    case Role::UnitLeader:
      return s.turnover.unitLeaderWeight;
    case Role::SectorAdvisor:
    case Role::CentralAdvisor:
      return s.turnover.advisorWeight;
    case Role::Director:
    case Role::MunicipalDirector:
      return s.turnover.directorWeight;
    case Role::Staff:
    case Role::Communications:
      break;
  }
  return s.turnover.staffWeight;
}

}  // namespace

// Leavers per day are Poisson with the overall rate; each is drawn with probability proportional
// to the role's weight, so role r leaves at rate overall × weight_r / (staff-weighted mean weight)
// and the overall rate stays network.turnover_per_year. Equal weights draw uniformly.
void staffTurnover(const RunContext& now, Workforce& wf, const LineState& line, InformalNetwork& ties) {
  const Scenario& s = now.sc();
  const double rate = s.network.turnoverPerYear;
  if (rate <= 0.0) return;
  auto rng = now.stream(sim::purpose("turnover"));
  const int N = wf.agents.size();
  const auto leavers = rng.poisson(rate * N / s.workforce.workingDaysPerYear);
  if (leavers == 0) return;
  const auto& t = s.turnover;
  const bool uniform = t.unitLeaderWeight == t.staffWeight && t.advisorWeight == t.staffWeight &&
                       t.directorWeight == t.staffWeight;
  std::vector<double> cumulative;
  if (!uniform) {
    cumulative.reserve(static_cast<std::size_t>(N));
    double total = 0.0;
    for (int i = 0; i < N; ++i) {
      total += roleWeight(s, wf.agents.role[static_cast<std::size_t>(i)]);
      cumulative.push_back(total);
    }
    if (total <= 0.0) return;  // every weight zero: nobody leaves
  }
  for (std::uint64_t k = 0; k < leavers; ++k) {
    int who = 0;
    if (uniform) {
      who = static_cast<int>(rng.below(static_cast<std::uint64_t>(N)));
    } else {
      const double x = rng.uniform01() * cumulative.back();
      who = static_cast<int>(std::upper_bound(cumulative.begin(), cumulative.end(), x) - cumulative.begin());
      who = std::min(who, N - 1);
    }
    replaceAgent(now, wf, line, ties, who, rng);
  }
}

}  // namespace samsim::models
