#pragma once
// Issues (saker) and the broad problems they can be instances of. Quadrants follow 000 Fig. 5:
// 1 a sector's core task; 2 core task needing others, owner clear; 3 unclear owner, not urgent
// (falls between chairs and grows); 4 unclear owner, urgent and broad (the pandemic type).
#include <cstdint>
#include <vector>

#include "models/state/agenda.hpp"

namespace samsim::models {

enum class IssueState : std::uint8_t {
  Raised,      // just raised, not yet routed
  Working,     // a worker spends hours on it
  Searching,   // informal search under way; worker found, starts at readyDay
  UnitLeader,  // escalated, reaches the director at readyDay
  Director,    // in a director's queue
  Leadership,  // on the leadership group's agenda
  Arena,       // on the coordination arena's agenda
  ActionItem,  // decided in the arena; an attendee owns the follow-up
  Waiting,     // instance of a broad problem waiting for a coordinated answer
  Dormant,     // quadrant 3, unattended, growing (000 §5.2 weak signals)
  Done,
  Dropped
};
inline constexpr int kIssueStates = 12;

enum class Route : std::uint8_t { Local, Informal, Line, Arena, Workaround };

// Why a case was dropped (models/mechanisms/giving_up.cpp): it waited too long for a decision in the
// line or at the arena, or for a coordinated answer; its holder never put an hour into it; or it
// outlived issues.max_age_days.
enum class DropReason : std::uint8_t { WaitingLine, WaitingArena, WaitingAnswer, Unworked, TooOld };
inline constexpr int kDropReasons = 5;

struct Issue {
  std::int32_t id = 0;
  std::int32_t arrival = 0;
  std::int32_t unit = 0;
  std::int32_t raiser = 0;
  std::int32_t problem = -1;  // broad problem this is an instance of
  std::int32_t worker = -1;
  std::int32_t helper = -1;
  std::int32_t owner = -1;        // action-item owner
  std::int32_t committedTo = -1;  // whose committed hours hold `remaining` (worker or owner)
  std::int32_t readyDay = 0;
  std::int32_t missed = 0;       // arena meetings the owner missed
  std::int32_t closedDay = -1;   // day resolved or dropped
  std::int32_t since = 0;        // start of the give-up clock: raised, noticed, taken on or handed back
                                 // to waiting (issue_life_cycle.cpp step)
  std::int32_t lastWorked = -1;  // last day someone put an hour into it; -1 never
  std::uint8_t quadrant = 1;
  std::uint8_t domain = 0;
  std::uint8_t sector = 0;
  bool cross = false;        // needs competence from another sector
  bool coordinated = false;  // resolved by a coordinated answer
  bool early = false;        // quadrant 3 caught before it grew past the weak-signal size
  bool noticed = false;
  IssueState state = IssueState::Raised;
  Route route = Route::Local;
  DropReason dropReason = DropReason::TooOld;  // why it was dropped; meaningful once Dropped
  double remaining = 0.0;                      // work hours left
  double size = 1.0;                           // quadrant 3 grows while unattended
  QueuePlace queued;                           // the queue or agenda it waits in (issue_life_cycle.cpp)
};

struct BroadProblem {
  std::int32_t arrival = 0;
  std::uint8_t domain = 0;
  bool coordinated = false;  // a coordinated answer exists
  bool onArena = false;
  bool onLeadership = false;
  Route route = Route::Line;   // how the coordinated answer came about
  std::int32_t solutions = 0;  // separate solutions produced (1 coordinated + local workarounds)
  std::vector<std::int32_t> instances;
  AgendaSet waitsOn;  // the agendas it waits on (issue_life_cycle.cpp)
};

// Implementation of a coordinated answer to a broad problem: an owner does the central work, then
// every instance gets the answer (issue_progress.cpp).
struct ProblemTask {
  int problem = -1;
  int owner = -1;
  double remaining = 0.0;
  bool arenaItem = false;  // owned by an arena attendee: can be lost (000 §6.3)
  int missed = 0;
  bool done = false;
};

// One step of an issue's life cycle (issue_life_cycle.cpp), as recorded when asked for.
struct IssueStep {
  std::int32_t issue = -1;
  std::int32_t day = 0;
  IssueState from = IssueState::Raised;
  IssueState to = IssueState::Raised;
};

struct IssueBook {
  std::vector<Issue> all;
  std::vector<IssueId> open;  // issues not Done/Dropped, in arrival order
  std::vector<BroadProblem> problems;
  // Pending broad-problem instances: (day, unit, problem), surfacing over the spread window.
  struct Pending {
    std::int32_t day, unit, problem;
  };
  std::vector<Pending> pending;
  std::vector<ProblemTask> tasks;  // coordinated answers being worked out (issue_progress.cpp)
  // Where open issues and broad problems wait: the line heads' queues, the leadership group's and
  // the arena's agendas, the liaison's advice, the arena's follow-ups (agenda.hpp). Only the life
  // cycle puts items in and takes them out.
  Queues queues;
  // Every life-cycle step, in order, when keepHistory is set (tests, and runs that record cases:
  // output.record_cases, outputs/records.cpp; otherwise off, as it grows with every issue).
  bool keepHistory = false;
  std::vector<IssueStep> history;
};

inline bool isClosed(IssueState s) {
  return s == IssueState::Done || s == IssueState::Dropped;
}

}  // namespace samsim::models
