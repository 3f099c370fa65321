#pragma once
// Helpers for hand-computed cases: a World built by makeWorld from tests/models/fixtures/tiny.yaml
// whose informal network and competences are cleared so that each test sets exactly what it needs.
#include <string>
#include <string_view>
#include <vector>

#include "models/make_world.hpp"
#include "models/mechanisms/mechanisms.hpp"
#include "models/organisation/organisation.hpp"
#include "models/scenario/scenario.hpp"
#include "models/schedule.hpp"

namespace samsim::models::test {

struct Tiny {
  Scenario scenario;
  World w;
  // No warm-up and no pre-history of the network (a test's overrides may set them).
  explicit Tiny(const std::vector<std::string>& overrides = {}) {
    std::vector<std::string> o = {"warmup_days=0", "network.prehistory_days=0"};
    o.insert(o.end(), overrides.begin(), overrides.end());
    scenario = loadScenario("tests/models/fixtures/tiny.yaml", o);
    w = makeWorld(scenario, 1);
    w.ties.init(w.agents.size(), scenario.network.maxTies, scenario.network.halfLifeDays);
    w.agents.competence.setZero();
    for (auto& k : w.agents.knowledge) k = 1.0;
  }
  // The life cycle on this World, for a test that moves an issue by hand.
  IssueLedger ledger() { return {w, w.agents, w.issues, w.counters}; }
  // The World as step `name` of the day sees it, checked: a test that calls a mechanism of the
  // step directly holds it to the step's declared parts.
  StepView view(std::string_view name) { return {w, dayStep(name), true}; }
  // Runs step `name` of the day whatever its timing, checked.
  void run(std::string_view name) { runStep(w, dayStep(name), true); }
  // Routes a new issue as the day's arrivals do.
  void route(Issue& is) {
    StepView v = view("arrivals");
    routeIssue(v, is);
  }
  // First line staff member of a sector.
  int staffIn(int sector) const {
    for (int i = 0; i < w.agents.size(); ++i)
      if (w.agents.sector[static_cast<std::size_t>(i)] == sector &&
          w.agents.role[static_cast<std::size_t>(i)] == Role::Staff)
        return i;
    return -1;
  }
  Issue& raise(int quadrant, int raiser, int domain, double hours) {
    Issue& is = newIssue(w, w, w.issues, w.counters, quadrant, raiser, domain);
    is.remaining = hours;
    return is;
  }
  // An issue brought into a queue by the life cycle's own steps (the state and the queue agree).
  Issue& inHeadQueue(Issue& is, int area) {
    escalateToUnitLeader(ledger(), is, w.day);
    putInHeadQueue(ledger(), is, area, 0);
    return is;
  }
  Issue& onLeadershipAgenda(Issue& is, Route route, bool viaLiaison = false) {
    inHeadQueue(is, 0);
    takeOff(ledger(), QueueKind::Head, AgendaItem::of(IssueId{is.id}));
    if (viaLiaison)
      carryToLeadership(ledger(), is);
    else
      putOnLeadershipAgenda(ledger(), is);
    is.route = route;
    return is;
  }
  Issue& asFollowUp(Issue& is, int owner) {
    putOnArenaAgenda(ledger(), is, Route::Arena);
    takeOff(ledger(), QueueKind::Arena, AgendaItem::of(IssueId{is.id}));
    assignFollowUp(ledger(), is, PersonId{owner}, Route::Arena, is.remaining);
    return is;
  }
  // Runs days [from, to] without random arrivals; returns the day the issue closed or -1.
  int runUntilClosed(int id, int from, int to) {
    for (int d = from; d <= to; ++d) {
      runDay(w, d, false);
      if (isClosed(w.issues.all[static_cast<std::size_t>(id)].state)) return d;
    }
    return -1;
  }
};

}  // namespace samsim::models::test
