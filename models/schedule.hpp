#pragma once
// The working day as a table of steps (docs/ODD.md §3 is generated from it): each step has a
// name, the function it runs, when it runs (every day, a meeting day of the arena or of the
// leadership group, an event's day) and the parts of the World it reads and writes. The warm-up,
// the measured days (municipality_model.cpp) and the tests (runDay) all step through this table.
//
// A step receives a StepView, never the World: the view hands out the parts the step declared, and
// converts to the issue life cycle's ledger. With checking on (a debug build, or a test that asks
// for it) a step that touches a part it did not declare throws std::logic_error: the const
// accessor needs the part among the step's reads or writes, the mutable accessor among its writes.
// A mechanism reads a part it does not write through the const view (`const StepView& r = v;`).
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "models/state/issue_life_cycle.hpp"
#include "models/state/world.hpp"
#include "sim/part_set.hpp"

namespace samsim::models {

// The parts of the World a step may touch (world.hpp). The run context (scenario, seed, day,
// streams) is no part: every step reads it.
enum class Part : std::uint8_t {
  Workforce,      // people, units, sectors, today's hours (workforce.hpp)
  Ties,           // the informal network (informal_network.hpp)
  Issues,         // the issue book and broad problems (issue.hpp)
  Hub,            // the coordination arena (arena_state.hpp)
  Line,           // the line's queues and leadership agenda (line_state.hpp)
  Crisis,         // regime and phase (crisis_state.hpp)
  Redeployment,   // staff moved to critical services (crisis_state.hpp)
  Counters,       // what is counted (outcome_counters.hpp)
  Network,        // the last network measures and sector-pair ties
  Load,           // operational demand and hours per unit today
  KeyPersonLoss,  // events.key_person_loss
  Initiatives,    // initiatives and co-creation (initiative.hpp)
};
inline constexpr int kPartCount = 12;
[[nodiscard]] std::string_view partName(Part part);

// The bodies that meet on a working day of the week: the arena (hub.cadence_days,
// hub.meeting_weekday) and the leadership group (line.leadership_cadence_days,
// line.leadership_weekday). The one rule of "meets today" (sim/weekday.hpp).
enum class Body : std::uint8_t { Arena, LeadershipGroup };
[[nodiscard]] bool meetsToday(const RunContext& now, Body body);

enum class When : std::uint8_t {
  EveryDay,
  ArenaMeets,       // meeting day of the arena (whether an arena exists is the step's own test)
  LeadershipMeets,  // meeting day of the leadership group
  EventDay,         // the day of a scenario event (Step::eventToday)
};

class StepView;

struct Step {
  std::string_view name;
  When when = When::EveryDay;
  sim::PartSet reads;   // parts read and not written
  sim::PartSet writes;  // parts written (and perhaps read)
  void (*run)(StepView&) = nullptr;
  std::string_view doc;                             // one line in docs/ODD.md §3
  bool (*eventToday)(const RunContext&) = nullptr;  // When::EventDay only
  bool arrivals = false;  // raises random issues: runDay(…, arrivals = false) skips it
};

// The steps of one working day, in order.
[[nodiscard]] const std::vector<Step>& daySteps();
// The step of the day called `name`; std::out_of_range when there is none.
[[nodiscard]] const Step& dayStep(std::string_view name);
[[nodiscard]] bool dueToday(const Step& step, const RunContext& now);

#ifdef NDEBUG
inline constexpr bool kCheckDeclaredParts = false;
#else
inline constexpr bool kCheckDeclaredParts = true;
#endif

// The parts a step touched, through the const accessors (reads) and the mutable ones (writes): a
// test compares them with what the step declares (tests/models/schedule_test.cpp).
struct TouchedParts {
  sim::PartSet reads;
  sim::PartSet writes;
};

class StepView {
 public:
  StepView(World& w, const Step& step, bool check = kCheckDeclaredParts, TouchedParts* touched = nullptr)
      : m_w(w), m_step(step), m_check(check), m_touched(touched) {}

  // The run context: scenario, seed, day, streams.
  [[nodiscard]] const RunContext& now() const { return m_w; }
  [[nodiscard]] const Scenario& sc() const { return m_w.sc(); }
  [[nodiscard]] int day() const { return m_w.day; }
  [[nodiscard]] sim::RandomStream stream(std::uint64_t purposeId, std::uint64_t entity = 0) const {
    return m_w.stream(purposeId, entity);
  }
  [[nodiscard]] const Step& step() const { return m_step; }

  // NOLINTBEGIN(bugprone-macro-parentheses): `Type` names a type, which parentheses would break
#define SAMSIM_VIEW_PART(accessor, Type, part, member) \
  [[nodiscard]] const Type& accessor() const {         \
    touch(part, false);                                \
    return member;                                     \
  }                                                    \
  [[nodiscard]] Type& accessor() {                     \
    touch(part, true);                                 \
    return member;                                     \
  }
  SAMSIM_VIEW_PART(workforce, Workforce, Part::Workforce, static_cast<Workforce&>(m_w))
  SAMSIM_VIEW_PART(agents, Agents, Part::Workforce, m_w.agents)
  SAMSIM_VIEW_PART(ties, InformalNetwork, Part::Ties, m_w.ties)
  SAMSIM_VIEW_PART(issues, IssueBook, Part::Issues, m_w.issues)
  SAMSIM_VIEW_PART(hub, HubState, Part::Hub, m_w.hub)
  SAMSIM_VIEW_PART(line, LineState, Part::Line, m_w.line)
  SAMSIM_VIEW_PART(crisis, CrisisState, Part::Crisis, m_w.crisis)
  SAMSIM_VIEW_PART(redeploy, RedeploymentState, Part::Redeployment, m_w.redeploy)
  SAMSIM_VIEW_PART(counters, Counters, Part::Counters, m_w.counters)
  SAMSIM_VIEW_PART(network, NetworkSnapshot, Part::Network, m_w.network)
  SAMSIM_VIEW_PART(sectorPairTies, std::vector<double>, Part::Network, m_w.sectorPairTies)
  SAMSIM_VIEW_PART(load, UnitLoad, Part::Load, m_w.load)
  SAMSIM_VIEW_PART(keyLoss, KeyPersonLossState, Part::KeyPersonLoss, m_w.keyLoss)
  SAMSIM_VIEW_PART(initiatives, InitiativeState, Part::Initiatives, m_w.initiatives)
#undef SAMSIM_VIEW_PART
  // NOLINTEND(bugprone-macro-parentheses)

  // The issue life cycle (issue_life_cycle.hpp) on the run context, the agents, the issue book and
  // the counters: a step that moves an issue declares workforce, issues and counters among its
  // writes.
  operator IssueLedger() {
    return {now(), agents(), issues(), counters()};
  }

 private:
  void touch(Part part, bool write) const {
    if (m_check && !(write ? m_step.writes : m_step.reads | m_step.writes).contains(part))
      undeclared(part, write);
    if (m_touched != nullptr) {
      sim::PartSet& set = write ? m_touched->writes : m_touched->reads;
      set = set | sim::PartSet{part};
    }
  }
  [[noreturn]] void undeclared(Part part, bool write) const;

  World& m_w;
  const Step& m_step;
  bool m_check;
  TouchedParts* m_touched;
};

// Runs one step on the World (whatever its timing); `touched`, when given, collects the parts it
// touched.
void runStep(World& w, const Step& step, bool check = kCheckDeclaredParts, TouchedParts* touched = nullptr);
// One working day: the steps due on `day`, in the table's order. Without arrivals, the steps that
// raise random issues are skipped (tests raise their own).
void runDay(World& w, int day, bool arrivals = true, bool check = kCheckDeclaredParts);

// docs/ODD.md §3's schedule: a Markdown table of the steps (scripts/odd-schedule.sh writes it
// between the document's schedule markers; tests/models/odd_doc_test.cpp keeps them equal).
[[nodiscard]] std::string scheduleMarkdown();

}  // namespace samsim::models
