// `samsim design` and `samsim sensitivity` end to end: analytic test functions evaluated on the
// plans the CLI writes (Ishigami, Sobol's g-function, a linear function for Morris), seed and
// thread-count contract of a Morris sweep, resume, bad input.
#include <cmath>
#include <functional>
#include <map>
#include <set>
#include <sstream>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "tests/app/cli_runner.hpp"

using namespace samsim::test;
namespace fs = std::filesystem;

namespace {

struct Index {
  double value, low, high;
};

// Writes the spec, runs `samsim design`, evaluates f on every plan row, runs `samsim sensitivity`
// and returns sensitivity.csv as parameter → column → value.
std::map<std::string, std::map<std::string, double>> evaluate(
    const std::string& name, const std::string& spec,
    const std::function<double(const std::vector<double>&)>& f) {
  const auto dir = scratchDir(name);
  std::ofstream(dir / "spec.yaml") << spec;
  const auto design =
      runCli("design " + (dir / "spec.yaml").string() + " --out " + (dir / "plan.csv").string());
  REQUIRE(design.exitCode == 0);
  const auto plan = parseCsv(readText(dir / "plan.csv"));
  std::ofstream results(dir / "results.csv");
  results << "point,y\n";
  results.precision(17);
  for (std::size_t r = 1; r < plan.size(); ++r) {
    std::vector<double> x;
    for (std::size_t c = 1; c < plan[r].size(); ++c) x.push_back(std::stod(plan[r][c]));
    results << plan[r][0] << "," << f(x) << "\n";
  }
  results.close();
  const auto s = runCli("sensitivity --plan " + (dir / "plan.json").string() + " --results " +
                        (dir / "results.csv").string() + " --out " + dir.string());
  REQUIRE(s.exitCode == 0);
  const auto rows = parseCsv(readText(dir / "sensitivity.csv"));
  std::map<std::string, std::map<std::string, double>> out;
  for (std::size_t r = 1; r < rows.size(); ++r)
    for (std::size_t c = 4; c < rows[r].size(); ++c)
      if (!rows[r][c].empty()) out[rows[r][2]][rows[0][c]] = std::stod(rows[r][c]);
  return out;
}

void checkIndex(const std::map<std::string, double>& row, const std::string& column, double expected,
                double tolerance) {
  INFO(column << " expected " << expected);
  CHECK(std::abs(row.at(column) - expected) < tolerance);
  CHECK(row.at(column + "_low") <= row.at(column));
  CHECK(row.at(column + "_high") >= row.at(column));
}

}  // namespace

// Measured errors at N = 4096 are at most 0.003; the tolerance leaves room.
TEST_CASE("sensitivity: Ishigami function (a = 7, b = 0.1), analytic indices within 0.01",
          "[cli][sensitivity]") {
  const double pi = std::acos(-1.0), a = 7, b = 0.1;
  // Ishigami & Homma (1990); variances from Sobol' & Levitan (1999).
  const double v1 = 0.5 * std::pow(1 + b * std::pow(pi, 4) / 5, 2), v2 = a * a / 8;
  const double v13 = std::pow(b, 2) * std::pow(pi, 8) * (1.0 / 18 - 1.0 / 50);
  const double v = v1 + v2 + v13;
  const std::string range = "min: -3.141592653589793, max: 3.141592653589793}";
  const auto s = evaluate(
      "ishigami",
      "name: ishigami\ndesign: sobol\nsamples: 4096\nseed: 3\nbootstrap: 500\nparameters:\n"
      "  - {name: x1, " +
          range + "\n  - {name: x2, " + range + "\n  - {name: x3, " + range + "\n",
      [&](const std::vector<double>& x) {
        return std::sin(x[0]) + a * std::pow(std::sin(x[1]), 2) + b * std::pow(x[2], 4) * std::sin(x[0]);
      });
  checkIndex(s.at("x1"), "S1", v1 / v, 0.01);
  checkIndex(s.at("x2"), "S1", v2 / v, 0.01);
  checkIndex(s.at("x3"), "S1", 0.0, 0.01);
  checkIndex(s.at("x1"), "ST", (v1 + v13) / v, 0.01);
  checkIndex(s.at("x2"), "ST", v2 / v, 0.01);
  checkIndex(s.at("x3"), "ST", v13 / v, 0.01);
}

TEST_CASE("sensitivity: Sobol g-function, analytic indices within 0.01", "[cli][sensitivity]") {
  const std::vector<double> a = {0, 1, 4.5, 9, 99, 99};
  std::vector<double> vi;
  double product = 1;
  for (double ai : a) {
    vi.push_back(1.0 / (3 * (1 + ai) * (1 + ai)));
    product *= 1 + vi.back();
  }
  const double v = product - 1;
  std::string spec = "design: sobol\nsamples: 4096\nscramble: true\nseed: 8\nbootstrap: 300\nparameters:\n";
  for (std::size_t i = 0; i < a.size(); ++i)
    spec += "  - {name: x" + std::to_string(i + 1) + ", min: 0, max: 1}\n";
  const auto s = evaluate("gfunction", spec, [&](const std::vector<double>& x) {
    double g = 1;
    for (std::size_t i = 0; i < a.size(); ++i) g *= (std::abs(4 * x[i] - 2) + a[i]) / (1 + a[i]);
    return g;
  });
  for (std::size_t i = 0; i < a.size(); ++i) {
    const auto& row = s.at("x" + std::to_string(i + 1));
    checkIndex(row, "S1", vi[i] / v, 0.01);
    checkIndex(row, "ST", vi[i] * product / (1 + vi[i]) / v, 0.01);
  }
}

TEST_CASE("sensitivity: Morris on a linear function gives mu* = coefficient × range, sigma 0",
          "[cli][sensitivity]") {
  // y = 10 x1 − 4 x2 + 1 x3 + 0 x4 with x3 over [0, 3]: elementary effects per unit of range are
  // exactly 10, −4, 3, 0, so μ* ranks x1 > x2 > x3 > x4.
  const auto s = evaluate("morris_linear",
                          "design: morris\ntrajectories: 12\nlevels: 6\nseed: 4\nparameters:\n"
                          "  - {name: x1, min: 0, max: 1}\n  - {name: x2, min: 0, max: 1}\n"
                          "  - {name: x3, min: 0, max: 3}\n  - {name: x4, min: -1, max: 1}\n",
                          [](const std::vector<double>& x) { return 10 * x[0] - 4 * x[1] + x[2]; });
  const std::vector<std::pair<std::string, double>> expected = {{"x1", 10}, {"x2", -4}, {"x3", 3}, {"x4", 0}};
  for (const auto& [name, coefficient] : expected) {
    INFO(name);
    CHECK(s.at(name).at("mu") == Approx(coefficient).margin(1e-9));
    CHECK(s.at(name).at("mu_star") == Approx(std::abs(coefficient)).margin(1e-9));
    CHECK(s.at(name).at("sigma") == Approx(0).margin(1e-9));
  }
}

TEST_CASE("sensitivity: a Morris sweep gives the same plan and indices at any thread count, resumed or not",
          "[cli][sensitivity][sweep]") {
  const auto dir = scratchDir("sweep_morris");
  std::ofstream(dir / "sweep.yaml")
      << "version: 1\nname: m\nbase: " << fs::absolute("scenarios/default.yaml").string()
      << "\nset: {municipality.staff: 300, days: 60, crisis.start_day: 10}\n"
         "design: morris\ntrajectories: 3\nlevels: 4\nreplicates: 2\nseed: 5\n"
         "parameters:\n  - {path: hub.size, min: 3, max: 15, integer: true}\n"
         "  - {path: hub.mandate, values: [information, advisory, decisive]}\n"
         "  - {path: crisis.duration_days, min: 20, max: 40, integer: true, log: true}\n";
  const std::string sweep = "sweep " + (dir / "sweep.yaml").string() + " --quiet --out ";
  REQUIRE(runCli(sweep + (dir / "one").string() + " -t 1").exitCode == 0);
  REQUIRE(runCli(sweep + (dir / "two").string() + " -t 2").exitCode == 0);
  fs::remove(dir / "two" / "runs.csv");
  fs::remove(dir / "two" / "runs" / "p000004-r0001.summary.csv");
  REQUIRE(runCli(sweep + (dir / "two").string() + " -t 2").exitCode == 0);
  CHECK(readText(dir / "one" / "sweep.json") == readText(dir / "two" / "sweep.json"));
  CHECK(readText(dir / "one" / "runs.csv") == readText(dir / "two" / "runs.csv"));
  REQUIRE(runCli("sensitivity " + (dir / "one").string()).exitCode == 0);
  REQUIRE(runCli("sensitivity " + (dir / "two").string()).exitCode == 0);
  const auto text = readText(dir / "one" / "sensitivity.csv");
  CHECK(text == readText(dir / "two" / "sensitivity.csv"));
  const auto rows = parseCsv(text);
  REQUIRE(rows.size() > 3);
  CHECK(rows[1][3] == "morris");
  CHECK(rows[1][16] == "2");  // two replicates averaged per point
  // The report shows the indices instead of one-setting-at-a-time response charts.
  REQUIRE(runCli("report " + (dir / "one").string()).exitCode == 0);
  const auto html = readText(dir / "one" / "report.html");
  CHECK(html.find("Which settings matter most") != std::string::npos);
  CHECK(html.find("μ*: how much it moves the outcome") != std::string::npos);
  CHECK(html.find("What changes when a setting changes") == std::string::npos);
}

TEST_CASE("sensitivity: a sweep over a list of base scenarios is crossed with the design; -n and --set apply",
          "[cli][sensitivity][sweep]") {
  const auto dir = scratchDir("sweep_crossed");
  std::ofstream(dir / "sweep.yaml")
      << "version: 1\nname: x\nbase: [" << fs::absolute("scenarios/designs/line-only.yaml").string() << ", "
      << fs::absolute("scenarios/designs/adhoc-crisis-group.yaml").string()
      << "]\nset: {municipality.staff: 300, crisis.start_day: 10}\n"
         "design: sobol\nsamples: 2\nreplicates: 3\nseed: 5\ntimeseries: false\n"
         "parameters:\n  - {path: crisis.duration_days, min: 20, max: 40, integer: true}\n";
  const std::string sweep = "sweep " + (dir / "sweep.yaml").string() + " --quiet -n 1 --set days=60 --out ";
  const auto dry = runCli("sweep " + (dir / "sweep.yaml").string() + " --dry-run -n 1");
  CHECK(dry.out.find("12 points × 1 replicates") != std::string::npos);
  REQUIRE(runCli(sweep + (dir / "out").string()).exitCode == 0);
  CHECK_FALSE(fs::exists(dir / "out" / "timeseries.csv"));
  const auto runs = parseCsv(readText(dir / "out" / "runs.csv"));
  REQUIRE(runs.size() == 13);
  CHECK(runs[1][1] == "line-only");
  CHECK(runs[12][1] == "adhoc-crisis-group");
  for (std::size_t p = 0; p < 6; ++p) CHECK(runs[7 + p][4] == runs[1 + p][4]);  // same design on each base
  const auto manifest = nlohmann::json::parse(readText(dir / "out" / "manifest.json"));
  CHECK(manifest["scenario"]["days"] == 60);
  REQUIRE(runCli("sensitivity " + (dir / "out").string()).exitCode == 0);
  const auto rows = parseCsv(readText(dir / "out" / "sensitivity.csv"));
  std::set<std::string> scenarios;
  for (std::size_t r = 1; r < rows.size(); ++r) scenarios.insert(rows[r][0]);
  CHECK(scenarios == std::set<std::string>{"line-only", "adhoc-crisis-group"});
}

TEST_CASE("design and sensitivity: bad input exits 2 with one line naming file and key",
          "[cli][sensitivity][bad-input]") {
  const auto dir = scratchDir("sensitivity_bad");
  const std::vector<std::pair<std::string, std::string>> designs = {
      {"design: sobol\nsamples: 8\nparameters:\n  - {name: a, values: [x, y]}\n", "sobol needs min and max"},
      {"design: morris\ntrajectories: 4\nlevels: 5\nparameters:\n  - {name: a, min: 0, max: 1}\n",
       "levels: expected an even number"},
      {"design: morris\nparameters:\n  - {name: a, min: 0, max: 1}\n", "trajectories: expected r ≥ 2"},
      {"design: sobol\nsamples: 8\nparameters:\n  - {name: a, min: 0, max: 1, log: true}\n",
       "log needs min > 0"},
      {"design: sobol\nsamples: 8\nparameters:\n  - {name: a, min: 0, max: 1, colour: red}\n",
       "unknown key 'parameters[0].colour'"},
  };
  for (const auto& [spec, message] : designs) {
    INFO(spec);
    std::ofstream(dir / "d.yaml", std::ios::trunc) << spec;
    const auto r = runCli("design " + (dir / "d.yaml").string() + " --out " + (dir / "p.csv").string());
    CHECK(r.exitCode == 2);
    CHECK(r.err.find(message) != std::string::npos);
    CHECK(std::count(r.err.begin(), r.err.end(), '\n') == 1);
  }
  std::ofstream(dir / "d.yaml", std::ios::trunc)
      << "design: sobol\nsamples: 4\nparameters:\n  - {name: a, min: 0, max: 1}\n";
  REQUIRE(runCli("design " + (dir / "d.yaml").string() + " --out " + (dir / "p.csv").string()).exitCode == 0);
  std::ofstream(dir / "r.csv") << "point,y\n0,1\n1,2\n";
  const auto missing =
      runCli("sensitivity --plan " + (dir / "p.json").string() + " --results " + (dir / "r.csv").string());
  CHECK(missing.exitCode == 2);
  CHECK(missing.err.find("point 2 has no results") != std::string::npos);
  std::ofstream(dir / "r.csv", std::ios::trunc) << "point,y\n0,1\n99,2\n";
  const auto outside =
      runCli("sensitivity --plan " + (dir / "p.json").string() + " --results " + (dir / "r.csv").string());
  CHECK(outside.exitCode == 2);
  CHECK(outside.err.find("r.csv:3: point: expected an integer in [0, 12)") != std::string::npos);
  const auto notSweep = runCli("sensitivity " + dir.string());
  CHECK(notSweep.exitCode == 2);
}

TEST_CASE("design: the same spec and seed give byte-identical plans; another seed another plan",
          "[cli][sensitivity]") {
  const auto dir = scratchDir("design_seed");
  const std::string spec =
      "design: morris\ntrajectories: 5\nparameters:\n  - {name: a, min: 0, max: 1}\n"
      "  - {name: b, values: [x, y, z]}\n  - {name: c, min: 1, max: 100, log: true}\n";
  std::ofstream(dir / "one.yaml") << spec << "seed: 1\n";
  std::ofstream(dir / "two.yaml") << spec << "seed: 2\n";
  for (const char* out : {"p1", "p2"})
    REQUIRE(runCli("design " + (dir / "one.yaml").string() + " --out " + (dir / out / "plan.csv").string())
                .exitCode == 0);
  REQUIRE(runCli("design " + (dir / "two.yaml").string() + " --out " + (dir / "p3" / "plan.csv").string())
              .exitCode == 0);
  CHECK(readText(dir / "p1" / "plan.csv") == readText(dir / "p2" / "plan.csv"));
  CHECK(readText(dir / "p1" / "plan.json") == readText(dir / "p2" / "plan.json"));
  CHECK(readText(dir / "p1" / "plan.csv") != readText(dir / "p3" / "plan.csv"));
  CHECK(parseCsv(readText(dir / "p1" / "plan.csv")).size() == 5 * 4 + 1);
}

// Before: one note per output left out ("output 'x' has missing values (NA) and is left out"), 34 of
// them for the features a sweep never switched on. Now one line per cause.
TEST_CASE("sensitivity: outputs left out are noted once per cause", "[cli][sensitivity]") {
  const auto dir = scratchDir("sensitivity_notes");
  fs::copy("tests/analysis/report/fixtures/morris", dir / "m", fs::copy_options::recursive);
  // Two columns no run observed, as a sweep with --all-columns writes them.
  std::stringstream in(readText(dir / "m" / "runs.csv"));
  std::string text, line;
  for (bool header = true; std::getline(in, line); header = false)
    text += line + (header ? ",crisis_rmst_days,initiatives_started\n" : ",,\n");
  std::ofstream(dir / "m" / "runs.csv") << text;
  const auto result = runCli("sensitivity " + (dir / "m").string());
  REQUIRE(result.exitCode == 0);
  CHECK(result.err ==
        "samsim: note: 2 outputs are empty in every run (never observed) and left out: crisis_rmst_days, "
        "initiatives_started\n"
        "samsim: note: 4 outputs are empty in some runs and left out: p90_days, cross_sector_p90_days, "
        "crisis_cross_sector_p90_days, q3_solved_latency_mean_days\n");
}
