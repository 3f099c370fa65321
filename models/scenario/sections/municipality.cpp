// Scenario keys `municipality.*` and `central_staff.*`: the organisation's size and shape, built by
// organisation/organisation.cpp and read by the workload, crisis and redeployment mechanisms. The
// workforce constants (`municipality.*` declared after the mechanisms, in the schema's order) were
// numbers in the code: tenure draws and staff caps (organisation.cpp), the working year (yearly rates).
#include <fmt/format.h>

#include "models/organisation/organisation.hpp"
#include "models/scenario/sections/section_builder.hpp"
#include "models/scenario/sections/sections.hpp"
#include "sim/input_error.hpp"

namespace samsim::models {
namespace {

// 003 l. 1293: Trondheim's seven areas (2021); relative sizes are assumptions.
std::vector<SectorSpec> defaultSectors(int count) {
  static const std::vector<SectorSpec> trondheim = {{"Helse og velferd", 0.40},
                                                    {"Oppvekst og utdanning", 0.35},
                                                    {"Byutvikling", 0.08},
                                                    {"Kultur og idrett", 0.04},
                                                    {"Naering, samferdsel, klima og miljo", 0.04},
                                                    {"Finans", 0.04},
                                                    {"Organisasjon", 0.05}};
  std::vector<SectorSpec> out;
  out.reserve(static_cast<std::size_t>(count));
  for (int i = 0; i < count; ++i)
    out.push_back(i < static_cast<int>(trondheim.size()) ? trondheim[static_cast<std::size_t>(i)]
                                                         : SectorSpec{fmt::format("Sector {}", i + 1), 0.05});
  return out;
}

void readSectors(Scenario& s, const YAML::Node& node, const sim::Origin& origin) {
  const std::string path = "municipality.sectors";
  const std::string expected = "a sector count in [1, 50] or a list of names or {name, share} entries";
  if (node.IsScalar()) {
    const auto count = sim::readInteger(node, origin, path);
    if (count < 1 || count > 50) sim::failInput(origin, path, expected, node);
    s.municipality.sectors = defaultSectors(static_cast<int>(count));
    return;
  }
  if (!node.IsSequence() || node.size() == 0) sim::failInput(origin, path, expected, node);
  s.municipality.sectors.clear();
  for (const auto& item : node) {
    SectorSpec spec;
    if (item.IsScalar()) {
      spec.name = item.Scalar();
      spec.share = 1.0;
    } else if (item.IsMap() && item["name"]) {
      spec.name = sim::readString(item["name"], origin, path + ".name");
      if (item["share"]) {
        spec.share = sim::readNumber(item["share"], origin, path + ".share");
        if (spec.share <= 0) sim::failInput(origin, path + ".share", "a positive number", item["share"]);
      }
    } else {
      sim::failInput(origin, path, expected, item);
    }
    s.municipality.sectors.push_back(spec);
  }
}

nlohmann::json showSectors(const Scenario& s) {
  nlohmann::json out = nlohmann::json::array();
  for (const auto& sector : s.municipality.sectors)
    out.push_back({{"name", sector.name}, {"share", sector.share}});
  return out;
}

}  // namespace

void addMunicipalityKeys(sim::Schema<Scenario>& s) {
  const std::string A = "assumed";
  SAMSIM_FIELD("municipality.staff", municipality.staff)
      .range(20, 1000000)
      .required()
      .unit("persons")
      .source("003 l. 1293 (Trondheim ≈15,000)")
      .doc("Total staff");
  SAMSIM_FIELD("municipality.reference_staff", municipality.referenceStaff)
      .range(1, 10000000)
      .unit("persons")
      .source("003 l. 1293 (Trondheim, about 15,000 staff); scale rule assumed (docs/calibration.md §5)")
      .doc(
          "Organisation size for which the whole-organisation capacities are stated: the central and "
          "sector staffs, the leadership group's agenda and the arena's time for items. A smaller "
          "organisation is a scale model of it: the staffs scale in proportion to municipality.staff "
          "and the simulated staff get that share of the agendas. An imported organisation "
          "(organisation.from) is its own reference unless this key is set");
  s.custom("municipality.sectors", "count or list", readSectors, showSectors)
      .required()
      .source("000 §3 fn. 1; Trondheim 2021 has seven areas; shares assumed")
      .doc("Sectors (areas) and their relative sizes; the last one is the organisation area");
  SAMSIM_FIELD("municipality.unit_size", municipality.unitSize)
      .range(2, 500)
      .unit("persons")
      .source("003 l. 1323 (≈700 leaders for ≈14,000 staff)")
      .doc("Staff per line unit including its leader");
  SAMSIM_FIELD("municipality.sector_advisors", municipality.sectorAdvisors)
      .range(0, 500)
      .unit("persons")
      .source(A)
      .doc(
          "Advisors in each sector's own staff at municipality.reference_staff (scaled with staff; "
          "capped at staff/(10·sectors))");
  SAMSIM_FIELD("municipality.critical_sector", municipality.criticalSector)
      .range(0, 49)
      .unit("sector index")
      .source("000 §5.1 (health and care)")
      .doc("Sector whose service continuity is reported");
  SAMSIM_FIELD("municipality.hours_per_day", municipality.hoursPerDay)
      .range(1, 16)
      .unit("hours/day")
      .source(A)
      .doc("Contracted working hours");
  SAMSIM_FIELD("municipality.utilisation", municipality.utilisation)
      .range(0.1, 1.5)
      .unit("share")
      .source(A)
      .doc("Share of hours operational work takes in normal times");
  SAMSIM_FIELD("municipality.max_overtime", municipality.maxOvertime)
      .range(0, 1)
      .unit("share")
      .source(A)
      .doc("Overtime worked on operations in a crisis, as a share of hours");
  SAMSIM_FIELD("municipality.absence_rate", municipality.absenceRate)
      .range(0, 0.9)
      .unit("share")
      .source(A)
      .doc("Daily absence probability in normal times");
  SAMSIM_FIELD("municipality.tenure_mean_years", municipality.tenureMeanYears)
      .range(0.5, 40)
      .unit("years")
      .source(A)
      .doc("Mean tenure (lognormal); leaders and staff roles are more senior");
  SAMSIM_FIELD("municipality.competence_domains", municipality.competenceDomains)
      .range(0, 20)
      .unit("domains")
      .source("000 §5.1 (HR, IT, finance, law, communications, preparedness)")
      .doc("Common competence domains besides each sector's own");
}

void addCentralStaffKeys(sim::Schema<Scenario>& s) {
  SAMSIM_FIELD("central_staff.size", centralStaff.size)
      .range(0, 100000)
      .unit("persons")
      .source("000 §5.1, §6.3 (large central staff); size assumed")
      .doc(
          "Central staff (fagstab) at municipality.reference_staff (scaled with staff; capped at "
          "staff/10)");
  SAMSIM_FIELD("central_staff.sector_oriented_share", centralStaff.sectorOrientedShare)
      .range(0, 1)
      .unit("share")
      .source("000 §6.3")
      .doc("Share of central advisors who serve one sector only");
  SAMSIM_FIELD("central_staff.internal_ties", centralStaff.internalTies)
      .range(0, 100)
      .unit("ties/person")
      .source("000 §5.1 (large staff is siloed)")
      .doc("Informal ties each central advisor has inside the staff");
}

void addWorkforceKeys(sim::Schema<Scenario>& s) {
  const std::string A = "assumed";
  SAMSIM_FIELD("municipality.tenure_sigma", workforce.tenureSigma)
      .range(0, 3)
      .unit("log years")
      .source(A)
      .doc("σ of the lognormal tenure distribution (mean municipality.tenure_mean_years)");
  SAMSIM_FIELD("municipality.tenure_max_years", workforce.tenureMaxYears)
      .range(1, 60)
      .unit("years")
      .source(A)
      .doc("Longest initial tenure");
  SAMSIM_FIELD("municipality.director_tenure_shift", workforce.directorTenureShift)
      .range(0, 40)
      .unit("years")
      .source(A)
      .doc("Years added to a sector director's drawn tenure");
  SAMSIM_FIELD("municipality.municipal_director_tenure_shift", workforce.municipalDirectorTenureShift)
      .range(0, 40)
      .unit("years")
      .source(A)
      .doc("Years added to the municipal director's drawn tenure");
  SAMSIM_FIELD("municipality.unit_leader_tenure_shift", workforce.unitLeaderTenureShift)
      .range(0, 40)
      .unit("years")
      .source(A)
      .doc("Years added to a unit leader's drawn tenure");
  SAMSIM_FIELD("municipality.sector_advisor_tenure_shift", workforce.sectorAdvisorTenureShift)
      .range(0, 40)
      .unit("years")
      .source(A)
      .doc("Years added to a sector advisor's drawn tenure");
  SAMSIM_FIELD("municipality.central_staff_tenure_shift", workforce.centralStaffTenureShift)
      .range(0, 40)
      .unit("years")
      .source("000 §5.3 (long tenure of the central staff advisors); value assumed")
      .doc("Years added to a central staff member's drawn tenure");
  SAMSIM_FIELD("municipality.staff_per_central_member", workforce.staffPerCentralMember)
      .range(1, 1000)
      .unit("persons")
      .source(A)
      .doc("Cap on the scaled central staff: at most staff / this");
  SAMSIM_FIELD("municipality.staff_per_sector_advisor", workforce.staffPerSectorAdvisor)
      .range(1, 1000)
      .unit("persons")
      .source(A)
      .doc("Cap on the scaled sector advisors: at most staff / (this · sectors) per sector");
  SAMSIM_FIELD("municipality.working_days_per_year", workforce.workingDaysPerYear)
      .range(100, 366)
      .unit("working days")
      .source(A)
      .doc(
          "Working days in a year, for yearly rates (knowledge fading, work contacts, turnover, "
          "initiative starts) and for tenure");
}

// The critical sector is one of the sectors.
void checkMunicipalityKeys(const Scenario& s, const sim::YamlDocument& doc) {
  const int sectors = static_cast<int>(s.municipality.sectors.size());
  if (s.municipality.criticalSector >= sectors)
    failAcrossKeys(doc, "municipality.critical_sector", {"municipality.sectors"},
                   fmt::format("a sector index below {}", sectors),
                   std::to_string(s.municipality.criticalSector));
}

// The organisation the run builds fits the staff (organisation.cpp: lineUnitsBySector). Not for an
// imported organisation, which is checked as it is read.
void checkOrganisationFitsStaff(const Scenario& s, const sim::YamlDocument& doc) {
  try {
    (void)lineUnitsBySector(s);
  } catch (const sim::InputError& e) {
    // Its message starts with the key it blames (the staff or the sectors).
    const std::string what = e.what();
    const char* key =
        what.rfind("municipality.sectors", 0) == 0 ? "municipality.sectors" : "municipality.staff";
    throw sim::InputError(
        fmt::format("{}{}", originForCheck(doc, key, {"municipality.staff", "municipality.sectors"}), what));
  }
}

}  // namespace samsim::models
