// Case and person records (models/outputs/records.cpp): hand-built cases and people on the tiny
// organisation whose rows are written out in full, and a short run whose records agree with its
// summary (the outcome book's counts, the network's mean constraint) and leave it unchanged.
#include <catch2/catch.hpp>

#include <cmath>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "models/municipality_model.hpp"
#include "models/outputs/records.hpp"
#include "tests/models/tiny_world.hpp"

using namespace samsim::models;
using samsim::models::test::Tiny;

namespace {

std::vector<std::string> lines(const samsim::sim::CsvRows& rows) {
  std::vector<std::string> out;
  for (std::size_t k = 0; k < rows.rowCount(); ++k) {
    std::string line(rows.row(k));
    line.pop_back();  // the newline
    out.push_back(line);
  }
  return out;
}

// The cells of a CSV line (a quoted cell may hold commas and doubled quotes).
std::vector<std::string> cells(const std::string& line) {
  std::vector<std::string> out(1);
  bool quoted = false;
  for (std::size_t k = 0; k < line.size(); ++k) {
    const char c = line[k];
    if (quoted && c == '"' && k + 1 < line.size() && line[k + 1] == '"') {
      out.back() += '"';
      ++k;
    } else if (c == '"') {
      quoted = !quoted;
    } else if (c == ',' && !quoted) {
      out.emplace_back();
    } else {
      out.back() += c;
    }
  }
  return out;
}

// Rows of a record as column → value maps.
std::vector<std::map<std::string, std::string>> table(const samsim::sim::CsvRows& rows) {
  std::vector<std::map<std::string, std::string>> out;
  for (const std::string& line : lines(rows)) {
    const auto values = cells(line);
    REQUIRE(values.size() == rows.columns().size());
    std::map<std::string, std::string> row;
    for (std::size_t c = 0; c < values.size(); ++c) row[rows.columns()[c]] = values[c];
    out.push_back(row);
  }
  return out;
}

int unitOf(const Tiny& t, int person) {
  return t.w.agents.unit[static_cast<std::size_t>(person)];
}

}  // namespace

TEST_CASE("records: three hand-stepped cases, one of the warm-up left out, written cell by cell",
          "[models][outputs][records]") {
  // Warm-up of 2 days: measured day = simulated day − 2. The crisis runs on simulated days 7–16.
  Tiny t({"warmup_days=2", "crisis.enabled=true", "crisis.start_day=5", "crisis.duration_days=10"});
  t.w.issues.keepHistory = true;
  const int a = t.staffIn(0), b = t.staffIn(1);
  REQUIRE(t.w.measureFrom == 2);
  auto issue = [&t](int id) -> Issue& { return t.w.issues.all[static_cast<std::size_t>(id)]; };

  t.w.day = 1;  // a warm-up case: not in the outcome book, not recorded
  startWork(t.ledger(), t.raise(1, a, 0, 1.0), PersonId{a}, 1.0, Route::Local);

  t.w.day = 3;  // case 1: solved locally two days later
  Issue& own = t.raise(1, a, 0, 1.0);
  startWork(t.ledger(), own, PersonId{a}, 1.0, Route::Local);
  const int ownId = own.id;

  t.w.day = 4;  // case 2: nobody owns it; noticed early, decided in the arena, dropped
  goDormant(t.ledger(), t.raise(3, a, 1, 2.0));
  const int dormant = 2;

  t.w.day = 5;
  markResolved(t.ledger(), issue(ownId));

  t.w.day = 7;
  noticeSignal(t.ledger(), issue(dormant));
  putOnArenaAgenda(t.ledger(), issue(dormant), Route::Arena);

  t.w.day = 8;  // case 3: an instance of broad problem 0, in the crisis, still waiting at the end
  takeOff(t.ledger(), QueueKind::Arena, AgendaItem::of(IssueId{dormant}));
  assignFollowUp(t.ledger(), issue(dormant), PersonId{b}, Route::Arena, 2.0);
  t.w.issues.problems.push_back(BroadProblem{});
  Issue& instance = t.raise(4, b, 0, 1.0);
  instance.problem = 0;
  awaitAnswer(t.ledger(), instance);

  t.w.day = 9;
  markDropped(t.ledger(), issue(dormant), DropReason::Unworked);

  t.w.day = 10;  // the end of the run: measured day 8
  const samsim::sim::CsvRows rows = caseRecords(t.w);
  CHECK(rows.columns() == caseColumns());
  const std::string A = t.w.sectorList[0].name, B = t.w.sectorList[1].name;
  // case,raised_day,quadrant,cross_sector,crisis,route,resolved_day,dropped_day,end_day,drop_reason,unit,sector,
  // domain,domain_sector,problem,raiser,holder,holder_role,holder_sector,coordinated,weak_signal,
  // working_day,searching_day,unit_leader_day,director_day,leadership_day,arena_day,follow_up_day,
  // waiting_day,dormant_day,path
  const std::vector<std::string> expected = {
      fmt::format("1,1,1,0,0,local,3,,8,,{},{},0,{},,{},{},staff,{},0,,1,,,,,,,,,working@1>done@3",
                  unitOf(t, a), A, A, a, a, A),
      fmt::format("2,2,3,1,0,arena,,7,8,unworked,{},{},1,{},,{},{},staff,{},0,early,,,,,,5,6,,2,"
                  "dormant@2>arena@5>follow_up@6>dropped@7",
                  unitOf(t, a), A, B, a, b, B),
      fmt::format("3,6,4,1,1,,,,8,,{},{},0,{},0,{},,,,0,,,,,,,,,6,,waiting@6", unitOf(t, b), B, A, b),
  };
  CHECK(lines(rows) == expected);

  t.w.issues.keepHistory = false;
  CHECK_THROWS_AS(caseRecords(t.w), std::logic_error);
}

TEST_CASE("records: a person's hours, ties and Burt measures at the end of the day",
          "[models][outputs][records]") {
  Tiny t;
  Agents& a = t.w.agents;
  const int N = a.size();
  // Everyone absent but three people of sector A; i has ties to j and k, who do not know each other.
  std::fill(a.present.begin(), a.present.end(), 0);
  std::fill(a.opLoad.begin(), a.opLoad.end(), 0.0);
  std::fill(a.coord.begin(), a.coord.end(), 0.0);
  const int i = t.staffIn(0), j = i + 1, k = i + 2;
  for (int p : {i, j, k}) a.present[static_cast<std::size_t>(p)] = 1;
  a.opLoad[static_cast<std::size_t>(i)] = 6.0;  // 7.5 h: 2 h of coordination leave 5.5 for operations
  a.coord[static_cast<std::size_t>(i)] = 2.0;
  a.opLoad[static_cast<std::size_t>(j)] = 3.0;  // more coordination than hours: nothing operational
  a.coord[static_cast<std::size_t>(j)] = 8.0;
  a.opLoad[static_cast<std::size_t>(k)] = 4.0;  // a light day
  a.coord[static_cast<std::size_t>(k)] = 1.0;
  t.w.day = 3;
  t.w.ties.set(i, j, 0.8, 3, 0.0);
  t.w.ties.set(i, k, 0.8, 3, 0.0);

  samsim::sim::CsvRows rows(peopleColumns());
  recordPeople(t.w, rows);
  const auto people = table(rows);
  REQUIRE(people.size() == static_cast<std::size_t>(N));
  auto row = [&](int p) { return people[static_cast<std::size_t>(p)]; };
  CHECK(row(i).at("day") == "3");
  CHECK(row(i).at("person") == std::to_string(i));
  CHECK(row(i).at("role") == "staff");
  CHECK(row(i).at("sector") == t.w.sectorList[0].name);
  CHECK(row(i).at("present") == "1");
  CHECK(row(i).at("capacity_hours") == "7.5");
  CHECK(row(i).at("hours_worked") == "7.5");  // 5.5 operational + 2 coordination
  CHECK(row(i).at("overtime_hours") == "0");
  CHECK(row(j).at("hours_worked") == "8");  // coordination only: half an hour over
  CHECK(row(j).at("overtime_hours") == "0.5");
  CHECK(row(k).at("hours_worked") == "5");
  // i: p = 1/2 to each contact, who share none: constraint 2 · (1/2)² = 0.5, effective size 2.
  CHECK(row(i).at("ties") == "2");
  CHECK(row(i).at("constraint") == "0.5");
  CHECK(row(i).at("effective_size") == "2");
  CHECK(row(j).at("ties") == "1");
  CHECK(row(j).at("constraint") == "1");
  CHECK(row(j).at("effective_size") == "1");
  // Someone absent without ties: no hours, and no Burt measures (empty, never 0).
  const int absent = t.staffIn(1);
  CHECK(row(absent).at("present") == "0");
  CHECK(row(absent).at("hours_worked") == "0");
  CHECK(row(absent).at("ties") == "0");
  CHECK(row(absent).at("constraint").empty());
  CHECK(row(absent).at("effective_size").empty());
  CHECK(row(absent).at("arena_member") == "0");
}

TEST_CASE("records: a short run's cases and people agree with its summary, which they leave unchanged",
          "[models][outputs][records]") {
  const std::vector<std::string> base = {"municipality.staff=300", "warmup_days=30", "days=120",
                                         "issues.max_age_days=40"};
  auto with = base;
  with.insert(with.end(), {"output.record_cases=true", "output.people_every_days=30"});
  const Scenario plain = loadScenario("scenarios/default.yaml", base);
  const Scenario recorded = loadScenario("scenarios/default.yaml", with);
  const auto r0 = runMunicipality(plain, {0, 7});
  const auto r1 = runMunicipality(recorded, {0, 7});

  // Recording changes nothing the run reports.
  REQUIRE(r0.summary.size() == r1.summary.size());
  for (std::size_t m = 0; m < r0.summary.size(); ++m) {
    INFO(r0.summary[m].first);
    const double x = r0.summary[m].second, y = r1.summary[m].second;
    CHECK(((std::isnan(x) && std::isnan(y)) || x == y));
  }
  REQUIRE(r0.series.size() == r1.series.size());
  for (std::size_t k = 0; k < r0.series.size(); ++k)
    CHECK((r0.series[k].value == r1.series[k].value ||
           (std::isnan(r0.series[k].value) && std::isnan(r1.series[k].value))));
  CHECK(r0.records.empty());
  REQUIRE(r1.records.size() == 2);
  REQUIRE(r1.records[0].first == "cases");
  REQUIRE(r1.records[1].first == "people");

  std::map<std::string, double> summary(r1.summary.begin(), r1.summary.end());
  const auto cases = table(r1.records[0].second);
  std::int64_t resolved = 0, dropped = 0, open = 0;
  std::map<std::string, double> droppedBy;
  for (const auto& c : cases) {
    INFO(c.at("case") << " " << c.at("path"));
    const int raised = std::stoi(c.at("raised_day"));
    CHECK(raised >= 0);
    CHECK(c.at("end_day") == "119");
    const std::string& path = c.at("path");
    CHECK(c.at("drop_reason").empty() == c.at("dropped_day").empty());
    if (!c.at("resolved_day").empty()) {
      ++resolved;
      CHECK(path.ends_with("done@" + c.at("resolved_day")));
      CHECK(!c.at("route").empty());
    } else if (!c.at("dropped_day").empty()) {
      ++dropped;
      ++droppedBy[c.at("drop_reason")];
      CHECK(path.ends_with("dropped@" + c.at("dropped_day")));
    } else {
      ++open;
      CHECK(path.find("done@") == std::string::npos);
      CHECK(path.find("dropped@") == std::string::npos);
    }
    // Each stage column is the first entry of that state in the path, never before the case arose.
    for (const std::string stage : {"working", "searching", "unit_leader", "director", "leadership", "arena",
                                    "follow_up", "waiting", "dormant"}) {
      const auto at = path.find(stage + "@");
      const std::string& day = c.at(stage + "_day");
      if (at == std::string::npos || (at > 0 && path[at - 1] != '>')) {
        CHECK(day.empty());
        continue;
      }
      const auto from = at + stage.size() + 1;
      CHECK(day == path.substr(from, path.find('>', from) - from));
      CHECK(std::stoi(day) >= raised);
    }
  }
  CHECK(static_cast<double>(cases.size()) == summary.at("issues_raised"));
  CHECK(static_cast<double>(resolved) == summary.at("issues_resolved"));
  CHECK(static_cast<double>(dropped) == summary.at("issues_dropped"));
  CHECK(static_cast<double>(open) == summary.at("issues_open"));
  CHECK(dropped > 0);  // issues.max_age_days=40: the check sees dropped cases
  for (const char* reason : {"waiting_line", "waiting_arena", "waiting_answer", "unworked", "too_old"}) {
    INFO(reason);
    CHECK(droppedBy[reason] == summary.at(std::string("dropped_") + reason));
  }

  // People at the end of measured days 29, 59, 89 and 119; the network is measured on the last, so
  // the mean constraint over people is the summary's.
  const auto people = table(r1.records[1].second);
  CHECK(people.size() == std::size_t{1200});  // 4 days × 300 people
  std::set<std::string> days;
  double sum = 0.0;
  int counted = 0;
  for (const auto& p : people) {
    days.insert(p.at("day"));
    CHECK(std::stod(p.at("hours_worked")) >= std::stod(p.at("coordination_hours")));
    if (p.at("present") == "0") CHECK(p.at("hours_worked") == "0");
    if (p.at("day") != "119" || p.at("constraint").empty()) continue;
    sum += std::stod(p.at("constraint"));
    ++counted;
  }
  CHECK(days == std::set<std::string>{"29", "59", "89", "119"});
  REQUIRE(counted > 0);
  CHECK(sum / counted == Approx(summary.at("mean_constraint")).epsilon(1e-12));
}

TEST_CASE("records: a person's overtime, day by day, adds up to the summary's overtime_hours",
          "[models][outputs][records]") {
  // Every measured day recorded, in a crisis (operational overtime is allowed then).
  const Scenario s =
      loadScenario("scenarios/default.yaml", {"municipality.staff=300", "warmup_days=30", "days=60",
                                              "crisis.start_day=5", "output.people_every_days=1"});
  const auto r = runMunicipality(s, {0, 3});
  std::map<std::string, double> summary(r.summary.begin(), r.summary.end());
  REQUIRE(r.records.size() == 1);
  const auto people = table(r.records[0].second);
  REQUIRE(people.size() == std::size_t{18000});  // 60 days × 300 people
  double overtime = 0.0;
  for (const auto& p : people) overtime += std::stod(p.at("overtime_hours"));
  REQUIRE(summary.at("overtime_hours") > 0);
  CHECK(overtime == Approx(summary.at("overtime_hours")).epsilon(1e-12));
}
