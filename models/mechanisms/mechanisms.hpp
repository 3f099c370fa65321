#pragma once
// The mechanisms of the municipality model (docs/ODD.md), one file each. Every function acts on
// one replicate for the current day; the order they run in is the table of steps in
// schedule.cpp, which also declares the parts each step reads and writes. None of them knows
// which design is being run.
//
// A mechanism takes what it reads and writes: the run context (scenario, seed, day, keyed random
// streams; run_context.hpp) and the parts of the World it touches — the workforce, the informal
// network (ties), the issue book, the line, the arena (hub), the crisis, the unit load, the
// counters — const where it only reads them, so a call shows what it may change
// (`workContacts(v.now(), r.workforce(), v.ties())` in a step of schedule.cpp). No mechanism takes
// the World. The issue flow — raising, routing, escalating, meeting and resolving, which move an
// issue through its life cycle (issue_life_cycle.hpp) between the holders' hours, the queues and
// agendas (the life cycle's, agenda.hpp) and the counters — takes its step's view (StepView,
// schedule.hpp): it reaches the parts through the view's accessors, which hold it to what the step
// declared, and hands the view to a transition as the life cycle's ledger. Helpers that only read
// take the parts. Each section names the parts as [reads …; writes …].
#include "models/schedule.hpp"
#include "models/state/issue_life_cycle.hpp"
#include "models/state/world.hpp"

namespace samsim::models {

// network_formation.cpp — initial informal ties: dense in units and sectors, sparse across;
// tenure and earlier roles add bridges (000 §5.3). [reads workforce, line; writes ties]
// The pre-history moves the day (now.day) from −network.prehistory_days to 0.
void formInitialNetwork(RunContext& now, Workforce& wf, const LineState& line, InformalNetwork& ties);
// A newcomer's ties by the same rules: unit colleagues, the formal line, the sector, and — after
// an internal move — acquaintances in the sector they came from.
// [reads the line's leadership group; writes ties, the agent's competence after an internal move]
void formNewcomerTies(const RunContext& now, Workforce& wf, const LineState& line, InformalNetwork& ties,
                      int agent, sim::RandomStream& rng, bool internalMove);

// work_contacts.cpp — everyday contacts outside the unit renew and form ties (docs/ODD.md §7).
// [reads workforce; writes ties]
void workContacts(const RunContext& now, const Workforce& wf, InformalNetwork& ties);

// turnover.cpp — people leave and are replaced; tenure grows with time. [reads line; writes
// workforce, ties]
void staffTurnover(const RunContext& now, Workforce& wf, const LineState& line, InformalNetwork& ties);
void replaceAgent(const RunContext& now, Workforce& wf, const LineState& line, InformalNetwork& ties,
                  int agent, sim::RandomStream& rng);
double tenureNow(const RunContext& now, const Agents& a, int agent);

// in_between_competence.cpp — mellomromskompetanse derived from tenure, structural knowledge,
// network breadth and trust (000 §5.3, §6.3); never stored. [reads workforce, ties]
double inBetweenCompetence(const RunContext& now, const Workforce& wf, const InformalNetwork& ties,
                           int agent);
// Other sectors reached by trusted ties.
int crossSectorReach(const RunContext& now, const Workforce& wf, const InformalNetwork& ties, int agent);

// drift.cpp — structural knowledge fades when not used (000 §5.3). [reads, writes workforce]
double knowledgeNow(const RunContext& now, const Agents& a, int agent);
void refreshKnowledge(const RunContext& now, Agents& a, int agent);

// crisis.cpp — regime and phases (000 §1, §5.1–5.2). [updateCrisis writes crisis]
void updateCrisis(const RunContext& now, CrisisState& crisis);
double broadProblemsPerWeek(const CrisisState& crisis, const Scenario& s);
double absenceRate(const CrisisState& crisis, const Scenario& s, int sector);
double demandFactor(const CrisisState& crisis, const Scenario& s, int sector);
double attentionLeft(const CrisisState& crisis,
                     const Scenario& s);  // share of leadership attention left for internal matters

// workload.cpp — operational work first; coordination from slack, or from time set aside for the
// roles whose job it is: the arena's mandate, line heads' share, a crisis's priority (000 §6.1,
// §6.3, §7). [reads crisis, line heads, arena seats; writes workforce daily state, unit load,
// counters]
void beginWorkday(const RunContext& now, Workforce& wf, const CrisisState& crisis, const LineState& line,
                  const HubState& hub, UnitLoad& load);
void endWorkday(const RunContext& now, const Workforce& wf, const CrisisState& crisis, const HubState& hub,
                UnitLoad& load, Counters& counters);
double spend(Agents& a, int agent, double hours);  // hours actually spent from today's budget
// Operational hours `agent` worked today: their operational load, up to their hours (with
// municipality.max_overtime in a crisis) less the coordination hours they spent; 0 when absent.
// Final once the day's coordination is done (endWorkday; the people records read it after the day).
double operationalHoursWorked(const RunContext& now, const Agents& a, const CrisisState& crisis, int agent);

// issue_arrival.cpp — issues arise in units; broad problems surface in many units (000 §1).
// [reads workforce, crisis; writes issues, counters]
// Registers a new open issue raised by `raiser` (counted in raised and by quadrant).
Issue& newIssue(const RunContext& now, const Workforce& wf, IssueBook& issues, Counters& counters,
                int quadrant, int raiser, int domain);
// Raises today's issues and routes each (issue_routing.cpp). [reads crisis, ties, arena (routing);
// writes issues, workforce hours, counters]
void arriveIssues(StepView& v);

// issue_routing.cpp — local, informal search, line escalation or arena (docs/ODD.md).
// [reads workforce, ties, arena; writes issues, arena agenda, workforce hours, counters]
void routeIssue(StepView& v, Issue& issue);
// Draws keyed by the issue being handled (one search per issue per day).
int informalSearch(const RunContext& now, Workforce& wf, const InformalNetwork& ties, Counters& counters,
                   int from, int domain, int issue, int& hops);

// issue_progress.cpp — holders work, resolve, hand on or drop; dormant issues grow and are noticed.
// [reads arena (routing); writes issues, workforce hours and knowledge, ties (joint work), line
// (queueForHead's carry of unsimulated units' items), counters]
void advanceIssues(StepView& v);
void resolveIssue(StepView& v, Issue& issue);
// A case nobody has moved for issues.give_up_days, or older than issues.max_age_days, is dropped
// (giving_up.cpp); true when it was.
bool giveUpIfStalled(const IssueLedger& lc, Issue& issue);
void coordinatedAnswer(const IssueLedger& lc, ProblemId problem);
void advanceTasks(StepView& v);
bool knowsArena(const RunContext& now, const Workforce& wf, const InformalNetwork& ties, const HubState& hub,
                int agent);
// Whether the arena's chair takes another issue: those waiting fit into hub.max_wait_meetings
// meetings at the last meeting's pace (000 §6.3).
bool arenaHasRoom(const Queues& queues, const HubState& hub, int maxWaitMeetings);

// line.cpp — unit leader → director → leadership group; finite agenda (000 §5.2).
// [reads workforce, ties, crisis, arena (liaison); writes line, issues, workforce hours, counters]
void escalate(const IssueLedger& lc, Issue& issue);
// Puts an issue in the queue of its area's head. In a scale model (span < 1) the items of the
// area's unsimulated units queue with it: 1/span − 1 per simulated item (fractions carry over),
// ahead of it, since they arrived meanwhile. They take the head's items and hours like any other.
void queueForHead(const IssueLedger& lc, LineState& line, Issue& issue, int area);
// To the leadership group's agenda: an issue, or a broad problem (once). An instance of a broad
// problem waits for the answer while its problem goes on the agenda.
void toLeadership(const IssueLedger& lc, AgendaItem item);
void runDirectors(StepView& v);
void runLeadershipMeeting(StepView& v);
// The liaison to the leadership group (the arena's chair once the liaison sits in), or -1.
int liaisonPerson(const RunContext& now, const HubState& hub);
// A holder of `domain` in `sector` found through what `head` and their sector's advisors know of
// the structures and whom they trust (000 §5.2, §7): the competent people they can name are asked,
// the most competent first, and the first who agrees (agreesToTakeOn) holds it; -1 when nobody
// named agrees. Draws keyed by (purpose, event). Each advisor consulted and each person asked
// spends routing.ask_hours.
int lineHolder(const RunContext& now, Workforce& wf, const InformalNetwork& ties, int head, int sector,
               int domain, std::uint64_t purposeId, std::uint64_t event);
// A decision on an agenda item (taken off its queue): a broad problem gets an implementation task,
// a quadrant-2/3 issue an owner who does the work. No `owner`: the line finds one.
void implementDecision(StepView& v, AgendaItem item, Route route, PersonId owner, bool arenaItem);
// The competence domain an item needs.
int itemDomain(const IssueBook& issues, AgendaItem item);

// accepting_work.cpp — a person asked to take on a case (by a head, the arena, a decision) answers
// from what only they know, their own days: they spend routing.ask_hours on the question and say
// yes with probability willingness(); absent people do not answer. [writes workforce hours]
bool agreesToTakeOn(const RunContext& now, Agents& agents, PersonId who, sim::RandomStream& rng);
// Hours free over the next routing.accept_horizon_days: what is left of today's hours for
// coordination, and today's whole (left + spent) for each further day, less the work already
// taken on (never below 0).
double freeHoursAhead(const Scenario& s, const Agents& agents, PersonId who);
// min(1, freeHoursAhead ÷ routing.spare_hours_for_yes): the chance that a competent person asked
// to take on work or help says yes (before trust, where trust matters).
double willingness(const Scenario& s, const Agents& agents, PersonId who);

// arena.cpp — the coordination arena: formation, membership, meetings (000 §4.1, §5.1–5.4, §6.3).
// [reads workforce, crisis; writes arena, issues, line (liaison queue), ties, workforce hours,
// counters]
void updateArenaFormation(StepView& v);
void runArenaMeeting(StepView& v);
bool arenaActive(const HubState& hub);
bool liaisonActive(const RunContext& now, const HubState& hub);

// redeployment.cpp — moving staff to critical services needs an overview and time (000 §5.1).
// [reads crisis, unit load; writes workforce (work unit), redeployment, counters]
void runRedeployment(const RunContext& now, Workforce& wf, const CrisisState& crisis, const UnitLoad& load,
                     RedeploymentState& redeploy, Counters& counters);

// innovation.cpp — complementary people meeting regularly produce something new (000 §5.2).
// [reads workforce, ties, arena (ideas); writes workforce (hours, units' demand), ideas, counters]
// Draws keyed by the pair (a, b) in a meeting (one meeting a day), by the issue in joint work.
void maybeInnovate(const RunContext& now, Workforce& wf, const InformalNetwork& ties, Counters& counters,
                   int a, int b, double rate, bool meeting, std::uint64_t event = 0);
// Pairs who shared an arena item try, on a day both have `innovation.hours` left, once per meeting.
void pursueIdeas(const RunContext& now, Workforce& wf, const InformalNetwork& ties, HubState& hub,
                 Counters& counters);

// key_person_loss.cpp — events.key_person_loss: on its day the top brokers leave (000 §5.3, §6.3).
// [reads ties; writes workforce, ties, arena, issues, key-person-loss state]
void keyPersonLoss(StepView& v);
// The leavers: the `count` agents with most cross-sector trusted ties (ties: lower index).
std::vector<int> topBrokers(const RunContext& now, const Workforce& wf, const InformalNetwork& ties,
                            int count);
// Hands back what the leavers held and refills their arena seats, then replaces them.
void loseKeyPersons(StepView& v, const std::vector<int>& leavers);
// initiatives.cpp — initiatives started from slack, recruited through ties, endorsed by
// professional or administrative authority, or faded (002, 003, 004). Work comes before the day's
// issue work (a participant's hours are committed); starts come after it (from what is left).
// [reads workforce, ties, unit load, arena (endorsement); writes initiatives, workforce hours]
void workInitiatives(const RunContext& now, Workforce& wf, const InformalNetwork& ties, const HubState& hub,
                     InitiativeState& initiatives);
void startInitiatives(const RunContext& now, const Workforce& wf, const InformalNetwork& ties,
                      const UnitLoad& load, InitiativeState& initiatives);
// Co-creation room of a unit leader today: the unit's budget margin and the leader's risk
// willingness (003). Keyed by the leader (a fixed draw per person).
bool coCreationRoom(const RunContext& now, const Workforce& wf, const UnitLoad& load, int leader);
// initiative_adoption.cpp — endorsement of ready initiatives and their spread to other units.
void endorseInitiatives(const RunContext& now, Workforce& wf, const InformalNetwork& ties,
                        const HubState& hub, InitiativeState& initiatives);

// network_measures.cpp — Burt's constraint and cross-sector density on the informal layer.
// [reads workforce, ties; writes the network snapshot]
void measureNetwork(const RunContext& now, const Workforce& wf, const InformalNetwork& ties,
                    NetworkSnapshot& network, std::vector<double>& sectorPairTies);
// The cross-sector tie strength of those who have met in the arena (patterns S10m, S11m of
// docs/calibration.md): over the posts that have attended a meeting in this run, the mean summed
// weight of their present ties to people of other areas (by affiliation, the area each serves);
// NaN before the first meeting.
double memberCrossSectorStrength(const RunContext& now, const Workforce& wf, const InformalNetwork& ties,
                                 const HubState& hub);

}  // namespace samsim::models
