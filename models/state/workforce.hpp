#pragma once
// The workforce of one replicate: who works where, in which role, with what hours, competence,
// tenure and knowledge of the structures (docs/ODD.md §2). Struct-of-arrays (15,000 staff × 460
// days must run in about a second); agents are stored contiguously by sector and unit. Daily
// state (present, operational load, budget, coordination hours, committed hours) is set by
// workload.cpp and spent through spend() and the issue life cycle.
#include <cstdint>
#include <string>
#include <vector>

#include <Eigen/Core>

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

// Posts that exist once whatever the organisation's size: the sector directors, the municipal
// director and the communications chief (the leadership group). Every other post's number grows
// with the staff, so in a scale model (municipality.reference_staff) it stands for 1/f posts of the
// reference organisation, while these stand for themselves.
inline bool existsOnce(Role r) {
  return r == Role::Director || r == Role::MunicipalDirector || r == Role::Communications;
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
  std::vector<double> opLoad;     // operational hours assigned today
  std::vector<double> budget;     // hours still available for issues/coordination today
  std::vector<double> coord;      // coordination hours spent today (meetings, issue work)
  std::vector<double> dayBudget;  // today's hours for coordination as the day began (beginWorkday)
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
  // Members of this unit in the reference organisation (municipality.reference_staff): more than
  // `count` for a staff unit that a scale model shrinks (a sector's staff, the central staff);
  // the others share its work and its absences (workload.cpp).
  int referenceCount = 0;
};

struct Sector {
  std::string name;
  int director = -1;
  int first = 0;
  int count = 0;
  std::vector<int> units;
  std::vector<int> advisors;  // sector staff advisors
};

// Operational demand and present hours per unit today (workload.cpp): set by beginWorkday; after
// endWorkday `capacity` holds the operational hours met. Redeployment and co-creation read it.
struct UnitLoad {
  std::vector<double> demand, capacity;
};

struct Workforce {
  int sectors = 0;
  int domains = 0;  // sector domains first, then common domains (HR, IT, law, …)
  int orgSector = 0;
  int municipalDirector = -1;
  Agents agents;
  std::vector<Unit> units;
  std::vector<Sector> sectorList;
  std::vector<int> centralStaff;
};

}  // namespace samsim::models
