#pragma once
// The coordination arena's state (arena*.cpp; docs/ODD.md §7): whether it sits, its members and
// chair, and what its last meeting did (for inspection and tests).
#include <cstdint>
#include <utility>
#include <vector>

#include "models/state/agenda.hpp"

namespace samsim::models {

struct HubState {
  bool active = false;
  bool everFormed = false;
  int formedDay = -1;
  int chair = -1;
  std::vector<int> members;              // fixed members (or the candidate pool for flexible)
  std::vector<std::uint8_t> isMember;    // per agent: current member (fixed) or chair
  std::vector<std::vector<int>> ranked;  // candidates per sector, best first (flexible membership)
  // Its agenda and follow-ups are the life cycle's (IssueBook::queues).
  double visibility = 0.0;
  int meetings = 0;
  double lastCoverage = 0.0;
  std::vector<int> lastAttendees;
  std::vector<std::uint8_t> attended;  // per agent: attended a meeting in this run (posts that have met)
  int lastMeetingDay = -1;             // simulated day of the last meeting held
  double airtimeCarry = 0.0;           // minutes for items carried over while an item waits for them
  // What the last meeting did, for inspection: airtime per discussed item, weak signals heard
  // (through which tie), follow-ups whose owner was absent.
  struct Airtime {
    AgendaItem item = AgendaItem::phantom();
    int speakers = 0;
    double minutes = 0.0;
  };
  struct Signal {
    int issue = -1;
    int member = -1;
    int contact = -1;  // the member's tie in the issue's unit (the member itself when in the unit)
  };
  struct HandOn {
    AgendaItem item = AgendaItem::phantom();
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

}  // namespace samsim::models
