#include "app/sweep_run.hpp"

#include <exception>
#include <stdexcept>

#include <fmt/format.h>

#include "models/municipality_model.hpp"
#include "sim/atomic_file.hpp"
#include "sim/input_error.hpp"
#include "sim/sealed_file.hpp"
#include "sim/table.hpp"

namespace samsim::app {

namespace fs = std::filesystem;

std::string PlannedRun::name() const {
  return fmt::format("p{:06}-r{:04}", point, replicate);
}

nlohmann::json PlannedRun::toJson() const {
  return {{"point", point},        {"replicate", replicate},  {"seed", seed},
          {"base", base.string()}, {"overrides", overrides},  {"parameters", parameters},
          {"values", values},      {"timeseries", timeseries}};
}

PlannedRun PlannedRun::fromJson(const nlohmann::json& j) {
  PlannedRun run;
  run.point = j.at("point").get<std::size_t>();
  run.replicate = j.at("replicate").get<int>();
  run.seed = j.at("seed").get<std::uint64_t>();
  run.base = j.at("base").get<std::string>();
  run.overrides = j.at("overrides").get<std::vector<std::string>>();
  run.parameters = j.at("parameters").get<std::vector<std::string>>();
  run.values = j.at("values").get<std::vector<std::string>>();
  run.timeseries = j.at("timeseries").get<bool>();
  return run;
}

PlannedRun planRun(const SweepPlan& plan, std::size_t point, int replicate) {
  // An absolute base path, so a rank started in another directory finds the same file.
  return PlannedRun{point,
                    replicate,
                    plan.runSeed(point, replicate),
                    fs::absolute(plan.baseOf(point)),
                    plan.overrides(point),
                    plan.parameters,
                    plan.points[point].values,
                    plan.timeseries};
}

fs::path runFile(const fs::path& dir, std::size_t point, int replicate, const char* kind) {
  return dir / "runs" / fmt::format("p{:06}-r{:04}.{}.csv", point, replicate, kind);
}

namespace {

std::string runLabel(std::size_t point, int replicate, const char* kind) {
  return fmt::format("p{:06}-r{:04}.{}", point, replicate, kind);
}

}  // namespace

std::string sealRunFile(std::string_view content, std::size_t point, int replicate, const char* kind) {
  return sim::sealed(content, runLabel(point, replicate, kind));
}

std::optional<std::string> readRunFile(const fs::path& dir, std::size_t point, int replicate,
                                       const char* kind) {
  return sim::readSealed(runFile(dir, point, replicate, kind), runLabel(point, replicate, kind));
}

bool runIsComplete(const fs::path& dir, std::size_t point, int replicate, bool timeseries) {
  const auto summary = runFile(dir, point, replicate, "summary");
  const auto series = runFile(dir, point, replicate, "timeseries");
  if (!fs::exists(summary)) return false;
  if (readRunFile(dir, point, replicate, "summary") &&
      (!timeseries || readRunFile(dir, point, replicate, "timeseries")))
    return true;
  fs::remove(summary);
  fs::remove(series);
  return false;
}

std::vector<PlannedRun> missingRuns(const SweepPlan& plan, const fs::path& dir) {
  std::vector<PlannedRun> missing;
  for (std::size_t p = 0; p < plan.points.size(); ++p)
    for (int r = 0; r < plan.replicates; ++r)
      if (!runIsComplete(dir, p, r, plan.timeseries)) missing.push_back(planRun(plan, p, r));
  return missing;
}

namespace {

void writeRun(const PlannedRun& run, const fs::path& dir) {
  const auto scenario = models::loadScenario(run.base, run.overrides);
  auto result = models::runMunicipality(scenario, sim::ReplicateSpec{run.replicate, run.seed});

  // The seed's 64 bits as a signed integer (two's complement), so that every CSV reader that
  // parses 64-bit integers reads it exactly: a negative value s is the seed s + 2^64.
  std::vector<sim::Cell> prefix{static_cast<std::int64_t>(run.point), scenario.name,
                                static_cast<std::int64_t>(run.replicate),
                                static_cast<std::int64_t>(run.seed)};
  for (const auto& v : run.values) prefix.emplace_back(v);
  std::vector<std::string> header{"point", "scenario", "replicate", "seed"};
  header.insert(header.end(), run.parameters.begin(), run.parameters.end());

  if (run.timeseries) {
    std::string series;
    for (const auto& p : result.series) {
      auto row = prefix;
      row.emplace_back(static_cast<std::int64_t>(p.day));
      row.emplace_back(result.seriesNames[static_cast<std::size_t>(p.metric)]);
      row.emplace_back(p.value);
      series += sim::Table::csvLine(row);
    }
    sim::writeFileAtomically(runFile(dir, run.point, run.replicate, "timeseries"),
                             sealRunFile(series, run.point, run.replicate, "timeseries"));
  }

  auto summaryHeader = header;
  auto row = prefix;
  for (const auto& [name, value] : result.summary) {
    summaryHeader.push_back(name);
    row.emplace_back(value);
  }
  summaryHeader.emplace_back("agent_steps");
  row.emplace_back(static_cast<std::int64_t>(result.agentSteps));
  // wall_seconds is left out of sweep rows so a resumed sweep ends byte-identical to a fresh one.
  sim::writeFileAtomically(runFile(dir, run.point, run.replicate, "summary"),
                           sealRunFile(sim::Table::csvHeader(summaryHeader) + sim::Table::csvLine(row),
                                       run.point, run.replicate, "summary"));
}

}  // namespace

void executeRun(const PlannedRun& run, const fs::path& dir) {
  const std::string what =
      fmt::format("run {} (point {}, replicate {})", run.name(), run.point, run.replicate);
  try {
    writeRun(run, dir);
  } catch (const sim::InputError& e) {
    throw sim::InputError(what + ": " + e.what());
  } catch (const std::exception& e) {
    throw std::runtime_error(what + ": " + e.what());
  }
}

}  // namespace samsim::app
