#pragma once
// The informal network and the organisation at one day, as files (docs/outputs.md "Network
// export"): network.graphml (Gephi, igraph, networkx, ORA), edges.csv (`source,target,weight`,
// read by `samsim holes`), and units.csv, staff.csv, ties.csv in the import format of
// organisation_import.hpp with every state column, so that a run started from an export made at
// day 0 equals the run it was exported from. Node and unit ids are "p<agent>" and "u<unit>".
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "models/state/world.hpp"

namespace samsim::models {

// A role as the exports and records name it: staff, unit_leader, sector_advisor, central_advisor,
// director, municipal_director, communications.
std::string_view roleName(Role r);

// (file name, content) pairs of the snapshot of `w` at the start of simulated day `day`.
std::vector<std::pair<std::string, std::string>> networkSnapshot(const World& w, int day);

}  // namespace samsim::models
