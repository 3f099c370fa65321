// Work and time (000 §6.1, §7; 002). Operational work comes first. Coordination is work too and
// takes hours: in normal times it is done from slack (a share of it, "when valued"), except by
// roles given time for it. The arena's members and chair keep `hub.mandate_hours` of their day for
// the arena ("et sett med roller ... som kan gis et eksplisitt mandat om samordning", 000 §6.3).
// In a crisis "er samordning en hastesak, og [...] løftes samordning gjerne opp som noe av det
// viktigste man kan gjøre" (000 §6.1): with `crisis.coordination_priority` those whose role is to
// coordinate — the arena's seats, the line's heads, sector and central staff — and those who have
// taken on a case may move up to `crisis.coordination_hours` of operational work to coordination;
// everyone else coordinates from slack, as in normal times. (000 §6.1 speaks of the whole
// organisation; limiting the hours to roles and tasks in hand is the model's assumption, so that a
// crisis does not give everyone hours for coordination they have no task for.) Hours set aside are not free:
// what is spent on coordination is not worked on operations (endWorkday), which shows in service continuity.
// Line heads (directors, area heads, the leadership group) have `line.head_line_share` of their day set aside
// for the line, taken from operational work in the same way (000 §5.2, §7). Absent colleagues' work is shared
// by those present in the same unit. Staff redeployed to critical services add capacity where they work, not
// where they come from.
#include <algorithm>

#include "models/mechanisms/mechanisms.hpp"

namespace samsim::models {

namespace {

// Whose job includes coordination across the line: sector and central staff (000 §5.1, §6.3).
bool staffRole(Role r) {
  return r == Role::SectorAdvisor || r == Role::CentralAdvisor || r == Role::Communications;
}

}  // namespace

void beginWorkday(const RunContext& now, Workforce& wf, const CrisisState& crisis, const LineState& line,
                  const HubState& hub, UnitLoad& load) {
  const Scenario& s = now.sc();
  Agents& a = wf.agents;
  const int N = a.size();
  load.demand.assign(wf.units.size(), 0.0);
  load.capacity.assign(wf.units.size(), 0.0);
  auto rng = now.stream(sim::purpose("absence"));
  const double eff = s.redeployment.efficiency;
  std::vector<double> absence(static_cast<std::size_t>(wf.sectors));
  std::vector<double> demand(static_cast<std::size_t>(wf.sectors));
  for (int k = 0; k < wf.sectors; ++k) {
    absence[static_cast<std::size_t>(k)] = absenceRate(crisis, now.sc(), k);
    demand[static_cast<std::size_t>(k)] = demandFactor(crisis, now.sc(), k);
  }
  const double pull = crisis.active ? s.crisis.attentionPull : 0.0;
  for (int i = 0; i < N; ++i) {
    const auto ui = static_cast<std::size_t>(i);
    const auto home = static_cast<std::size_t>(a.unit[ui]);
    const auto work = static_cast<std::size_t>(a.workUnit[ui]);
    const int workSector = wf.units[work].sector;
    a.present[ui] = rng.bernoulli(absence[static_cast<std::size_t>(workSector)]) ? 0 : 1;
    double d = a.capacity[ui] * s.municipality.utilisation * demand[static_cast<std::size_t>(a.sector[ui])] *
               wf.units[home].demandFactor;
    // Leaders carry the external side of a crisis (000 §5.2).
    if (a.role[ui] == Role::Director || a.role[ui] == Role::MunicipalDirector)
      d += pull * s.crisis.leaderExternalShare * a.capacity[ui];
    load.demand[home] += d;
    if (a.present[ui]) load.capacity[work] += a.capacity[ui] * (work == home ? 1.0 : eff);
    a.coord[ui] = 0.0;
  }
  // A staff unit that a scale model shrinks shares its work with its unsimulated members in the
  // reference organisation (Unit::referenceCount): their demand and, of those present today, their
  // hours, so that one absence among two simulated members weighs as it would among the reference
  // unit's. Their work is theirs: it is not counted in the unit's load (continuity, redeployment).
  std::vector<double> shared(wf.units.size(), 0.0), sharedHours(wf.units.size(), 0.0);
  for (std::size_t u = 0; u < wf.units.size(); ++u) {
    const Unit& unit = wf.units[u];
    const int others = unit.referenceCount - unit.count;
    if (others <= 0) continue;
    auto draws = now.stream(sim::purpose("absence-unsimulated"), u);
    const double hours = s.municipality.hoursPerDay;
    int present = 0;
    for (int k = 0; k < others; ++k)
      present += draws.bernoulli(absence[static_cast<std::size_t>(unit.sector)]) ? 0 : 1;
    shared[u] = others * hours * s.municipality.utilisation * demand[static_cast<std::size_t>(unit.sector)] *
                unit.demandFactor;
    sharedHours[u] = present * hours;
  }
  const bool priority = crisis.active && s.crisis.coordinationPriority;
  // Line heads' hours for the line (their job is the line): the heads of line areas (who serve
  // their whole area, line.cpp) and the leadership group.
  std::vector<std::uint8_t> head(static_cast<std::size_t>(N), 0);
  for (const int h : line.areaHead)
    if (h >= 0) head[static_cast<std::size_t>(h)] = 1;
  for (const int h : line.leadershipGroup)
    if (h >= 0) head[static_cast<std::size_t>(h)] = 1;
  for (int i = 0; i < N; ++i) {
    const auto ui = static_cast<std::size_t>(i);
    if (!a.present[ui]) {
      a.opLoad[ui] = 0.0;
      a.budget[ui] = 0.0;
      a.dayBudget[ui] = 0.0;
      continue;
    }
    const auto work = static_cast<std::size_t>(a.workUnit[ui]);
    // A redeployed person works for the receiving unit, at reduced efficiency (new tasks).
    const double hoursThere = load.capacity[work] + sharedHours[work];
    const double share = hoursThere > 0 ? (load.demand[work] + shared[work]) / hoursThere : 0.0;
    a.opLoad[ui] = a.capacity[ui] * share;
    const double slack = std::max(0.0, a.capacity[ui] - a.opLoad[ui]);
    a.budget[ui] = slack * s.routing.slackUse;
    // Time set aside for coordination is taken from operational work, never beyond it (no free
    // hours): the arena's seats' mandate, and in a crisis the coordinating roles' priority hours.
    const bool seat = hub.active && ((ui < hub.isMember.size() && hub.isMember[ui] != 0) || hub.chair == i);
    double setAside = seat ? s.hub.mandateHours : 0.0;
    // A person who has taken on a case has a coordination task of their own in hand.
    const bool task = a.committed[ui] > 0.0;
    if (priority && (seat || head[ui] != 0 || staffRole(a.role[ui]) || task))
      setAside = std::max(setAside, s.crisis.coordinationHours);
    setAside = std::min(setAside, a.opLoad[ui]);
    a.budget[ui] += setAside;
    if (head[ui] != 0)
      a.budget[ui] += std::min(s.line.headLineShare * a.capacity[ui], a.opLoad[ui] - setAside);
    a.dayBudget[ui] = a.budget[ui];
  }
}

double spend(Agents& a, int agent, double hours) {
  const auto ui = static_cast<std::size_t>(agent);
  const double x = std::clamp(hours, 0.0, a.budget[ui]);
  a.budget[ui] -= x;
  a.coord[ui] += x;
  return x;
}

double operationalHoursWorked(const RunContext& now, const Agents& a, const CrisisState& crisis, int agent) {
  const auto ui = static_cast<std::size_t>(agent);
  if (!a.present[ui]) return 0.0;
  // Overtime is worked only in a crisis; in normal times work beyond hours waits (000 §6.1).
  const double overtime = crisis.active ? now.sc().municipality.maxOvertime : 0.0;
  return std::max(0.0, std::min(a.opLoad[ui], a.capacity[ui] * (1.0 + overtime) - a.coord[ui]));
}

void endWorkday(const RunContext& now, const Workforce& wf, const CrisisState& crisis, const HubState& hub,
                UnitLoad& load, Counters& counters) {
  const Scenario& s = now.sc();
  const Agents& a = wf.agents;
  Counters& c = counters;
  const int N = a.size();
  // Per head of the reference organisation: posts and seats that exist once at any size count with
  // weight f — the leadership group (existsOnce) and the arena's seats today (its members and chair,
  // and today's attendees), since the arena has the same seats whatever the organisation's size.
  const double f = now.referenceShare();
  std::vector<std::uint8_t> seat;
  if (f != 1.0 && hub.active) {
    seat.assign(static_cast<std::size_t>(N), 0);
    for (std::size_t i = 0; i < hub.isMember.size() && i < seat.size(); ++i) seat[i] = hub.isMember[i];
    if (hub.chair >= 0) seat[static_cast<std::size_t>(hub.chair)] = 1;
    if (hub.lastMeetingDay == now.day)
      for (int m : hub.lastAttendees) seat[static_cast<std::size_t>(m)] = 1;
  }
  const int critical = s.municipality.criticalSector;
  const bool countContinuity = !s.crisis.enabled || crisis.active;
  std::fill(load.capacity.begin(), load.capacity.end(), 0.0);  // reused: operational hours met
  for (int i = 0; i < N; ++i) {
    const auto ui = static_cast<std::size_t>(i);
    if (!a.present[ui]) continue;
    const double cap = a.capacity[ui];
    const bool over = a.opLoad[ui] + a.coord[ui] > cap + 1e-9;
    ++c.agentDays;
    c.overloadDays += over;
    const Role r = a.role[ui];
    const bool once = existsOnce(r) || (!seat.empty() && seat[ui] != 0);
    const double weight = once ? f : 1.0;
    c.referenceDays += weight;
    if (over) c.referenceOverload += weight;
    const double met = operationalHoursWorked(now, a, crisis, i);
    // Overtime: hours worked on operations and coordination beyond the day's capacity — allowed
    // operational overtime in a crisis, and coordination hours that ran past the day (000 §6.1).
    const double extra = std::max(0.0, met + a.coord[ui] - cap);
    c.overtimeHours += extra;
    if (r == Role::Director || r == Role::MunicipalDirector) {
      ++c.directorDays;
      c.directorOverload += over;
      c.directorOvertimeHours += extra;
      c.directorCoordHours += a.coord[ui];
    } else if (r == Role::CentralAdvisor || r == Role::Communications) {
      ++c.centralDays;
      c.centralOverload += over;
      c.centralOvertimeHours += extra;
    }
    const bool moved = a.workUnit[ui] != a.unit[ui];
    load.capacity[static_cast<std::size_t>(a.workUnit[ui])] +=
        met * (moved ? s.redeployment.efficiency : 1.0);
  }
  if (!countContinuity) return;
  for (std::size_t u = 0; u < wf.units.size(); ++u) {
    if (wf.units[u].sector != critical || wf.units[u].central) continue;
    c.criticalDemand += load.demand[u];
    c.criticalMet += std::min(load.demand[u], load.capacity[u]);
  }
}

}  // namespace samsim::models
