// Scenario keys `events.*`: events on a set day, today the loss of key persons
// (mechanisms/key_person_loss.cpp).
#include <fmt/format.h>

#include "models/scenario/sections/section_builder.hpp"
#include "models/scenario/sections/sections.hpp"

namespace samsim::models {

void addEventKeys(sim::Schema<Scenario>& s) {
  SAMSIM_FIELD("events.key_person_loss.day", events.keyPersonLoss.day)
      .range(0, 20000)
      .unit("working day")
      .source("000 §5.3, §6.3")
      .doc("Measured day the key persons leave (0 = first day after the warm-up)");
  SAMSIM_FIELD("events.key_person_loss.count", events.keyPersonLoss.count)
      .range(0, 1000000)
      .unit("persons")
      .source("000 §6.3 (dependence on a few persons)")
      .doc(
          "Top brokers (most cross-sector trusted ties) who leave that day; 0 = no event. A number of "
          "persons, not scaled in a scale model: to keep the reference's share at fewer staff, scale it");
}

// Key-person loss: a day of the run, fewer leavers than staff.
void checkEventKeys(const Scenario& s, const sim::YamlDocument& doc) {
  if (s.events.keyPersonLoss.day >= s.days)
    failAcrossKeys(doc, "events.key_person_loss.day", {"days"},
                   fmt::format("a measured day before days ({})", s.days),
                   std::to_string(s.events.keyPersonLoss.day));
  if (s.events.keyPersonLoss.count >= s.municipality.staff)
    failAcrossKeys(doc, "events.key_person_loss.count", {"municipality.staff"},
                   fmt::format("a count in [0, municipality.staff) = [0, {})", s.municipality.staff),
                   std::to_string(s.events.keyPersonLoss.count));
}

}  // namespace samsim::models
