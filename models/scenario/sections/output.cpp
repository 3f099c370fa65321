// Scenario keys `output.*`: what a run writes besides its tables (outputs/network_export.cpp).
#include "models/scenario/sections/section_builder.hpp"
#include "models/scenario/sections/sections.hpp"

namespace samsim::models {

void addOutputKeys(sim::Schema<Scenario>& s) {
  SAMSIM_FIELD("output.network_every_days", output.networkEveryDays)
      .range(0, 100000)
      .unit("working days")
      .source("samsim")
      .doc("Export the informal network (GraphML, CSV) every N days; 0: never");
}

}  // namespace samsim::models
