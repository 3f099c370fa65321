// `samsim holes EDGES.csv [--directed] [--out FILE.csv] [--threads T]`: Burt's structural-hole
// measures per node of an edge list (docs/network-measures.md has the definitions).
#include <iostream>
#include <string>

#include <fmt/format.h>
#include <CLI/CLI.hpp>

#include "analysis/network/edge_list_csv.hpp"
#include "analysis/network/structural_holes.hpp"
#include "app/commands.hpp"
#include "sim/atomic_file.hpp"
#include "sim/executor.hpp"
#include "sim/input_error.hpp"

namespace samsim::app {
namespace {

struct HolesOptions {
  std::string edges;
  bool directed = false;
  std::string out;
  int threads = 1;
};

// Labels are echoed as CSV fields: quoted when they hold a comma, quote or line break.
std::string csvField(const std::string& s) {
  if (s.find_first_of(",\"\n\r") == std::string::npos) return s;
  std::string q = "\"";
  for (char c : s) q += c == '"' ? std::string("\"\"") : std::string(1, c);
  return q + "\"";
}

void runHoles(const HolesOptions& o) {
  const analysis::LabelledEdgeList list = analysis::readEdgeListCsv(o.edges);
  const auto graph = analysis::Graph::fromEdges(static_cast<int>(list.labels.size()), list.edges, o.directed);
  const auto executor = sim::makeExecutor(o.threads);
  const auto measures = analysis::burtMeasures(graph, executor.get());
  std::string csv = "node,degree,constraint,effective_size,efficiency,hierarchy\n";
  for (std::size_t i = 0; i < measures.size(); ++i) {
    const auto& m = measures[i];
    // {} prints the shortest representation that reads back to the same double ("nan" if undefined).
    csv += fmt::format("{},{},{},{},{},{}\n", csvField(list.labels[i]), m.degree, m.constraint,
                       m.effectiveSize, m.efficiency, m.hierarchy);
  }
  if (o.out.empty()) {
    std::cout << csv;
  } else {
    sim::writeFileAtomically(o.out, csv);
  }
}

}  // namespace

void addHolesCommand(CLI::App& app) {
  auto opts = std::make_shared<HolesOptions>();
  CLI::App* cmd = app.add_subcommand(
      "holes", "Burt's constraint, effective size, efficiency and hierarchy per node of an edge list");
  cmd->add_option("EDGES", opts->edges, "CSV with source,target[,weight] (header optional)")->required();
  cmd->add_flag("--directed", opts->directed, "treat edges as directed (source -> target)");
  cmd->add_option("--out", opts->out, "write the CSV here instead of standard output");
  cmd->add_option("--threads", opts->threads, "worker threads (results are identical for any count)")
      ->check(CLI::NonNegativeNumber);
  cmd->callback([opts] { runHoles(*opts); });
}

}  // namespace samsim::app
