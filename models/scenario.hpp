#pragma once
// The scenario: plain, validated settings of one municipality run (the keys of docs/ODD.md).
// Defaults are the member initialisers; scenarioSchema() documents every key (type, unit, range,
// source or "assumed"), and docs/ODD.md's parameter tables are checked against it.
#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include "sim/params.hpp"

namespace samsim::models {

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

struct Scenario {
  int version = 1;
  std::string name = "unnamed";
  std::uint64_t seed = 1;
  int days = 460;        // measured working days, after the warm-up
  int warmupDays = 180;  // normal-times working days before anything is counted

  struct Outcomes {
    int horizonDays = 120;  // τ of the restricted mean time to resolution
  } outcomes;

  struct Municipality {
    int staff = 15000;
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
    int referenceStaff = 15000;
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
  } issues;

  struct Routing {
    bool informalSearch = true;
    double slackUse = 0.4;
    int contactsAsked = 4;
    int searchDepth = 3;
    double daysPerHop = 1.0;
    double askHours = 0.1;
    double competenceThreshold = 0.6;
  } routing;

  struct Line {
    int unitLeaderDelayDays = 1;
    int directorItemsPerDay = 3;
    double directorHoursPerItem = 0.75;
    int directorContactDays = 5;
    int leadershipCadenceDays = 5;
    int leadershipAgenda = 8;
    double leadershipMeetingHours = 3.0;
    double buddingNoticePerDay = 0.005;
    int unitsPerAreaHead = 30;
    int leadershipWaitMeetings = 2;
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
  } crisis;

  struct Hub {
    bool enabled = false;
    int size = 10;
    int cadenceDays = 5;
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
  } hub;

  struct Redeployment {
    bool enabled = true;
    int lineOverviewDays = 25;
    double overviewCoverage = 0.8;
    int rightsDays = 10;
    int maxPerWeekPer1000 = 6;
    double efficiency = 0.7;
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
};

const sim::Schema<Scenario>& scenarioSchema();

// Loads, applies `--set` overrides ("hub.size=20") and validates; throws sim::InputError.
Scenario loadScenario(const std::filesystem::path& file, const std::vector<std::string>& overrides);

}  // namespace samsim::models
