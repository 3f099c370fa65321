#pragma once
// Case and person records (docs/outputs.md "Case and person records"): what the issue life cycle
// and the workforce already hold, as rows a researcher can fit their own models to (a survival
// model of the cases, who brokers, cases joined to people). Reading them changes nothing in a run.
// - cases.csv (output.record_cases): one row per case of the outcome book (raised after the
//   warm-up), as of the end of the run, with every change of its state. The life cycle records the
//   changes when IssueBook::keepHistory is set, which a run that records cases sets before day 0.
// - people.csv (output.people_every_days = N): every person at the end of every N-th measured day.
// Days are measured days (0 = the first day after the warm-up), as in timeseries.csv.
#include <string>
#include <vector>

#include "models/state/world.hpp"
#include "sim/table.hpp"

namespace samsim::models {

// The columns of cases.csv and people.csv (after scenario and replicate), in order; the report's
// catalogue describes each (analysis/report/metric_entries.cpp).
const std::vector<std::string>& caseColumns();
const std::vector<std::string>& peopleColumns();

// One row per case raised after the warm-up, in the order raised, as of the end of day `w.day`.
// Throws std::logic_error when the issue book kept no history.
sim::CsvRows caseRecords(const World& w);

// Appends a row per person as of the end of today (w.day): after the day's work, so hours are the
// day's and the network the one measured that evening.
void recordPeople(const World& w, sim::CsvRows& rows);

}  // namespace samsim::models
