#pragma once
// The line's state (line.cpp; docs/ODD.md §7): line areas and their heads, the heads' queues,
// the leadership group, and the capacity carried over between days and meetings.
#include <vector>

#include "models/state/agenda.hpp"

namespace samsim::models {

struct LineState {
  // Escalations are handled per line area: areas 0..S-1 are the sector directors' own, further
  // areas are headed by area heads (kommunalsjef, 003 l. 225) in large sectors.
  std::vector<int> areaHead;       // agent heading each area
  std::vector<int> areaSector;     // sector of each area
  std::vector<double> areaSpan;    // share of the head's area (in the reference organisation) simulated
  std::vector<double> headCredit;  // per area: item capacity carried over as a fraction of an item
  // Per area: items of the area's unsimulated units carried over as a fraction of an item. In a
  // scale model they queue with the simulated ones as phantom items (line.cpp).
  std::vector<double> phantomCarry;
  double agendaCredit = 0.0;  // leadership agenda slots carried over as a fraction of a slot
  // The heads' queues, the leadership group's agenda and the liaison's advice are the life cycle's
  // (IssueBook::queues).
  std::vector<int> leadershipGroup;    // agent ids
  std::vector<AgendaItem> lastAgenda;  // items decided at the last meeting, slot order
};

}  // namespace samsim::models
