#pragma once
// The line's state (line.cpp; docs/ODD.md §7): line areas and their heads, the heads' queues,
// the leadership group and its agenda, and the capacity carried over between days and meetings.
#include <unordered_map>
#include <vector>

namespace samsim::models {

// A head-queue entry that stands for an item from the unsimulated part of the head's area.
inline constexpr int kPhantomItem = -1;

struct LineState {
  // Escalations are handled per line area: areas 0..S-1 are the sector directors' own, further
  // areas are headed by area heads (kommunalsjef, 003 l. 225) in large sectors.
  std::vector<int> areaHead;       // agent heading each area
  std::vector<int> areaSector;     // sector of each area
  std::vector<double> areaSpan;    // share of the head's area (in the reference organisation) simulated
  std::vector<double> headCredit;  // per area: item capacity carried over as a fraction of an item
  // Per area: items of the area's unsimulated units carried over as a fraction of an item. In a
  // scale model they queue with the simulated ones as entries kPhantomItem (line.cpp).
  std::vector<double> phantomCarry;
  double agendaCredit = 0.0;       // leadership agenda slots carried over as a fraction of a slot
  std::vector<std::vector<int>> directorQueue;    // per area, issue ids
  std::vector<std::vector<int>> delegated;        // per area, issues the leadership group delegated
  std::vector<int> leadershipQueue;               // issue ids, urgent first when served
  std::unordered_map<int, int> leadershipWaited;  // entry -> meetings it was not reached
  std::vector<int> liaisonQueue;                  // advice carried by the arena's liaison
  std::vector<int> leadershipGroup;               // agent ids
  std::vector<int> lastAgenda;                    // entries decided at the last meeting, slot order
};

}  // namespace samsim::models
