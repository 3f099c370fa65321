// app/sweep_columns.cpp: a sweep's runs.csv tells parameters from outcomes by columns.csv, leaves
// out the columns empty in every run (listed in the manifest; kept with --all-columns) and writes
// seeds that parse as signed 64-bit integers.
#include <catch2/catch.hpp>

#include <algorithm>
#include <charconv>
#include <cstdlib>
#include <fstream>
#include <set>

#include <nlohmann/json.hpp>

#include "analysis/report/csv_file.hpp"
#include "app/sweep_columns.hpp"
#include "sim/random.hpp"
#include "tests/app/cli_runner.hpp"

using samsim::analysis::report::CsvFile;
using namespace samsim::test;
namespace fs = std::filesystem;

namespace {

std::vector<std::string> columnOf(const CsvFile& file, const std::string& name) {
  std::vector<std::string> cells;
  const auto c = file.requireColumn(name);
  for (std::size_t r = 0; r < file.rowCount(); ++r) cells.push_back(file.cell(r, c));
  return cells;
}

bool parsesAsInt64(const std::string& text, std::int64_t& value) {
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  return ec == std::errc() && end == text.data() + text.size();
}

}  // namespace

TEST_CASE("sweep columns: each column of runs.csv is a parameter, an outcome or identity",
          "[sweep][columns]") {
  using samsim::app::ColumnKind;
  const auto size = samsim::app::describeRunsColumn("hub.size", {"hub.size"});
  CHECK(size.kind == ColumnKind::Parameter);
  CHECK(size.unit == "members");
  CHECK(size.description.rfind("Size of the coordination group", 0) == 0);
  const auto rmst = samsim::app::describeRunsColumn("rmst_days", {"hub.size"});
  CHECK(rmst.kind == ColumnKind::Outcome);
  CHECK(rmst.unit == "working days");
  CHECK(rmst.description.rfind("Days to resolve a case: ", 0) == 0);
  for (const char* identity : {"point", "scenario", "replicate", "seed", "agent_steps"})
    CHECK(samsim::app::describeRunsColumn(identity, {"hub.size"}).kind == ColumnKind::Identity);
  CHECK(samsim::app::kindName(ColumnKind::Parameter) == "parameter");
}

TEST_CASE("sweep columns: a tiny sweep's runs.csv loads with inputs and outputs told apart",
          "[cli][sweep][columns]") {
  const auto dir = scratchDir("sweep_columns");
  // No crisis and no initiatives: their columns are empty in every run.
  std::ofstream(dir / "sweep.yaml")
      << "version: 1\nname: t\nbase: " << fs::absolute("scenarios/default.yaml").string()
      << "\nset: {municipality.staff: 300, days: 60, crisis.enabled: false}\n"
         "design: grid\nreplicates: 2\nseed: 9\nseed_policy: independent\n"
         "timeseries: false\nparameters:\n  - {path: hub.size, values: [5, 9]}\n"
         "  - {path: hub.mandate, values: [information, decisive]}\n";
  const std::string sweep = "sweep " + (dir / "sweep.yaml").string() + " --quiet -t 2 --out ";
  REQUIRE(runCli(sweep + (dir / "tidy").string()).exitCode == 0);
  REQUIRE(runCli(sweep + (dir / "all").string() + " --all-columns").exitCode == 0);

  const auto runs = CsvFile::read(dir / "tidy" / "runs.csv");
  const auto columns = CsvFile::read(dir / "tidy" / "columns.csv");
  REQUIRE(runs.rowCount() == 8);
  CHECK(columns.columns() == std::vector<std::string>{"name", "kind", "unit", "description"});
  // The rule: columns.csv names every column of runs.csv, in order, with its kind.
  CHECK(columnOf(columns, "name") == runs.columns());
  std::set<std::string> parameters, identity;
  for (std::size_t r = 0; r < columns.rowCount(); ++r) {
    const auto& kind = columns.cell(r, 1);
    CHECK((kind == "parameter" || kind == "outcome" || kind == "identity"));
    if (kind == "parameter") parameters.insert(columns.cell(r, 0));
    if (kind == "identity") identity.insert(columns.cell(r, 0));
    if (kind == "outcome") CHECK_FALSE(columns.cell(r, 3).empty());
  }
  CHECK(parameters == std::set<std::string>{"hub.size", "hub.mandate"});
  CHECK(identity == std::set<std::string>{"point", "scenario", "replicate", "seed", "agent_steps"});

  // No column is empty in every row; the ones left out are listed in the manifest.
  for (const auto& name : runs.columns()) {
    const auto cells = columnOf(runs, name);
    CHECK_FALSE(std::all_of(cells.begin(), cells.end(), [](const std::string& c) { return c.empty(); }));
  }
  const auto manifest = nlohmann::json::parse(readText(dir / "tidy" / "manifest.json"));
  const auto leftOut = manifest["columns_left_out"].get<std::vector<std::string>>();
  CHECK(std::find(leftOut.begin(), leftOut.end(), "crisis_rmst_days") != leftOut.end());
  // --all-columns keeps them, empty; every other column holds the same cells.
  const auto all = CsvFile::read(dir / "all" / "runs.csv");
  CHECK(all.columns().size() == runs.columns().size() + leftOut.size());
  CHECK(nlohmann::json::parse(readText(dir / "all" / "manifest.json"))["columns_left_out"].empty());
  for (const auto& name : all.columns()) {
    const bool dropped = std::find(leftOut.begin(), leftOut.end(), name) != leftOut.end();
    CHECK(dropped != runs.findColumn(name).has_value());
    if (dropped) {
      const auto cells = columnOf(all, name);
      CHECK(std::all_of(cells.begin(), cells.end(), [](const std::string& c) { return c.empty(); }));
    } else {
      CHECK(columnOf(all, name) == columnOf(runs, name));
    }
  }

  // Seeds parse as signed 64-bit integers and are the derived seeds' 64 bits: independent policy,
  // point p's seed is replicateSeed(9, 1'000'000'007 + p), replicate r's replicateSeed(that, r).
  const auto seeds = columnOf(runs, "seed"), points = columnOf(runs, "point"),
             replicates = columnOf(runs, "replicate");
  bool negative = false;
  for (std::size_t r = 0; r < seeds.size(); ++r) {
    std::int64_t seed = 0;
    REQUIRE(parsesAsInt64(seeds[r], seed));
    negative = negative || seed < 0;
    const auto pointSeed = samsim::sim::replicateSeed(9, 1'000'000'007ULL + std::stoull(points[r]));
    CHECK(static_cast<std::uint64_t>(seed) ==
          samsim::sim::replicateSeed(pointSeed, std::stoull(replicates[r])));
  }
  CHECK(negative);  // the case the signed form exists for: a seed of 2^63 or more

  // The same in R (r-base-core, scripts/install-deps.sh), as docs/outputs.md tells an analyst to
  // load it: parameters and outcomes apart by columns.csv, no column missing in every run, seeds
  // exact when read as text.
  std::ofstream(dir / "load.R")
      << "runs <- read.csv('" << (dir / "tidy" / "runs.csv").string()
      << "', colClasses = c(seed = 'character'))\n"
      << "kinds <- read.csv('" << (dir / "tidy" / "columns.csv").string() << "')\n"
      << "X <- runs[, kinds$name[kinds$kind == 'parameter']]\n"
      << "Y <- runs[, kinds$name[kinds$kind == 'outcome']]\n"
      << "stopifnot(identical(names(runs), make.names(kinds$name)), ncol(X) == 2, ncol(Y) > 10)\n"
      << "stopifnot(!any(sapply(runs, function(v) all(is.na(v) | v == ''))))\n"
      << "stopifnot(identical(runs$seed, as.character(runs$seed)), !anyNA(as.numeric(runs$seed)))\n"
      << "cat('loaded', nrow(runs), ncol(X), ncol(Y), '\\n')\n";
  const std::string out = (dir / "load.out").string();
  const int status = std::system(("Rscript " + (dir / "load.R").string() + " > " + out + " 2>&1").c_str());
  INFO(readText(out));
  CHECK(status == 0);
  CHECK(readText(out).rfind("loaded 8 2 ", 0) == 0);
}
