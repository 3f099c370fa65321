// Scenario keys of the run (version, name, description, seed, days, warmup_days; read by app/,
// analysis/report/ and models/municipality_model.cpp) and `outcomes.*`, what the run measures
// (outputs/outcome_book.cpp).
#include "models/scenario/sections/section_builder.hpp"
#include "models/scenario/sections/sections.hpp"
#include "sim/description_text.hpp"

namespace samsim::models {
namespace {

// Free text for people (sim/description_text.hpp): kept as written, shown again in manifest.json.
sim::ParamEntry<Scenario>& describingText(sim::Schema<Scenario>& s, const std::string& path,
                                          std::string Scenario::*member) {
  auto read = [path, member](Scenario& c, const YAML::Node& node, const sim::Origin& origin) {
    c.*member = sim::readDescription(node, origin, path);
  };
  auto show = [member](const Scenario& c) { return nlohmann::json(c.*member); };
  auto& entry = s.custom(path, "string", read, show).source("samsim");
  entry.info.range = sim::descriptionRange();
  return entry;
}

}  // namespace

void addRunKeys(sim::Schema<Scenario>& s) {
  const std::string A = "assumed";
  SAMSIM_FIELD("version", version)
      .range(1, 1)
      .required()
      .source("samsim")
      .doc("Scenario file format version");
  SAMSIM_FIELD("name", name).required().source("samsim").doc("Scenario name in outputs");
  describingText(s, "description", &Scenario::description)
      .doc(
          "One plain sentence for users: what the design is and what world is simulated; shown in the "
          "report, the workshop page and the terminal verdict");
  describingText(s, "description_nb", &Scenario::descriptionNb)
      .doc(
          "The same sentence in Norwegian (bokmål); kept in manifest.json and shown instead of `description` "
          "once the outputs speak Norwegian (`--lang nb`)");
  SAMSIM_FIELD("seed", seed).required().source("samsim").doc("Base random seed");
  SAMSIM_FIELD("days", days)
      .range(1, 20000)
      .required()
      .unit("working days")
      .source("samsim")
      .doc("Measured days of the run, after the warm-up (a week has five working days)");
  SAMSIM_FIELD("warmup_days", warmupDays)
      .range(0, 20000)
      .unit("working days")
      .source(A)
      .doc("Normal-times days run before measuring; nothing raised or done in them is counted");
}

void addOutcomeKeys(sim::Schema<Scenario>& s) {
  const std::string A = "assumed";
  SAMSIM_FIELD("outcomes.horizon_days", outcomes.horizonDays)
      .range(1, 20000)
      .unit("working days")
      .source(A)
      .doc("Horizon τ of the restricted mean time to resolution (RMST) and the resolved share");
}

}  // namespace samsim::models
