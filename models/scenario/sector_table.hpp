#pragma once
// The organisation at the end of a run, per sector: its staff and how many members of the
// coordination group came from it (written as sectors.csv; the report draws the organisation
// picture from it and network.csv).
#include "models/state/world.hpp"
#include "sim/table.hpp"

namespace samsim::models {

// Columns sector, staff, hub_members. Members: the fixed members, or for flexible membership the
// attendees of the group's last meeting; 0 everywhere when the group never formed.
[[nodiscard]] sim::Table sectorTable(const World& w);

}  // namespace samsim::models
