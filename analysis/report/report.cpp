#include "analysis/report/report.hpp"

#include <fmt/format.h>

#include "analysis/report/chart_specs.hpp"
#include "analysis/report/html_page.hpp"
#include "analysis/report/metric_catalog.hpp"
#include "analysis/report/output_dir.hpp"
#include "analysis/report/sensitivity_charts.hpp"
#include "sim/atomic_file.hpp"

namespace samsim::analysis::report {
namespace {

std::size_t replicateCount(const OutputDir& output) {
  const std::optional<CsvFile>& file = output.summary ? output.summary : output.runs;
  if (!file) return 0;
  return distinctValues(*file, file->requireColumn("replicate")).size();
}

std::string joined(const std::vector<std::string>& items) {
  std::string text;
  for (const std::string& item : items) text += (text.empty() ? "" : ", ") + item;
  return text;
}

ReportPage makePage(const OutputDir& output) {
  ReportPage page;
  const std::string name = output.dir.filename().empty() ? output.dir.parent_path().filename().string()
                                                         : output.dir.filename().string();
  switch (output.kind) {
    case OutputKind::Run:
      page.title = fmt::format("Simulation results: {}", joined(output.scenarios));
      break;
    case OutputKind::Compare:
      page.title = "Comparing coordination designs";
      break;
    case OutputKind::Sweep:
      page.title = "How the outcomes respond to the settings";
      break;
  }
  page.facts.push_back(fmt::format("Results from the folder '{}'.", name));
  if (output.kind == OutputKind::Compare)
    page.facts.push_back(fmt::format("Designs compared: {} (differences are measured against '{}').",
                                     joined(output.scenarios), output.scenarios.front()));
  if (output.kind == OutputKind::Sweep) {
    std::vector<std::string> labels;
    for (const std::string& p : output.sweepParameters) labels.push_back(describeParameter(p));
    page.facts.push_back(fmt::format("Settings varied: {}.", joined(labels)));
  }
  if (const std::size_t n = replicateCount(output); n > 0)
    page.facts.push_back(
        fmt::format("Each {} was simulated {} times with different random draws; charts show the "
                    "average and how sure we can be of it.",
                    output.kind == OutputKind::Sweep ? "combination of settings" : "design", n));
  page.facts.push_back(
      "This is a model of how coordination works, not a forecast: compare designs with each other rather "
      "than "
      "reading the numbers as predictions.");

  if (output.kind == OutputKind::Sweep) {
    page.sections.push_back(isSensitivitySweep(output) ? sensitivitySection(output) : sweepSection(output));
    if (output.summary || output.comparison) page.sections.push_back(comparisonSection(output));
  } else {
    page.sections.push_back(comparisonSection(output));
  }
  // A sweep's time series has one line per design point, too many to read on one chart; the
  // response charts summarise the sweep instead (sweepSection notes this).
  if (output.kind != OutputKind::Sweep) page.sections.push_back(timeseriesSection(output));
  if (output.kind != OutputKind::Sweep || output.network) page.sections.push_back(networkSection(output));
  return page;
}

}  // namespace

std::string buildReport(const std::filesystem::path& dir) {
  return renderHtml(makePage(loadOutputDir(dir)));
}

std::filesystem::path writeReport(const std::filesystem::path& dir, std::filesystem::path out) {
  if (out.empty()) out = dir / "report.html";
  const std::string html = buildReport(dir);
  sim::writeFileAtomically(out, html);
  return out;
}

}  // namespace samsim::analysis::report
