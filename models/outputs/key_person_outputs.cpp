// Summary columns of the key-person loss event (docs/outputs.md "Key-person loss"; 000 §5.3,
// §6.3): outcomes of the issues raised in a window of outcomes.horizon_days working days before the
// loss day and in as long a window from it, and the network just before and just after. Every
// column is empty (missing) in a run without the event.
#include <limits>
#include <string>

#include "models/outputs/metrics.hpp"

namespace samsim::models {
namespace {

constexpr double kMissing = std::numeric_limits<double>::quiet_NaN();

}  // namespace

void declareKeyPersonLoss(sim::DataCollector& dc, const World& w) {
  auto happened = [&w] { return w.keyLoss.day >= 0; };
  auto count = [happened](auto get) {
    return [happened, get] { return happened() ? static_cast<double>(get()) : kMissing; };
  };
  dc.addSummary("key_persons_lost", count([&w] { return w.keyLoss.leavers.size(); }));
  dc.addSummary("key_person_items_returned", count([&w] { return w.keyLoss.itemsReturned; }));
  dc.addSummary("key_person_seats_refilled", count([&w] { return w.keyLoss.seatsRefilled; }));
  // Windows [D − τ, D) and [D, D + τ) of simulated days, D the loss day, τ the horizon.
  for (const bool after : {false, true}) {
    const std::string when = after ? "after_loss_" : "before_loss_";
    for (const bool cross : {false, true}) {
      const std::string prefix = when + (cross ? "cross_sector_" : "");
      auto window = [&w, after, cross] {
        const int d = w.keyLoss.day, tau = w.sc().outcomes.horizonDays;
        return after ? outcomeWindow(w, d, d + tau, cross) : outcomeWindow(w, d - tau, d, cross);
      };
      dc.addSummary(prefix + "resolved_by_horizon_share",
                    [happened, window] { return happened() ? window().resolvedByHorizon : kMissing; });
      dc.addSummary(prefix + "rmst_days",
                    [happened, window] { return happened() ? window().rmstDays : kMissing; });
    }
    auto snap = [&w, after]() -> const NetworkSnapshot& {
      return after ? w.keyLoss.after : w.keyLoss.before;
    };
    dc.addSummary(when + "cross_sector_tie_density",
                  [happened, snap] { return happened() ? snap().crossDensity : kMissing; });
    dc.addSummary(when + "sector_pairs_without_bridge", [happened, snap] {
      return happened() ? static_cast<double>(snap().pairsWithoutBridge) : kMissing;
    });
    dc.addSummary(when + "key_person_share",
                  [happened, snap] { return happened() ? snap().keyPersonShare : kMissing; });
  }
  // After − before, so that paired comparisons give the change directly.
  for (const bool cross : {false, true}) {
    const std::string prefix = cross ? "loss_cross_sector_" : "loss_";
    auto change = [&w, happened, cross](auto get) {
      return [&w, happened, cross, get] {
        if (!happened()) return kMissing;
        const int d = w.keyLoss.day, tau = w.sc().outcomes.horizonDays;
        return get(outcomeWindow(w, d, d + tau, cross)) - get(outcomeWindow(w, d - tau, d, cross));
      };
    };
    dc.addSummary(prefix + "rmst_days_change", change([](const OutcomeGroup& g) { return g.rmstDays; }));
    dc.addSummary(prefix + "resolved_by_horizon_change",
                  change([](const OutcomeGroup& g) { return g.resolvedByHorizon; }));
  }
}

}  // namespace samsim::models
