#include "analysis/report/metric_catalog.hpp"

#include <array>
#include <utility>

#include "analysis/report/metric_entries.hpp"

namespace samsim::analysis::report {
namespace {

using detail::Better;
using detail::Entry;

// Titles and intros of the groups, in MetricGroup order.
constexpr std::array<GroupInfo, kMetricGroupCount> kGroups = {{
    {"Headline outcomes", "The outcomes the verdict compares the designs on.", "Headline outcomes"},
    {"Cases, speed and backlog",
     "How many cases came up, were solved or dropped, how many are waiting, and how long solving takes.",
     "How many cases, and how fast?"},
    {"Cases by kind",
     "Cases split into four kinds: a sector's own task, a task needing help from another sector, cases "
     "without a clear owner, and urgent cases without a clear owner.",
     "Which kinds of case gain or lose?"},
    {"Routes cases took",
     "By which route solved cases were solved, whether asking around finds help, and duplicated work.",
     "Why? The routes cases took"},
    {"Load on key people", "Whether directors, central staff and a few bridge-builders carry too much.",
     "Why? Load on key people"},
    {"Crisis", "Cases raised during the crisis, staff lent across sectors and the phases of the crisis.",
     "What happens in the crisis?"},
    {"Network and holes", "Working contacts between sectors and the places where there are none.",
     "Why? Who is in contact with whom"},
    {"Meetings and innovation",
     "What the coordination group costs, whether its decisions stick, and where new ideas come from.",
     "What does coordination cost, and what does it bring?"},
    {"Initiatives and co-creation",
     "Improvement projects people start from their spare time, whether the organisation takes them up, "
     "and how far they spread; empty when the scenario has no initiatives.",
     "What happens to initiatives from below?"},
    {"Other measures",
     "Measures the model writes that this report has no plain description for yet; shown with their "
     "column names.",
     "Other measures"},
}};

// Scenario keys that sweeps are expected to vary.
constexpr std::array<std::pair<std::string_view, std::string_view>, 22> kParameters = {{
    {"hub.size", "Size of the coordination group (people)"},
    {"hub.cadence_days", "Days between coordination meetings"},
    {"hub.mandate", "What the coordination group may do"},
    {"hub.liaison", "Liaison to crisis management"},
    {"hub.membership", "How members are chosen"},
    {"hub.enabled", "Coordination group exists"},
    {"hub.visibility", "How widely staff know the coordination group (share)"},
    {"hub.trigger", "When the coordination group forms"},
    {"hub.pool", "Where members come from"},
    {"hub.selection", "What members are chosen for"},
    {"hub.forms_after_days", "Days from crisis start until the group forms"},
    {"hub.persists", "Group stays after the crisis"},
    {"hub.org_members", "Members from the organisation area"},
    {"hub.meeting_hours", "Length of a coordination meeting (hours)"},
    {"crisis.duration_days", "Length of the crisis (working days)"},
    {"crisis.start_day", "Day the crisis starts"},
    {"crisis.enabled", "Crisis happens"},
    {"crisis.kind", "Kind of crisis"},
    {"municipality.staff", "Staff in the municipality"},
    {"municipality.sectors", "Number of sectors"},
    {"outcomes.horizon_days", "Horizon of time to resolution (working days)"},
    {"days", "Length of the simulated period (working days)"},
}};

// Named values in their natural order (weak to strong, small to broad), as in the scenario schema.
const std::array<std::pair<std::string_view, std::vector<std::string>>, 6> kOrders = {{
    {"hub.mandate", {"information", "advisory", "decisive"}},
    {"hub.membership", {"fixed", "flexible"}},
    {"hub.trigger", {"crisis", "always"}},
    {"hub.pool", {"central_staff", "sector_staff", "leaders", "all"}},
    {"hub.selection", {"random", "tenure", "role", "network"}},
    {"crisis.kind", {"acute", "long"}},
}};

// Trondheim's seven areas (003 l. 1293) as the model names them.
struct Gloss {
  std::string_view name, gloss, shortGloss;
};
constexpr std::array<Gloss, 7> kSectorGloss = {{
    {"Helse og velferd", "Health and welfare", "Health & welfare"},
    {"Oppvekst og utdanning", "Childhood and education", "Childhood & education"},
    {"Byutvikling", "Urban development", "Urban development"},
    {"Kultur og idrett", "Culture and sport", "Culture & sport"},
    {"Naering, samferdsel, klima og miljo", "Business, transport, climate and environment",
     "Business & environment"},
    {"Finans", "Finance", "Finance"},
    {"Organisasjon", "Organisation (central staff)", "Organisation"},
}};

std::string fromName(const std::string& column) {
  std::string base = column;
  std::string unit;
  for (std::string_view suffix : {"_days", "_hours", "_share"}) {
    if (base.size() > suffix.size() && base.ends_with(suffix)) {
      unit = std::string(suffix.substr(1));
      base.resize(base.size() - suffix.size());
      break;
    }
  }
  for (char& c : base)
    if (c == '_' || c == '.') c = ' ';
  if (!base.empty() && base[0] >= 'a' && base[0] <= 'z') base[0] = static_cast<char>(base[0] - 'a' + 'A');
  return unit.empty() ? base : base + " (" + unit + ")";
}

MetricUnit unitFromName(const std::string& column) {
  if (column.ends_with("_share")) return MetricUnit::Share;
  if (column.ends_with("_days")) return MetricUnit::Days;
  if (column.ends_with("_hours")) return MetricUnit::Hours;
  return MetricUnit::Index;
}

}  // namespace

MetricInfo describeMetric(const std::string& column) {
  for (const Entry& e : detail::metricEntries())
    if (e.column == column) {
      std::string explanation(e.explanation);
      if (e.better == Better::Higher) explanation += " Higher is better.";
      if (e.better == Better::Lower) explanation += " Lower is better.";
      return {std::string(e.label),
              explanation,
              e.better == Better::Higher,
              true,
              e.group,
              e.unit,
              e.better == Better::Neutral,
              std::string(e.censoring),
              e.writtenTo,
              e.smallestDifference};
    }
  return {fromName(column),
          "Measure '" + column + "' as recorded by the model.",
          false,
          false,
          MetricGroup::Other,
          unitFromName(column),
          true,
          ""};
}

GroupInfo describeGroup(MetricGroup group) {
  return kGroups[static_cast<std::size_t>(group)];
}

std::string_view unitName(MetricUnit unit) {
  switch (unit) {
    case MetricUnit::Count:
      return "count";
    case MetricUnit::Share:
      return "share (0–1, shown as %)";
    case MetricUnit::Days:
      return "working days";
    case MetricUnit::Hours:
      return "hours";
    case MetricUnit::Flag:
      return "0 or 1";
    case MetricUnit::Index:
      break;
  }
  return "index";
}

std::string_view fileNames(WrittenTo writtenTo) {
  switch (writtenTo) {
    case WrittenTo::Series:
      return "timeseries.csv";
    case WrittenTo::SummaryAndSeries:
      return "summary.csv, timeseries.csv";
    case WrittenTo::Network:
      return "network.csv";
    case WrittenTo::Summary:
      break;
  }
  return "summary.csv";
}

std::vector<std::string> catalogedMetrics() {
  std::vector<std::string> columns;
  for (const Entry& e : detail::metricEntries()) columns.emplace_back(e.column);
  return columns;
}

std::vector<std::string> recordColumnNames(std::string_view file) {
  std::vector<std::string> columns;
  for (const detail::RecordColumn& c : detail::recordColumns())
    if (c.file == file) columns.emplace_back(c.column);
  return columns;
}

bool isBookkeepingColumn(const std::string& column) {
  for (const detail::Bookkeeping& b : detail::bookkeepingColumns())
    if (column == b.column) return true;
  return false;
}

std::string describeParameter(const std::string& dottedPath) {
  for (const auto& [path, label] : kParameters)
    if (path == dottedPath) return std::string(label);
  return dottedPath;
}

std::vector<std::string> naturalOrder(const std::string& dottedPath) {
  for (const auto& [path, order] : kOrders)
    if (path == dottedPath) return order;
  return {};
}

std::string sectorGloss(const std::string& sector, bool shortForm) {
  for (const Gloss& g : kSectorGloss)
    if (g.name == sector) return std::string(shortForm ? g.shortGloss : g.gloss);
  return sector;
}

}  // namespace samsim::analysis::report
