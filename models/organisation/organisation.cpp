#include "models/organisation/organisation.hpp"

#include <algorithm>
#include <cmath>

#include <fmt/format.h>

#include "sim/input_error.hpp"

namespace samsim::models {
namespace {

struct Builder {
  World& w;
  const Scenario& s;
  sim::RandomStream rng;
  int next = 0;

  int addAgent(int sector, int unit, Role role, double tenureShift) {
    Agents& a = w.agents;
    const int id = next++;
    a.sector.push_back(static_cast<std::uint8_t>(sector));
    a.affiliation.push_back(static_cast<std::uint8_t>(sector));
    a.role.push_back(role);
    a.unit.push_back(unit);
    a.workUnit.push_back(unit);
    // Tenure: lognormal with the configured mean; leaders and staff roles are more senior.
    const double sigma = s.workforce.tenureSigma;
    const double mu = std::log(s.municipality.tenureMeanYears) - sigma * sigma / 2.0;
    a.tenure.push_back(std::min(s.workforce.tenureMaxYears, rng.lognormal(mu, sigma) + tenureShift));
    a.capacity.push_back(s.municipality.hoursPerDay);
    const double k = 1.0 - std::exp(-a.tenure.back() / s.network.knowledgeTauYears);
    a.knowledge.push_back(std::min(1.0, k + (isLeader(role) ? s.competence.leaderKnowledgeBonus : 0.0)));
    a.knowledgeDay.push_back(0);
    a.tenureDay.push_back(0);
    a.visibilityDraw.push_back(rng.uniform01());
    return id;
  }

  int addUnit(int sector, bool central) {
    Unit u;
    u.sector = sector;
    u.first = next;
    u.central = central;
    w.units.push_back(u);
    const int id = static_cast<int>(w.units.size()) - 1;
    w.sectorList[static_cast<std::size_t>(sector)].units.push_back(id);
    return id;
  }

  void closeUnit(int unit) {
    Unit& u = w.units[static_cast<std::size_t>(unit)];
    u.count = next - u.first;
    u.leader = u.count > 0 ? u.first : -1;
  }
};

}  // namespace

namespace {
// A staff stated for the reference organisation, in proportion to this one's size: central and
// sector staffs serve the whole organisation, so their capacity is per head (issue of scale).
int scaled(int size, const Scenario& s) {
  if (size <= 0) return 0;
  const double x = static_cast<double>(size) * s.municipality.staff / s.municipality.referenceStaff;
  return std::max(1, static_cast<int>(std::lround(x)));
}
}  // namespace

int effectiveCentralStaff(const Scenario& s) {
  return std::min(scaled(s.centralStaff.size, s), s.municipality.staff / s.workforce.staffPerCentralMember);
}

int effectiveSectorAdvisors(const Scenario& s) {
  const int sectors = static_cast<int>(s.municipality.sectors.size());
  return std::min(scaled(s.municipality.sectorAdvisors, s),
                  s.municipality.staff / (s.workforce.staffPerSectorAdvisor * std::max(1, sectors)));
}

int randomInSector(const Workforce& wf, int sector, sim::RandomStream& rng) {
  const Sector& sec = wf.sectorList[static_cast<std::size_t>(sector)];
  return sec.first + static_cast<int>(rng.below(static_cast<std::uint64_t>(sec.count)));
}

namespace {
// n line staff split into `units` units whose sizes differ by at most one person.
std::vector<int> splitIntoUnits(int n, int units) {
  std::vector<int> sizes(static_cast<std::size_t>(units));
  for (int u = 0; u < units; ++u) sizes[static_cast<std::size_t>(u)] = n / units + (u < n % units ? 1 : 0);
  return sizes;
}

// The whole number of units nearest to n ÷ unit size, but never so many that a unit has fewer than
// two people (a leader and one member): with unit_size 2 and an odd n, rounding up would.
int unitsFor(int n, const Scenario& s) {
  const int nearest = static_cast<int>(std::lround(static_cast<double>(n) / s.municipality.unitSize));
  return std::max(1, std::min(nearest, n / 2));
}

// U units apportioned by share: floors (at least one unit each), then the largest remainders
// quota − count (a sector raised to one unit has none); ties go to the lower sector index.
std::vector<int> apportion(const std::vector<double>& shares, int U) {
  std::vector<int> count(shares.size());
  std::vector<double> quota(shares.size());
  int given = 0;
  for (std::size_t k = 0; k < shares.size(); ++k) {
    quota[k] = shares[k] * U;
    count[k] = std::max(1, static_cast<int>(std::floor(quota[k])));
    given += count[k];
  }
  auto pick = [&](auto&& score, bool needsSpare) {
    std::size_t best = count.size();
    for (std::size_t k = 0; k < count.size(); ++k)
      if ((!needsSpare || count[k] > 1) && (best == count.size() || score(k) > score(best))) best = k;
    return best;
  };
  for (; given < U; ++given)
    ++count[pick([&](std::size_t k) { return quota[k] - static_cast<double>(count[k]); }, false)];
  // Sectors raised to one unit are paid for by those furthest above their quota.
  for (; given > U; --given)
    --count[pick([&](std::size_t k) { return static_cast<double>(count[k]) - quota[k]; }, true)];
  return count;
}

}  // namespace

std::vector<std::vector<int>> lineUnitsBySector(const Scenario& s) {
  const int S = static_cast<int>(s.municipality.sectors.size());
  const int central = effectiveCentralStaff(s);
  const int advisors = effectiveSectorAdvisors(s);
  const int overhead = 1 + central + S * (1 + advisors);
  const int lineStaff = s.municipality.staff - overhead;
  if (lineStaff < 2 * S)
    throw sim::InputError(fmt::format("municipality.staff: expected at least {} staff for {} sectors, got {}",
                                      overhead + 2 * S, S, s.municipality.staff));
  double shareSum = 0;
  for (const auto& sec : s.municipality.sectors) shareSum += sec.share;
  std::vector<double> shares;
  for (const auto& sec : s.municipality.sectors) shares.push_back(sec.share / shareSum);
  std::vector<std::vector<int>> units(static_cast<std::size_t>(S));
  if (s.municipality.staff < s.municipality.referenceStaff) {
    const int U = std::max(S, unitsFor(lineStaff, s));
    const std::vector<int> count = apportion(shares, U);
    // lineStaff = U·base + extra; unit u gets one more when the running share of extra steps up.
    const long long extra = lineStaff % U;
    int u = 0;
    for (std::size_t k = 0; k < units.size(); ++k)
      for (int i = 0; i < count[k]; ++i, ++u) {
        const int more = static_cast<int>((u + 1) * extra / U - u * extra / U);
        units[k].push_back(lineStaff / U + more);
      }
    return units;
  }
  int assigned = 0;
  for (int k = 0; k < S; ++k) {
    const double share = shares[static_cast<std::size_t>(k)];
    const int n =
        k == S - 1 ? lineStaff - assigned : std::max(2, static_cast<int>(std::lround(share * lineStaff)));
    if (n < 2)
      throw sim::InputError(
          "municipality.sectors: expected shares leaving every sector at least two line staff");
    units[static_cast<std::size_t>(k)] = splitIntoUnits(n, unitsFor(n, s));
    assigned += n;
  }
  return units;
}

void drawCompetence(const Scenario& s, Workforce& wf, int i, sim::RandomStream& rng) {
  Agents& a = wf.agents;
  const int S = wf.sectors;
  const int C = s.municipality.competenceDomains;
  const auto& cp = s.competence;
  const auto ui = static_cast<std::size_t>(i);
  for (int d = 0; d < wf.domains; ++d) a.competence(d, i) = cp.background * rng.uniform01();
  const Role r = a.role[ui];
  const int aff = a.affiliation[ui];
  a.competence(aff, i) = cp.ownArea + cp.ownAreaSpread * rng.uniform01();
  const int common = S + static_cast<int>(rng.below(static_cast<std::uint64_t>(std::max(1, C))));
  if (C > 0) {
    if (r == Role::CentralAdvisor || r == Role::SectorAdvisor || r == Role::Communications)
      a.competence(common, i) = cp.specialist + cp.specialistSpread * rng.uniform01();
    else
      a.competence(common, i) = cp.common + cp.commonSpread * rng.uniform01();
    if (r == Role::Communications) a.competence(S + std::min(C - 1, 4), i) = cp.communications;
  }
}

void buildOrganisation(World& w) {
  const Scenario& s = w.sc();
  const int S = static_cast<int>(s.municipality.sectors.size());
  w.sectors = S;
  w.domains = S + s.municipality.competenceDomains;
  w.orgSector = S - 1;  // the organisation area hosts the central staff (000 §5.1)
  const int central = effectiveCentralStaff(s);
  const int advisors = effectiveSectorAdvisors(s);
  const std::vector<std::vector<int>> lineUnits = lineUnitsBySector(s);

  w.sectorList.assign(static_cast<std::size_t>(S), Sector{});
  Builder b{w, s, sim::RandomStream(w.seed, 0, sim::purpose("organisation")), 0};
  for (int k = 0; k < S; ++k) {
    Sector& sec = w.sectorList[static_cast<std::size_t>(k)];
    sec.name = s.municipality.sectors[static_cast<std::size_t>(k)].name;
    sec.first = b.next;
    // Sector staff: the director and the sector's own advisors.
    const int staffUnit = b.addUnit(k, false);
    sec.director = b.addAgent(k, staffUnit, Role::Director, s.workforce.directorTenureShift);
    for (int i = 0; i < advisors; ++i)
      sec.advisors.push_back(
          b.addAgent(k, staffUnit, Role::SectorAdvisor, s.workforce.sectorAdvisorTenureShift));
    b.closeUnit(staffUnit);
    if (k == w.orgSector) {
      // Central staff (kommunedirektørens fagstab) under the municipal director.
      const int cu = b.addUnit(k, true);
      w.municipalDirector =
          b.addAgent(k, cu, Role::MunicipalDirector, s.workforce.municipalDirectorTenureShift);
      const int sectorOriented = static_cast<int>(std::lround(s.centralStaff.sectorOrientedShare * central));
      for (int i = 0; i < central; ++i) {
        const Role role = i == 0 ? Role::Communications : Role::CentralAdvisor;
        const int id = b.addAgent(k, cu, role, s.workforce.centralStaffTenureShift);
        w.centralStaff.push_back(id);
        if (i >= 1 && i <= sectorOriented && S > 1)  // serves one sector (000 §6.3)
          w.agents.affiliation[static_cast<std::size_t>(id)] = static_cast<std::uint8_t>((i - 1) % (S - 1));
      }
      b.closeUnit(cu);
    }
    for (const int size : lineUnits[static_cast<std::size_t>(k)]) {
      const int unit = b.addUnit(k, false);
      for (int i = 0; i < size; ++i)
        b.addAgent(k, unit, i == 0 ? Role::UnitLeader : Role::Staff,
                   i == 0 ? s.workforce.unitLeaderTenureShift : 0.0);
      b.closeUnit(unit);
    }
    sec.count = b.next - sec.first;
  }

  // Competence vectors over sector domains and common domains (HR, IT, law, finance,
  // communications, preparedness …): strong in one's own area, a specialist domain for staff roles.
  Agents& a = w.agents;
  const int N = a.size();
  a.competence = Eigen::MatrixXd::Zero(w.domains, N);
  for (int i = 0; i < N; ++i) drawCompetence(s, w, i, b.rng);
  a.present.assign(static_cast<std::size_t>(N), 1);
  a.opLoad.assign(static_cast<std::size_t>(N), 0.0);
  a.budget.assign(static_cast<std::size_t>(N), 0.0);
  a.coord.assign(static_cast<std::size_t>(N), 0.0);
  a.dayBudget.assign(static_cast<std::size_t>(N), 0.0);
  a.committed.assign(static_cast<std::size_t>(N), 0.0);

  setReferenceCounts(s, w);
  formLineAreas(w, w, w.line);
}

void setReferenceCounts(const Scenario& s, Workforce& wf) {
  const bool scaleModel = s.municipality.staff < s.municipality.referenceStaff;
  for (Unit& u : wf.units) {
    int atReference = u.count;
    const bool sectorStaff =
        !u.central && u.leader >= 0 && u.leader == wf.sectorList[static_cast<std::size_t>(u.sector)].director;
    if (scaleModel && sectorStaff) atReference = 1 + s.municipality.sectorAdvisors;
    if (scaleModel && u.central) atReference = 1 + s.centralStaff.size;
    u.referenceCount = std::max(u.count, atReference);
  }
}

void formLineAreas(const RunContext& now, Workforce& wf, LineState& line) {
  const Scenario& s = now.sc();
  const int S = wf.sectors;
  line.leadershipGroup.push_back(wf.municipalDirector);
  for (const auto& sec : wf.sectorList) line.leadershipGroup.push_back(sec.director);
  if (!wf.centralStaff.empty())
    line.leadershipGroup.push_back(wf.centralStaff.front());  // communications chief
  // Line areas: each sector director heads area k; in a sector with more than
  // line.units_per_area_head line units, every further group of units has an area head
  // (kommunalsjef, 003 l. 225) — the leader of the group's first unit.
  for (int k = 0; k < S; ++k) {
    line.areaHead.push_back(wf.sectorList[static_cast<std::size_t>(k)].director);
    line.areaSector.push_back(k);
  }
  for (int k = 0; k < S; ++k) {
    int lineUnits = 0;
    for (int u : wf.sectorList[static_cast<std::size_t>(k)].units) {
      Unit& unit = wf.units[static_cast<std::size_t>(u)];
      unit.area = k;
      if (unit.central || unit.leader == wf.sectorList[static_cast<std::size_t>(k)].director) continue;
      if (lineUnits > 0 && lineUnits % s.line.unitsPerAreaHead == 0) {
        line.areaHead.push_back(unit.leader);
        line.areaSector.push_back(k);
      }
      if (lineUnits >= s.line.unitsPerAreaHead) unit.area = static_cast<int>(line.areaHead.size()) - 1;
      ++lineUnits;
    }
  }
  // The share of a head's area that is simulated. In the organisation itself
  // (municipality.reference_staff = staff) it is 1. In a scale model with share f of the reference
  // organisation, an area of n simulated units stands for n/f units there, served by
  // max(1, n/(f·line.units_per_area_head)) heads, each of whose areas is simulated in the share
  // span = min(1, max(f, n/line.units_per_area_head)); the rest of the head's items come from units
  // not simulated (line.cpp, queueForHead). Every unit of the area counts, staff units included; an
  // area has at least one.
  std::vector<int> areaUnits(line.areaHead.size(), 0);
  for (const Unit& unit : wf.units)
    if (unit.leader != wf.sectorList[static_cast<std::size_t>(unit.sector)].director)
      ++areaUnits[static_cast<std::size_t>(unit.area)];
  const double f = std::min(1.0, now.referenceShare());
  for (int n : areaUnits)
    line.areaSpan.push_back(
        std::min(1.0, std::max(f, std::max(1, n) / static_cast<double>(s.line.unitsPerAreaHead))));
  line.headCredit.assign(line.areaHead.size(), 0.0);
  line.phantomCarry.assign(line.areaHead.size(), 0.0);
}

}  // namespace samsim::models
