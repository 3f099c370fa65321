// Building World from imported files (organisation_import.hpp): the organisation as listed, what
// the files leave out drawn by the generation rules of organisation.cpp (tenure-based knowledge,
// competence, the arena-visibility draw), and the informal network from the survey, completed for
// non-respondents by the newcomer rules of network_formation.cpp.
#include <algorithm>
#include <cmath>
#include <map>
#include <set>
#include <utility>

#include <fmt/format.h>

#include "models/make_world.hpp"
#include "models/mechanisms/mechanisms.hpp"
#include "models/organisation/organisation.hpp"
#include "models/organisation/organisation_import.hpp"
#include "sim/input_error.hpp"

namespace samsim::models {
namespace {

const OrganisationData& dataOf(const World& w) {
  return *w.sc().organisation.data;
}

long long tieCount(const World& w) {
  long long n = 0;
  for (int i = 0; i < w.agents.size(); ++i) {
    const TieSlot* row = w.ties.row(i);
    for (int k = 0; k < w.ties.slots(); ++k) n += row[k].other > i ? 1 : 0;
  }
  return n;
}

// Pairs of the survey (either direction answered) without a tie in `w` after the import.
std::pair<long long, long long> surveyPairsKept(const World& w) {
  std::set<std::pair<int, int>> pairs;
  for (const auto& t : dataOf(w).ties) pairs.insert(std::minmax(t.source, t.target));
  long long kept = 0;
  for (const auto& [a, b] : pairs) kept += w.ties.weight(a, b, 0) > 0.0 ? 1 : 0;
  return {static_cast<long long>(pairs.size()), kept};
}

}  // namespace

void adoptOrganisation(Scenario& s, std::shared_ptr<const OrganisationData> data) {
  s.municipality.staff = static_cast<int>(data->staff.size());
  s.municipality.sectors.clear();
  for (std::size_t k = 0; k < data->sectors.size(); ++k) {
    const auto count = std::count_if(data->staff.begin(), data->staff.end(), [&](const ImportedPerson& p) {
      return data->units[static_cast<std::size_t>(p.unit)].sector == static_cast<int>(k);
    });
    s.municipality.sectors.push_back({data->sectors[k], static_cast<double>(count)});
  }
  s.organisation.data = std::move(data);
}

void importOrganisation(World& w) {
  const Scenario& s = w.sc();
  const OrganisationData& d = dataOf(w);
  const int S = static_cast<int>(d.sectors.size());
  w.sectors = S;
  w.domains = S + s.municipality.competenceDomains;
  w.orgSector = S - 1;
  w.sectorList.assign(static_cast<std::size_t>(S), Sector{});
  for (int k = 0; k < S; ++k)
    w.sectorList[static_cast<std::size_t>(k)].name = d.sectors[static_cast<std::size_t>(k)];
  sim::RandomStream rng(w.seed, 0, sim::purpose("organisation-import"));
  Agents& a = w.agents;
  const int N = static_cast<int>(d.staff.size());
  for (const auto& u : d.units) {
    Unit unit;
    unit.sector = u.sector;
    unit.central = u.kind == UnitKind::CentralStaff;
    w.units.push_back(unit);
    w.sectorList[static_cast<std::size_t>(u.sector)].units.push_back(static_cast<int>(w.units.size()) - 1);
  }
  for (int i = 0; i < N; ++i) {
    const ImportedPerson& p = d.staff[static_cast<std::size_t>(i)];
    const int sector = d.units[static_cast<std::size_t>(p.unit)].sector;
    Unit& unit = w.units[static_cast<std::size_t>(p.unit)];
    if (unit.count++ == 0) unit.first = i;
    Sector& sec = w.sectorList[static_cast<std::size_t>(sector)];
    if (sec.count++ == 0) sec.first = i;
    if (p.role == Role::UnitLeader || p.role == Role::Director || p.role == Role::MunicipalDirector)
      unit.leader = i;
    if (p.role == Role::Director) sec.director = i;
    if (p.role == Role::SectorAdvisor) sec.advisors.push_back(i);
    if (p.role == Role::MunicipalDirector) w.municipalDirector = i;
    if (p.role == Role::CentralAdvisor || p.role == Role::Communications) w.centralStaff.push_back(i);
    a.sector.push_back(static_cast<std::uint8_t>(sector));
    a.affiliation.push_back(static_cast<std::uint8_t>(p.affiliation.value_or(sector)));
    a.role.push_back(p.role);
    a.unit.push_back(p.unit);
    a.workUnit.push_back(p.unit);
    a.tenure.push_back(p.tenure);
    a.tenureDay.push_back(p.tenureDay.value_or(0));
    a.capacity.push_back(p.capacity.value_or(s.municipality.hoursPerDay));
    // Knowledge and the visibility draw as buildOrganisation gives them, unless the file has them.
    const double k = 1.0 - std::exp(-p.tenure / s.network.knowledgeTauYears);
    const double drawn = rng.uniform01();
    a.knowledge.push_back(p.knowledge.value_or(
        std::min(1.0, k + (isLeader(p.role) ? s.competence.leaderKnowledgeBonus : 0.0))));
    a.knowledgeDay.push_back(p.knowledgeDay.value_or(0));
    a.visibilityDraw.push_back(p.visibility.value_or(drawn));
  }
  a.competence = Eigen::MatrixXd::Zero(w.domains, N);
  for (int i = 0; i < N; ++i) {
    const auto& c = d.staff[static_cast<std::size_t>(i)].competence;
    sim::RandomStream own(w.seed, static_cast<std::uint64_t>(i),
                          sim::purpose("organisation-import-competence"));
    if (c.empty()) {
      drawCompetence(w.sc(), w, i, own);
    } else {
      for (int dom = 0; dom < w.domains; ++dom) a.competence(dom, i) = c[static_cast<std::size_t>(dom)];
    }
  }
  a.present.assign(static_cast<std::size_t>(N), 1);
  a.opLoad.assign(static_cast<std::size_t>(N), 0.0);
  a.budget.assign(static_cast<std::size_t>(N), 0.0);
  a.coord.assign(static_cast<std::size_t>(N), 0.0);
  a.dayBudget.assign(static_cast<std::size_t>(N), 0.0);
  a.committed.assign(static_cast<std::size_t>(N), 0.0);
  setReferenceCounts(w.sc(), w);
  formLineAreas(w, w, w.line);
}

long long importNetwork(World& w) {
  const Scenario& s = w.sc();
  const OrganisationData& d = dataOf(w);
  if (!d.hasTies) {
    formInitialNetwork(w, w, w.line,
                       w.ties);  // no survey: the whole network is formed (with its pre-history)
    return tieCount(w);
  }
  const int N = w.agents.size();
  w.ties.init(N, s.network.maxTies, s.network.halfLifeDays);
  w.day = 0;
  if (d.fullState) {
    for (const auto& t : d.ties) {
      const TieSlot state{t.target, t.setDay, t.setWeight, t.floor.value_or(0.0)};
      if (!w.ties.place(t.source, t.sourceSlot, t.target, t.targetSlot, state))
        throw sim::InputError(
            fmt::format("{}:{}: tie slots {}/{} are out of range (network.max_ties = {}) or taken",
                        d.files.back().path, t.line, t.sourceSlot, t.targetSlot, s.network.maxTies));
    }
    return 0;
  }
  // A survey is directed; the tie store is symmetric: a pair's tie is the stronger of its answers.
  // Unit colleagues keep the floor daily work gives them (network.unit_floor) unless a floor is given.
  std::map<std::pair<int, int>, std::pair<double, double>> pairs;  // (low, high) -> (weight, floor)
  for (const auto& t : d.ties) {
    const auto key = std::minmax(t.source, t.target);
    const bool sameUnit = w.agents.unit[static_cast<std::size_t>(t.source)] ==
                          w.agents.unit[static_cast<std::size_t>(t.target)];
    const double floor = t.floor.value_or(sameUnit ? s.network.unitFloor : 0.0);
    auto [it, inserted] = pairs.try_emplace(key, t.weight, floor);
    if (!inserted) it->second = {std::max(it->second.first, t.weight), std::max(it->second.second, floor)};
  }
  for (const auto& [key, value] : pairs)
    w.ties.set(key.first, key.second, value.first, 0, std::min(value.first, value.second));
  const long long surveyed = tieCount(w);
  // Non-respondents: ties as a newcomer to their unit would form (formNewcomerTies).
  for (int i = 0; i < N; ++i) {
    if (d.respondent[static_cast<std::size_t>(i)]) continue;
    sim::RandomStream rng(w.seed, static_cast<std::uint64_t>(i), sim::purpose("organisation-import-ties"));
    formNewcomerTies(w, w, w.line, w.ties, i, rng, false);
  }
  return tieCount(w) - surveyed;
}

nlohmann::json describeImport(const Scenario& scenario, std::uint64_t seed) {
  const OrganisationData& d = *scenario.organisation.data;
  nlohmann::json out;
  out["files"] = nlohmann::json::array();
  for (const auto& f : d.files)
    out["files"].push_back({{"path", f.path}, {"sha256", f.sha256}, {"rows", f.rows}});
  out["staff"] = d.staff.size();
  out["units"] = d.units.size();
  out["sectors"] = d.sectors;
  long long imputed = 0;
  const World w = makeWorld(scenario, seed, &imputed);  // built as a run builds it, for the counts
  int drawnCompetence = 0;
  for (const auto& p : d.staff) drawnCompetence += p.competence.empty() ? 1 : 0;
  out["competence_drawn_for"] = drawnCompetence;
  if (!d.hasTies) {
    out["ties"] = fmt::format("no survey given; all {} ties formed by the model's formation rules", imputed);
  } else if (d.fullState) {
    out["ties"] = "complete tie-store state (a samsim export); nothing imputed";
  } else {
    const double share = d.staff.empty() ? 0.0 : 100.0 * d.respondents / static_cast<double>(d.staff.size());
    out["respondents"] = d.respondents;
    out["respondent_share"] = share / 100.0;
    out["imputed_ties"] = imputed;
    const auto [pairs, kept] = surveyPairsKept(w);
    out["survey_pairs"] = pairs;
    out["survey_pairs_dropped"] = pairs - kept;
    out["ties"] = fmt::format(
        "ties: {:.0f} % of staff answered; {} ties of non-respondents imputed by formation "
        "(seed {})",
        share, imputed, seed);
  }
  return out;
}

}  // namespace samsim::models
