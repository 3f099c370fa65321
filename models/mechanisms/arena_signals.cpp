// Weak signals in the status round (000 §5.3: members "fanger opp svake signaler" through the
// people they know in the services; 000 §5.2: budding concerns). A member hears of a dormant issue
// only through a tie into the unit where it grows — being in the unit, or knowing someone there —
// and brings it with a chance `hub.budding_detection` × the weight of that tie (a close contact
// tells more). What is heard goes on the agenda and competes for the meeting's airtime with
// everything else; what the meeting does not reach goes back to the line (arena_meeting.cpp).
// In a scale model (municipality.reference_staff) a member's ties cover the simulated units 1/f
// times as densely as the reference organisation's units, so a channel carries with f of that
// chance: the members' reach into the organisation, not the size simulated, decides.
#include "models/mechanisms/arena.hpp"
#include "models/mechanisms/mechanisms.hpp"
#include "models/state/issue_life_cycle.hpp"

namespace samsim::models {
namespace {

// The member's strongest channel into `unit`: weight 1 when they work there themselves, else the
// weight of their strongest tie to someone in it (0 when they know no one there).
double channel(const RunContext& now, const Agents& agents, const InformalNetwork& ties, int member, int unit,
               int& contact) {
  contact = -1;
  if (agents.unit[static_cast<std::size_t>(member)] == unit) {
    contact = member;
    return 1.0;
  }
  double best = 0.0;
  const TieSlot* row = ties.row(member);
  for (int k = 0; k < ties.slots(); ++k) {
    const int o = row[k].other;
    if (o < 0 || agents.unit[static_cast<std::size_t>(o)] != unit) continue;
    const double x = ties.weightOf(row[k], now.day);
    if (x > best) {
      best = x;
      contact = o;
    }
  }
  return best;
}

}  // namespace

void statusRound(StepView& v, const Meeting& m, sim::RandomStream& rng) {
  const StepView& r = v;
  const Scenario& s = v.sc();
  const Workforce& wf = r.workforce();
  HubState& h = v.hub();
  h.lastSignals.clear();
  std::vector<std::uint8_t> covered(static_cast<std::size_t>(wf.sectors), 0);
  for (int a : m.attendees) covered[wf.agents.affiliation[static_cast<std::size_t>(a)]] = 1;
  int count = 0;
  for (auto c : covered) count += c;
  h.lastCoverage = static_cast<double>(count) / wf.sectors;
  if (s.hub.buddingDetection <= 0) return;
  const double reach = std::min(1.0, v.now().referenceShare());
  IssueBook& issues = v.issues();
  for (const IssueId id : issues.open) {
    Issue& is = issues.all[id.index()];
    if (is.state != IssueState::Dormant) continue;
    double miss = 1.0;
    HubState::Signal best;
    double bestWeight = 0.0;
    for (int a : m.attendees) {
      int contact = -1;
      const double x = channel(v.now(), wf.agents, r.ties(), a, is.unit, contact);
      if (x <= 0) continue;
      miss *= 1.0 - s.hub.buddingDetection * x * reach;
      if (x > bestWeight) {
        bestWeight = x;
        best = {id.value(), a, contact};
      }
    }
    if (bestWeight <= 0 || !rng.bernoulli(1.0 - miss)) continue;
    h.lastSignals.push_back(best);
    noticeSignal(v, is);
    putOnArenaAgenda(v, is, Route::Arena);
  }
}

}  // namespace samsim::models
