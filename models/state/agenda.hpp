#pragma once
// What waits in a queue or on an agenda (docs/ODD.md §7, "Issue life cycle"): an issue, a broad
// problem, or — in a scale model — an item of a line area's unsimulated units (a phantom item,
// line.cpp). An item says what it is (its kind) and which one (its id); no number stands for a
// kind. The queues themselves belong to the issue life cycle (issue_life_cycle.hpp): only its
// transitions put items in and take them out, and an item that moves on elsewhere (answered,
// dropped, handed on) leaves the queue it sat in at once, so a reader sees only items that wait.
#include <cstdint>
#include <stdexcept>
#include <vector>

#include "models/state/ids.hpp"

namespace samsim::models {

enum class ItemKind : std::uint8_t { Issue, Problem, Phantom };

class AgendaItem {
 public:
  static AgendaItem of(IssueId id) { return {ItemKind::Issue, id.value()}; }
  static AgendaItem of(ProblemId id) { return {ItemKind::Problem, id.value()}; }
  static AgendaItem phantom() { return {ItemKind::Phantom, -1}; }

  [[nodiscard]] ItemKind kind() const { return m_kind; }
  [[nodiscard]] bool isIssue() const { return m_kind == ItemKind::Issue; }
  [[nodiscard]] bool isProblem() const { return m_kind == ItemKind::Problem; }
  [[nodiscard]] bool isPhantom() const { return m_kind == ItemKind::Phantom; }
  [[nodiscard]] IssueId issue() const {
    if (!isIssue()) throw std::logic_error("agenda item is not an issue");
    return IssueId{m_id};
  }
  [[nodiscard]] ProblemId problem() const {
    if (!isProblem()) throw std::logic_error("agenda item is not a broad problem");
    return ProblemId{m_id};
  }
  // The same item (what it is and which one); how long it has waited is not compared.
  bool operator==(const AgendaItem& o) const { return m_kind == o.m_kind && m_id == o.m_id; }

  // Meetings at which the item was not reached (the arena's agenda, the leadership group's).
  std::int32_t waited = 0;

 private:
  AgendaItem(ItemKind kind, std::int32_t id) : m_kind(kind), m_id(id) {}
  ItemKind m_kind;
  std::int32_t m_id;
};

// The queues and agendas an item can wait in.
enum class QueueKind : std::uint8_t {
  None,        // not queued
  Head,        // a line head's queue (per line area): passed up by unit leaders
  Delegated,   // a line head's delegated items (per line area): delegated by the leadership group
  Leadership,  // the leadership group's agenda
  Liaison,     // advice the arena's liaison carries to the leadership group
  Arena,       // the coordination arena's agenda
  FollowUps    // follow-ups decided in the arena, owned by an attendee
};

// Where an issue or a broad problem waits: which queue, and for a line head's queues which area.
struct QueuePlace {
  QueueKind kind = QueueKind::None;
  std::int32_t area = -1;
  bool operator==(const QueuePlace&) const = default;
};

// The agendas a broad problem waits on, one flag per QueueKind. Unlike an issue, a problem can wait
// on several at once — on the arena's agenda (brought by an instance whose raiser knows the arena)
// and on the leadership group's (carried up the line by an instance whose raiser did not) — but on
// each at most once; whichever reaches it first decides it.
struct AgendaSet {
  std::uint8_t flags = 0;
  [[nodiscard]] bool has(QueueKind k) const { return (flags & bit(k)) != 0; }
  void add(QueueKind k) { flags = static_cast<std::uint8_t>(flags | bit(k)); }
  void remove(QueueKind k) { flags = static_cast<std::uint8_t>(flags & ~bit(k)); }
  [[nodiscard]] bool empty() const { return flags == 0; }

 private:
  static constexpr unsigned bit(QueueKind k) { return 1U << static_cast<unsigned>(k); }
};

struct Queues {
  std::vector<std::vector<AgendaItem>> head;       // per line area
  std::vector<std::vector<AgendaItem>> delegated;  // per line area
  std::vector<AgendaItem> leadership;              // urgent broad problems first when served
  std::vector<AgendaItem> liaison;
  std::vector<AgendaItem> arena;
  std::vector<AgendaItem> followUps;

  // The queue at `place` (a line head's queues are made for an area when first used).
  std::vector<AgendaItem>& at(QueuePlace place);
  // Items waiting at `place` (0 for an area whose queues were never used).
  [[nodiscard]] std::size_t count(QueuePlace place) const;
};

}  // namespace samsim::models
