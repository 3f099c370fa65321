#pragma once
// What a replicate counts as it runs (outcome book, metrics.cpp) and the network as last measured
// (network_measures.cpp, key_person_loss.cpp).
#include <cstdint>
#include <limits>
#include <vector>

namespace samsim::models {

struct Counters {
  std::int64_t raised = 0, resolved = 0, dropped = 0;
  std::int64_t droppedBy[5] = {0, 0, 0, 0, 0};  // by DropReason (issue.hpp)
  std::int64_t raisedByQuadrant[4] = {0, 0, 0, 0};
  std::int64_t resolvedByQuadrant[4] = {0, 0, 0, 0};
  std::int64_t resolvedByRoute[5] = {0, 0, 0, 0, 0};
  std::vector<double> latencies;  // days to resolution of each resolved issue of the outcome book
  std::int64_t weakEarly = 0, weakLate = 0;
  std::int64_t innovations = 0, innovationsMeeting = 0, innovationsInformal = 0;
  double meetingHours = 0, hubMeetingHours = 0;
  std::int64_t arenaMeetings = 0;
  std::int64_t agentDays = 0, overloadDays = 0;
  // The same per head of the reference organisation (municipality.reference_staff): a post or seat
  // that exists once at any size (workforce.hpp existsOnce, the arena's seats; workload.cpp) counts
  // with weight f = staff ÷ reference, every other post with 1. Equal to the counts above when the
  // organisation is its own reference.
  double referenceDays = 0, referenceOverload = 0;
  std::int64_t directorDays = 0, directorOverload = 0;
  std::int64_t centralDays = 0, centralOverload = 0;
  // Hours worked beyond a person's capacity (workload.cpp endWorkday): all staff, directors (sector
  // directors and the municipal director), central staff. And the hours directors spent on
  // coordination (meetings, their line queues, cases), summed over their working days.
  double overtimeHours = 0, directorOvertimeHours = 0, centralOvertimeHours = 0;
  double directorCoordHours = 0;
  double criticalDemand = 0, criticalMet = 0;
  std::int64_t actionItemsLost = 0;
  std::int64_t actionItemsHandedOn = 0;  // follow-ups an absent owner handed on to an attendee
  double innovationHours = 0;            // hours people spent working out innovations
  std::int64_t redeployed = 0;
  std::int64_t contested = 0;
  std::int64_t searches = 0, searchesFound = 0;
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

}  // namespace samsim::models
