#pragma once
// Runtime state of one municipality replicate. The scenario is the description; World is what the
// mechanisms read and change. Agent state is kept as struct-of-arrays (15,000 staff × 460 days
// must run in about a second); agents are stored contiguously by sector and unit.
#include <cstdint>
#include <limits>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include <Eigen/Core>

#include "models/informal_network.hpp"
#include "models/initiative.hpp"
#include "models/issue.hpp"
#include "models/scenario.hpp"
#include "sim/random.hpp"

namespace samsim::models {

enum class Role : std::uint8_t {
  Staff,
  UnitLeader,
  SectorAdvisor,
  CentralAdvisor,
  Director,
  MunicipalDirector,
  Communications
};

inline bool isLeader(Role r) {
  return r == Role::UnitLeader || r == Role::Director || r == Role::MunicipalDirector;
}

struct Agents {
  std::vector<std::uint8_t> sector;       // home sector
  std::vector<std::uint8_t> affiliation;  // sector served (differs for sector-oriented central staff)
  std::vector<Role> role;
  std::vector<std::int32_t> unit;      // home unit
  std::vector<std::int32_t> workUnit;  // unit worked for today (redeployment moves it)
  std::vector<double> tenure;          // years, at tenureDay (tenureNow() ages it)
  std::vector<std::int32_t> tenureDay;
  std::vector<double> capacity;   // hours/day
  std::vector<double> knowledge;  // structural knowledge at knowledgeDay (drift, 000 §5.3)
  std::vector<std::int32_t> knowledgeDay;
  std::vector<double> visibilityDraw;  // fixed uniform: knows the arena once visibility exceeds it
  Eigen::MatrixXd competence;          // domains × agents
  // Daily state.
  std::vector<std::uint8_t> present;
  std::vector<double> opLoad;  // operational hours assigned today
  std::vector<double> budget;  // hours still available for issues/coordination today
  std::vector<double> coord;   // coordination hours spent today (meetings, issue work)
  // Hours of open issue work a person has taken on and not yet done (issue_life_cycle.cpp): what
  // someone asked to take an issue weighs against their spare time.
  std::vector<double> committed;

  [[nodiscard]] int size() const { return static_cast<int>(sector.size()); }
};

struct Unit {
  int sector = 0;
  int first = 0;  // first agent index (agents of a unit are contiguous)
  int count = 0;
  int leader = -1;
  bool central = false;       // the central staff (fagstab)
  double demandFactor = 1.0;  // lowered by innovations that free resources (000 §5.2)
  int area = 0;               // the line area its escalations go to (LineState::areaHead)
};

struct Sector {
  std::string name;
  int director = -1;
  int first = 0;
  int count = 0;
  std::vector<int> units;
  std::vector<int> advisors;  // sector staff advisors
};

struct Counters {
  std::int64_t raised = 0, resolved = 0, dropped = 0;
  std::int64_t raisedByQuadrant[4] = {0, 0, 0, 0};
  std::int64_t resolvedByQuadrant[4] = {0, 0, 0, 0};
  std::int64_t resolvedByRoute[5] = {0, 0, 0, 0, 0};
  std::vector<double> latencies;  // days to resolution of each resolved issue of the outcome book
  std::int64_t weakEarly = 0, weakLate = 0;
  std::int64_t innovations = 0, innovationsMeeting = 0, innovationsInformal = 0;
  double meetingHours = 0, hubMeetingHours = 0;
  std::int64_t arenaMeetings = 0;
  std::int64_t agentDays = 0, overloadDays = 0;
  std::int64_t directorDays = 0, directorOverload = 0;
  std::int64_t centralDays = 0, centralOverload = 0;
  double criticalDemand = 0, criticalMet = 0;
  std::int64_t actionItemsLost = 0;
  std::int64_t actionItemsHandedOn = 0;  // follow-ups an absent owner handed on to an attendee
  double innovationHours = 0;            // hours people spent working out innovations
  std::int64_t redeployed = 0;
  std::int64_t contested = 0;
  std::int64_t searches = 0, searchesFound = 0;
};

struct HubState {
  bool active = false;
  bool everFormed = false;
  int formedDay = -1;
  int chair = -1;
  std::vector<int> members;              // fixed members (or the candidate pool for flexible)
  std::vector<std::uint8_t> isMember;    // per agent: current member (fixed) or chair
  std::vector<std::vector<int>> ranked;  // candidates per sector, best first (flexible membership)
  std::vector<int> agenda;               // issue ids
  std::unordered_map<int, int> waited;   // agenda entry -> meetings it was not reached
  std::vector<int> actionItems;          // issue ids owned by an attendee
  double visibility = 0.0;
  int meetings = 0;
  double lastCoverage = 0.0;
  std::vector<int> lastAttendees;
  double airtimeCarry = 0.0;  // minutes for items carried over while an item waits for them
  // What the last meeting did, for inspection: airtime per discussed item, weak signals heard
  // (through which tie), follow-ups whose owner was absent.
  struct Airtime {
    int entry = 0;
    int speakers = 0;
    double minutes = 0.0;
  };
  struct Signal {
    int issue = -1;
    int member = -1;
    int contact = -1;  // the member's tie in the issue's unit (the member itself when in the unit)
  };
  struct HandOn {
    int entry = 0;
    int from = -1;
    int to = -1;  // -1: no attendee to hand it to
    bool accepted = false;
  };
  std::vector<Airtime> lastAirtime;
  std::vector<Signal> lastSignals;
  std::vector<HandOn> lastHandOns;
  // Cross-sector pairs who spoke to the same item at the last meeting and have not yet had time
  // to take an idea further (innovation.cpp).
  std::vector<std::pair<int, int>> ideas;
};

// Implementation of a coordinated answer to a broad problem: an owner does the central work, then
// every instance gets the answer (issue_progress.cpp).
struct ProblemTask {
  int problem = -1;
  int owner = -1;
  double remaining = 0.0;
  bool arenaItem = false;  // owned by an arena attendee: can be lost (000 §6.3)
  int missed = 0;
  bool done = false;
};

// Agenda entries: an issue id (≥ 0) or a broad problem encoded as -(problem + 1).
inline int problemEntry(int problem) {
  return -(problem + 1);
}
inline int entryProblem(int entry) {
  return -entry - 1;
}

struct LineState {
  // Escalations are handled per line area: areas 0..S-1 are the sector directors' own, further
  // areas are headed by area heads (kommunalsjef, 003 l. 225) in large sectors.
  std::vector<int> areaHead;                      // agent heading each area
  std::vector<int> areaSector;                    // sector of each area
  std::vector<double> areaSpan;    // line units of each area ÷ line.units_per_area_head, at most 1
  std::vector<double> headCredit;  // per area: item capacity carried over as a fraction of an item
  double agendaCredit = 0.0;       // leadership agenda slots carried over as a fraction of a slot
  std::vector<std::vector<int>> directorQueue;    // per area, issue ids
  std::vector<std::vector<int>> delegated;        // per area, issues the leadership group delegated
  std::vector<int> leadershipQueue;               // issue ids, urgent first when served
  std::unordered_map<int, int> leadershipWaited;  // entry -> meetings it was not reached
  std::vector<int> liaisonQueue;                  // advice carried by the arena's liaison
  std::vector<int> leadershipGroup;               // agent ids
  std::vector<int> lastAgenda;                    // entries decided at the last meeting, slot order
};

struct CrisisState {
  bool active = false;
  int phase = -1;  // 0 redeployment, 1 harmonisation, 2 endurance (000 §5.1–5.2)
  bool acute = false;
};

struct RedeploymentState {
  int overviewDay = -1;
  int movesFrom = -1;
  std::vector<int> moved;
  int nextCriticalUnit = 0;
};

// Network measures as last taken; NaN (missing, never 0) until the first measurement.
struct NetworkSnapshot {
  static constexpr double kNotMeasured = std::numeric_limits<double>::quiet_NaN();
  double meanConstraint = kNotMeasured;
  double crossDensity = kNotMeasured;
  double crossShare = kNotMeasured;
  double keyPersonShare = kNotMeasured;
  int pairsWithoutBridge = -1;  // -1 until measured
};

// The key-person loss event (key_person_loss.cpp): who left, the network just before and after.
struct KeyPersonLossState {
  int day = -1;              // simulated day it happened; -1 until then (or never)
  std::vector<int> leavers;  // posts whose holders left, best-ranked broker first
  NetworkSnapshot before, after;
  std::int64_t itemsReturned = 0;  // arena action items the leavers held, handed back
  int seatsRefilled = 0;           // arena seats refilled by the arena's selection rule
};

struct World {
  const Scenario* scenario = nullptr;
  std::uint64_t seed = 0;
  int day = 0;          // simulated working day, warm-up included (stream keys use it)
  int measureFrom = 0;  // first measured day (= warm-up length); earlier issues are not counted
  int sectors = 0;
  int domains = 0;  // sector domains first, then common domains (HR, IT, law, …)
  int orgSector = 0;
  int municipalDirector = -1;
  Agents agents;
  std::vector<Unit> units;
  std::vector<Sector> sectorList;
  std::vector<int> centralStaff;
  InformalNetwork ties;
  IssueBook issues;
  HubState hub;
  LineState line;
  CrisisState crisis;
  RedeploymentState redeploy;
  std::vector<ProblemTask> tasks;
  Counters counters;
  NetworkSnapshot network;
  std::vector<double> unitDemand, unitCapacity;  // workload scratch, per unit
  std::vector<double> sectorPairTies;            // trusted ties between sectors (S×S), last measured
  KeyPersonLossState keyLoss;                    // events.key_person_loss (key_person_loss.cpp)
  InitiativeState initiatives;                   // initiatives and co-creation (initiatives.cpp)
  // Daily random streams keyed by (seed, purpose, day, entity) — separate fields, never packed —
  // so the order of mechanisms never shifts another mechanism's draws. `entity` is the agent, the
  // event (issue id, problem id) or the pair (`sim::pairEntity`) the draws belong to; a mechanism
  // that may act twice for one agent on one day keys by the event instead.
  [[nodiscard]] sim::RandomStream stream(std::uint64_t purposeId, std::uint64_t entity = 0) const {
    return sim::RandomStream(sim::StreamKey{seed, purposeId, static_cast<std::uint64_t>(day), entity});
  }
  [[nodiscard]] const Scenario& sc() const { return *scenario; }
  // The simulated organisation's share of the reference organisation (municipality.staff ÷
  // municipality.reference_staff): the share of whole-organisation agendas its staff get.
  [[nodiscard]] double referenceShare() const {
    return static_cast<double>(scenario->municipality.staff) / scenario->municipality.referenceStaff;
  }
  // Simulated day on which the crisis starts (crisis.start_day counts measured days).
  [[nodiscard]] int crisisStart() const { return measureFrom + scenario->crisis.startDay; }
};

// Whether an issue belongs to the outcome book: raised after the warm-up.
inline bool inBook(const World& w, const Issue& is) {
  return is.arrival >= w.measureFrom;
}

}  // namespace samsim::models
