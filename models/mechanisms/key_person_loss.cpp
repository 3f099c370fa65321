// Key-person loss (docs/ODD.md "Key-person loss"; 000 §5.3, §6.3): the crisis showed how much rests
// on a few people with in-between competence. On measured day events.key_person_loss.day, the
// events.key_person_loss.count top brokers leave at once.
// - Ranking: the number of cross-sector trusted ties (weight >= network.trust_threshold), the
//   bridging weight of analysis::bridgingConcentration on the same binary bridge graph that
//   network_measures.cpp measures; ties go to the lower agent index. Agents without any
//   cross-sector trusted tie are no brokers: if fewer than `count` agents have one, only they
//   leave. The network just after (leavers' ties gone, before their successors form any) is
//   analysis::sectorSummary's withoutTopBrokers for the same k.
// - What they held: arena action items (issues and broad-problem tasks owned as an arena attendee)
//   go back — to the arena's agenda while it sits, otherwise to the line — because they rested on
//   the person (000 §6.3). Work of the post (issues being worked on, line-decided tasks) passes to
//   the successor in the post, who starts it with no ties and no structural knowledge.
// - Arena seats: a member's seat goes to the best candidate of the seat's sector by the arena's
//   own selection rule (hub.selection), ranked after the successors arrived, who is not yet a
//   member (under "role", the post's successor); a chair who leaves is replaced the same way. A
//   flexible arena also re-ranks the candidates it picks attendees from.
// - Successors: turnover.cpp's replaceAgent — tenure 0, structural knowledge of a newcomer, ties
//   by the formation rules only (an internal move with network.internal_move_share).
#include <algorithm>
#include <utility>
#include <vector>

#include "analysis/network/graph.hpp"
#include "analysis/network/sector_summary.hpp"
#include "models/mechanisms/arena.hpp"
#include "models/mechanisms/mechanisms.hpp"
#include "models/state/issue_life_cycle.hpp"

namespace samsim::models {
namespace {

// Trusted cross-sector ties, unit weight (network_measures.cpp's bridge graph).
analysis::Graph bridgeGraph(const RunContext& now, const Workforce& wf, const InformalNetwork& ties) {
  const double thr = now.sc().network.trustThreshold;
  std::vector<analysis::Edge> bridges;
  for (int i = 0; i < wf.agents.size(); ++i) {
    const TieSlot* row = ties.row(i);
    for (int k = 0; k < ties.slots(); ++k) {
      const int j = row[k].other;
      if (j <= i || ties.weightOf(row[k], now.day) < thr) continue;
      if (wf.agents.sector[static_cast<std::size_t>(i)] != wf.agents.sector[static_cast<std::size_t>(j)])
        bridges.push_back({i, j, 1.0});
    }
  }
  return analysis::Graph::fromEdges(wf.agents.size(), bridges, false);
}

std::vector<int> sectorsOf(const Workforce& wf) {
  return {wf.agents.sector.begin(), wf.agents.sector.end()};
}

void returnItems(StepView& v, const std::vector<char>& left) {
  auto gone = [&](int id) { return id >= 0 && left[static_cast<std::size_t>(id)] != 0; };
  const bool sitting = arenaActive(std::as_const(v).hub());
  IssueBook& issues = v.issues();
  KeyPersonLossState& k = v.keyLoss();
  auto& followUps = issues.queues.followUps;
  for (std::size_t i = 0; i < followUps.size();) {
    const AgendaItem item = followUps[i];
    Issue& is = issues.all[item.issue().index()];
    if (!gone(is.owner)) {
      ++i;
      continue;
    }
    ++k.itemsReturned;
    is.owner = -1;
    takeOff(v, QueueKind::FollowUps, item);
    if (sitting)
      putOnArenaAgenda(v, is, is.route);
    else
      escalate(v, is);
  }
  for (ProblemTask& t : issues.tasks) {
    if (!t.arenaItem || t.done || !gone(t.owner)) continue;
    ++k.itemsReturned;
    t.done = true;
    const ProblemId problem{t.problem};
    if (sitting) {
      problemToArena(v, problem);
    } else {
      issues.problems[problem.index()].onArena = false;
      problemToLeadership(v, problem);
    }
  }
  std::erase_if(issues.tasks, [&](const ProblemTask& t) {
    return t.done && !issues.problems[static_cast<std::size_t>(t.problem)].coordinated;
  });
}

// After the successors have arrived: the arena's rule picks whoever now ranks best.
void refillSeats(StepView& v, const std::vector<char>& left) {
  HubState& h = v.hub();
  if (!h.active) return;
  const StepView& r = v;
  const Workforce& wf = r.workforce();
  h.ranked = rankedCandidates(v.now(), wf, r.ties());
  for (int& m : h.members) {
    if (left[static_cast<std::size_t>(m)] == 0) continue;
    const int old = m;
    h.isMember[static_cast<std::size_t>(old)] = 0;
    // The first non-member by the rule; under hub.selection "role" that is the post's successor.
    const auto& list = h.ranked[static_cast<std::size_t>(wf.agents.affiliation[static_cast<std::size_t>(m)])];
    const auto next = std::find_if(list.begin(), list.end(),
                                   [&](int id) { return h.isMember[static_cast<std::size_t>(id)] == 0; });
    m = next == list.end() ? old : *next;
    h.isMember[static_cast<std::size_t>(m)] = 1;
    ++v.keyLoss().seatsRefilled;
    if (h.chair == old) h.chair = m;
  }
}

}  // namespace

std::vector<int> topBrokers(const RunContext& now, const Workforce& wf, const InformalNetwork& ties,
                            int count) {
  if (count <= 0) return {};
  const auto group = sectorsOf(wf);
  return analysis::bridgingConcentration(bridgeGraph(now, wf, ties), group, count).topBrokers;
}

void loseKeyPersons(StepView& v, const std::vector<int>& leavers) {
  std::vector<char> left(static_cast<std::size_t>(std::as_const(v).agents().size()), 0);
  for (int id : leavers) left[static_cast<std::size_t>(id)] = 1;
  returnItems(v, left);
  for (int id : leavers) {
    auto rng = v.stream(sim::purpose("key-person-loss"), static_cast<std::uint64_t>(id));
    replaceAgent(v.now(), v.workforce(), std::as_const(v).line(), v.ties(), id, rng);
  }
  refillSeats(v, left);
}

void keyPersonLoss(StepView& v) {
  const StepView& r = v;
  const auto& e = v.sc().events.keyPersonLoss;
  KeyPersonLossState& k = v.keyLoss();
  if (e.count <= 0 || v.day() != v.now().measureFrom + e.day || k.day >= 0) return;
  k.day = v.day();
  const Workforce& wf = r.workforce();
  NetworkSnapshot& network = v.network();
  std::vector<double>& sectorPairTies = v.sectorPairTies();
  measureNetwork(v.now(), wf, r.ties(), network, sectorPairTies);
  k.before = network;
  const auto group = sectorsOf(wf);
  const analysis::SectorSummary s =
      analysis::sectorSummary(bridgeGraph(v.now(), wf, r.ties()), group, wf.sectors, e.count);
  k.leavers = s.bridging.topBrokers;
  loseKeyPersons(v, k.leavers);
  measureNetwork(v.now(), wf, r.ties(), network, sectorPairTies);
  k.after = network;
  // The bridges as the leavers leave them: their ties gone, their successors' not yet formed.
  k.after.crossDensity = s.withoutTopBrokers.crossGroupTieDensity;
  k.after.pairsWithoutBridge = static_cast<int>(s.withoutTopBrokers.pairsWithoutBridge.size());
}

}  // namespace samsim::models
