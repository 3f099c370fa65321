// Case and person records (records.hpp; docs/outputs.md "Case and person records"). Each value is
// read from the state the run already keeps: a case's record from the issue and the steps the life
// cycle recorded (issue_life_cycle.cpp), a person's from the workforce's daily state, the arena and
// the informal network. Nothing here draws a random number or writes to the World.
#include "models/outputs/records.hpp"

#include <algorithm>
#include <array>
#include <stdexcept>
#include <string_view>

#include <fmt/format.h>

#include "analysis/network/graph.hpp"
#include "analysis/network/structural_holes.hpp"
#include "models/mechanisms/mechanisms.hpp"
#include "models/outputs/network_export.hpp"
#include "models/outputs/outcome_book.hpp"

namespace samsim::models {
namespace {

using S = IssueState;

// States as the records name them (path, and the stage columns "<name>_day").
constexpr std::array<std::string_view, kIssueStates> kStateWords = {
    "raised", "working",   "searching", "unit_leader", "director", "leadership",
    "arena",  "follow_up", "waiting",   "dormant",     "done",     "dropped"};

// The states between raised and closed, each with the day the case first entered it.
constexpr std::array<S, 9> kStages = {S::Working, S::Searching,  S::UnitLeader, S::Director, S::Leadership,
                                      S::Arena,   S::ActionItem, S::Waiting,    S::Dormant};

// Route names as resolved_<route>_share names them (metrics.cpp), in the order of enum Route.
constexpr std::array<std::string_view, 5> kRoutes = {"local", "informal", "line", "arena", "workaround"};
// Drop reasons as dropped_<reason> names them (metrics.cpp), in the order of enum DropReason.
constexpr std::array<std::string_view, kDropReasons> kDropReasonWords = {
    "waiting_line", "waiting_arena", "waiting_answer", "unworked", "too_old"};

// The transitions that set a case's route (issue_life_cycle.cpp): before the first of them the
// route field holds its default, not a route taken.
bool setsRoute(S s) {
  return s == S::Working || s == S::Searching || s == S::UnitLeader || s == S::Arena || s == S::ActionItem;
}

const sim::Cell kEmpty{std::string()};

sim::Cell count(std::int64_t x) {
  return sim::Cell{x};
}

sim::Cell flag(bool x) {
  return sim::Cell{std::int64_t{x ? 1 : 0}};
}

sim::Cell text(std::string_view s) {
  return sim::Cell{std::string(s)};
}

// A day or a person, empty when negative (did not happen, nobody).
sim::Cell orEmpty(int x) {
  return x < 0 ? kEmpty : count(x);
}

// The steps of the cases from `first` on, grouped by case and in the order they happened.
struct StepsByCase {
  std::vector<std::size_t> start;  // case k's steps are steps[start[k] .. start[k+1])
  std::vector<IssueStep> steps;

  StepsByCase(const std::vector<IssueStep>& history, int first, std::size_t cases) : start(cases + 1, 0) {
    for (const IssueStep& s : history)
      if (s.issue >= first) ++start[static_cast<std::size_t>(s.issue - first) + 1];
    for (std::size_t k = 0; k < cases; ++k) start[k + 1] += start[k];
    steps.resize(start[cases]);
    std::vector<std::size_t> next(start.begin(), start.end() - 1);
    for (const IssueStep& s : history)
      if (s.issue >= first) steps[next[static_cast<std::size_t>(s.issue - first)]++] = s;
  }
};

std::vector<sim::Cell> caseRow(const World& w, const Issue& is, const IssueStep* begin,
                               const IssueStep* end) {
  const int from = w.measureFrom;
  std::array<int, kIssueStates> entered{};
  entered.fill(-1);
  bool routed = false;
  std::string path;
  for (const IssueStep* s = begin; s != end; ++s) {
    const auto to = static_cast<std::size_t>(s->to);
    if (entered[to] < 0) entered[to] = s->day - from;
    routed = routed || setsRoute(s->to);
    path += fmt::format("{}{}@{}", path.empty() ? "" : ">", kStateWords[to], s->day - from);
  }
  const Agents& a = w.agents;
  const auto holder = static_cast<std::size_t>(std::max(is.worker, 0));
  const bool held = is.worker >= 0;
  std::vector<sim::Cell> row{
      count(is.id),
      count(is.arrival - from),
      count(is.quadrant),
      flag(is.cross),
      flag(raisedInCrisis(w, is)),
      routed ? text(kRoutes[static_cast<std::size_t>(is.route)]) : kEmpty,
      is.state == S::Done ? count(is.closedDay - from) : kEmpty,
      is.state == S::Dropped ? count(is.closedDay - from) : kEmpty,
      count(w.day - from),
      is.state == S::Dropped ? text(kDropReasonWords[static_cast<std::size_t>(is.dropReason)]) : kEmpty,
      count(is.unit),
      text(w.sectorList[is.sector].name),
      count(is.domain),
      is.domain < w.sectors ? text(w.sectorList[is.domain].name) : kEmpty,
      orEmpty(is.problem),
      count(is.raiser),
      orEmpty(is.worker),
      held ? text(roleName(a.role[holder])) : kEmpty,
      held ? text(w.sectorList[a.sector[holder]].name) : kEmpty,
      flag(is.coordinated),
      is.noticed ? text(is.early ? "early" : "late") : kEmpty,
  };
  for (S stage : kStages) row.push_back(orEmpty(entered[static_cast<std::size_t>(stage)]));
  row.push_back(text(path));
  return row;
}

}  // namespace

const std::vector<std::string>& caseColumns() {
  static const std::vector<std::string> kColumns = [] {
    std::vector<std::string> c{"case",       "raised_day",   "quadrant",    "cross_sector",  "crisis",
                               "route",      "resolved_day", "dropped_day", "end_day",       "drop_reason",
                               "unit",       "sector",       "domain",      "domain_sector", "problem",
                               "raiser",     "holder",       "holder_role", "holder_sector", "coordinated",
                               "weak_signal"};
    for (S stage : kStages) c.push_back(std::string(kStateWords[static_cast<std::size_t>(stage)]) + "_day");
    c.emplace_back("path");
    return c;
  }();
  return kColumns;
}

const std::vector<std::string>& peopleColumns() {
  static const std::vector<std::string> kColumns{"day",
                                                 "person",
                                                 "role",
                                                 "sector",
                                                 "unit",
                                                 "work_unit",
                                                 "tenure_years",
                                                 "present",
                                                 "capacity_hours",
                                                 "operational_load_hours",
                                                 "coordination_hours",
                                                 "hours_worked",
                                                 "overtime_hours",
                                                 "ties",
                                                 "constraint",
                                                 "effective_size",
                                                 "arena_member"};
  return kColumns;
}

sim::CsvRows caseRecords(const World& w) {
  if (!w.issues.keepHistory)
    throw std::logic_error("case records need the issue book's history (IssueBook::keepHistory)");
  sim::CsvRows rows(caseColumns());
  const auto& all = w.issues.all;
  // Issue ids follow arrival, so the outcome book is a suffix of the list (outcome_book.cpp).
  const auto first =
      std::partition_point(all.begin(), all.end(), [&](const Issue& is) { return !inBook(w, is); });
  const auto firstId = static_cast<int>(first - all.begin());
  const StepsByCase byCase(w.issues.history, firstId, static_cast<std::size_t>(all.end() - first));
  for (auto it = first; it != all.end(); ++it) {
    const auto k = static_cast<std::size_t>(it - first);
    const IssueStep* steps = byCase.steps.data();
    rows.add(caseRow(w, *it, steps + byCase.start[k], steps + byCase.start[k + 1]));
  }
  return rows;
}

void recordPeople(const World& w, sim::CsvRows& rows) {
  const Agents& a = w.agents;
  const int N = a.size();
  // The working ties of the day, as mean_constraint measures them (network_measures.cpp).
  const double present = w.sc().measurement.presentThreshold;
  std::vector<analysis::Edge> edges;
  for (int i = 0; i < N; ++i) {
    const TieSlot* row = w.ties.row(i);
    for (int k = 0; k < w.ties.slots(); ++k) {
      if (row[k].other <= i) continue;
      const double x = w.ties.weightOf(row[k], w.day);
      if (x >= present) edges.push_back({i, row[k].other, x});
    }
  }
  const auto burt = analysis::burtMeasures(analysis::Graph::fromEdges(N, edges, false));
  const auto& isMember = w.hub.isMember;
  const int day = w.day - w.measureFrom;
  for (int i = 0; i < N; ++i) {
    const auto ui = static_cast<std::size_t>(i);
    const double worked = operationalHoursWorked(w, a, w.crisis, i) + a.coord[ui];
    const bool member = w.hub.active && ((ui < isMember.size() && isMember[ui] != 0) || i == w.hub.chair);
    rows.add({count(day), count(i), text(roleName(a.role[ui])), text(w.sectorList[a.sector[ui]].name),
              count(a.unit[ui]), count(a.workUnit[ui]), sim::Cell{tenureNow(w, a, i)},
              flag(a.present[ui] != 0), sim::Cell{a.capacity[ui]}, sim::Cell{a.opLoad[ui]},
              sim::Cell{a.coord[ui]}, sim::Cell{worked}, sim::Cell{std::max(0.0, worked - a.capacity[ui])},
              count(burt[ui].degree), sim::Cell{burt[ui].constraint}, sim::Cell{burt[ui].effectiveSize},
              flag(member)});
  }
}

}  // namespace samsim::models
