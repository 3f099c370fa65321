// The order of one working day (ODD "Process overview and scheduling"). Kept in one function so
// that tests step tiny organisations through exactly the same sequence as a full run.
#include "models/mechanisms/mechanisms.hpp"
#include "sim/clock.hpp"

namespace samsim::models {

void runDay(World& w, int day, bool arrivals) {
  const Scenario& s = w.sc();
  w.day = day;
  updateCrisis(w, w.crisis);
  updateArenaFormation(w);
  staffTurnover(w, w, w.line, w.ties);
  keyPersonLoss(w);
  runRedeployment(w, w, w.crisis, w.load, w.redeploy, w.counters);
  beginWorkday(w, w, w.crisis, w.line, w.load);
  if (arrivals) arriveIssues(w);
  if (day % s.hub.cadenceDays == 0) runArenaMeeting(w);
  runDirectors(w);
  if (day % s.line.leadershipCadenceDays == s.line.leadershipCadenceDays - 1) runLeadershipMeeting(w);
  advanceTasks(w);
  workInitiatives(w, w, w.ties, w.hub, w.initiatives);
  advanceIssues(w);
  pursueIdeas(w, w, w.ties, w.hub, w.counters);
  startInitiatives(w, w, w.ties, w.load, w.initiatives);
  endWorkday(w, w, w.crisis, w.hub, w.load, w.counters);
  workContacts(w, w, w.ties);
}

}  // namespace samsim::models
