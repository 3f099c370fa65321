#include "app/run_output.hpp"

#include "app/build_id.hpp"

#include <algorithm>
#include <cctype>
#include <chrono>
#include <ctime>
#include <fstream>
#include <map>
#include <set>
#include <string_view>

#include <fmt/format.h>

#include "models/municipality_model.hpp"
#include "models/organisation/organisation_import.hpp"
#include "models/outputs/records.hpp"
#include "sim/atomic_file.hpp"
#include "sim/executor.hpp"
#include "sim/input_error.hpp"
#include "sim/progress.hpp"
#include "sim/random.hpp"
#include "sim/replicate_runner.hpp"
#include "sim/table.hpp"

namespace samsim::app {

std::string utcNow() {
  const std::time_t now = std::time(nullptr);  // for the manifest only, never for the model
  std::tm tm{};
  gmtime_r(&now, &tm);
  char buffer[32];
  std::strftime(buffer, sizeof buffer, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buffer;
}

std::string samsimVersion() {
  return SAMSIM_VERSION;
}

std::vector<ScenarioRuns> runScenarios(const std::vector<std::string>& files, const RunOptions& options,
                                       RunDataStream& stream) {
  std::vector<ScenarioRuns> runs;
  for (const auto& file : files) {
    ScenarioRuns run;
    run.file = file;
    run.scenario = models::loadScenario(file, options.overrides);
    run.baseSeed = options.seed >= 0 ? static_cast<std::uint64_t>(options.seed) : run.scenario.seed;
    runs.push_back(std::move(run));
  }
  std::set<std::string> names;
  for (const auto& run : runs)
    if (!names.insert(run.scenario.name).second)
      throw sim::InputError(
          fmt::format("{}: name: '{}' is used by two scenarios of one run; expected distinct names", run.file,
                      run.scenario.name));
  // Common random numbers: one base seed for all scenarios of a comparison (the first one's).
  for (auto& run : runs) {
    run.baseSeed = runs.front().baseSeed;
    run.scenario.seed = run.baseSeed;  // the manifest's resolved scenario states the seed it ran with
    for (int r = 0; r < options.replicates; ++r)
      run.seeds.push_back(sim::replicateSeed(run.baseSeed, static_cast<std::uint64_t>(r)));
  }
  auto executor = sim::makeExecutor(options.threads);
  sim::Progress progress("samsim", runs.size() * static_cast<std::size_t>(options.replicates), 0,
                         options.quiet);
  // Batches of a few replicates per thread: enough to keep every thread busy, few enough that
  // the time series held in memory stay small whatever -n is. Records (cases.csv, people.csv) hold
  // tens of megabytes per replicate: one replicate per thread then.
  const auto replicates = static_cast<std::size_t>(options.replicates);
  const auto threads = static_cast<std::size_t>(executor->threads());
  for (auto& run : runs) {
    const bool records = run.scenario.output.recordCases || run.scenario.output.peopleEveryDays > 0;
    const std::size_t batch =
        records ? std::max<std::size_t>(1, threads) : std::max<std::size_t>(16, 4 * threads);
    run.results.resize(replicates);
    for (std::size_t first = 0; first < replicates; first += batch) {
      const std::size_t count = std::min(batch, replicates - first);
      executor->forEach(count, [&](std::size_t k) {
        const std::size_t r = first + k;
        const auto start = std::chrono::steady_clock::now();  // timing only; never feeds the model
        run.results[r] =
            models::runMunicipality(run.scenario, sim::ReplicateSpec{static_cast<int>(r), run.seeds[r]});
        run.results[r].wallSeconds =
            std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        progress.advance();
      });
      for (std::size_t r = first; r < first + count; ++r) {
        stream.add(run.scenario.name, r, run.results[r], run.scenario.warmupDays);
        std::vector<sim::SeriesPoint>().swap(run.results[r].series);
        run.results[r].tables.clear();
        run.results[r].records.clear();
        run.results[r].files.clear();
      }
    }
  }
  progress.finish();
  return runs;
}

namespace {

// What `samsim report` writes first: a page that starts so is samsim's.
constexpr std::string_view kReportOpening =
    "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
    "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'";

// `text` is `prefix` followed by digits only (exactly `digits` of them, or at least one when 0).
bool isNumbered(const std::string& text, const std::string& prefix, std::size_t digits = 0) {
  if (text.rfind(prefix, 0) != 0) return false;
  const std::string number = text.substr(prefix.size());
  return !number.empty() && (digits == 0 || number.size() == digits) &&
         std::all_of(number.begin(), number.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// networks/<scenario>/replicate<r>/day<ddddd>/<file>: the network snapshots a run writes
// (models/outputs/network_export.cpp names the files).
bool isOwnSnapshot(const std::filesystem::path& relative) {
  static const std::set<std::string> kFiles{"network.graphml", "edges.csv", "units.csv", "staff.csv",
                                            "ties.csv"};
  std::vector<std::string> parts;
  for (const auto& part : relative) parts.push_back(part.string());
  return parts.size() == 4 && isNumbered(parts[1], "replicate") &&
         (isNumbered(parts[2], "day", 5) || isNumbered(parts[2], "day-", 5)) && kFiles.count(parts[3]) == 1;
}

// The model names a snapshot's files day<DDDDD>/<file> by simulated day, warm-up included; on disk
// the folder counts measured days as timeseries.csv does (day-DDDDD during the warm-up).
std::string measuredDayName(const std::string& name, int warmupDays) {
  const auto slash = name.find('/');
  if (slash == std::string::npos || !isNumbered(name.substr(0, slash), "day", 5)) return name;
  const int day = std::stoi(name.substr(3, slash - 3)) - warmupDays;
  return fmt::format("day{}{:05}{}", day < 0 ? "-" : "", day < 0 ? -day : day, name.substr(slash));
}

// Whether `file` is a regular file whose first bytes are `opening`.
bool opensWith(const std::filesystem::path& file, std::string_view opening) {
  std::error_code ec;
  if (!std::filesystem::is_regular_file(file, ec) || std::filesystem::is_symlink(file, ec)) return false;
  std::ifstream in(file, std::ios::binary);
  std::string start(opening.size(), '\0');
  in.read(start.data(), static_cast<std::streamsize>(start.size()));
  return in && start == opening;
}

// An earlier result's network snapshots and records would mix with this one's, and its report would
// sit beside data it does not describe: they go, but only what samsim wrote. Anything else in the
// folder (a file of the user's under networks/, a report.html or cases.csv of their own) stays.
void removeEarlierOutputs(const std::filesystem::path& dir) {
  std::error_code ec;
  for (const auto& [name, columns] :
       {std::pair{"cases.csv", &models::caseColumns()}, std::pair{"people.csv", &models::peopleColumns()}}) {
    // Its header's first columns (later versions may add columns after them).
    std::string opening = sim::Table::csvHeader({"scenario", "replicate", (*columns)[0], (*columns)[1]});
    opening.back() = ',';
    if (opensWith(dir / name, opening)) std::filesystem::remove(dir / name);
  }
  const auto networks = dir / "networks";
  if (std::filesystem::is_directory(networks, ec)) {
    std::vector<std::filesystem::path> own;
    for (auto it = std::filesystem::recursive_directory_iterator(networks, ec);
         !ec && it != std::filesystem::recursive_directory_iterator(); it.increment(ec))
      if (it->is_regular_file(ec) && !it->is_symlink(ec) &&
          isOwnSnapshot(it->path().lexically_relative(networks)))
        own.push_back(it->path());
    for (const auto& file : own) {
      std::filesystem::remove(file);
      // Folders this left empty, up to networks/ itself.
      for (auto folder = file.parent_path(); folder != dir && std::filesystem::is_empty(folder, ec) && !ec;
           folder = folder.parent_path())
        std::filesystem::remove(folder, ec);
    }
  }
  const auto report = dir / "report.html";
  if (opensWith(report, kReportOpening)) std::filesystem::remove(report);
}

}  // namespace

RunDataStream::RunDataStream(std::filesystem::path dir)
    : m_dir(std::move(dir)), m_series(m_dir / "timeseries.csv") {
  removeEarlierOutputs(m_dir);
  m_series.stream() << sim::Table::csvHeader({"scenario", "replicate", "day", "metric", "value"});
}

void RunDataStream::add(const std::string& scenario, std::size_t replicate, const sim::RunResult& result,
                        int warmupDays) {
  const auto r = static_cast<std::int64_t>(replicate);
  for (const auto& point : result.series) {
    m_series.stream() << sim::Table::csvLine({scenario, r, static_cast<std::int64_t>(point.day),
                                              result.seriesNames[static_cast<std::size_t>(point.metric)],
                                              point.value});
  }
  // Per-run files (network snapshots): DIR/networks/<scenario>/replicate<r>/<file>.
  for (const auto& [name, content] : result.files) {
    std::string folder = scenario;
    for (char& c : folder)
      if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_' || c == '.')) c = '_';
    const auto path = m_dir / "networks" / folder / fmt::format("replicate{}", replicate) /
                      measuredDayName(name, warmupDays);
    std::filesystem::create_directories(path.parent_path());
    sim::writeFileAtomically(path, content);
  }
  for (const auto& [name, table] : result.tables) {
    std::ostream& out = tableStream(name, table.columns());
    for (const auto& row : table.rows()) {
      std::vector<sim::Cell> full{scenario, r};
      full.insert(full.end(), row.begin(), row.end());
      out << sim::Table::csvLine(full);
    }
  }
  // Records: their rows are CSV text already; the same two cells go in front of each.
  std::string front = sim::Table::csvLine({scenario, r});
  front.back() = ',';
  for (const auto& [name, record] : result.records) {
    std::ostream& out = tableStream(name, record.columns());
    for (std::size_t k = 0; k < record.rowCount(); ++k) out << front << record.row(k);
  }
}

std::ostream& RunDataStream::tableStream(const std::string& name, const std::vector<std::string>& columns) {
  auto it = std::find_if(m_tables.begin(), m_tables.end(), [&](const auto& t) { return t.first == name; });
  if (it == m_tables.end()) {
    m_tables.emplace_back(name, std::make_unique<sim::AtomicWriter>(m_dir / (name + ".csv")));
    it = std::prev(m_tables.end());
    std::vector<std::string> header{"scenario", "replicate"};
    header.insert(header.end(), columns.begin(), columns.end());
    it->second->stream() << sim::Table::csvHeader(header);
  }
  return it->second->stream();
}

void RunDataStream::commit() {
  m_series.commit();
  for (auto& [name, writer] : m_tables) writer->commit();
}

namespace {

std::string summaryCsv(const std::vector<ScenarioRuns>& runs) {
  std::vector<std::string> columns{"scenario", "replicate", "seed"};
  for (const auto& [name, value] : runs.front().results.front().summary) columns.push_back(name);
  columns.emplace_back("agent_steps");
  columns.emplace_back("wall_seconds");
  std::string out = sim::Table::csvHeader(columns);
  for (const auto& run : runs) {
    for (std::size_t r = 0; r < run.results.size(); ++r) {
      const auto& result = run.results[r];
      std::vector<sim::Cell> row{run.scenario.name, static_cast<std::int64_t>(r),
                                 std::to_string(run.seeds[r])};
      for (const auto& [name, value] : result.summary) row.emplace_back(value);
      row.emplace_back(static_cast<std::int64_t>(result.agentSteps));
      row.emplace_back(result.wallSeconds);
      out += sim::Table::csvLine(row);
    }
  }
  return out;
}

}  // namespace

std::vector<std::string> metricNames(const ScenarioRuns& runs) {
  std::vector<std::string> names;
  for (const auto& [name, value] : runs.results.front().summary) names.push_back(name);
  return names;
}

void writeRunData(const std::filesystem::path& dir, const std::vector<ScenarioRuns>& runs,
                  RunDataStream& stream) {
  sim::writeFileAtomically(dir / "summary.csv", summaryCsv(runs));
  stream.commit();
}

void writeManifest(const std::filesystem::path& dir, const std::string& command,
                   const std::vector<ScenarioRuns>& runs, const RunOptions& options,
                   const std::string& startTime) {
  nlohmann::json manifest;
  manifest["samsim_version"] = samsimVersion();
  manifest["samsim_build"] = kBuildId;
  manifest["command"] = command;
  manifest["replicates"] = options.replicates;
  manifest["threads"] = options.threads == 0 ? sim::makeExecutor(0)->threads() : std::max(1, options.threads);
  manifest["overrides"] = options.overrides;
  manifest["start_time"] = startTime;
  manifest["end_time"] = utcNow();
  manifest["scenarios"] = nlohmann::json::array();
  for (const auto& run : runs) {
    // The resolved scenario with where it came from and its seeds alongside.
    nlohmann::json entry = models::scenarioSchema().toJson(run.scenario);
    entry["file"] = run.file;
    entry["base_seed"] = std::to_string(run.baseSeed);
    entry["replicate_seeds"] = nlohmann::json::array();
    for (auto s : run.seeds) entry["replicate_seeds"].push_back(std::to_string(s));
    if (run.scenario.organisation.data)
      entry["organisation_import"] = models::describeImport(run.scenario, run.baseSeed);
    manifest["scenarios"].push_back(entry);
  }
  sim::writeFileAtomically(dir / "manifest.json", manifest.dump(2) + "\n");
}

}  // namespace samsim::app
