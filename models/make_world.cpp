#include "models/make_world.hpp"

#include "models/mechanisms/mechanisms.hpp"
#include "models/organisation/organisation.hpp"
#include "models/organisation/organisation_import.hpp"

namespace samsim::models {

World makeWorld(const Scenario& scenario, std::uint64_t seed, long long* imputedTies) {
  World w;
  w.scenario = &scenario;
  w.seed = seed;
  w.measureFrom = scenario.warmupDays;
  long long imputed = 0;
  if (scenario.organisation.data) {
    importOrganisation(w);
    imputed = importNetwork(w);
  } else {
    buildOrganisation(w);
    formInitialNetwork(w, w, w.line, w.ties);
  }
  if (imputedTies != nullptr) *imputedTies = imputed;
  return w;
}

}  // namespace samsim::models
