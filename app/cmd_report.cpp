// `samsim report DIR [--out FILE.html]`: one self-contained HTML page with the charts of a run,
// compare or sweep output directory (docs/report.md); after a comparison also the verdict table.
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
  std::string baseline;
};

}  // namespace

void addReportCommand(CLI::App& app) {
  auto opts = std::make_shared<ReportOptions>();
  CLI::App* cmd = app.add_subcommand(
      "report", "Turn an output directory of run, compare or sweep into a self-contained HTML report");
  cmd->add_option("DIR", opts->dir, "output directory written by samsim run, compare or sweep")->required();
  cmd->add_option("--out,-o", opts->out, "where to write the report (default: DIR/report.html)");
  cmd->add_option(
      "--baseline", opts->baseline,
      "design the others are compared with, by scenario name, file or file stem (default: the one without a "
      "coordination arena, else the first)");
  cmd->callback([opts] {
    const analysis::report::ReportOptions options{opts->baseline};
    const auto written = analysis::report::writeReport(opts->dir, opts->out, options);
    // After a comparison of designs, the verdict in the terminal too: the main question answered.
    if (const std::string verdict = analysis::report::terminalVerdict(opts->dir, options); !verdict.empty())
      std::cout << "\n" << verdict << "\n";
    std::cout << "samsim: report written to " << written.string() << "\n";
  });
}

}  // namespace samsim::app
