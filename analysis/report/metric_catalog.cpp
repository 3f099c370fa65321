#include "analysis/report/metric_catalog.hpp"

#include <array>
#include <utility>

namespace samsim::analysis::report {
namespace {

// Which way a workshop should read a metric. Neutral: it describes the situation (how many cases
// came up, which route solved them), not how well the municipality did.
enum class Better { Higher, Lower, Neutral };

struct Entry {
  std::string_view column;
  std::string_view label;
  std::string_view explanation;
  Better better;
  MetricGroup group;
};

using G = MetricGroup;

// Meanings from models/metrics.cpp and the mechanisms it counts; "cases" are the sources' saker.
// Quadrants (q1…q4) follow 000 Fig. 5, as in models/issue.hpp.
constexpr std::array kMetrics = {
    // Outcomes of MODEL-BRIEF §5 as named in INTERFACE.md "Output columns", in that order.
    Entry{"issues_raised", "Cases that came up",
          "How many cases (saker) surfaced somewhere in the municipality.", Better::Neutral, G::Main},
    Entry{"issues_resolved", "Cases solved", "How many of the cases that came up were solved.",
          Better::Higher, G::Main},
    Entry{"issues_dropped", "Cases left unsolved",
          "Cases nobody took further: they were dropped or never reached anyone who could solve them.",
          Better::Lower, G::Main},
    Entry{"resolved_share", "Share of cases solved",
          "Cases solved as a share of all cases that came up after the warm-up; dropped and still open "
          "cases count as not solved.",
          Better::Higher, G::Main},
    Entry{"cross_sector_resolved_share", "Share of cross-sector cases solved",
          "Cases needing more than one sector that were solved, as a share of all such cases that came up.",
          Better::Higher, G::Main},
    Entry{"rmst_days", "Days until a case is solved (dropped cases count)",
          "Restricted mean working days from a case surfacing to its solution within the horizon; a dropped "
          "case counts the whole horizon, so dropping work cannot improve it.",
          Better::Lower, G::Main},
    Entry{"cross_sector_rmst_days", "Days until a cross-sector case is solved (dropped cases count)",
          "Restricted mean working days to solve cases that need more than one sector; dropped cases count "
          "the whole horizon.",
          Better::Lower, G::Main},
    Entry{"q1_rmst_days", "Days until an own-sector case is solved (dropped count)",
          "Restricted mean working days to solve a case that is one sector's core task; dropped cases count "
          "the whole horizon.",
          Better::Lower, G::Main},
    Entry{"q2_rmst_days", "Days until a case needing another sector is solved (dropped count)",
          "Restricted mean working days to solve a case whose owner needs another sector's help; dropped "
          "cases count the whole horizon.",
          Better::Lower, G::Main},
    Entry{"q3_rmst_days", "Days until a case without a clear owner is solved (dropped count)",
          "Restricted mean working days to solve a case nobody clearly owns; dropped cases count the whole "
          "horizon.",
          Better::Lower, G::Main},
    Entry{"q4_rmst_days", "Days until an urgent case without an owner is solved (dropped count)",
          "Restricted mean working days to solve an urgent, broad case no sector owns; dropped cases count "
          "the whole horizon.",
          Better::Lower, G::Main},
    Entry{"q1_resolved_share", "Share of own-sector cases solved",
          "Own-sector cases solved as a share of those that came up.", Better::Higher, G::Main},
    Entry{"q2_resolved_share", "Share of cases needing another sector solved",
          "Cases needing another sector's help that were solved, as a share of those that came up.",
          Better::Higher, G::Main},
    Entry{"q3_resolved_share", "Share of cases without a clear owner solved",
          "Cases nobody clearly owned that were solved, as a share of those that came up.", Better::Higher,
          G::Main},
    Entry{"q4_resolved_share", "Share of urgent cases without an owner solved",
          "Urgent, broad cases no sector owned that were solved, as a share of those that came up.",
          Better::Higher, G::Main},
    Entry{"crisis_rmst_days", "Days until a crisis case is solved (dropped count)",
          "Restricted mean working days to solve cases that came up while the crisis was on; empty without "
          "a crisis.",
          Better::Lower, G::Main},
    Entry{"crisis_cross_sector_rmst_days", "Days until a cross-sector crisis case is solved (dropped count)",
          "Restricted mean working days to solve cross-sector cases that came up during the crisis; empty "
          "without a crisis.",
          Better::Lower, G::Main},
    Entry{"crisis_resolved_share", "Share of crisis cases solved",
          "Cases that came up during the crisis and were solved, as a share of all of them; empty without "
          "a crisis.",
          Better::Higher, G::Main},
    Entry{"crisis_cross_sector_resolved_share", "Share of cross-sector crisis cases solved",
          "Cross-sector cases that came up during the crisis and were solved, as a share of all of them; "
          "empty without a crisis.",
          Better::Higher, G::Main},
    Entry{"solved_latency_mean_days", "Days to solve a case (solved cases only)",
          "Working days from when a case surfaced until it was solved, averaged over solved cases only: "
          "dropping slow cases makes it look better.",
          Better::Lower, G::Main},
    Entry{"duplicate_solutions", "Same problem solved twice or more",
          "Times a unit solved a problem that another unit had already solved on its own: duplicated work "
          "and inconsistent practice.",
          Better::Lower, G::Main},
    Entry{"overload_share", "Share of working days over capacity",
          "How often staff had more work than hours in the day (directors and central staff are shown "
          "separately under Load on key people).",
          Better::Lower, G::Main},
    Entry{"service_continuity", "Critical services kept running",
          "Share of the demand on critical services that was met, the key measure during a crisis.",
          Better::Higher, G::Main},
    Entry{"weak_signals_early_share", "Early warnings caught in time",
          "Share of budding problems that someone raised while they were still small.", Better::Higher,
          G::Main},
    Entry{"innovations", "New ideas from meeting across sectors",
          "Unplanned improvements that came from people with different skills meeting regularly.",
          Better::Higher, G::Main},
    Entry{"meeting_hours", "Hours spent in coordination meetings",
          "Working hours that went to meetings: the price paid for coordination.", Better::Lower, G::Main},
    Entry{"mean_constraint", "How locked-in people's networks are",
          "Burt's constraint averaged over staff: high means contacts all know each other and few bridges "
          "to other groups.",
          Better::Lower, G::Main},
    Entry{"cross_sector_tie_density", "Working ties across sectors",
          "Share of possible contacts between people in different sectors that actually exist.",
          Better::Higher, G::Main},

    // Speed and backlog.
    Entry{"issues_open", "Cases waiting to be solved",
          "Cases that have surfaced and are neither solved nor dropped yet: the backlog.", Better::Lower,
          G::Speed},
    // Outputs of earlier samsim versions (solved-only means under their former names).
    Entry{"latency_mean_days", "Days to solve a case (average)",
          "Working days from when a case surfaced until it was solved, averaged over solved cases only "
          "(earlier samsim outputs).",
          Better::Lower, G::Speed},
    Entry{"latency_p90_days", "Days to solve the slowest cases",
          "Nine in ten solved cases were solved faster than this; unsolved cases are left out (earlier "
          "samsim outputs).",
          Better::Lower, G::Speed},
    Entry{"cross_sector_latency_mean_days", "Days to solve a cross-sector case",
          "Average working days to solve cases that need more than one sector, over solved cases only "
          "(earlier samsim outputs).",
          Better::Lower, G::Speed},
    Entry{"latency_median_days", "Days to solve a typical case (median)",
          "Half of the solved cases took fewer working days than this, half took more (earlier samsim "
          "outputs).",
          Better::Lower, G::Speed},
    Entry{"solved_latency_median_days", "Days to solve a typical case (median, solved only)",
          "Half of the solved cases took fewer working days than this, half took more; unsolved cases are "
          "left out.",
          Better::Lower, G::Speed},
    Entry{"solved_latency_p90_days", "Days to solve the slowest cases (solved only)",
          "Nine in ten solved cases were solved faster than this; unsolved cases are left out.",
          Better::Lower, G::Speed},
    Entry{"cross_sector_solved_latency_mean_days", "Days to solve a cross-sector case (solved only)",
          "Average working days to solve cases that need more than one sector, over solved cases only.",
          Better::Lower, G::Speed},
    Entry{"backlog", "Cases waiting in the organisation",
          "All open cases, including those that came up during the warm-up: the queue staff work on.",
          Better::Lower, G::Speed},
    Entry{"resolved_by_horizon_share", "Share of cases solved within the horizon",
          "Kaplan-Meier share of cases solved within the horizon (outcomes.horizon_days); dropped cases "
          "never count as solved.",
          Better::Higher, G::Speed},
    Entry{"cross_sector_resolved_by_horizon_share", "Share of cross-sector cases solved within the horizon",
          "Kaplan-Meier share of cross-sector cases solved within the horizon; dropped cases never count as "
          "solved.",
          Better::Higher, G::Speed},

    // Cases by kind (000 Fig. 5).
    Entry{"q1_raised", "Own-sector cases that came up",
          "Cases that are one sector's core task and that it can solve on its own.", Better::Neutral,
          G::Kinds},
    Entry{"q1_resolved", "Own-sector cases solved",
          "How many of the cases that are one sector's core task were solved.", Better::Higher, G::Kinds},
    Entry{"q1_solved_latency_mean_days", "Days to solve an own-sector case (solved only)",
          "Average working days to solve a case that is one sector's core task.", Better::Lower, G::Kinds},
    Entry{"q2_raised", "Cases needing help from another sector",
          "Cases with a clear owner who cannot solve them without help from another sector.", Better::Neutral,
          G::Kinds},
    Entry{"q2_resolved", "Cases needing help from another sector, solved",
          "How many of the cases whose owner needed another sector's help were solved.", Better::Higher,
          G::Kinds},
    Entry{"q2_solved_latency_mean_days", "Days to solve a case needing another sector (solved only)",
          "Average working days to solve a case whose owner needed another sector's help.", Better::Lower,
          G::Kinds},
    Entry{"q3_raised", "Cases without a clear owner",
          "Cases nobody clearly owns and that are not urgent: they fall between the chairs and grow while "
          "nobody acts.",
          Better::Neutral, G::Kinds},
    Entry{"q3_resolved", "Cases without a clear owner, solved",
          "How many of the cases nobody clearly owned were solved after all.", Better::Higher, G::Kinds},
    Entry{"q3_solved_latency_mean_days", "Days to solve a case without a clear owner (solved only)",
          "Average working days to solve a case nobody clearly owned.", Better::Lower, G::Kinds},
    Entry{"q4_raised", "Urgent cases without a clear owner",
          "Urgent, broad cases that no single sector owns, the pandemic type.", Better::Neutral, G::Kinds},
    Entry{"q4_resolved", "Urgent cases without a clear owner, solved",
          "How many of the urgent, broad cases that no sector owned were solved.", Better::Higher, G::Kinds},
    Entry{"q4_solved_latency_mean_days", "Days to solve an urgent case without a clear owner (solved only)",
          "Average working days to solve an urgent, broad case that no sector owned.", Better::Lower,
          G::Kinds},
    Entry{"q1_dropped", "Own-sector cases dropped",
          "How many own-sector cases were dropped without a solution.", Better::Lower, G::Kinds},
    Entry{"q1_open", "Own-sector cases still open",
          "How many own-sector cases were neither solved nor dropped when the run ended.", Better::Lower,
          G::Kinds},
    Entry{"q2_dropped", "Cases needing another sector dropped",
          "How many cases needing another sector were dropped without a solution.", Better::Lower, G::Kinds},
    Entry{"q2_open", "Cases needing another sector still open",
          "How many cases needing another sector were neither solved nor dropped when the run ended.",
          Better::Lower, G::Kinds},
    Entry{"q3_dropped", "Cases without a clear owner dropped",
          "How many cases without a clear owner were dropped without a solution.", Better::Lower, G::Kinds},
    Entry{"q3_open", "Cases without a clear owner still open",
          "How many cases without a clear owner were neither solved nor dropped when the run ended.",
          Better::Lower, G::Kinds},
    Entry{"q4_dropped", "Urgent cases without a clear owner dropped",
          "How many urgent cases without a clear owner were dropped without a solution.", Better::Lower,
          G::Kinds},
    Entry{"q4_open", "Urgent cases without a clear owner still open",
          "How many urgent cases without a clear owner were neither solved nor dropped when the run ended.",
          Better::Lower, G::Kinds},

    // Who solves what: the route by which solved cases were solved (shares add up to one).
    Entry{"resolved_local_share", "Solved by the person who got the case",
          "Share of solved cases that the person who received them solved with their own unit's means.",
          Better::Neutral, G::Solvers},
    Entry{"resolved_informal_share", "Solved through personal contacts",
          "Share of solved cases solved by someone found by asking around: knowing who knows.",
          Better::Neutral, G::Solvers},
    Entry{"resolved_line_share", "Solved through the line",
          "Share of solved cases decided up the chain of command: unit leader, director, leadership group.",
          Better::Neutral, G::Solvers},
    Entry{"resolved_arena_share", "Solved in the coordination group",
          "Share of solved cases decided in the cross-sector coordination group.", Better::Neutral,
          G::Solvers},
    Entry{"resolved_workaround_share", "Solved with a local stopgap",
          "Share of solved cases where a unit, tired of waiting for a common answer to an urgent problem, "
          "made its own solution.",
          Better::Lower, G::Solvers},
    Entry{"informal_search_success", "Asking around finds help",
          "Share of searches through personal contacts that found someone able and willing to help.",
          Better::Higher, G::Solvers},

    // Load on key people.
    Entry{"director_overload_share", "Directors' days over capacity",
          "Share of directors' working days (sector directors and the chief executive) with more work "
          "than hours.",
          Better::Lower, G::KeyPeople},
    Entry{"central_staff_overload_share", "Central staff's days over capacity",
          "Share of working days with more work than hours for central advisers and communications staff.",
          Better::Lower, G::KeyPeople},
    Entry{"key_person_share", "Cross-sector contacts held by a few people",
          "Share of all cross-sector contacts held by the top 1 % of bridge-builders: high means "
          "coordination hangs on a few key people.",
          Better::Lower, G::KeyPeople},

    // Crisis readiness.
    Entry{"crisis_issues_raised", "Cases that came up during the crisis",
          "How many cases surfaced while the crisis was on; empty without a crisis.", Better::Neutral,
          G::Crisis},
    Entry{"redeployed_staff", "Staff lent to another sector (in total)",
          "How many times during the crisis someone was moved to help keep another sector's critical "
          "services running.",
          Better::Higher, G::Crisis},
    Entry{"redeployed_now", "People lent to another sector",
          "Staff working in another sector to help it through the crisis on that day.", Better::Higher,
          G::Crisis},
    Entry{"crisis_phase", "Crisis phase",
          "0 outside the crisis; 1, 2, … its successive phases (first redeployment, then harmonisation).",
          Better::Neutral, G::Crisis},

    // Network and holes.
    Entry{"sector_pairs_without_bridge", "Sector pairs with nobody in contact",
          "Pairs of sectors without a single working contact between them: structural holes where cases "
          "get stuck.",
          Better::Lower, G::Network},
    Entry{"cross_sector_tie_share", "Share of contacts that cross sectors",
          "Of all working contacts, the share that links people in different sectors.", Better::Higher,
          G::Network},
    Entry{"tie_density", "Working ties between the two sectors",
          "Share of possible contacts between people of the two sectors that actually exist.", Better::Higher,
          G::Network},
    Entry{"bridges", "People bridging the two sectors",
          "How many people have contacts on both sides; zero means a structural hole.", Better::Higher,
          G::Network},

    // Meetings and innovation.
    Entry{"arena_meetings", "Coordination-group meetings held",
          "How many times the cross-sector coordination group met.", Better::Neutral, G::Meetings},
    Entry{"arena_meeting_hours", "Hours in coordination-group meetings",
          "Working hours the members spent in the coordination group's meetings: its share of the meeting "
          "cost.",
          Better::Lower, G::Meetings},
    Entry{"arena_active", "Coordination group at work", "1 while the coordination group exists and meets.",
          Better::Neutral, G::Meetings},
    Entry{"action_items_lost", "Follow-ups that fell through",
          "Tasks agreed in the coordination group that were dropped because the person responsible was "
          "not at the meeting that followed them up.",
          Better::Lower, G::Main},
    Entry{"decisions_contested", "Decisions the line did not accept",
          "Coordination-group decisions the line organisation did not accept and sent back up the line: "
          "a sign of a weak mandate.",
          Better::Lower, G::Meetings},
    Entry{"innovations_meeting", "New ideas from coordination meetings",
          "Unplanned improvements that came from people meeting in the coordination group.", Better::Higher,
          G::Meetings},
    Entry{"innovations_informal", "New ideas from everyday contacts",
          "Unplanned improvements that came from people working together outside the coordination group.",
          Better::Higher, G::Meetings},
};

// Titles and intros of the groups, in MetricGroup order.
constexpr std::array<GroupInfo, kMetricGroupCount> kGroups = {{
    {"Main outcomes", "The outcomes every design is judged on."},
    {"Speed and backlog", "How many cases are waiting and how long a typical case takes."},
    {"Cases by kind",
     "Cases split into four kinds: a sector's own task, a task needing help from "
     "another sector, cases without a clear owner, and urgent cases without a clear owner."},
    {"Who solves what", "By which route solved cases were solved, and whether asking around finds help."},
    {"Load on key people", "Whether directors, central staff and a few bridge-builders carry too much."},
    {"Crisis readiness", "Staff lent across sectors and the phases of the crisis."},
    {"Network and holes", "Working contacts between sectors and the places where there are none."},
    {"Meetings and innovation",
     "What the coordination group costs, whether its decisions stick, and where new ideas come from."},
    {"Other measures",
     "Measures the model writes that this report has no plain description for yet; shown with their "
     "column names."},
}};

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
    if (e.column == column) {
      std::string explanation(e.explanation);
      if (e.better == Better::Higher) explanation += " Higher is better.";
      if (e.better == Better::Lower) explanation += " Lower is better.";
      return {std::string(e.label), explanation, e.better == Better::Higher, true, e.group};
    }
  return {fromName(column), "Measure '" + column + "' as recorded by the model.", false, false,
          MetricGroup::Other};
}

GroupInfo describeGroup(MetricGroup group) {
  return kGroups[static_cast<std::size_t>(group)];
}

std::vector<std::string> catalogedMetrics() {
  std::vector<std::string> columns;
  for (const Entry& e : kMetrics) columns.emplace_back(e.column);
  return columns;
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
