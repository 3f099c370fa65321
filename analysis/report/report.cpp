#include "analysis/report/report.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <map>
#include <system_error>

#include "analysis/report/chart_specs.hpp"
#include "analysis/report/html_page.hpp"
#include "analysis/report/key_person_loss_section.hpp"
#include "analysis/report/metric_catalog.hpp"
#include "analysis/report/output_dir.hpp"
#include "analysis/report/sensitivity_charts.hpp"
#include "analysis/report/verdict.hpp"
#include "sim/atomic_file.hpp"
#include "sim/input_error.hpp"
#include "sim/text.hpp"

namespace samsim::analysis::report {
namespace {

// How many times each design (run, compare) or each combination of settings (sweep) was simulated:
// the fewest and the most rows of summary.csv per scenario, or of runs.csv per scenario and point.
std::pair<std::size_t, std::size_t> replicateRange(const OutputDir& output) {
  const bool sweep = output.kind == OutputKind::Sweep && output.runs;
  const std::optional<CsvFile>& file = sweep ? output.runs : output.summary ? output.summary : output.runs;
  if (!file || file->rowCount() == 0) return {0, 0};
  const auto cScenario = file->findColumn("scenario");
  const auto cPoint = sweep ? file->findColumn("point") : std::nullopt;
  std::map<std::pair<std::string, std::string>, std::size_t> rows;
  for (std::size_t r = 0; r < file->rowCount(); ++r)
    ++rows[{cScenario ? file->cell(r, *cScenario) : std::string(),
            cPoint ? file->cell(r, *cPoint) : std::string()}];
  const auto [lo, hi] = std::minmax_element(rows.begin(), rows.end(),
                                            [](const auto& a, const auto& b) { return a.second < b.second; });
  return {lo->second, hi->second};
}

std::string timesWord(std::size_t n) {
  return n == 1 ? "once" : n == 2 ? "twice" : fmt::format("{} times", n);
}

// Fewer replicates than this cannot tell an effect from the spread between runs: one run gives no
// measure of that spread, two give an interval with one degree of freedom (Student t 12.7).
constexpr std::size_t kFewReplicates = 3;

std::string fewReplicatesWarning(const OutputDir& output, std::size_t fewest) {
  const bool sweep = output.kind == OutputKind::Sweep;
  const std::string what = sweep ? "combination of settings" : "design";
  const std::string consequence =
      isSensitivitySweep(output)
          ? "the indices may count the chance differences between runs as an effect of the settings"
      : fewest == 1 ? "there is no measure of how much runs differ by chance, so no interval"
                    : "the 95 % intervals are very wide and a difference cannot be told from chance";
  return fmt::format(
      "Too few replicates: some {} was simulated only {}, so {}. Run at least {} replicates "
      "(-n {}), better 5 or more.",
      what, timesWord(fewest), consequence, kFewReplicates, kFewReplicates);
}

std::string joined(const std::vector<std::string>& items) {
  std::string text;
  for (const std::string& item : items) text += (text.empty() ? "" : ", ") + item;
  return text;
}

// The baseline first, the rest in the order the files give them.
OutputDir withBaselineFirst(OutputDir output, const ReportOptions& options) {
  const std::string baseline = chooseBaseline(output, options.baseline);
  auto& s = output.scenarios;
  if (auto it = std::find(s.begin(), s.end(), baseline); it != s.end()) std::rotate(s.begin(), it, it + 1);
  return output;
}

bool comparesDesigns(const OutputDir& output) {
  return output.kind != OutputKind::Sweep && output.summary && output.scenarios.size() > 1;
}

// The verdict with what each design is (the scenario's description in manifest.json).
Verdict describedVerdict(const OutputDir& output) {
  Verdict verdict = computeVerdict(*output.summary, output.scenarios, output.scenarios.front());
  for (const std::string& design : verdict.designs)
    verdict.descriptions.push_back(scenarioDescription(output, design));
  return verdict;
}

Section verdictSection(const OutputDir& output) {
  Section section;
  section.heading = "What each design trades off";
  const Verdict verdict = describedVerdict(output);
  if (verdict.columns.empty()) {
    section.notes.push_back("summary.csv has none of the headline outcomes, so there is no verdict.");
    return section;
  }
  section.intro = fmt::format("The headline outcomes of every design, compared with {}.", verdict.baseline);
  section.html = verdictHtml(verdict);
  return section;
}

// What was simulated, in the words of the scenario and sweep files (their `description:`); with
// several designs the verdict table says it per design instead.
std::vector<std::string> describingFacts(const OutputDir& output) {
  std::vector<std::string> facts;
  if (output.kind == OutputKind::Sweep) {
    if (const Description sweep = sweepDescription(output); !sweep.text.empty()) facts.push_back(sweep.text);
    for (const std::string& base : output.scenarios)
      if (const Description about = scenarioDescription(output, base); !about.text.empty())
        facts.push_back(fmt::format("Base scenario '{}': {}", base, about.text));
  } else if (!comparesDesigns(output)) {
    for (const std::string& scenario : output.scenarios)
      if (const Description about = scenarioDescription(output, scenario); !about.text.empty())
        facts.push_back(output.scenarios.size() > 1 ? fmt::format("'{}': {}", scenario, about.text)
                                                    : about.text);
  }
  return facts;
}

ReportPage makePage(const OutputDir& output) {
  ReportPage page;
  const std::string name = output.dir.filename().empty() ? output.dir.parent_path().filename().string()
                                                         : output.dir.filename().string();
  switch (output.kind) {
    case OutputKind::Run:
      page.title = output.scenarios.size() > 1
                       ? "Comparing coordination designs"
                       : fmt::format("Simulation results: {}", joined(output.scenarios));
      break;
    case OutputKind::Compare:
      page.title = "Comparing coordination designs";
      break;
    case OutputKind::Sweep:
      page.title = "How the outcomes respond to the settings";
      break;
  }
  page.facts = describingFacts(output);
  page.facts.push_back(fmt::format("Results from the folder '{}'.", name));
  if (output.scenarios.size() > 1 && output.kind != OutputKind::Sweep)
    page.facts.push_back(fmt::format("Designs compared: {} (differences are measured against '{}').",
                                     joined(output.scenarios), output.scenarios.front()));
  if (output.kind == OutputKind::Sweep) {
    // A screening names many settings: by their scenario keys, as in the charts and tables.
    std::vector<std::string> labels;
    for (const std::string& p : output.sweepParameters)
      labels.push_back(isSensitivitySweep(output) ? p : describeParameter(p));
    page.facts.push_back(fmt::format("Settings varied{}: {}.",
                                     isSensitivitySweep(output) ? " (scenario keys)" : "", joined(labels)));
  }
  const auto [fewest, most] = replicateRange(output);
  if (most > 0)
    page.facts.push_back(fmt::format(
        "Each {} was simulated {} with different random draws; charts show the average and how sure we can "
        "be of it.",
        output.kind == OutputKind::Sweep ? "combination of settings" : "design",
        fewest == most ? timesWord(fewest) : fmt::format("{} to {} times", fewest, most)));
  page.facts.push_back(
      "This is a model of how coordination works, not a forecast: compare designs with each other rather "
      "than "
      "reading the numbers as predictions.");

  if (output.kind == OutputKind::Sweep) {
    page.sections.push_back(isSensitivitySweep(output) ? sensitivitySection(output) : sweepSection(output));
    if (most > 0 && fewest < kFewReplicates)
      page.sections.back().notes.insert(page.sections.back().notes.begin(),
                                        fewReplicatesWarning(output, fewest));
    if (output.summary || output.comparison) page.sections.push_back(comparisonSection(output));
    // A sweep's time series has one line per design point, too many to read on one chart; the
    // response charts summarise the sweep instead (sweepSection notes this).
    if (output.network) page.sections.push_back(networkSection(output));
    return page;
  }
  // First screen: the verdict (or a single run's outcomes), the crisis as it unfolds, the
  // organisation; then the details.
  const bool several = comparesDesigns(output);
  if (several) page.sections.push_back(verdictSection(output));
  if (!several) page.sections.push_back(comparisonSection(output));
  if (most > 0 && fewest < kFewReplicates)
    page.sections.back().notes.insert(page.sections.back().notes.begin(),
                                      fewReplicatesWarning(output, fewest));
  if (output.timeseries) page.sections.push_back(timelineSection(output, "issues_open"));
  page.sections.push_back(networkSection(output));
  for (std::size_t s = page.sections.size() - 2; s < page.sections.size() && output.timeseries; ++s)
    page.sections[s].glance = true;
  if (several) page.sections.push_back(comparisonSection(output));
  if (auto loss = keyPersonLossSection(output)) page.sections.push_back(std::move(*loss));
  Section overTime = timeseriesSection(output);
  overTime.collapsed = true;
  page.sections.push_back(std::move(overTime));
  return page;
}

}  // namespace

std::string buildReport(const std::filesystem::path& dir, const ReportOptions& options) {
  return renderHtml(makePage(withBaselineFirst(loadOutputDir(dir), options)));
}

std::filesystem::path writeReport(const std::filesystem::path& dir, std::filesystem::path out,
                                  const ReportOptions& options) {
  const std::string html = buildReport(dir, options);  // DIR is checked before anything is made
  if (out.empty()) {
    out = dir / "report.html";
  } else {
    // -o names a file; a folder (existing, or written with a trailing slash) gets report.html in
    // it. A missing folder is created, as run, compare and sweep create theirs.
    std::error_code ec;
    if (std::filesystem::is_directory(out, ec) || !out.has_filename() || out.filename() == "." ||
        out.filename() == "..")
      out /= "report.html";
    // Never over a result's data: `-o DIR/summary.csv` would replace the CSV with the page.
    std::string extension = out.extension().string();
    std::transform(extension.begin(), extension.end(), extension.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    if (extension != ".html" && extension != ".htm")
      throw sim::InputError(fmt::format("--out {}: expected a .html file or a folder for the report",
                                        sim::quoted(out.string())));
    if (const auto parent = out.parent_path(); !parent.empty()) {
      std::filesystem::create_directories(parent, ec);
      if (ec)
        throw sim::InputError(fmt::format("--out {}: cannot create the folder {} ({})",
                                          sim::quoted(out.string()), sim::quoted(parent.string()),
                                          ec.message()));
    }
  }
  sim::writeFileAtomically(out, html);
  return out;
}

std::string terminalVerdict(const std::filesystem::path& dir, const ReportOptions& options) {
  const OutputDir output = withBaselineFirst(loadOutputDir(dir), options);
  if (!comparesDesigns(output)) return {};
  const Verdict verdict = describedVerdict(output);
  return verdict.columns.empty() ? std::string() : verdictText(verdict);
}

}  // namespace samsim::analysis::report
