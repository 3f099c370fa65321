// `samsim holes EDGES.csv [--directed] [--out FILE.csv] [--threads T] [--groups NODES.csv]`:
// Burt's structural-hole measures per node of an edge list; with --groups (`node,group`) also
// the Gould-Fernandez brokerage roles and their z-scores (docs/network-measures.md).
#include <iostream>
#include <string>

#include <fmt/format.h>
#include <CLI/CLI.hpp>

#include "analysis/network/brokerage.hpp"
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
  std::string groups;
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
  std::string csv = "node,degree,constraint,effective_size,efficiency,hierarchy";
  analysis::NodeGroups groups;
  analysis::BrokerageResult brokerage;
  if (!o.groups.empty()) {
    groups = analysis::readNodeGroupsCsv(o.groups, list.labels);
    brokerage = analysis::gouldFernandez(graph, groups.group, static_cast<int>(groups.groupLabels.size()),
                                         executor.get());
    csv += ",group";
    for (int k = 0; k < analysis::kBrokerageRoles; ++k) {
      const std::string role = analysis::brokerageRoleName(static_cast<analysis::BrokerageRole>(k));
      csv += "," + role + "," + role + "_z";
    }
    csv += ",brokerage,brokerage_z";
  }
  csv += "\n";
  for (std::size_t i = 0; i < measures.size(); ++i) {
    const auto& m = measures[i];
    // {} prints the shortest representation that reads back to the same double ("nan" if undefined).
    csv += fmt::format("{},{},{},{},{},{}", csvField(list.labels[i]), m.degree, m.constraint, m.effectiveSize,
                       m.efficiency, m.hierarchy);
    if (!o.groups.empty()) {
      const auto& b = brokerage.nodes[i];
      csv += "," + csvField(groups.groupLabels[static_cast<std::size_t>(groups.group[i])]);
      for (int k = 0; k < analysis::kBrokerageRoles; ++k)
        csv += fmt::format(",{},{}", b.observed[k], b.zScore[k]);
      csv += fmt::format(",{},{}", b.total, b.totalZ);
    }
    csv += "\n";
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
  cmd->add_option("--out,-o", opts->out, "write the CSV here instead of standard output");
  cmd->add_option("--groups", opts->groups,
                  "CSV with node,group: adds Gould-Fernandez brokerage roles and z-scores per node");
  cmd->add_option("--threads", opts->threads, "worker threads (results are identical for any count)")
      ->check(kThreadRange);
  cmd->callback([opts] { runHoles(*opts); });
}

}  // namespace samsim::app
