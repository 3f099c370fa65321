#include "models/scenario/sector_table.hpp"

namespace samsim::models {

sim::Table sectorTable(const World& w) {
  sim::Table t({"sector", "staff", "hub_members"});
  std::vector<std::int64_t> members(w.sectorList.size(), 0);
  if (w.hub.everFormed) {
    const std::vector<int>& ids =
        w.sc().hub.membership == Membership::Fixed ? w.hub.members : w.hub.lastAttendees;
    for (int id : ids) {
      const std::size_t sector = w.agents.sector[static_cast<std::size_t>(id)];
      if (sector < members.size()) ++members[sector];
    }
  }
  for (std::size_t s = 0; s < w.sectorList.size(); ++s)
    t.add({w.sectorList[s].name, static_cast<std::int64_t>(w.sectorList[s].count), members[s]});
  return t;
}

}  // namespace samsim::models
