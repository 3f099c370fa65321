// Every scenario key: path, type, unit, range, source (a seed passage or "assumed") and a one-line
// description. docs/ODD.md's parameter tables are generated from and checked against this list
// (tests/models/odd_doc_test.cpp).
#include <fmt/format.h>

#include "models/scenario/scenario.hpp"
#include "models/scenario/scenario_schema_parts.hpp"

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

// A setting that is a choice: the YAML names map to an enum when the scenario is loaded, and the
// manifest shows the name again.
template <class E, class Access>
sim::ParamEntry<Scenario>& choiceField(sim::Schema<Scenario>& s, const std::string& path, Access access,
                                       const std::vector<std::pair<std::string, E>>& names) {
  std::vector<std::string> labels;
  labels.reserve(names.size());
  for (const auto& entry : names) labels.push_back(entry.first);
  auto read = [path, names, access](Scenario& c, const YAML::Node& node, const sim::Origin& origin) {
    const std::string text = sim::readString(node, origin, path);
    for (const auto& [name, value] : names)
      if (name == text) {
        access(c) = value;
        return;
      }
    std::string expected = "one of ";
    for (std::size_t i = 0; i < names.size(); ++i) expected += (i > 0 ? " | " : "") + names[i].first;
    sim::failInput(origin, path, expected, node);
  };
  auto show = [names, access](const Scenario& c) -> nlohmann::json {
    for (const auto& [name, value] : names)
      if (value == access(c)) return name;
    return nullptr;
  };
  return s.custom(path, "string", read, show).oneOf(std::move(labels));
}

#define SAMSIM_CHOICE(path, member, ...)                  \
  choiceField(                                            \
      s, path, [](auto& c) -> auto& { return c.member; }, \
      std::vector<std::pair<std::string, decltype(Scenario{}.member)>>{__VA_ARGS__})

#define SAMSIM_FIELD(path, member) \
  s.field(                         \
      path, [](Scenario & c) -> auto& { return c.member; })

}  // namespace

sim::Schema<Scenario> buildScenarioSchema() {
  sim::Schema<Scenario> s;
  const std::string A = "assumed";
  // Run.
  SAMSIM_FIELD("version", version)
      .range(1, 1)
      .required()
      .source("samsim")
      .doc("Scenario file format version");
  SAMSIM_FIELD("name", name).required().source("samsim").doc("Scenario name in outputs");
  SAMSIM_FIELD("seed", seed).required().source("samsim").doc("Base random seed");
  SAMSIM_FIELD("days", days)
      .range(1, 20000)
      .required()
      .unit("working days")
      .source("samsim")
      .doc("Measured days of the run, after the warm-up (a week has five working days)");
  SAMSIM_FIELD("warmup_days", warmupDays)
      .range(0, 20000)
      .unit("working days")
      .source(A)
      .doc("Normal-times days run before measuring; nothing raised or done in them is counted");
  SAMSIM_FIELD("outcomes.horizon_days", outcomes.horizonDays)
      .range(1, 20000)
      .unit("working days")
      .source(A)
      .doc("Horizon τ of the restricted mean time to resolution (RMST) and the resolved share");

  // Organisation.
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

  // Informal network.
  SAMSIM_FIELD("network.max_ties", network.maxTies)
      .range(4, 200)
      .unit("ties")
      .source(A)
      .doc("Tie slots per person; a new tie replaces the weakest when full");
  SAMSIM_FIELD("network.unit_ties", network.unitTies)
      .range(0, 100)
      .unit("ties")
      .source(A)
      .doc("Initial ties to unit colleagues");
  SAMSIM_FIELD("network.sector_ties", network.sectorTies)
      .range(0, 100)
      .unit("ties")
      .source(A)
      .doc("Initial ties to others in the same sector");
  SAMSIM_FIELD("network.cross_sector_ties", network.crossSectorTies)
      .range(0, 50)
      .unit("ties (mean)")
      .source("000 §5.3 (structural holes); value assumed")
      .doc("Mean initial ties into other sectors");
  SAMSIM_FIELD("network.prior_role_per_year", network.priorRolePerYear)
      .range(0, 1)
      .unit("1/year")
      .source("000 §6.3 (roles in other parts)")
      .doc("Chance per year of tenure of an earlier role in another sector");
  SAMSIM_FIELD("network.prior_role_ties", network.priorRoleTies)
      .range(0, 50)
      .unit("ties")
      .source(A)
      .doc("Lasting ties from an earlier role");
  SAMSIM_FIELD("network.half_life_days", network.halfLifeDays)
      .range(1, 100000)
      .unit("working days")
      .source("000 §5.3 (ties fade); value assumed")
      .doc("Half-life of an unused tie");
  SAMSIM_FIELD("network.unit_floor", network.unitFloor)
      .range(0, 1)
      .unit("weight")
      .source(A)
      .doc("Weight unit ties keep through daily work");
  SAMSIM_FIELD("network.trust_threshold", network.trustThreshold)
      .range(0, 1)
      .unit("weight")
      .source(A)
      .doc("Tie weight needed to ask for help or count as a bridge");
  SAMSIM_FIELD("network.joint_work_gain", network.jointWorkGain)
      .range(0, 1)
      .unit("share")
      .source(A)
      .doc("Tie strengthening from solving an issue together");
  SAMSIM_FIELD("network.coattend_gain", network.coattendGain)
      .range(0, 1)
      .unit("share")
      .source("000 §6.3 (trust from repeated interaction)")
      .doc("Tie strengthening per meeting attended together");
  SAMSIM_FIELD("network.knowledge_tau_years", network.knowledgeTauYears)
      .range(0.1, 100)
      .unit("years")
      .source("000 §6.3 (long tenure)")
      .doc("Tenure scale of structural knowledge");
  SAMSIM_FIELD("network.measure_every_days", network.measureEveryDays)
      .range(1, 10000)
      .unit("working days")
      .source(A)
      .doc("Interval of network measurement (constraint, density)");
  SAMSIM_FIELD("network.contacts_per_year", network.contactsPerYear)
      .range(0, 1000)
      .unit("contacts/person/year")
      .source("Kossinets & Watts 2006 (ties renew through interaction); value assumed")
      .doc("Work contacts with people of the own sector outside the own unit");
  SAMSIM_FIELD("network.cross_contacts_per_year", network.crossContactsPerYear)
      .range(0, 1000)
      .unit("contacts/person/year")
      .source("Kleinbaum et al. 2013 (cross-unit contact rarer); value assumed")
      .doc("Work contacts with people of other sectors, front-line staff");
  SAMSIM_FIELD("network.role_cross_contacts_per_year", network.roleCrossContactsPerYear)
      .range(0, 1000)
      .unit("contacts/person/year")
      .source("Kleinbaum et al. 2013 (managers and staff functions span groups); 002; value assumed")
      .doc("Work contacts with people of other sectors, leaders and staff advisors");
  SAMSIM_FIELD("network.contact_gain", network.contactGain)
      .range(0, 1)
      .unit("share")
      .source(A)
      .doc("Tie strengthening per work contact (one contact alone is not yet trust)");
  SAMSIM_FIELD("network.repeat_contact_share", network.repeatContactShare)
      .range(0, 1)
      .unit("share")
      .source("Kossinets & Watts 2006 (most interaction along existing ties); value assumed")
      .doc("Share of work contacts with someone already known; the rest meet someone new");
  SAMSIM_FIELD("network.turnover_per_year", network.turnoverPerYear)
      .range(0, 1)
      .unit("1/year")
      .source(A)
      .doc("Share of staff who leave per year; each is replaced by a newcomer");
  SAMSIM_FIELD("network.internal_move_share", network.internalMoveShare)
      .range(0, 1)
      .unit("share")
      .source("000 §6.3 (roles in other parts of the organisation); value assumed")
      .doc("Share of vacancies filled by someone moving from another sector");
  SAMSIM_FIELD("network.prehistory_days", network.prehistoryDays)
      .range(0, 10000)
      .unit("working days")
      .source("samsim")
      .doc("Days of contacts and turnover run on the initial ties before day 0");

  // Issues.
  SAMSIM_FIELD("issues.rate_per_staff_day", issues.ratePerStaffDay)
      .range(0, 1)
      .unit("issues/staff/day")
      .source(A)
      .doc("Issues raised in units besides broad problems");
  SAMSIM_FIELD("issues.q2_share", issues.q2Share)
      .range(0, 1)
      .unit("share")
      .source("000 Fig. 5; value assumed")
      .doc("Share of core tasks that need another sector (quadrant 2)");
  SAMSIM_FIELD("issues.q3_share", issues.q3Share)
      .range(0, 1)
      .unit("share")
      .source("000 Fig. 5; value assumed")
      .doc("Share of issues with unclear owner, not urgent (quadrant 3)");
  SAMSIM_FIELD("issues.q1_hours", issues.q1Hours)
      .range(0.01, 1000)
      .unit("hours")
      .source(A)
      .doc("Mean work of a core-task issue");
  SAMSIM_FIELD("issues.q2_hours", issues.q2Hours)
      .range(0.01, 1000)
      .unit("hours")
      .source(A)
      .doc("Mean work of a quadrant-2 issue");
  SAMSIM_FIELD("issues.q3_hours", issues.q3Hours)
      .range(0.01, 1000)
      .unit("hours")
      .source(A)
      .doc("Mean work of a quadrant-3 issue at size 1 (scales with size)");
  SAMSIM_FIELD("issues.broad_per_week", issues.broadPerWeek)
      .range(0, 1000)
      .unit("problems/week")
      .source(A)
      .doc("Broad urgent problems (quadrant 4) in normal times");
  SAMSIM_FIELD("issues.broad_unit_share", issues.broadUnitShare)
      .range(0, 1)
      .unit("share")
      .source("000 §1 (parallel solutions)")
      .doc("Share of units where a broad problem surfaces");
  SAMSIM_FIELD("issues.broad_spread_days", issues.broadSpreadDays)
      .range(1, 1000)
      .unit("working days")
      .source(A)
      .doc("Window over which a broad problem surfaces in units");
  SAMSIM_FIELD("issues.local_solution_hours", issues.localSolutionHours)
      .range(0, 1000)
      .unit("hours")
      .source(A)
      .doc("Work of a unit solving a broad problem on its own");
  SAMSIM_FIELD("issues.central_solution_hours", issues.centralSolutionHours)
      .range(0, 10000)
      .unit("hours")
      .source(A)
      .doc("Work of a coordinated answer to a broad problem");
  SAMSIM_FIELD("issues.adapt_hours", issues.adaptHours)
      .range(0, 1000)
      .unit("hours")
      .source("000 §5.3 (room for local adaptation)")
      .doc("Local adaptation of a coordinated answer per unit");
  SAMSIM_FIELD("issues.q3_growth_per_day", issues.q3GrowthPerDay)
      .range(0, 1)
      .unit("1/day")
      .source("000 §5.2, §5.3 (grows while unattended); value assumed")
      .doc("Growth of an unattended quadrant-3 issue");
  SAMSIM_FIELD("issues.weak_signal_size", issues.weakSignalSize)
      .range(1, 1000)
      .unit("size")
      .source("000 §5.2")
      .doc("Size at which a quadrant-3 issue becomes visible and urgent");
  SAMSIM_FIELD("issues.patience_days", issues.patienceDays)
      .range(0, 1000)
      .unit("working days")
      .source(A)
      .doc("Wait for a coordinated answer before a unit solves a broad problem itself");
  SAMSIM_FIELD("issues.urgent_hours_per_day", issues.urgentHoursPerDay)
      .range(0, 24)
      .unit("hours/day")
      .source(A)
      .doc("Hours an owner puts into a coordinated answer beyond spare time");
  SAMSIM_FIELD("issues.max_age_days", issues.maxAgeDays)
      .range(1, 100000)
      .unit("working days")
      .source(A)
      .doc("Open issues older than this are dropped");

  // Routing and the line.
  SAMSIM_FIELD("routing.informal_search", routing.informalSearch)
      .source("000 §5.3")
      .doc("Staff search their network");
  SAMSIM_FIELD("routing.slack_use", routing.slackUse)
      .range(0, 1)
      .unit("share")
      .source("000 §6.1, §7; value assumed")
      .doc("Share of slack spent on issues and coordination in normal times");
  SAMSIM_FIELD("routing.contacts_asked", routing.contactsAsked)
      .range(1, 100)
      .unit("persons")
      .source(A)
      .doc("Contacts asked per step of an informal search (strongest first)");
  SAMSIM_FIELD("routing.search_depth", routing.searchDepth)
      .range(1, 6)
      .unit("steps")
      .source(A)
      .doc("Maximum steps of an informal search");
  SAMSIM_FIELD("routing.days_per_hop", routing.daysPerHop)
      .range(0, 100)
      .unit("working days")
      .source(A)
      .doc("Delay per step of an informal search");
  SAMSIM_FIELD("routing.ask_hours", routing.askHours)
      .range(0, 10)
      .unit("hours")
      .source(A)
      .doc("Time an asked contact spends");
  SAMSIM_FIELD("routing.competence_threshold", routing.competenceThreshold)
      .range(0, 1)
      .unit("competence")
      .source(A)
      .doc("Competence needed to hold an issue's domain");
  SAMSIM_FIELD("routing.spare_hours_for_yes", routing.spareHoursForYes)
      .range(0.01, 24)
      .unit("hours")
      .source(A)
      .doc(
          "Spare hours today at which a competent contact's willingness to help is limited only by "
          "trust (fewer hours scale it down)");
  SAMSIM_FIELD("line.unit_leader_delay_days", line.unitLeaderDelayDays)
      .range(0, 100)
      .unit("working days")
      .source(A)
      .doc("Time for a unit leader to pass an issue up");
  SAMSIM_FIELD("line.director_items_per_day", line.directorItemsPerDay)
      .range(0, 1000)
      .unit("items/day")
      .source("000 §5.2 (finite leadership agenda); value assumed")
      .doc("Escalations a director handles per day");
  SAMSIM_FIELD("line.director_hours_per_item", line.directorHoursPerItem)
      .range(0, 24)
      .unit("hours")
      .source(A)
      .doc("Director time per escalation");
  SAMSIM_FIELD("line.director_contact_days", line.directorContactDays)
      .range(0, 100)
      .unit("working days")
      .source(A)
      .doc("Director-to-director hand-over of a quadrant-2 issue");
  SAMSIM_FIELD("line.leadership_cadence_days", line.leadershipCadenceDays)
      .range(1, 260)
      .unit("working days")
      .source(A)
      .doc("Days between leadership group meetings");
  SAMSIM_FIELD("line.leadership_weekday", line.leadershipWeekday)
      .range(1, 5)
      .unit("weekday (1 = Monday)")
      .source("000 §4.1, §5.1; weekday assumed (docs/ODD.md §3)")
      .doc(
          "Working day of the week the leadership group meets; day 0 of a run is a Monday, so it meets on "
          "days ≡ weekday − 1 (mod line.leadership_cadence_days)");
  SAMSIM_FIELD("line.leadership_agenda", line.leadershipAgenda)
      .range(0, 1000)
      .unit("items/meeting")
      .source("000 §5.2; value assumed")
      .doc("Items the leadership group decides per meeting (before attention pull)");
  SAMSIM_FIELD("line.leadership_meeting_hours", line.leadershipMeetingHours)
      .range(0, 24)
      .unit("hours")
      .source(A)
      .doc("Length of a leadership group meeting");
  SAMSIM_FIELD("line.budding_notice_per_day", line.buddingNoticePerDay)
      .range(0, 1)
      .unit("1/day")
      .source(A)
      .doc("Chance per day that a unit leader escalates a budding quadrant-3 issue");
  SAMSIM_FIELD("line.units_per_area_head", line.unitsPerAreaHead)
      .range(1, 100000)
      .unit("units")
      .source("003 l. 225 (kommunalsjef between sector director and unit leaders); value assumed")
      .doc(
          "Line units whose escalations one leader handles; a sector with more units has area "
          "heads beside its director, each with line.director_items_per_day");
  SAMSIM_FIELD("line.leadership_wait_meetings", line.leadershipWaitMeetings)
      .range(0, 1000)
      .unit("meetings")
      .source("000 §5.2 (finite agenda); value assumed")
      .doc(
          "Meetings an issue may wait for the leadership agenda before it is delegated to the "
          "line area of the sector that holds its domain");
  SAMSIM_FIELD("line.head_line_share", line.headLineShare)
      .range(0, 1)
      .unit("share")
      .source("000 §5.2, §7 (directors' time is scarce); value assumed")
      .doc(
          "Share of a line head's hours (director, area head, leadership group) set aside for the "
          "line, taken from their operational work");
  SAMSIM_FIELD("line.holder_lookups", line.holderLookups)
      .range(0, 100000)
      .unit("persons")
      .source("000 §5.3 (knowing the structures); value assumed")
      .doc(
          "People of the target sector a head or advisor who knows the structures looks through "
          "for a holder");
  SAMSIM_FIELD("line.director_pull_share", line.directorPullShare)
      .range(0, 1)
      .unit("share")
      .source("000 §5.2 (external gravitational forces); value assumed")
      .doc("Share of the crisis attention pull that falls on directors' escalation capacity");

  // Crisis.
  SAMSIM_FIELD("crisis.enabled", crisis.enabled).required().source("000 §1").doc("Whether a crisis happens");
  SAMSIM_FIELD("crisis.start_day", crisis.startDay)
      .range(0, 20000)
      .required()
      .unit("working day")
      .source(A)
      .doc("Measured day the crisis starts (0 = first day after the warm-up)");
  SAMSIM_FIELD("crisis.duration_days", crisis.durationDays)
      .range(1, 20000)
      .required()
      .unit("working days")
      .source("000 §1 (long, unclear end)")
      .doc("Length of the crisis");
  SAMSIM_CHOICE("crisis.kind", crisis.kind, {"long", CrisisKind::Long}, {"acute", CrisisKind::Acute})
      .source("000 §5.1")
      .doc("long: pandemic-like, all sectors, phased; acute: local, external, short");
  SAMSIM_FIELD("crisis.absence_rate", crisis.absenceRate)
      .range(0, 0.9)
      .unit("share")
      .source(A)
      .doc("Extra daily absence in a long crisis");
  SAMSIM_FIELD("crisis.critical_absence_extra", crisis.criticalAbsenceExtra)
      .range(0, 0.9)
      .unit("share")
      .source("000 §5.1 Fig. 3; value assumed")
      .doc("Further absence in the critical sector");
  SAMSIM_FIELD("crisis.critical_demand_increase", crisis.criticalDemandIncrease)
      .range(0, 5)
      .unit("share")
      .source("000 §5.1; value assumed")
      .doc("Extra demand in the hit sector");
  SAMSIM_FIELD("crisis.other_demand_change", crisis.otherDemandChange)
      .range(-0.9, 5)
      .unit("share")
      .source("000 §5.1 Fig. 3; value assumed")
      .doc("Demand change elsewhere in a long crisis");
  SAMSIM_FIELD("crisis.broad_per_week", crisis.broadPerWeek)
      .range(0, 1000)
      .unit("problems/week")
      .source("000 §1, §5.1; value assumed")
      .doc("Extra broad urgent problems in a long crisis (a fifth if acute)");
  SAMSIM_FIELD("crisis.phase_shares", crisis.phaseShares)
      .range(0, 1)
      .unit("shares")
      .source("000 §5.1–5.2 (phases)")
      .doc("Relative lengths of the crisis phases");
  SAMSIM_FIELD("crisis.phase_broad_factor", crisis.phaseBroadFactor)
      .range(0, 100)
      .unit("factors")
      .source("000 §5.1–5.2; values assumed")
      .doc("Broad-problem rate per phase");
  SAMSIM_FIELD("crisis.attention_pull", crisis.attentionPull)
      .range(0, 1)
      .unit("share")
      .source("000 §5.2 (external gravitational forces)")
      .doc("Share of leadership attention pulled outward");
  SAMSIM_FIELD("crisis.coordination_priority", crisis.coordinationPriority)
      .source("000 §6.1")
      .doc("Coordination is prioritised in a crisis: hours move from operational work to it");
  SAMSIM_FIELD("crisis.coordination_hours", crisis.coordinationHours)
      .range(0, 16)
      .unit("hours/day")
      .source(A)
      .doc(
          "Operational hours a day each person may move to coordination in a crisis when it has "
          "priority (not worked on operations when spent)");
  SAMSIM_FIELD("crisis.acute_sector", crisis.acuteSector)
      .range(0, 49)
      .unit("sector index")
      .source(A)
      .doc("Sector hit by an acute crisis");
  SAMSIM_FIELD("crisis.leader_external_share", crisis.leaderExternalShare)
      .range(0, 1)
      .unit("share")
      .source("000 §5.2 (leaders carry the external side); value assumed")
      .doc("Share of the attention pull added to directors' operational load, in hours");
  SAMSIM_FIELD("crisis.acute_broad_share", crisis.acuteBroadShare)
      .range(0, 1)
      .unit("share")
      .source("000 §5.1 (acute crises are mostly external); value assumed")
      .doc("Share of crisis.broad_per_week an acute crisis raises");
  SAMSIM_FIELD("crisis.max_absence_rate", crisis.maxAbsenceRate)
      .range(0, 1)
      .unit("share")
      .source(A)
      .doc("Upper bound of the daily absence probability, normal absence and crisis absence together");
  SAMSIM_FIELD("crisis.min_demand_factor", crisis.minDemandFactor)
      .range(0, 1)
      .unit("factor")
      .source(A)
      .doc("Lower bound of a sector's demand factor when a long crisis frees capacity");

  // The coordination arena.
  SAMSIM_FIELD("hub.enabled", hub.enabled)
      .required()
      .source("000 §3")
      .doc("Whether a coordination arena exists");
  SAMSIM_FIELD("hub.size", hub.size)
      .range(1, 500)
      .required()
      .unit("members")
      .source("000 §5.1: one per area plus four")
      .doc("Members (per meeting if flexible)");
  SAMSIM_FIELD("hub.cadence_days", hub.cadenceDays)
      .range(1, 260)
      .required()
      .unit("working days")
      .source("000 §4.1: weekly")
      .doc("Days between meetings");
  SAMSIM_FIELD("hub.meeting_weekday", hub.meetingWeekday)
      .range(1, 5)
      .unit("weekday (1 = Monday)")
      .source("000 §4.1, §5.1; weekday assumed (docs/ODD.md §3)")
      .doc(
          "Working day of the week the arena meets; day 0 of a run is a Monday, so it meets on days ≡ "
          "weekday − 1 (mod hub.cadence_days)");
  SAMSIM_CHOICE("hub.mandate", hub.mandate, {"information", Mandate::Information},
                {"advisory", Mandate::Advisory}, {"decisive", Mandate::Decisive})
      .required()
      .source("000 §6.5")
      .doc("What the arena may do with an item");
  SAMSIM_FIELD("hub.liaison", hub.liaison)
      .required()
      .source("000 §5.1, §5.4")
      .doc("The arena's chair sits in the leadership group / crisis management");
  SAMSIM_CHOICE("hub.membership", hub.membership, {"fixed", Membership::Fixed},
                {"flexible", Membership::Flexible})
      .required()
      .source("000 §6.3")
      .doc("Fixed members or chosen per meeting from the agenda");
  SAMSIM_CHOICE("hub.trigger", hub.trigger, {"always", Trigger::Always}, {"crisis", Trigger::Crisis})
      .source("000 §3, §6.3")
      .doc("Standing arena, or formed only in a crisis");
  SAMSIM_FIELD("hub.forms_after_days", hub.formsAfterDays)
      .range(0, 20000)
      .unit("working days")
      .source("000 §3 (weeks after the start)")
      .doc("Delay after the first simulated day (always; warm-up included) or the crisis start");
  SAMSIM_FIELD("hub.persists", hub.persists)
      .source("000 §6.2")
      .doc("Whether a crisis-formed arena outlives the crisis");
  SAMSIM_FIELD("hub.liaison_after_days", hub.liaisonAfterDays)
      .range(0, 20000)
      .unit("working days")
      .source("000 §5.1 (leader later joined)")
      .doc("Delay from formation until the liaison sits in");
  SAMSIM_CHOICE("hub.pool", hub.pool, {"central_staff", MemberPool::CentralStaff},
                {"sector_staff", MemberPool::SectorStaff}, {"leaders", MemberPool::Leaders},
                {"all", MemberPool::All})
      .source("000 §5.1")
      .doc("Where members are drawn from first");
  SAMSIM_CHOICE("hub.selection", hub.selection, {"tenure", Selection::Tenure},
                {"network", Selection::Network}, {"role", Selection::Role}, {"random", Selection::Random})
      .source("000 §5.1, §6.5 (experience, networks, trust)")
      .doc("How members are chosen within a sector");
  SAMSIM_FIELD("hub.org_members", hub.orgMembers)
      .range(0, 100)
      .unit("members")
      .source("000 §5.1: four")
      .doc("Members from the organisation area (others: one per sector, extras round-robin)");
  SAMSIM_FIELD("hub.meeting_hours", hub.meetingHours)
      .range(0.1, 24)
      .unit("hours")
      .source(A)
      .doc("Length of a meeting");
  SAMSIM_FIELD("hub.status_minutes", hub.statusMinutes)
      .range(0, 120)
      .unit("minutes/member")
      .source("000 §5.1 Fig. 3 (status round)")
      .doc("Airtime each member's status report takes");
  SAMSIM_FIELD("hub.speak_minutes", hub.speakMinutes)
      .range(0, 120)
      .unit("minutes/speaker")
      .source("000 §6.3 (small is beautiful); value assumed")
      .doc("Airtime an item takes for each attendee who speaks to it (its sectors, its competence)");
  SAMSIM_FIELD("hub.item_hours", hub.itemHours)
      .range(0.01, 24)
      .unit("hours")
      .source(A)
      .doc("Base meeting time of one agenda item (presenting it, concluding)");
  SAMSIM_FIELD("hub.prep_hours", hub.prepHours)
      .range(0, 24)
      .unit("hours/member/meeting")
      .source("000 §6.3 (members' time); value assumed")
      .doc("Each attendee's own time preparing a meeting and reporting back, charged to their hours");
  SAMSIM_FIELD("hub.visibility", hub.visibility)
      .range(0, 1)
      .unit("share")
      .source("000 §5.4 (a well-kept secret)")
      .doc("Share of staff who know the arena when it forms");
  SAMSIM_FIELD("hub.comms_member", hub.commsMember)
      .source("000 §5.4")
      .doc("A communications member spreads results");
  SAMSIM_FIELD("hub.comms_reach", hub.commsReach)
      .range(0, 1)
      .unit("share/meeting")
      .source(A)
      .doc("Visibility gained per meeting with a communications member");
  SAMSIM_FIELD("hub.budding_detection", hub.buddingDetection)
      .range(0, 1)
      .unit("probability/tie weight")
      .source("000 §5.2 (budding concerns), §5.3 (signals through contacts)")
      .doc(
          "Chance per unit tie weight that a member hears of a dormant issue in a unit they have a tie into");
  SAMSIM_FIELD("hub.hand_on_hours", hub.handOnHours)
      .range(0, 24)
      .unit("hours")
      .source("000 §6.3 (ownership may pulverise); value assumed")
      .doc("Time an absent owner and the attendee they hand a follow-up to each spend on the hand-over");
  SAMSIM_FIELD("hub.action_hours", hub.actionHours)
      .range(0, 1000)
      .unit("hours")
      .source(A)
      .doc("Follow-up work of an action item");
  SAMSIM_FIELD("hub.max_wait_meetings", hub.maxWaitMeetings)
      .range(0, 1000)
      .unit("meetings")
      .source(A)
      .doc(
          "Meetings a non-urgent item may wait for the arena's agenda before it goes back to "
          "the line");

  // Other mechanisms.
  SAMSIM_FIELD("redeployment.enabled", redeployment.enabled)
      .source("000 §5.1")
      .doc("Staff can be redeployed");
  SAMSIM_FIELD("redeployment.line_overview_days", redeployment.lineOverviewDays)
      .range(0, 10000)
      .unit("working days")
      .source("000 §5.1; value assumed")
      .doc("Time the line needs for a capacity overview");
  SAMSIM_FIELD("redeployment.overview_coverage", redeployment.overviewCoverage)
      .range(0, 1)
      .unit("share")
      .source("000 §5.1 Fig. 3")
      .doc("Share of sectors an arena meeting must cover to give the overview");
  SAMSIM_FIELD("redeployment.rights_days", redeployment.rightsDays)
      .range(0, 10000)
      .unit("working days")
      .source("000 §5.1 (employee rights); value assumed")
      .doc("Time for employee rights and unions before a move");
  SAMSIM_FIELD("redeployment.max_per_week_per_1000", redeployment.maxPerWeekPer1000)
      .range(0, 1000)
      .unit("persons/week/1000 staff")
      .source(A)
      .doc("Moves per week");
  SAMSIM_FIELD("redeployment.efficiency", redeployment.efficiency)
      .range(0, 1)
      .unit("share")
      .source(A)
      .doc("Productivity of a redeployed person in new tasks");
  SAMSIM_FIELD("redeployment.draw_attempts", redeployment.drawAttempts)
      .range(1, 100000)
      .unit("draws")
      .source(A)
      .doc("Random draws to find one movable person (line staff of another sector, not yet moved)");
  SAMSIM_FIELD("innovation.enabled", innovation.enabled)
      .source("000 §5.2")
      .doc("Unplanned innovations can arise");
  SAMSIM_FIELD("innovation.meeting_rate", innovation.meetingRate)
      .range(0, 1)
      .unit("probability")
      .source("000 §5.2; Burt 2004; value assumed")
      .doc("Chance per meeting for a complementary, trusting pair who spoke to the same item");
  SAMSIM_FIELD("innovation.informal_rate", innovation.informalRate)
      .range(0, 1)
      .unit("probability")
      .source(A)
      .doc("Chance per cross-sector joint solution");
  SAMSIM_FIELD("innovation.effect", innovation.effect)
      .range(0, 0.5)
      .unit("share")
      .source("000 §5.2 (frees resources); value assumed")
      .doc("Operational demand an innovation removes in each unit");
  SAMSIM_FIELD("innovation.hours", innovation.hours)
      .range(0, 24)
      .unit("hours/person")
      .source("000 §5.2 (time to spare); value assumed")
      .doc("Slack each of a pair needs, and spends, to work an idea out");
  SAMSIM_FIELD("drift.enabled", drift.enabled)
      .source("000 §5.3")
      .doc("Structural knowledge fades when unused");
  SAMSIM_FIELD("drift.knowledge_decay_per_year", drift.knowledgeDecayPerYear)
      .range(0, 10)
      .unit("1/year")
      .source(A)
      .doc("Fading rate of structural knowledge");
  SAMSIM_FIELD("drift.refresh", drift.refresh)
      .range(0, 1)
      .unit("share")
      .source(A)
      .doc("Knowledge regained by cross-sector work or a meeting");

  // Behavioural constants (scenario_schema_constants.cpp).
  addBehaviouralConstantKeys(s);
  // Turnover by role and the key-person loss event (turnover.cpp, key_person_loss.cpp).
  SAMSIM_FIELD("turnover.staff_weight", turnover.staffWeight)
      .range(0, 100)
      .unit("relative")
      .source("000 §5.3; value assumed")
      .doc("Relative leaving rate of staff and communications (scales network.turnover_per_year)");
  SAMSIM_FIELD("turnover.unit_leader_weight", turnover.unitLeaderWeight)
      .range(0, 100)
      .unit("relative")
      .source(A)
      .doc("Relative leaving rate of unit leaders");
  SAMSIM_FIELD("turnover.advisor_weight", turnover.advisorWeight)
      .range(0, 100)
      .unit("relative")
      .source(A)
      .doc("Relative leaving rate of sector and central staff advisors");
  SAMSIM_FIELD("turnover.director_weight", turnover.directorWeight)
      .range(0, 100)
      .unit("relative")
      .source(A)
      .doc("Relative leaving rate of directors and the municipal director");
  SAMSIM_FIELD("events.key_person_loss.day", events.keyPersonLoss.day)
      .range(0, 20000)
      .unit("working day")
      .source("000 §5.3, §6.3")
      .doc("Measured day the key persons leave (0 = first day after the warm-up)");
  SAMSIM_FIELD("events.key_person_loss.count", events.keyPersonLoss.count)
      .range(0, 1000000)
      .unit("persons")
      .source("000 §6.3 (dependence on a few persons)")
      .doc(
          "Top brokers (most cross-sector trusted ties) who leave that day; 0 = no event. A number of "
          "persons, not scaled in a scale model: to keep the reference's share at fewer staff, scale it");
  // --- Organisation from data and network export (organisation_import.cpp, network_export.cpp) ---
  SAMSIM_FIELD("organisation.from.units", organisation.units)
      .source("samsim")
      .doc("Org chart units.csv (id,name,sector,parent,kind); relative to the scenario file");
  SAMSIM_FIELD("organisation.from.staff", organisation.staff)
      .source("samsim")
      .doc("Staff list staff.csv (id,unit,role,tenure[,capacity,competence]); needs units");
  SAMSIM_FIELD("organisation.from.ties", organisation.ties)
      .source("samsim")
      .doc("Network survey ties.csv (source,target,weight[,kind]); missing ties are formed");
  SAMSIM_FIELD("output.network_every_days", output.networkEveryDays)
      .range(0, 100000)
      .unit("working days")
      .source("samsim")
      .doc("Export the informal network (GraphML, CSV) every N days; 0: never");
  // --- Initiatives and co-creation (002, 003, 004; docs/ODD.md §7). ---------------------------
  // The four approaches of 002 are combinations of starters × recruitment × adoption
  // (scenarios/initiatives/); no key names an approach.
  SAMSIM_FIELD("initiatives.enabled", initiatives.enabled)
      .source("002; 003; 004")
      .doc("Middle managers and practitioners start initiatives (off: no initiative state, empty columns)");
  SAMSIM_CHOICE("initiatives.starters", initiatives.starters, {"unit_leaders", Starters::UnitLeaders},
                {"experienced", Starters::Experienced})
      .source("002 l. 58, 143")
      .doc(
          "Who starts: unit leaders (middle managers), or experienced practitioners of any role below "
          "director whose in-between competence reaches initiatives.experienced_threshold");
  SAMSIM_CHOICE("initiatives.recruitment", initiatives.recruitment, {"ties", Recruitment::Ties},
                {"leaders", Recruitment::Leaders}, {"line", Recruitment::Line})
      .source("002 l. 95, 105, 113, 143")
      .doc(
          "Who joins: the champion's trusted ties in other units; only tied unit leaders; or the "
          "leaders of the sector's other units assigned by the line, ties or not");
  SAMSIM_CHOICE("initiatives.adoption", initiatives.adoption, {"professional", Adoption::Professional},
                {"line", Adoption::Line}, {"leadership", Adoption::Leadership})
      .source("002 l. 155-157")
      .doc(
          "How adoption is decided: by the participants' professional authority; by the champion's "
          "director (a decision's hours); or by the leadership group (an agenda slot). An active arena "
          "known to a participant is a path for all three");
  SAMSIM_FIELD("initiatives.starts_per_year", initiatives.startsPerYear)
      .range(0, 230)
      .unit("1/year per candidate")
      .source(A)
      .doc("Chance per working day with slack (× 230) that a candidate starts an initiative");
  SAMSIM_FIELD("initiatives.slack_hours", initiatives.slackHours)
      .range(0, 24)
      .unit("hours")
      .source("002 l. 137-139 (no extra time); value assumed")
      .doc("Hours left after operational and issue work a champion needs that day to start");
  SAMSIM_FIELD("initiatives.experienced_threshold", initiatives.experiencedThreshold)
      .range(0, 1)
      .unit("in-between competence")
      .source("002 l. 143; 000 §5.3; value assumed")
      .doc("In-between competence an experienced starter needs");
  SAMSIM_FIELD("initiatives.participants", initiatives.participants)
      .range(1, 100)
      .unit("persons")
      .source("002 l. 58 (3-12, mean 6, per group)")
      .doc("Team size the champion seeks, the champion included");
  SAMSIM_FIELD("initiatives.hours_per_day", initiatives.hoursPerDay)
      .range(0, 24)
      .unit("hours/day")
      .source(A)
      .doc("Hours each participant puts in per working day, charged to the issue budget");
  SAMSIM_FIELD("initiatives.work_hours", initiatives.workHours)
      .range(0, 100000)
      .unit("hours")
      .source(A)
      .doc("Joint work before an initiative is ready for endorsement");
  SAMSIM_FIELD("initiatives.champion_days", initiatives.championDays)
      .range(1, 100000)
      .unit("working days")
      .source("002 l. 127, 133; value assumed")
      .doc("Days a champion keeps an unendorsed initiative going before it fades");
  SAMSIM_FIELD("initiatives.max_idle_days", initiatives.maxIdleDays)
      .range(0, 10000)
      .unit("working days")
      .source("002 l. 139, 145 (stop for urgent work); value assumed")
      .doc("Consecutive days without any hours from the champion before it fades");
  SAMSIM_FIELD("initiatives.authority_threshold", initiatives.authorityThreshold)
      .range(0, 100)
      .unit("summed in-between competence")
      .source("002 l. 143; value assumed")
      .doc("Professional authority (participants' summed in-between competence) that endorses");
  SAMSIM_FIELD("initiatives.decision_hours", initiatives.decisionHours)
      .range(0, 24)
      .unit("hours")
      .source(A)
      .doc("A leader's hours for an administrative decision");
  SAMSIM_FIELD("initiatives.agenda_slots", initiatives.agendaSlots)
      .range(0, 100)
      .unit("initiatives/meeting")
      .source(A)
      .doc("Initiatives the leadership group or the arena decides per meeting");
  SAMSIM_FIELD("initiatives.co_creation_share", initiatives.coCreationShare)
      .range(0, 1)
      .unit("share")
      .source("003; value assumed")
      .doc("Share of unit leaders' starts that are co-creation with citizens and volunteers");
  SAMSIM_FIELD("initiatives.budget_margin", initiatives.budgetMargin)
      .range(0, 1)
      .unit("share of the unit's budget")
      .source("003 l. 2148 (±3 % of the yearly result)")
      .doc("Deviation from its budget a unit may carry");
  SAMSIM_FIELD("initiatives.co_creation_cost", initiatives.coCreationCost)
      .range(0, 1)
      .unit("share of the unit's daily hours")
      .source(A)
      .doc("Cost of a co-creation pilot that must fit in the budget margin plus today's spare capacity");
  SAMSIM_FIELD("initiatives.risk_willingness", initiatives.riskWillingness)
      .range(0, 1)
      .unit("share of unit leaders")
      .source("003 l. 55, 1068 (risk willingness); value assumed")
      .doc("Share of unit leaders willing to take the risk of co-creation (a fixed draw per person)");
  // --- End of initiatives. ---------------------------------------------------------------------
  return s;
}

#undef SAMSIM_FIELD

}  // namespace samsim::models
