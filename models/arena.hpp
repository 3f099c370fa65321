#pragma once
// Internals shared by the arena files (formation and membership, meetings).
#include <vector>

#include "models/world.hpp"

namespace samsim::models {

// Candidates per sector, best first by the selection rule (arena_membership.cpp).
std::vector<std::vector<int>> rankedCandidates(World& w);
std::vector<int> chooseFixedMembers(World& w);
std::vector<int> chooseFlexibleAttendees(World& w, const std::vector<std::vector<int>>& ranked);

}  // namespace samsim::models
