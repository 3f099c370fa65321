// `samsim report DIR [--out FILE.html]`: one self-contained HTML page with the charts of a run,
// compare or sweep output directory (docs/report.md).
#include <iostream>
#include <memory>
#include <string>

#include <CLI/CLI.hpp>

#include "analysis/report/report.hpp"
#include "app/commands.hpp"

namespace samsim::app {
namespace {

struct ReportOptions {
  std::string dir;
  std::string out;
};

}  // namespace

void addReportCommand(CLI::App& app) {
  auto opts = std::make_shared<ReportOptions>();
  CLI::App* cmd = app.add_subcommand(
      "report", "Turn an output directory of run, compare or sweep into a self-contained HTML report");
  cmd->add_option("DIR", opts->dir, "output directory written by samsim run, compare or sweep")->required();
  cmd->add_option("--out", opts->out, "where to write the report (default: DIR/report.html)");
  cmd->callback([opts] {
    const auto written = analysis::report::writeReport(opts->dir, opts->out);
    std::cout << "samsim: report written to " << written.string() << "\n";
  });
}

}  // namespace samsim::app
