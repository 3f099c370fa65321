// Issues arise in units over time (docs/ODD.md): most are a sector's core task (quadrant 1),
// some need another sector's competence with a clear owner (2), some fall between chairs (3).
// Broad urgent problems (4) surface in many units at once, spread over a few days — uncoordinated,
// each unit solves them separately (000 §1).
#include <algorithm>

#include "models/mechanisms/mechanisms.hpp"
#include "sim/clock.hpp"

namespace samsim::models {
namespace {

int otherDomain(const RunContext& now, const Workforce& wf, int ownSector, sim::RandomStream& rng) {
  const int common = wf.domains - wf.sectors;
  if (common > 0 && (wf.sectors < 2 || rng.bernoulli(now.sc().issueDetail.commonDomainShare)))
    return wf.sectors + static_cast<int>(rng.below(common));
  if (wf.sectors < 2) return ownSector;
  int other = static_cast<int>(rng.below(static_cast<std::uint64_t>(wf.sectors - 1)));
  return other >= ownSector ? other + 1 : other;
}

}  // namespace

Issue& newIssue(const RunContext& now, const Workforce& wf, IssueBook& issues, Counters& counters,
                int quadrant, int raiser, int domain) {
  Issue is;
  is.id = static_cast<int>(issues.all.size());
  is.arrival = now.day;
  is.raiser = raiser;
  is.unit = wf.agents.unit[static_cast<std::size_t>(raiser)];
  is.sector = wf.agents.sector[static_cast<std::size_t>(raiser)];
  is.quadrant = static_cast<std::uint8_t>(quadrant);
  is.domain = static_cast<std::uint8_t>(domain);
  is.cross = domain != is.sector;
  issues.all.push_back(is);
  issues.open.emplace_back(is.id);
  ++counters.raised;
  ++counters.raisedByQuadrant[quadrant - 1];
  return issues.all.back();
}

void arriveIssues(StepView& v) {
  const StepView& r = v;
  const Scenario& s = v.sc();
  const Workforce& wf = r.workforce();
  auto rng = v.stream(sim::purpose("issue-arrival"));
  const int N = wf.agents.size();
  const auto count = rng.poisson(s.issues.ratePerStaffDay * N);
  for (std::uint64_t k = 0; k < count; ++k) {
    const int raiser = static_cast<int>(rng.below(static_cast<std::uint64_t>(N)));
    const int own = wf.agents.affiliation[static_cast<std::size_t>(raiser)];
    const double u = rng.uniform01();
    const int quadrant = u < s.issues.q3Share ? 3 : (u < s.issues.q3Share + s.issues.q2Share ? 2 : 1);
    const int domain = quadrant == 1 ? own : otherDomain(v.now(), wf, own, rng);
    Issue& is = newIssue(v.now(), wf, v.issues(), v.counters(), quadrant, raiser, domain);
    const double mean =
        quadrant == 1 ? s.issues.q1Hours : (quadrant == 2 ? s.issues.q2Hours : s.issues.q3Hours);
    is.remaining = rng.exponential(1.0 / mean);
    routeIssue(v, v.issues().all.back());
  }

  // New broad problems: where they will surface, and when.
  IssueBook& issues = v.issues();
  const auto problems = rng.poisson(broadProblemsPerWeek(r.crisis(), s) / sim::kDaysPerWeek);
  for (std::uint64_t k = 0; k < problems; ++k) {
    BroadProblem p;
    p.arrival = v.day();
    p.domain = static_cast<std::uint8_t>(otherDomain(v.now(), wf, wf.orgSector, rng));
    const int id = static_cast<int>(issues.problems.size());
    issues.problems.push_back(p);
    for (std::size_t u = 0; u < wf.units.size(); ++u) {
      if (wf.units[u].central || wf.units[u].count == 0 || !rng.bernoulli(s.issues.broadUnitShare)) continue;
      const int when =
          v.day() + static_cast<int>(rng.below(static_cast<std::uint64_t>(s.issues.broadSpreadDays)));
      issues.pending.push_back({when, static_cast<int>(u), id});
    }
  }
  // Instances surfacing today, in the order they were scheduled.
  auto& pending = issues.pending;
  std::size_t keep = 0;
  for (std::size_t k = 0; k < pending.size(); ++k) {
    if (pending[k].day > v.day()) {
      pending[keep++] = pending[k];
      continue;
    }
    const Unit& unit = wf.units[static_cast<std::size_t>(pending[k].unit)];
    BroadProblem& p = issues.problems[static_cast<std::size_t>(pending[k].problem)];
    Issue& is = newIssue(v.now(), wf, issues, v.counters(), 4, unit.leader, p.domain);
    is.problem = pending[k].problem;
    is.cross = true;
    is.remaining = s.issues.localSolutionHours;
    p.instances.push_back(is.id);
    routeIssue(v, issues.all.back());
  }
  pending.resize(keep);
}

}  // namespace samsim::models
