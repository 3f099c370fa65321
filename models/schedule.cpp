// The table of one working day (ODD "Process overview and scheduling"), its timing and the checked
// view a step receives. Tests step tiny organisations through exactly this sequence (runDay).
#include "models/schedule.hpp"

#include <array>
#include <stdexcept>

#include <fmt/format.h>

#include "models/mechanisms/mechanisms.hpp"
#include "sim/weekday.hpp"

namespace samsim::models {

std::string_view partName(Part part) {
  static constexpr std::array<std::string_view, kPartCount> kNames{
      "workforce", "ties", "issues",          "hub",        "line", "crisis", "redeployment", "counters",
      "network",   "load", "key-person-loss", "initiatives"};
  return kNames[static_cast<std::size_t>(part)];
}

bool meetsToday(const RunContext& now, Body body) {
  const Scenario& s = now.sc();
  return body == Body::Arena ? sim::meetsOn(now.day, s.hub.cadenceDays, s.hub.meetingWeekday)
                             : sim::meetsOn(now.day, s.line.leadershipCadenceDays, s.line.leadershipWeekday);
}

namespace {

using P = Part;

bool keyPersonLossToday(const RunContext& now) {
  const auto& e = now.sc().events.keyPersonLoss;
  return e.count > 0 && now.day == now.measureFrom + e.day;
}

// Each step reads its parts from a const view (r) and writes through the mutable one (v).
const std::vector<Step> kDay = {
    {"crisis",
     When::EveryDay,
     {},
     {P::Crisis},
     [](StepView& v) { updateCrisis(v.now(), v.crisis()); },
     "crisis regime and phase (`crisis.*`)"},
    {"arena formation",
     When::EveryDay,
     {P::Ties},
     {P::Workforce, P::Issues, P::Hub, P::Counters},
     [](StepView& v) { updateArenaFormation(v); },
     "the arena forms or dissolves (`hub.trigger`, `hub.forms_after_days`); a dissolving arena hands its "
     "agenda to the line"},
    {"turnover",
     When::EveryDay,
     {P::Line},
     {P::Workforce, P::Ties},
     [](StepView& v) {
       const StepView& r = v;
       staffTurnover(v.now(), v.workforce(), r.line(), v.ties());
     },
     "staff turnover before the workday: leavers replaced by newcomers with their first ties"},
    {"key-person loss",
     When::EventDay,
     {P::Line},
     {P::Workforce, P::Ties, P::Issues, P::Hub, P::Counters, P::Network, P::KeyPersonLoss},
     [](StepView& v) { keyPersonLoss(v); },
     "the top brokers leave on `events.key_person_loss.day`; what they held is handed back",
     keyPersonLossToday},
    {"redeployment",
     When::EveryDay,
     {P::Crisis, P::Load},
     {P::Workforce, P::Redeployment, P::Counters},
     [](StepView& v) {
       const StepView& r = v;
       runRedeployment(v.now(), v.workforce(), r.crisis(), r.load(), v.redeploy(), v.counters());
     },
     "staff moved to critical services once an overview exists"},
    {"start of the workday",
     When::EveryDay,
     {P::Crisis, P::Line, P::Hub},
     {P::Workforce, P::Load},
     [](StepView& v) {
       const StepView& r = v;
       beginWorkday(v.now(), v.workforce(), r.crisis(), r.line(), r.hub(), v.load());
     },
     "absence, operational load and today's hours (time set aside for coordinating roles)"},
    {"arrivals",
     When::EveryDay,
     {P::Ties, P::Hub, P::Crisis},
     {P::Workforce, P::Issues, P::Counters},
     [](StepView& v) { arriveIssues(v); },
     "new issues and broad-problem instances, each routed (local, informal search, line, arena)",
     nullptr,
     true},
    {"arena meeting",
     When::ArenaMeets,
     {P::Crisis},
     {P::Workforce, P::Ties, P::Issues, P::Hub, P::Redeployment, P::Counters},
     [](StepView& v) { runArenaMeeting(v); },
     "the arena meets, if one exists: status round, agenda, advice or decisions"},
    {"directors",
     When::EveryDay,
     {P::Ties, P::Crisis},
     {P::Workforce, P::Issues, P::Line, P::Counters},
     [](StepView& v) { runDirectors(v); },
     "unit leaders, directors and area heads handle escalations from their queues"},
    {"leadership meeting",
     When::LeadershipMeets,
     {P::Ties, P::Crisis, P::Hub},
     {P::Workforce, P::Issues, P::Line, P::Counters},
     [](StepView& v) { runLeadershipMeeting(v); },
     "the leadership group decides from its finite agenda"},
    {"coordinated answers",
     When::EveryDay,
     {},
     {P::Workforce, P::Issues, P::Counters},
     [](StepView& v) { advanceTasks(v); },
     "work on the implementation tasks of coordinated answers"},
    {"initiatives' work",
     When::EveryDay,
     {P::Ties, P::Hub},
     {P::Workforce, P::Initiatives},
     [](StepView& v) {
       const StepView& r = v;
       workInitiatives(v.now(), v.workforce(), r.ties(), r.hub(), v.initiatives());
     },
     "initiatives' work and endorsement (`initiatives.enabled`)"},
    {"issue progress",
     When::EveryDay,
     {P::Hub},
     {P::Workforce, P::Ties, P::Issues, P::Line, P::Counters},
     [](StepView& v) { advanceIssues(v); },
     "progress of open issues: holders work, resolve, hand on or drop"},
    {"ideas",
     When::EveryDay,
     {P::Ties},
     {P::Workforce, P::Hub, P::Counters},
     [](StepView& v) {
       const StepView& r = v;
       pursueIdeas(v.now(), v.workforce(), r.ties(), v.hub(), v.counters());
     },
     "pairs who shared an arena item pursue an idea (innovation)"},
    {"new initiatives",
     When::EveryDay,
     {P::Workforce, P::Ties, P::Load},
     {P::Initiatives},
     [](StepView& v) {
       const StepView& r = v;
       startInitiatives(v.now(), r.workforce(), r.ties(), r.load(), v.initiatives());
     },
     "new initiatives from the slack that is left"},
    {"end of the workday",
     When::EveryDay,
     {P::Workforce, P::Crisis, P::Hub},
     {P::Load, P::Counters},
     [](StepView& v) {
       const StepView& r = v;
       endWorkday(v.now(), r.workforce(), r.crisis(), r.hub(), v.load(), v.counters());
     },
     "overload and service continuity counted"},
    {"work contacts",
     When::EveryDay,
     {P::Workforce},
     {P::Ties},
     [](StepView& v) {
       const StepView& r = v;
       workContacts(v.now(), r.workforce(), v.ties());
     },
     "everyday contacts outside the unit renew and form ties"},
};

std::string whenText(const Step& s) {
  switch (s.when) {
    case When::EveryDay:
      return "every day";
    case When::ArenaMeets:
      return "arena's meeting day (`hub.cadence_days`, `hub.meeting_weekday`)";
    case When::LeadershipMeets:
      return "leadership group's meeting day (`line.leadership_cadence_days`, `line.leadership_weekday`)";
    case When::EventDay:
      return "event day";
  }
  return "";
}

std::string partsText(sim::PartSet set) {
  std::string out;
  for (int k = 0; k < kPartCount; ++k)
    if (set.contains(static_cast<Part>(k)))
      out += (out.empty() ? "" : ", ") + std::string(partName(static_cast<Part>(k)));
  return out.empty() ? "—" : out;
}

}  // namespace

const std::vector<Step>& daySteps() {
  return kDay;
}

const Step& dayStep(std::string_view name) {
  for (const Step& s : kDay)
    if (s.name == name) return s;
  throw std::out_of_range(fmt::format("no step '{}' in the day", name));
}

bool dueToday(const Step& step, const RunContext& now) {
  switch (step.when) {
    case When::EveryDay:
      return true;
    case When::ArenaMeets:
      return meetsToday(now, Body::Arena);
    case When::LeadershipMeets:
      return meetsToday(now, Body::LeadershipGroup);
    case When::EventDay:
      return step.eventToday != nullptr && step.eventToday(now);
  }
  return false;
}

void StepView::undeclared(Part part, bool write) const {
  throw std::logic_error(fmt::format("step '{}' {} part '{}', which it does not declare among its {}",
                                     m_step.name, write ? "writes" : "reads", partName(part),
                                     write ? "writes" : "reads or writes"));
}

void runStep(World& w, const Step& step, bool check, TouchedParts* touched) {
  StepView view(w, step, check, touched);
  step.run(view);
}

void runDay(World& w, int day, bool arrivals, bool check) {
  w.day = day;
  for (const Step& step : kDay)
    if ((arrivals || !step.arrivals) && dueToday(step, w)) runStep(w, step, check);
}

std::string scheduleMarkdown() {
  std::string out =
      "| # | step | when | reads | writes | what happens |\n"
      "|---|---|---|---|---|---|\n";
  int k = 0;
  for (const Step& s : kDay)
    out += fmt::format("| {} | {} | {} | {} | {} | {} |\n", ++k, s.name, whenText(s), partsText(s.reads),
                       partsText(s.writes), s.doc);
  return out;
}

}  // namespace samsim::models
