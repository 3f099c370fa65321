#pragma once
// The scenario: plain, validated settings of one municipality run (the keys of docs/ODD.md).
// Defaults are the member initialisers; scenarioSchema() documents every key (type, unit, range,
// source or "assumed"), and docs/ODD.md's parameter tables are checked against it.
#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "sim/params.hpp"

namespace samsim::models {

struct OrganisationData;  // organisation_import.hpp

struct SectorSpec {
  std::string name;
  double share = 1.0;  // relative size (normalised when the organisation is built)
};

// Settings that are choices, resolved from their YAML names when the scenario is loaded.
enum class CrisisKind : std::uint8_t { Long, Acute };                              // crisis.kind
enum class Mandate : std::uint8_t { Information, Advisory, Decisive };             // hub.mandate
enum class Membership : std::uint8_t { Fixed, Flexible };                          // hub.membership
enum class Trigger : std::uint8_t { Always, Crisis };                              // hub.trigger
enum class MemberPool : std::uint8_t { CentralStaff, SectorStaff, Leaders, All };  // hub.pool
enum class Selection : std::uint8_t { Tenure, Network, Role, Random };             // hub.selection
enum class Starters : std::uint8_t { UnitLeaders, Experienced };                   // initiatives.starters
enum class Recruitment : std::uint8_t { Ties, Leaders, Line };                     // initiatives.recruitment
enum class Adoption : std::uint8_t { Professional, Line, Leadership };             // initiatives.adoption

struct Scenario {
  int version = 1;
  std::string name = "unnamed";
  std::string description;    // one plain sentence for users: the design and the world simulated
  std::string descriptionNb;  // the same in Norwegian bokmål (for --lang nb)
  std::uint64_t seed = 1;
  int days = 460;        // measured working days, after the warm-up
  int warmupDays = 180;  // normal-times working days before anything is counted

  struct Outcomes {
    int horizonDays = 120;  // τ of the restricted mean time to resolution
  } outcomes;

  struct Municipality {
    int staff = 15000;
    int referenceStaff = 15000;  // size for which whole-organisation capacities are stated
    std::vector<SectorSpec> sectors;
    int unitSize = 21;
    int sectorAdvisors = 6;
    int criticalSector = 0;
    double hoursPerDay = 7.5;
    double utilisation = 0.80;
    double maxOvertime = 0.25;
    double absenceRate = 0.05;
    double tenureMeanYears = 10.0;
    int competenceDomains = 6;
  } municipality;

  struct CentralStaff {
    int size = 120;
    double sectorOrientedShare = 0.6;
    int internalTies = 5;
  } centralStaff;

  struct Network {
    int maxTies = 24;
    int unitTies = 6;
    int sectorTies = 2;
    double crossSectorTies = 0.15;
    double priorRolePerYear = 0.02;
    int priorRoleTies = 2;
    double halfLifeDays = 130.0;
    double unitFloor = 0.5;
    double trustThreshold = 0.2;
    double jointWorkGain = 0.25;
    double coattendGain = 0.12;
    double knowledgeTauYears = 6.0;
    int measureEveryDays = 20;
    // Self-maintenance (docs/ODD.md §2 "Informal ties", §7): work contacts renew and form ties, people leave
    // and are replaced; the initial network is run through a pre-history of these processes.
    double contactsPerYear = 4.0;
    double crossContactsPerYear = 2.0;
    double roleCrossContactsPerYear = 12.0;
    double contactGain = 0.15;
    double repeatContactShare = 0.8;
    double turnoverPerYear = 0.10;
    double internalMoveShare = 0.3;
    int prehistoryDays = 460;
  } network;

  struct Issues {
    double ratePerStaffDay = 0.002;
    double q2Share = 0.30;
    double q3Share = 0.12;
    double q1Hours = 3.0;
    double q2Hours = 6.0;
    double q3Hours = 5.0;
    double broadPerWeek = 0.3;
    double broadUnitShare = 0.08;
    int broadSpreadDays = 10;
    double localSolutionHours = 8.0;
    double centralSolutionHours = 16.0;
    double adaptHours = 0.5;
    double q3GrowthPerDay = 0.015;
    double weakSignalSize = 2.0;
    int patienceDays = 15;
    double urgentHoursPerDay = 3.0;
    int maxAgeDays = 120;
    int giveUpDays = 40;
  } issues;

  struct Routing {
    bool informalSearch = true;
    double slackUse = 0.4;
    int contactsAsked = 4;
    int searchDepth = 3;
    double daysPerHop = 1.0;
    double askHours = 0.1;
    double competenceThreshold = 0.6;
    double spareHoursForYes = 1.0;
    int acceptHorizonDays = 5;
  } routing;

  struct Line {
    int unitLeaderDelayDays = 1;
    int directorItemsPerDay = 3;
    double directorHoursPerItem = 0.75;
    int directorContactDays = 5;
    int leadershipCadenceDays = 5;
    int leadershipWeekday = 4;  // 1 = Monday … 5 = Friday (schedule.hpp meetsToday)
    int leadershipAgenda = 8;
    double leadershipMeetingHours = 3.0;
    double buddingNoticePerDay = 0.005;
    int unitsPerAreaHead = 30;
    int leadershipWaitMeetings = 2;
    double headLineShare = 0.3;
    int holderLookups = 24;
    double directorPullShare = 0.5;
  } line;

  struct Crisis {
    bool enabled = false;
    int startDay = 60;
    int durationDays = 300;
    CrisisKind kind = CrisisKind::Long;
    double absenceRate = 0.06;
    double criticalAbsenceExtra = 0.04;
    double criticalDemandIncrease = 0.12;
    double otherDemandChange = -0.08;
    double broadPerWeek = 4.0;
    std::vector<double> phaseShares = {0.15, 0.35, 0.50};
    std::vector<double> phaseBroadFactor = {1.0, 0.6, 0.3};
    double attentionPull = 0.5;
    bool coordinationPriority = true;
    double coordinationHours = 1.5;
    int acuteSector = 2;
    double leaderExternalShare = 0.5;
    double acuteBroadShare = 0.2;
    double maxAbsenceRate = 0.9;
    double minDemandFactor = 0.1;
  } crisis;

  struct Hub {
    bool enabled = false;
    int size = 10;
    int cadenceDays = 5;
    int meetingWeekday = 2;  // 1 = Monday … 5 = Friday (schedule.hpp meetsToday)
    Mandate mandate = Mandate::Advisory;
    bool liaison = false;
    Membership membership = Membership::Fixed;
    Trigger trigger = Trigger::Always;
    int formsAfterDays = 0;
    bool persists = true;
    int liaisonAfterDays = 0;
    MemberPool pool = MemberPool::CentralStaff;
    Selection selection = Selection::Tenure;
    int orgMembers = 4;
    double meetingHours = 1.5;
    double statusMinutes = 3.0;
    double speakMinutes = 3.0;
    double prepHours = 0.5;
    double itemHours = 0.1;
    double visibility = 0.05;
    bool commsMember = false;
    double commsReach = 0.02;
    double buddingDetection = 0.5;
    double handOnHours = 0.25;
    double actionHours = 3.0;
    int maxWaitMeetings = 3;
    double mandateHours = 0.0;
  } hub;

  struct Redeployment {
    bool enabled = true;
    int lineOverviewDays = 25;
    double overviewCoverage = 0.8;
    int rightsDays = 10;
    int maxPerWeekPer1000 = 6;
    double efficiency = 0.7;
    int drawAttempts = 50;
  } redeployment;

  struct Innovation {
    bool enabled = true;
    double meetingRate = 0.02;
    double informalRate = 0.002;
    double effect = 0.01;
    double hours = 1.0;
  } innovation;

  struct Drift {
    bool enabled = true;
    double knowledgeDecayPerYear = 0.15;
    double refresh = 0.05;
  } drift;

  // --- Behavioural constants of formation, organisation and measurement (keys under network.*,
  // municipality.*, competence.*, issues.*; declared in models/scenario/sections/).
  // A uniform draw "x + spread·u" is stated as the pair (x, spread) so defaults stay exact.
  struct TieFormation {
    double unitWeight = 0.5;  // unit colleagues
    double unitSpread = 0.3;
    double sectorWeight = 0.2;  // same sector, other unit
    double sectorSpread = 0.3;
    double crossWeight = 0.2;  // other sector
    double crossSpread = 0.3;
    double priorRoleWeight = 0.3;  // acquaintances from an earlier role
    double priorRoleSpread = 0.3;
    double priorRoleMaxChance = 0.9;
    double memberLeaderWeight = 0.6;  // member – unit leader
    double leaderDirectorWeight = 0.5;
    double leaderDirectorFloorShare = 0.6;  // of network.unit_floor
    double leadershipWeight = 0.7;          // within the leadership group
    double advisorDirectorWeight = 0.5;     // sector-oriented central advisor – director, advisors
    int advisorSectorTies = 3;              // … and staff of the sector served
    double advisorSectorWeight = 0.4;
    int sectorAdvisorCentralTies = 2;  // sector advisor – central advisors
    double sectorAdvisorCentralWeight = 0.4;
  } tieFormation;

  struct Workforce {
    double tenureSigma = 0.8;
    double tenureMaxYears = 45.0;
    double directorTenureShift = 8.0;
    double municipalDirectorTenureShift = 10.0;
    double unitLeaderTenureShift = 5.0;
    double sectorAdvisorTenureShift = 3.0;
    double centralStaffTenureShift = 4.0;
    int staffPerCentralMember = 10;  // cap: central staff ≤ staff / this
    int staffPerSectorAdvisor = 10;  // cap: advisors per sector ≤ staff / (this · sectors)
    double workingDaysPerYear = 230.0;
  } workforce;

  struct Competence {
    double background = 0.15;  // any domain: uniform in [0, background]
    double ownArea = 0.55;
    double ownAreaSpread = 0.45;
    double specialist = 0.65;  // staff roles' common domain
    double specialistSpread = 0.35;
    double common = 0.2;  // others' common domain
    double commonSpread = 0.5;
    double communications = 1.0;
    double priorRole = 0.5;  // competence from an earlier role in another sector
    double priorRoleSpread = 0.4;
    double leaderKnowledgeBonus = 0.15;
    double weightTenure = 0.25;  // in-between competence
    double weightKnowledge = 0.25;
    double weightNetwork = 0.25;
    double weightTrust = 0.25;
    double breadthWeight = 0.7;
    double verticalWeight = 0.3;
    double breadthSaturation = 0.5;
  } competence;

  struct Measurement {
    double presentThreshold = 0.05;
    double keyPersonTopPercent = 1.0;
  } measurement;

  struct IssueDetail {
    double commonDomainShare = 0.5;
    double escalationHours = 0.25;
  } issueDetail;
  // --- end of behavioural constants
  // Turnover by role (turnover.cpp): relative leaving rates; network.turnover_per_year stays the
  // staff-weighted overall rate, so these move turnover between roles without changing its level.
  struct Turnover {
    double staffWeight = 1.0;       // staff and communications
    double unitLeaderWeight = 1.0;  // unit leaders
    double advisorWeight = 1.0;     // sector and central staff advisors
    double directorWeight = 1.0;    // sector directors and the municipal director
  } turnover;

  // Scenario events (key_person_loss.cpp).
  struct Events {
    struct KeyPersonLoss {
      int day = 0;    // measured day (0 = first day after the warm-up)
      int count = 0;  // top brokers who leave; 0 = no event
    } keyPersonLoss;
  } events;
  // An organisation read from files instead of generated (docs/ODD.md §5, organisation_import.hpp).
  struct Organisation {
    std::string units;  // paths as written; resolved against the scenario file's folder
    std::string staff;
    std::string ties;
    std::shared_ptr<const OrganisationData> data;  // parsed at load; null when generated
  } organisation;

  struct Output {
    int networkEveryDays = 0;  // export the informal network every N days (0: never)
    bool recordCases = false;  // cases.csv: one row per case of the outcome book (records.cpp)
    int peopleEveryDays = 0;   // people.csv: every person every N measured days (0: never)
  } output;
  // Initiatives and co-creation (002, 003, 004; docs/ODD.md §7). Off by default.
  struct Initiatives {
    bool enabled = false;
    Starters starters = Starters::UnitLeaders;
    Recruitment recruitment = Recruitment::Ties;
    Adoption adoption = Adoption::Professional;
    double startsPerYear = 0.5;
    double slackHours = 0.3;
    double experiencedThreshold = 0.55;
    int participants = 5;
    double hoursPerDay = 0.25;
    double workHours = 60.0;
    int championDays = 150;
    int maxIdleDays = 10;
    double authorityThreshold = 2.5;
    double decisionHours = 0.5;
    int agendaSlots = 1;
    double coCreationShare = 0.3;
    double budgetMargin = 0.03;
    double coCreationCost = 0.02;
    double riskWillingness = 0.5;
  } initiatives;
};

const sim::Schema<Scenario>& scenarioSchema();

// Loads, applies `--set` overrides ("hub.size=20") and validates; throws sim::InputError.
Scenario loadScenario(const std::filesystem::path& file, const std::vector<std::string>& overrides);

}  // namespace samsim::models
