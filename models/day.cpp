// The order of one working day (ODD "Process overview and scheduling"). Kept in one function so
// that tests step tiny organisations through exactly the same sequence as a full run.
#include "models/mechanisms.hpp"
#include "sim/clock.hpp"

namespace samsim::models {

void runDay(World& w, int day, bool arrivals) {
  const Scenario& s = w.sc();
  w.day = day;
  updateCrisis(w);
  updateArenaFormation(w);
  staffTurnover(w);
  keyPersonLoss(w);
  runRedeployment(w);
  beginWorkday(w);
  if (arrivals) arriveIssues(w);
  if (day % s.hub.cadenceDays == 0) runArenaMeeting(w);
  runDirectors(w);
  if (day % s.line.leadershipCadenceDays == s.line.leadershipCadenceDays - 1) runLeadershipMeeting(w);
  advanceTasks(w);
  workInitiatives(w);
  advanceIssues(w);
  pursueIdeas(w);
  startInitiatives(w);
  endWorkday(w);
  workContacts(w);
}

}  // namespace samsim::models
