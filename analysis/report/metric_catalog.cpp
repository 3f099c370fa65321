#include "analysis/report/metric_catalog.hpp"

#include <array>
#include <string_view>

namespace samsim::analysis::report {
namespace {

struct Entry {
  std::string_view column;
  std::string_view label;
  std::string_view explanation;
  bool higherIsBetter;
};

// Outcomes of MODEL-BRIEF §5 as named in INTERFACE.md "Output columns".
constexpr std::array kMetrics = {
    Entry{"issues_raised", "Problems that came up",
          "How many problems surfaced somewhere in the municipality.", false},
    Entry{"issues_resolved", "Problems solved", "How many of the problems that came up were solved.", true},
    Entry{"issues_dropped", "Problems left unsolved",
          "Problems nobody took further: they were dropped or never reached anyone who could solve them.",
          false},
    Entry{"latency_mean_days", "Days to solve a problem (average)",
          "Working days from when a problem surfaced until it was solved, averaged over solved problems.",
          false},
    Entry{"latency_p90_days", "Days to solve the slowest problems",
          "Nine in ten problems were solved faster than this; it shows how long the slow tail drags on.",
          false},
    Entry{"cross_sector_latency_mean_days", "Days to solve a cross-sector problem",
          "Average working days to solve problems that need more than one sector, the ones that fall between "
          "the chairs.",
          false},
    Entry{
        "duplicate_solutions", "Same problem solved twice or more",
        "Times a unit solved a problem that another unit had already solved on its own: duplicated work and "
        "inconsistent practice.",
        false},
    Entry{"overload_share", "Share of working days over capacity",
          "How often people (especially directors and central staff) had more work than hours.", false},
    Entry{"service_continuity", "Critical services kept running",
          "Share of the demand on critical services that was met, the key measure during a crisis.", true},
    Entry{"weak_signals_early_share", "Early warnings caught in time",
          "Share of budding problems that someone raised while they were still small.", true},
    Entry{"innovations", "New ideas from meeting across sectors",
          "Unplanned improvements that came from people with different skills meeting regularly.", true},
    Entry{"meeting_hours", "Hours spent in coordination meetings",
          "Working hours that went to meetings: the price paid for coordination.", false},
    Entry{"mean_constraint", "How locked-in people's networks are",
          "Burt's constraint averaged over staff: high means contacts all know each other and few bridges to "
          "other groups.",
          false},
    Entry{"cross_sector_tie_density", "Working ties across sectors",
          "Share of possible contacts between people in different sectors that actually exist.", true},
    Entry{"tie_density", "Working ties between the two sectors",
          "Share of possible contacts between people of the two sectors that actually exist.", true},
    Entry{"bridges", "People bridging the two sectors",
          "How many people have contacts on both sides; zero means a structural hole.", true},
};

// Scenario keys of INTERFACE.md that sweeps are expected to vary.
constexpr std::array<std::pair<std::string_view, std::string_view>, 12> kParameters = {{
    {"hub.size", "Size of the coordination group (people)"},
    {"hub.cadence_days", "Days between coordination meetings"},
    {"hub.mandate", "What the coordination group may do"},
    {"hub.liaison", "Liaison to crisis management"},
    {"hub.membership", "How members are chosen"},
    {"hub.enabled", "Coordination group exists"},
    {"crisis.duration_days", "Length of the crisis (working days)"},
    {"crisis.start_day", "Day the crisis starts"},
    {"crisis.enabled", "Crisis happens"},
    {"municipality.staff", "Staff in the municipality"},
    {"municipality.sectors", "Number of sectors"},
    {"days", "Length of the simulated period (working days)"},
}};

std::string fromName(const std::string& column) {
  std::string base = column;
  std::string unit;
  for (std::string_view suffix : {"_days", "_hours", "_share"}) {
    if (base.size() > suffix.size() && base.ends_with(suffix)) {
      unit = std::string(suffix.substr(1));
      base.resize(base.size() - suffix.size());
      break;
    }
  }
  for (char& c : base)
    if (c == '_' || c == '.') c = ' ';
  if (!base.empty() && base[0] >= 'a' && base[0] <= 'z') base[0] = static_cast<char>(base[0] - 'a' + 'A');
  return unit.empty() ? base : base + " (" + unit + ")";
}

}  // namespace

MetricInfo describeMetric(const std::string& column) {
  for (const Entry& e : kMetrics)
    if (e.column == column) return {std::string(e.label), std::string(e.explanation), e.higherIsBetter, true};
  return {fromName(column), "Outcome '" + column + "' as recorded by the model.", false, false};
}

bool isBookkeepingColumn(const std::string& column) {
  for (std::string_view c : {"scenario", "replicate", "seed", "point", "agent_steps", "wall_seconds"})
    if (column == c) return true;
  return false;
}

std::string describeParameter(const std::string& dottedPath) {
  for (const auto& [path, label] : kParameters)
    if (path == dottedPath) return std::string(label);
  return dottedPath;
}

}  // namespace samsim::analysis::report
