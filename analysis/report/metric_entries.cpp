// The outcome columns the model writes, in plain words (models/outputs/metrics.cpp counts them). "Cases"
// are what the sources call saker. Quadrants q1…q4 follow 000 Fig. 5, as in models/state/issue.hpp.
#include "analysis/report/metric_entries.hpp"

#include <array>

namespace samsim::analysis::report::detail {
namespace {

using G = MetricGroup;
using U = MetricUnit;
using B = Better;
using W = WrittenTo;

constexpr std::string_view kSolvedOnly =
    "Solved cases only: dropped and open cases are left out, so a design that drops its hard cases looks "
    "faster. Empty when no case was solved.";
constexpr std::string_view kRmst =
    "Restricted mean at outcomes.horizon_days (Kaplan-Meier): a dropped case is never solved and adds the "
    "whole horizon; a case still open at the end is followed as long as it was observed. Empty when no case "
    "was raised or the measured period is shorter than the horizon.";
constexpr std::string_view kShareOfRaised =
    "Cases dropped or still open at the end count as not solved. Empty when no case was raised.";
constexpr std::string_view kCrisisRmst =
    "Cases raised while the crisis was active only, restricted as the overall time to resolution. Empty in a "
    "run without a crisis or when the crisis starts less than the horizon before the end.";
constexpr std::string_view kCrisisShare =
    "Cases raised while the crisis was active only; dropped and open cases count as not solved. Empty in a "
    "run without a crisis.";
constexpr std::string_view kP90 =
    "A dropped case is never solved, a case still open at the end is followed as long as it was observed. "
    "Empty when more than one case in ten is still unsolved at outcomes.horizon_days: the percentile is "
    "then beyond the horizon, not observed.";
constexpr std::string_view kOfSolved = "Share of solved cases. Empty when no case was solved.";
constexpr std::string_view kNetwork =
    "Measured on the informal network every network.measure_every_days and at the end; empty before the "
    "first measurement.";

constexpr std::string_view kLoss =
    "Taken on the day of the key-person loss (events.key_person_loss); empty in a run without one.";
constexpr std::string_view kLossWindow =
    "Cases raised in the outcomes.horizon_days working days before the loss day, or as many days from it; "
    "restricted as the overall time to resolution (cases of the after window are followed for a shorter "
    "time). Empty in a run without a key-person loss or when a window holds no case.";
constexpr std::string_view kInitiatives =
    "Initiatives started after the warm-up. Empty when initiatives are off.";
constexpr std::string_view kPerAdopted =
    "Initiatives started after the warm-up and adopted; empty when none was adopted or initiatives are off.";

// The smallest differences between designs that matter for the headline outcomes (clear_difference.hpp):
// a twentieth of what a share leaves undone (of 22 % of cases unsolved: 1.1 points; of 0.2 % of critical
// demand unmet: 0.01 points), a fiftieth of a time (0.4 of 20 days), a twentieth of hours spent.
constexpr double kShareUndone = 0.05;
constexpr double kTime = 0.02;
constexpr double kHoursSpent = 0.05;

constexpr std::array kEntries = {
    // Headline outcomes: what the verdict compares designs on.
    Entry{"resolved_share", "Cases solved", "Share of the cases that came up that were solved.", B::Higher,
          G::Main, U::Share, kShareOfRaised, W::SummaryAndSeries, kShareUndone},
    Entry{"rmst_days", "Days to resolve a case",
          "Average working days from when a case surfaced until it was solved, counting cases never solved "
          "as unresolved up to the horizon, so dropping work cannot make it look faster.",
          B::Lower, G::Main, U::Days, kRmst, W::SummaryAndSeries, kTime},
    Entry{"cross_sector_rmst_days", "Days to resolve a cross-sector case",
          "The same for cases that need more than one sector, the ones that fall between the chairs.",
          B::Lower, G::Main, U::Days, kRmst, W::SummaryAndSeries, kTime},
    Entry{"service_continuity", "Critical services kept running",
          "Share of the demand on critical services that was met, the key measure during a crisis.",
          B::Higher, G::Main, U::Share, "1 when there was no demand on critical services.",
          W::SummaryAndSeries, kShareUndone},
    Entry{"overload_share", "Working days over capacity",
          "Share of staff working days with more work than hours in the day, per head of the "
          "reference organisation: in a scale model (municipality.reference_staff) a post or seat that "
          "exists once at any size (a director, the municipal director, the communications chief, a "
          "seat in the coordination group) counts with weight staff ÷ reference.",
          B::Lower, G::Main, U::Share, "", W::SummaryAndSeries, kShareUndone},
    Entry{"cross_sector_p90_days", "Days until nine in ten cross-sector cases are solved",
          "Working days from when a cross-sector case surfaced until nine in ten such cases were solved "
          "(90th percentile, Kaplan-Meier): the slow tail that an average hides.",
          B::Lower, G::Main, U::Days, kP90, W::Summary, kTime},
    Entry{"overtime_hours", "Overtime hours",
          "Hours worked beyond the day's capacity, summed over everyone over the measured days: operational "
          "overtime allowed in a crisis (municipality.max_overtime) and coordination that ran past the day.",
          B::Lower, G::Main, U::Hours, "", W::Summary, kHoursSpent},
    Entry{"director_coordination_hours_per_day", "Directors' hours a day on coordination",
          "Hours a sector director or the municipal director spent on a working day on coordination: "
          "meetings, the line's queues and cases. Hours the line's leaders cannot give to anything else.",
          B::Lower, G::Main, U::Hours, "Average over directors' working days present.", W::Summary,
          kHoursSpent},
    Entry{"meeting_hours", "Hours in coordination meetings",
          "Working hours that went to coordination meetings, the leadership group's and the coordination "
          "group's, summed over everyone present over the measured days: the price paid for coordination.",
          B::Lower, G::Main, U::Hours, "", W::SummaryAndSeries, kHoursSpent},

    // Cases, speed and backlog.
    Entry{"issues_raised", "Cases that came up", "How many cases surfaced somewhere in the municipality.",
          B::Neutral, G::Speed, U::Count, "", W::SummaryAndSeries},
    Entry{"issues_resolved", "Cases solved (number)", "How many of the cases that came up were solved.",
          B::Higher, G::Speed, U::Count, "", W::SummaryAndSeries},
    Entry{"issues_dropped", "Cases dropped",
          "Cases nobody took further: they were dropped or never reached anyone who could solve them.",
          B::Lower, G::Speed, U::Count, "", W::SummaryAndSeries},
    Entry{"dropped_waiting_line", "Cases dropped waiting in the line",
          "Cases given up after waiting issues.give_up_days for a unit leader, a director or the leadership "
          "group (they fell between chairs, 000 §5.3).",
          B::Lower, G::Speed, U::Count, ""},
    Entry{"dropped_waiting_arena", "Cases dropped waiting for the coordination group",
          "Cases given up after waiting issues.give_up_days on the coordination group's agenda.", B::Lower,
          G::Speed, U::Count, ""},
    Entry{"dropped_waiting_answer", "Cases dropped waiting for a common answer",
          "Cases of a broad problem given up after waiting issues.give_up_days for a coordinated answer "
          "(usually the unit makes its own solution first, after issues.patience_days).",
          B::Lower, G::Speed, U::Count, ""},
    Entry{"dropped_unworked", "Cases dropped that nobody worked on",
          "Cases given up because the person who held them put no hour into them for issues.give_up_days.",
          B::Lower, G::Speed, U::Count, ""},
    Entry{"dropped_too_old", "Cases dropped as too old",
          "Cases still open after issues.max_age_days, whatever their state (a dormant case nobody saw "
          "included).",
          B::Lower, G::Speed, U::Count, ""},
    Entry{"issues_open", "Cases waiting to be solved",
          "Cases that have surfaced and are neither solved nor dropped yet: the backlog.", B::Lower, G::Speed,
          U::Count, "", W::SummaryAndSeries},
    Entry{"backlog", "All cases waiting, warm-up included",
          "Every open case in the organisation, including those raised during the warm-up: the queue staff "
          "work on, not an outcome.",
          B::Lower, G::Speed, U::Count, "", W::SummaryAndSeries},
    Entry{
        "resolved_by_horizon_share", "Cases solved within the horizon",
        "Share of cases solved within outcomes.horizon_days of surfacing (Kaplan-Meier estimate).", B::Higher,
        G::Speed, U::Share,
        "Dropped cases are never solved; open ones are followed as long as observed. Empty when the measured "
        "period is shorter than the horizon."},
    Entry{
        "cross_sector_resolved_by_horizon_share", "Cross-sector cases solved within the horizon",
        "Share of cases needing more than one sector solved within outcomes.horizon_days of surfacing "
        "(Kaplan-Meier estimate).",
        B::Higher, G::Main, U::Share,
        "Dropped cases are never solved; open ones are followed as long as observed. Empty when the measured "
        "period is shorter than the horizon."},
    Entry{"cross_sector_resolved_share", "Cross-sector cases solved",
          "Share of the cases needing more than one sector that were solved.", B::Higher, G::Speed, U::Share,
          kShareOfRaised},
    Entry{"solved_latency_mean_days", "Days to solve a case (solved cases only)",
          "Average working days from when a case surfaced until it was solved, over solved cases only.",
          B::Lower, G::Speed, U::Days, kSolvedOnly, W::SummaryAndSeries},
    Entry{"solved_latency_median_days", "Days to solve a typical solved case (solved cases only)",
          "Half of the solved cases took fewer working days than this, half took more.", B::Lower, G::Speed,
          U::Days, kSolvedOnly},
    Entry{"solved_latency_p90_days", "Days to solve the slowest solved cases (solved cases only)",
          "Nine in ten solved cases were solved faster than this.", B::Lower, G::Speed, U::Days, kSolvedOnly},
    Entry{"p90_days", "Days until nine in ten cases are solved",
          "Working days from when a case surfaced until nine in ten cases were solved (90th percentile).",
          B::Lower, G::Speed, U::Days, kP90},
    Entry{"crisis_cross_sector_p90_days", "Days until nine in ten cross-sector crisis cases are solved",
          "The same for cross-sector cases raised while the crisis was active.", B::Lower, G::Crisis, U::Days,
          "As the 90th percentile above; also empty in a run without a crisis."},
    Entry{"cross_sector_solved_latency_mean_days",
          "Days to solve a solved cross-sector case (solved cases only)",
          "Average working days to solve cases that need more than one sector, over solved cases only.",
          B::Lower, G::Speed, U::Days, kSolvedOnly},

    // Cases by kind (000 Fig. 5).
    Entry{"q1_raised", "Own-sector cases that came up",
          "Cases that are one sector's core task and that it can solve on its own.", B::Neutral, G::Kinds,
          U::Count, ""},
    Entry{"q1_resolved", "Own-sector cases solved (number)",
          "How many of the cases that are one sector's core task were solved.", B::Higher, G::Kinds, U::Count,
          ""},
    Entry{"q1_resolved_share", "Own-sector cases solved",
          "Share of the cases that are one sector's core task that were solved.", B::Higher, G::Kinds,
          U::Share, kShareOfRaised},
    Entry{"q1_rmst_days", "Days to resolve an own-sector case",
          "Days to resolution of cases that are one sector's core task, unsolved ones counted up to the "
          "horizon.",
          B::Lower, G::Kinds, U::Days, kRmst},
    Entry{"q1_dropped", "Own-sector cases, dropped",
          "How many of the cases that are one sector's core task were dropped.", B::Lower, G::Kinds, U::Count,
          ""},
    Entry{"q1_open", "Own-sector cases, still open",
          "How many of the cases that are one sector's core task were still open at the end.", B::Lower,
          G::Kinds, U::Count, ""},
    Entry{"q1_solved_latency_mean_days", "Days to solve a solved own-sector case (solved cases only)",
          "Average working days to solve cases that are one sector's core task, over solved cases only.",
          B::Lower, G::Kinds, U::Days, kSolvedOnly},
    Entry{"q2_raised", "Cases needing help from another sector",
          "Cases with a clear owner who cannot solve them without help from another sector.", B::Neutral,
          G::Kinds, U::Count, ""},
    Entry{"q2_resolved", "Cases needing another sector, solved (number)",
          "How many of the cases whose owner needed another sector's help were solved.", B::Higher, G::Kinds,
          U::Count, ""},
    Entry{"q2_resolved_share", "Cases needing another sector, solved",
          "Share of the cases whose owner needed another sector's help that were solved.", B::Higher,
          G::Kinds, U::Share, kShareOfRaised},
    Entry{"q2_rmst_days", "Days to resolve a case needing another sector",
          "Days to resolution of cases whose owner needed another sector's help, unsolved ones counted up "
          "to the horizon.",
          B::Lower, G::Kinds, U::Days, kRmst},
    Entry{"q2_dropped", "Cases needing another sector, dropped",
          "How many of the cases whose owner needed another sector's help were dropped.", B::Lower, G::Kinds,
          U::Count, ""},
    Entry{"q2_open", "Cases needing another sector, still open",
          "How many of the cases whose owner needed another sector's help were still open at the end.",
          B::Lower, G::Kinds, U::Count, ""},
    Entry{"q2_solved_latency_mean_days",
          "Days to solve a solved case needing another sector (solved cases only)",
          "Average working days to solve cases whose owner needed another sector's help, over solved cases "
          "only.",
          B::Lower, G::Kinds, U::Days, kSolvedOnly},
    Entry{"q3_raised", "Cases without a clear owner",
          "Cases nobody clearly owns and that are not urgent: they fall between the chairs and grow while "
          "nobody acts.",
          B::Neutral, G::Kinds, U::Count, ""},
    Entry{"q3_resolved", "Cases without a clear owner, solved (number)",
          "How many of the cases nobody clearly owned were solved after all.", B::Higher, G::Kinds, U::Count,
          ""},
    Entry{"q3_resolved_share", "Cases without a clear owner, solved",
          "Share of the cases nobody clearly owned that were solved after all.", B::Higher, G::Kinds,
          U::Share, kShareOfRaised},
    Entry{"q3_rmst_days", "Days to resolve a case without a clear owner",
          "Days to resolution of cases nobody clearly owned, unsolved ones counted up to the horizon.",
          B::Lower, G::Kinds, U::Days, kRmst},
    Entry{"q3_dropped", "Cases without a clear owner, dropped",
          "How many of the cases nobody clearly owned were dropped.", B::Lower, G::Kinds, U::Count, ""},
    Entry{"q3_open", "Cases without a clear owner, still open",
          "How many of the cases nobody clearly owned were still open at the end.", B::Lower, G::Kinds,
          U::Count, ""},
    Entry{"q3_solved_latency_mean_days",
          "Days to solve a solved case without a clear owner (solved cases only)",
          "Average working days to solve cases nobody clearly owned, over solved cases only.", B::Lower,
          G::Kinds, U::Days, kSolvedOnly},
    Entry{"q4_raised", "Urgent cases without a clear owner",
          "Urgent, broad cases that no single sector owns, the pandemic type.", B::Neutral, G::Kinds,
          U::Count, ""},
    Entry{"q4_resolved", "Urgent cases without a clear owner, solved (number)",
          "How many of the urgent, broad cases that no sector owned were solved.", B::Higher, G::Kinds,
          U::Count, ""},
    Entry{"q4_resolved_share", "Urgent cases without a clear owner, solved",
          "Share of the urgent, broad cases that no sector owned that were solved.", B::Higher, G::Kinds,
          U::Share, kShareOfRaised},
    Entry{"q4_rmst_days", "Days to resolve an urgent case without a clear owner",
          "Days to resolution of urgent, broad cases that no sector owned, unsolved ones counted up to the "
          "horizon.",
          B::Lower, G::Kinds, U::Days, kRmst},
    Entry{"q4_dropped", "Urgent cases without a clear owner, dropped",
          "How many of the urgent, broad cases that no sector owned were dropped.", B::Lower, G::Kinds,
          U::Count, ""},
    Entry{"q4_open", "Urgent cases without a clear owner, still open",
          "How many of the urgent, broad cases that no sector owned were still open at the end.", B::Lower,
          G::Kinds, U::Count, ""},
    Entry{"q4_solved_latency_mean_days",
          "Days to solve a solved urgent case without a clear owner (solved cases only)",
          "Average working days to solve urgent, broad cases that no sector owned, over solved cases only.",
          B::Lower, G::Kinds, U::Days, kSolvedOnly},

    // Routes: how solved cases were solved (shares add up to one).
    Entry{"resolved_local_share", "Solved by the person who got the case",
          "Share of solved cases that the person who received them solved with their own unit's means.",
          B::Neutral, G::Solvers, U::Share, kOfSolved},
    Entry{"resolved_informal_share", "Solved through personal contacts",
          "Share of solved cases solved by someone found by asking around: knowing who knows.", B::Neutral,
          G::Solvers, U::Share, kOfSolved},
    Entry{"resolved_line_share", "Solved through the line",
          "Share of solved cases decided up the chain of command: unit leader, director, leadership group.",
          B::Neutral, G::Solvers, U::Share, kOfSolved},
    Entry{"resolved_arena_share", "Solved in the coordination group",
          "Share of solved cases decided in the cross-sector coordination group.", B::Neutral, G::Solvers,
          U::Share, kOfSolved},
    Entry{"resolved_workaround_share", "Solved with a local stopgap",
          "Share of solved cases where a unit, tired of waiting for a common answer to an urgent problem, "
          "made its own solution.",
          B::Lower, G::Solvers, U::Share, kOfSolved},
    Entry{"informal_search_success", "Asking around finds help",
          "Share of searches through personal contacts that found someone able and willing to help.",
          B::Higher, G::Solvers, U::Share, "Empty when nobody searched."},
    Entry{"duplicate_solutions", "Same problem solved twice or more",
          "Times a unit solved a problem that another unit had already solved on its own: duplicated work "
          "and inconsistent practice.",
          B::Lower, G::Solvers, U::Count, "", W::SummaryAndSeries},
    Entry{"weak_signals_early_share", "Early warnings caught in time",
          "Share of budding problems that someone raised while they were still small.", B::Higher, G::Solvers,
          U::Share, "Empty when no budding problem was raised.", W::SummaryAndSeries},

    // Load on key people.
    Entry{"director_overload_share", "Directors' days over capacity",
          "Share of directors' working days (sector directors and the chief executive) with more work than "
          "hours.",
          B::Lower, G::KeyPeople, U::Share, ""},
    Entry{"central_staff_overload_share", "Central staff's days over capacity",
          "Share of working days with more work than hours for central advisers and communications staff.",
          B::Lower, G::KeyPeople, U::Share, ""},
    Entry{"director_overtime_hours", "Directors' overtime hours",
          "Overtime hours (as above) of sector directors and the municipal director.", B::Lower, G::KeyPeople,
          U::Hours, ""},
    Entry{"central_staff_overtime_hours", "Central staff's overtime hours",
          "Overtime hours (as above) of central advisers and communications staff.", B::Lower, G::KeyPeople,
          U::Hours, ""},
    Entry{
        "key_person_share", "Cross-sector contacts held by a few people",
        "Share of all cross-sector contacts held by the top 1 % of bridge-builders: high means coordination "
        "hangs on a few key people.",
        B::Lower, G::KeyPeople, U::Share, kNetwork},
    // Key-person loss (events.key_person_loss; models/outputs/key_person_outputs.cpp).
    Entry{
        "key_persons_lost", "Key people who left",
        "How many of the best-connected bridge-builders (most trusted contacts across sectors) left at once "
        "on the day of the key-person loss.",
        B::Neutral, G::KeyPeople, U::Count, kLoss},
    Entry{"key_person_items_returned", "Follow-ups handed back when key people left",
          "Coordination-group follow-ups the leavers were responsible for, handed back to the group or the "
          "line.",
          B::Neutral, G::KeyPeople, U::Count, kLoss},
    Entry{"key_person_seats_refilled", "Coordination-group seats refilled",
          "Seats in the coordination group that leavers held, filled again by the group's own rule for "
          "choosing members.",
          B::Neutral, G::KeyPeople, U::Count, kLoss},
    Entry{"before_loss_resolved_by_horizon_share", "Cases solved in time, before key people left",
          "Of the cases raised in the period before the loss, the share solved within the horizon.",
          B::Higher, G::KeyPeople, U::Share, kLossWindow},
    Entry{"after_loss_resolved_by_horizon_share", "Cases solved in time, after key people left",
          "Of the cases raised in the same length of time from the loss on, the share solved within the "
          "horizon.",
          B::Higher, G::KeyPeople, U::Share, kLossWindow},
    Entry{"before_loss_rmst_days", "Days to resolve a case, before key people left",
          "Average working days to resolve the cases raised in the period before the loss.", B::Lower,
          G::KeyPeople, U::Days, kLossWindow},
    Entry{"after_loss_rmst_days", "Days to resolve a case, after key people left",
          "Average working days to resolve the cases raised in the same length of time from the loss on.",
          B::Lower, G::KeyPeople, U::Days, kLossWindow},
    Entry{"before_loss_cross_sector_resolved_by_horizon_share",
          "Cross-sector cases solved in time, before key people left",
          "The same share for cases that need more than one sector.", B::Higher, G::KeyPeople, U::Share,
          kLossWindow},
    Entry{"after_loss_cross_sector_resolved_by_horizon_share",
          "Cross-sector cases solved in time, after key people left",
          "The same share for cases that need more than one sector.", B::Higher, G::KeyPeople, U::Share,
          kLossWindow},
    Entry{"before_loss_cross_sector_rmst_days", "Days to resolve a cross-sector case, before key people left",
          "Average working days for cases that need more than one sector, raised before the loss.", B::Lower,
          G::KeyPeople, U::Days, kLossWindow},
    Entry{"after_loss_cross_sector_rmst_days", "Days to resolve a cross-sector case, after key people left",
          "Average working days for cases that need more than one sector, raised from the loss on.", B::Lower,
          G::KeyPeople, U::Days, kLossWindow},
    Entry{"loss_rmst_days_change", "Change in days to resolve a case when key people left",
          "Days to resolve a case after the loss minus before it: how much slower the organisation became.",
          B::Lower, G::KeyPeople, U::Index, kLossWindow},
    Entry{"loss_resolved_by_horizon_change", "Change in cases solved in time when key people left",
          "Share solved within the horizon after the loss minus before it (a fraction: -0.05 is 5 points "
          "fewer).",
          B::Higher, G::KeyPeople, U::Index, kLossWindow},
    Entry{"loss_cross_sector_rmst_days_change",
          "Change in days to resolve a cross-sector case when key people left",
          "The same change for cases that need more than one sector.", B::Lower, G::KeyPeople, U::Index,
          kLossWindow},
    Entry{"loss_cross_sector_resolved_by_horizon_change",
          "Change in cross-sector cases solved in time when key people left",
          "The same change for cases that need more than one sector.", B::Higher, G::KeyPeople, U::Index,
          kLossWindow},
    Entry{"before_loss_cross_sector_tie_density", "Working ties across sectors, just before key people left",
          "Share of possible contacts between people in different sectors that exist, on the morning of the "
          "loss.",
          B::Higher, G::KeyPeople, U::Share, kLoss},
    Entry{"after_loss_cross_sector_tie_density", "Working ties across sectors, just after key people left",
          "The same with the leavers' contacts gone, before their successors have made any.", B::Higher,
          G::KeyPeople, U::Share, kLoss},
    Entry{"before_loss_sector_pairs_without_bridge",
          "Sector pairs with nobody in contact, before key people left",
          "Pairs of sectors without a single working contact between them, on the morning of the loss.",
          B::Lower, G::KeyPeople, U::Count, kLoss},
    Entry{"after_loss_sector_pairs_without_bridge",
          "Sector pairs with nobody in contact, after key people left",
          "The same with the leavers' contacts gone: the holes the loss opened.", B::Lower, G::KeyPeople,
          U::Count, kLoss},
    Entry{
        "before_loss_key_person_share", "Cross-sector contacts held by a few people, before the loss",
        "Share of cross-sector contacts held by the top 1 % of bridge-builders, on the morning of the loss.",
        B::Lower, G::KeyPeople, U::Share, kLoss},
    Entry{"after_loss_key_person_share", "Cross-sector contacts held by a few people, after the loss",
          "The same share among those left, with the successors in place.", B::Lower, G::KeyPeople, U::Share,
          kLoss},

    // Crisis.
    Entry{"crisis_resolved_share", "Cases solved, crisis only",
          "Share of the cases raised during the crisis that were solved.", B::Higher, G::Crisis, U::Share,
          kCrisisShare},
    Entry{"crisis_cross_sector_resolved_share", "Cross-sector cases solved, crisis only",
          "Share of the cross-sector cases raised during the crisis that were solved.", B::Higher, G::Crisis,
          U::Share, kCrisisShare},
    Entry{"crisis_issues_raised", "Cases that came up during the crisis",
          "How many cases surfaced while the crisis was active.", B::Neutral, G::Crisis, U::Count,
          "Empty in a run without a crisis."},
    Entry{
        "crisis_rmst_days", "Days to resolve a case, crisis only",
        "Days to resolution of the cases raised during the crisis, unsolved ones counted up to the horizon.",
        B::Lower, G::Crisis, U::Days, kCrisisRmst},
    Entry{
        "crisis_cross_sector_rmst_days", "Days to resolve a cross-sector case, crisis only",
        "Days to resolution of the cross-sector cases raised during the crisis, unsolved ones counted up to "
        "the horizon.",
        B::Lower, G::Crisis, U::Days, kCrisisRmst},
    Entry{"redeployed_staff", "Staff lent to another sector (in total)",
          "How many times during the crisis someone was moved to help keep another sector's critical "
          "services running.",
          B::Higher, G::Crisis, U::Count, ""},
    Entry{"redeployed_now", "People lent to another sector",
          "Staff working in another sector to help it through the crisis on that day.", B::Higher, G::Crisis,
          U::Count, "", W::Series},
    Entry{"crisis_phase", "Crisis phase",
          "0 outside the crisis; 1, 2, … its successive phases (first redeployment, then harmonisation).",
          B::Neutral, G::Crisis, U::Index, "Time series only; 0 throughout a run without a crisis.",
          W::Series},

    // Network and holes.
    Entry{"cross_sector_tie_density", "Working ties across sectors",
          "Share of possible contacts between people in different sectors that actually exist.", B::Higher,
          G::Network, U::Share, kNetwork, W::SummaryAndSeries},
    Entry{"arena_members_cross_sector_strength", "Coordinators' ties across areas",
          "For the posts whose holders have sat in the coordination group so far: the summed strength of "
          "their working ties to people in other areas (the area each serves), per post; a tie counts up "
          "to 1.",
          B::Higher, G::Network, U::Index,
          "Empty before the coordination group first meets, and throughout a run without one.", W::Series},
    Entry{"mean_constraint", "How closed people's networks are",
          "Network constraint (Burt 1992) averaged over staff, from 0 to 1: high means a person's contacts "
          "all know each other and there are few bridges to other groups.",
          B::Lower, G::Network, U::Index, kNetwork, W::SummaryAndSeries},
    Entry{"sector_pairs_without_bridge", "Sector pairs with nobody in contact",
          "Pairs of sectors without a single working contact between them: structural holes where cases get "
          "stuck.",
          B::Lower, G::Network, U::Count, kNetwork},
    Entry{"cross_sector_tie_share", "Share of contacts that cross sectors",
          "Of all working contacts, the share that links people in different sectors.", B::Higher, G::Network,
          U::Share, kNetwork},
    Entry{"tie_density", "Working ties between the two sectors",
          "Share of possible contacts between people of the two sectors that actually exist.", B::Higher,
          G::Network, U::Share, kNetwork, W::Network},
    Entry{"bridges", "Working ties across the pair",
          "How many working contacts link people of the two sectors; zero means a structural hole.",
          B::Higher, G::Network, U::Count, kNetwork, W::Network},

    // Meetings and innovation.
    Entry{"arena_meetings", "Coordination-group meetings held",
          "How many times the cross-sector coordination group met.", B::Neutral, G::Meetings, U::Count, ""},
    Entry{"arena_meeting_hours", "Hours in coordination-group meetings",
          "Working hours the members spent in the coordination group's meetings: its share of the meeting "
          "cost.",
          B::Lower, G::Meetings, U::Hours, ""},
    Entry{"arena_active", "Coordination group at work", "1 while the coordination group exists and meets.",
          B::Neutral, G::Meetings, U::Flag, "", W::Series},
    Entry{"action_items_lost", "Follow-ups that fell through",
          "Tasks agreed in the coordination group that were dropped because the person responsible was not "
          "at the meeting that followed them up.",
          B::Lower, G::Meetings, U::Count, ""},
    Entry{"decisions_contested", "Decisions the line did not accept",
          "Coordination-group decisions the line organisation did not accept and sent back up the line: a "
          "sign of a weak mandate.",
          B::Lower, G::Meetings, U::Count, ""},
    Entry{"innovations", "New ideas from meeting across sectors",
          "Unplanned improvements that came from people with different skills meeting regularly.", B::Higher,
          G::Meetings, U::Count, "", W::SummaryAndSeries},
    Entry{"innovations_meeting", "New ideas from coordination meetings",
          "Unplanned improvements that came from people meeting in the coordination group.", B::Higher,
          G::Meetings, U::Count, ""},
    Entry{"innovations_informal", "New ideas from everyday contacts",
          "Unplanned improvements that came from people working together outside the coordination group.",
          B::Higher, G::Meetings, U::Count, ""},

    // Initiatives and co-creation (models/mechanisms/initiatives.cpp, initiative_adoption.cpp).
    Entry{"initiatives_started", "Initiatives started",
          "Improvement projects across services that unit leaders or experienced staff started from their "
          "spare hours.",
          B::Neutral, G::Initiatives, U::Count, kInitiatives},
    Entry{"initiatives_adopted", "Initiatives taken up by the organisation",
          "Initiatives endorsed beyond the people who worked on them: by their own professional standing, by "
          "a line decision, or by the coordination group.",
          B::Higher, G::Initiatives, U::Count, kInitiatives},
    Entry{"initiatives_faded", "Initiatives that faded",
          "Initiatives that stopped without being taken up: the person driving them ran out of time, had no "
          "hours for them, or left.",
          B::Lower, G::Initiatives, U::Count, kInitiatives},
    Entry{"initiative_hours", "Hours spent on initiatives",
          "Working hours participants put into initiatives, taken from the same spare hours as cases and "
          "meetings.",
          B::Neutral, G::Initiatives, U::Hours, kInitiatives},
    Entry{
        "initiatives_adopted_professional", "Initiatives taken up on professional standing",
        "Initiatives endorsed because the people behind them are respected, experienced and well connected.",
        B::Neutral, G::Initiatives, U::Count, kInitiatives},
    Entry{"initiatives_adopted_line", "Initiatives taken up by a line decision",
          "Initiatives endorsed by a director or the leadership group.", B::Neutral, G::Initiatives, U::Count,
          kInitiatives},
    Entry{"initiatives_adopted_arena", "Initiatives taken up by the coordination group",
          "Initiatives endorsed on the coordination group's agenda.", B::Neutral, G::Initiatives, U::Count,
          kInitiatives},
    Entry{"initiative_spread_units", "Units reached by an adopted initiative",
          "Average number of units beyond the participants' own that took an adopted initiative into use: "
          "those where someone knows a participant well, and the coordination group's members' units when "
          "it endorsed it.",
          B::Higher, G::Initiatives, U::Count, kPerAdopted},
    Entry{"initiative_single_carrier_share", "Adopted initiatives resting on one person",
          "Share of adopted initiatives that reach no unit beyond the participants' own except through the "
          "person who started them.",
          B::Lower, G::Initiatives, U::Share, kPerAdopted},
    Entry{"co_creation_started", "Co-creation projects started",
          "Initiatives with citizens and volunteers started by unit leaders.", B::Neutral, G::Initiatives,
          U::Count, kInitiatives},
    Entry{"co_creation_blocked", "Co-creation projects not started for lack of room",
          "Times a unit leader wanted to start co-creation but the unit's budget margin or the leader's "
          "willingness to take risks did not allow it.",
          B::Lower, G::Initiatives, U::Count, kInitiatives},
    Entry{"co_creation_adopted", "Co-creation projects taken up",
          "Co-creation initiatives that were adopted.", B::Higher, G::Initiatives, U::Count, kInitiatives},
    Entry{"co_creation_spread_units", "Units reached by a co-creation project",
          "Average number of other units that took up an adopted co-creation initiative: only where its "
          "learning reached them.",
          B::Higher, G::Initiatives, U::Count,
          "Co-creation initiatives started after the warm-up and adopted; empty when none was adopted."},
};

constexpr std::array<Bookkeeping, 6> kBookkeeping = {{
    {"scenario", "the scenario's `name`"},
    {"replicate", "replicate number, from 0"},
    {"seed",
     "the replicate's random seed (derived from the scenario seed and the replicate number); in "
     "a sweep's `runs.csv` and `timeseries.csv` its 64 bits as a signed integer, so that it fits "
     "a 64-bit integer column: a negative value s stands for the seed s + 2^64"},
    {"point", "design point of a sweep (`runs.csv` only)"},
    {"agent_steps", "staff × simulated days: the amount of work simulated"},
    {"wall_seconds", "run time; the only column that differs between identical runs"},
}};

constexpr std::string_view kCases = "cases.csv";
constexpr std::string_view kPeople = "people.csv";
constexpr std::string_view kDay = "measured day";
constexpr std::string_view kFlag = "0 or 1";

constexpr std::array kRecordColumns = {
    RecordColumn{
        kCases, "case", "",
        "Case number within the replicate, warm-up cases included, in the order the cases were raised."},
    RecordColumn{kCases, "raised_day", kDay, "Day the case surfaced."},
    RecordColumn{
        kCases, "quadrant", "1–4",
        "Kind of case: 1 a sector's own task, 2 an own task needing another sector, 3 no clear owner, "
        "4 urgent without a clear owner (an instance of a broad problem); the q1_ … q4_ columns."},
    RecordColumn{kCases, "cross_sector", kFlag,
                 "1 when the case needs competence from outside the raiser's sector: the cases of "
                 "cross_sector_rmst_days and cross_sector_resolved_share."},
    RecordColumn{
        kCases, "crisis", kFlag,
        "1 when the case was raised while the crisis was active: the cases of the crisis_ columns; 0 "
        "throughout a run without a crisis."},
    RecordColumn{
        kCases, "route", "",
        "How the case was last routed: local, informal, line, arena or workaround; for a solved case "
        "the route that solved it (`resolved_<route>_share`). Empty for a case never routed (it waited "
        "for a coordinated answer or lay dormant throughout)."},
    RecordColumn{kCases, "resolved_day", kDay, "Day the case was solved; empty when it was not."},
    RecordColumn{kCases, "dropped_day", kDay, "Day the case was dropped; empty when it was not."},
    RecordColumn{kCases, "end_day", kDay,
                 "The run's last measured day (days − 1): a case with neither resolved_day nor dropped_day "
                 "was still open at its end."},
    RecordColumn{
        kCases, "drop_reason", "",
        "Why a dropped case was dropped: waiting_line, waiting_arena or waiting_answer (nobody moved it "
        "for issues.give_up_days while it waited for a decision in the line, at the arena or for a "
        "coordinated answer), unworked (its holder put no hour into it for as long), too_old (older "
        "than issues.max_age_days); the dropped_<reason> columns. Empty for a case not dropped."},
    RecordColumn{kCases, "unit", "", "The raiser's unit (`u<unit>` in networks/)."},
    RecordColumn{kCases, "sector", "", "The raiser's sector."},
    RecordColumn{kCases, "domain", "",
                 "The competence the case needs: 0, 1, … the sectors' own domains in the order of "
                 "sectors.csv, then the common domains (HR, IT, law, …; municipality.competence_domains)."},
    RecordColumn{kCases, "domain_sector", "",
                 "The sector whose competence the case needs; empty for a common domain."},
    RecordColumn{kCases, "problem", "",
                 "The broad problem a quadrant-4 case is an instance of, numbered in the order the problems "
                 "arose; empty for other cases."},
    RecordColumn{kCases, "raiser", "", "The person who raised the case: person in people.csv."},
    RecordColumn{kCases, "holder", "",
                 "The last person who held the work: who worked on it, the holder found for it, or the owner "
                 "of its follow-up; empty when nobody took it on."},
    RecordColumn{kCases, "holder_role", "",
                 "The holder's role: staff, unit_leader, sector_advisor, central_advisor, director, "
                 "municipal_director or communications; empty without a holder."},
    RecordColumn{kCases, "holder_sector", "", "The holder's sector; empty without a holder."},
    RecordColumn{kCases, "coordinated", kFlag,
                 "1 when the case was solved by a coordinated answer to its broad problem."},
    RecordColumn{
        kCases, "weak_signal", "",
        "For a case that lay dormant without an owner: early when it was noticed before it grew past "
        "issues.weak_signal_size, late after (weak_signals_early_share); empty when never noticed."},
    RecordColumn{kCases, "working_day", kDay,
                 "Day someone first started work on the case; empty when nobody did."},
    RecordColumn{kCases, "searching_day", kDay,
                 "Day a holder was first found for it (by informal search, a line head or the coordination "
                 "group), who takes it up a few days later; empty when never."},
    RecordColumn{kCases, "unit_leader_day", kDay,
                 "Day it was first escalated to the raiser's unit leader; empty when never."},
    RecordColumn{
        kCases, "director_day", kDay,
        "Day it first reached the queue of a line head (a director or the head of a line area); empty "
        "when never."},
    RecordColumn{kCases, "leadership_day", kDay,
                 "Day it first went to the leadership group; empty when never."},
    RecordColumn{kCases, "arena_day", kDay,
                 "Day it was first put on the coordination group's agenda; empty when never."},
    RecordColumn{kCases, "follow_up_day", kDay,
                 "Day the coordination group first decided it, an attendee owning the follow-up; empty when "
                 "never."},
    RecordColumn{kCases, "waiting_day", kDay,
                 "Day it first waited for a coordinated answer to its broad problem; empty when never."},
    RecordColumn{kCases, "dormant_day", kDay,
                 "Day it was first left dormant, owned by nobody; empty when never."},
    RecordColumn{kCases, "path", "",
                 "Every change of state in order, as state@day joined by >: working, searching, unit_leader, "
                 "director, leadership, arena, follow_up, waiting, dormant, done, dropped (e.g. "
                 "searching@3>working@5>done@9)."},

    RecordColumn{kPeople, "day", kDay,
                 "The day at whose end the row was taken: N − 1, 2N − 1, … with --record people every:N."},
    RecordColumn{
        kPeople, "person", "",
        "The post (`p<person>` in networks/; raiser and holder in cases.csv). A leaver's replacement "
        "takes over the post and its number; tenure_years starts again."},
    RecordColumn{kPeople, "role", "",
                 "staff, unit_leader, sector_advisor, central_advisor, director, municipal_director or "
                 "communications."},
    RecordColumn{kPeople, "sector", "", "Home sector."},
    RecordColumn{kPeople, "unit", "", "Home unit (`u<unit>` in networks/)."},
    RecordColumn{kPeople, "work_unit", "",
                 "The unit worked for that day: another than unit while lent to critical services."},
    RecordColumn{kPeople, "tenure_years", "years", "Years in the organisation that day."},
    RecordColumn{kPeople, "present", kFlag,
                 "1 at work that day, 0 absent (then the load and every hour worked are 0)."},
    RecordColumn{kPeople, "capacity_hours", "hours", "Working hours in the person's day."},
    RecordColumn{kPeople, "operational_load_hours", "hours",
                 "Operational work that fell to the person that day: their share of their unit's demand."},
    RecordColumn{kPeople, "coordination_hours", "hours", "Hours spent on cases and meetings that day."},
    RecordColumn{kPeople, "hours_worked", "hours",
                 "Operational hours worked (the load, up to the hours left after coordination; beyond "
                 "capacity only in a crisis, up to municipality.max_overtime) plus coordination hours."},
    RecordColumn{
        kPeople, "overtime_hours", "hours",
        "Hours worked beyond capacity_hours; summed over every person and measured day, summary.csv's "
        "overtime_hours."},
    RecordColumn{kPeople, "ties", "count",
                 "Working contacts that day: informal ties of weight at least network.present_threshold, "
                 "the network mean_constraint is measured on."},
    RecordColumn{
        kPeople, "constraint", "index",
        "Burt's constraint on those ties (docs/network-measures.md); on a day the network is measured, "
        "its mean over people is that day's mean_constraint. Empty for a person without ties."},
    RecordColumn{
        kPeople, "effective_size", "contacts",
        "Burt's effective size on those ties: contacts less their redundancy (networkx's definition). "
        "Empty for a person without ties."},
    RecordColumn{kPeople, "arena_member", kFlag,
                 "1 for the coordination group's members and chair while the group exists."},
};

}  // namespace

std::span<const RecordColumn> recordColumns() {
  return kRecordColumns;
}

std::span<const Entry> metricEntries() {
  return kEntries;
}

std::span<const Bookkeeping> bookkeepingColumns() {
  return kBookkeeping;
}

}  // namespace samsim::analysis::report::detail
