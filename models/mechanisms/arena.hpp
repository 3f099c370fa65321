#pragma once
// Internals shared by the arena files (formation and membership, meetings, follow-ups, signals).
#include <vector>

#include "models/state/world.hpp"

namespace samsim::models {

class StepView;

// Candidates per sector, best first by the selection rule (arena_membership.cpp).
std::vector<std::vector<int>> rankedCandidates(const RunContext& now, const Workforce& wf,
                                               const InformalNetwork& ties);
std::vector<int> chooseFixedMembers(const RunContext& now, const Workforce& wf, const InformalNetwork& ties);
std::vector<int> chooseFlexibleAttendees(const RunContext& now, const Workforce& wf, const IssueBook& issues,
                                         const HubState& hub, const std::vector<std::vector<int>>& ranked);

// One meeting's attendees and what they bring (arena_meeting.cpp).
struct Meeting {
  std::vector<int> attendees;
  double trust = 0.0;       // mean tie weight over attendee pairs before the meeting
  double legitimacy = 0.0;  // mean in-between competence of attendees
};

bool attends(const Meeting& m, int id);

// arena_ownership.cpp — follow-ups of earlier meetings: an absent owner hands on or loses them.
void followUpActionItems(StepView& v, const Meeting& m, sim::RandomStream& rng);
// arena_signals.cpp — budding concerns heard through members' ties (000 §5.3).
void statusRound(StepView& v, const Meeting& m, sim::RandomStream& rng);

}  // namespace samsim::models
