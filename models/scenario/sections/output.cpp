// Scenario keys `output.*`: what a run writes besides its tables (outputs/network_export.cpp,
// outputs/records.cpp).
#include "models/scenario/sections/section_builder.hpp"
#include "models/scenario/sections/sections.hpp"

namespace samsim::models {

void addOutputKeys(sim::Schema<Scenario>& s) {
  SAMSIM_FIELD("output.network_every_days", output.networkEveryDays)
      .range(0, 100000)
      .unit("working days")
      .source("samsim")
      .doc("Export the informal network (GraphML, CSV) every N days; 0: never");
  SAMSIM_FIELD("output.record_cases", output.recordCases)
      .source("samsim")
      .doc(
          "Write cases.csv: one row per case raised after the warm-up (docs/outputs.md); no effect on "
          "results");
  SAMSIM_FIELD("output.people_every_days", output.peopleEveryDays)
      .range(0, 100000)
      .unit("working days")
      .source("samsim")
      .doc(
          "Write people.csv: every person at the end of every N-th measured day (docs/outputs.md); 0: never");
}

}  // namespace samsim::models
