// bench_holes: times the network measures on a Trondheim-scale synthetic organisation.
//   bench_holes [--staff N] [--sectors S] [--seed X] [--repeats R] [--threads T]
//               [--edges FILE.csv] [--constraint FILE.csv]
// --edges writes the generated graph (source,target,weight) so python-igraph can time the same
// graph; --constraint writes samsim's constraint per node for a side-by-side value check.
// Prints `name median_ms min_ms` lines; medians over R repeats after one warm-up run.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <functional>
#include <string>
#include <vector>

#include <fmt/format.h>
#include <CLI/CLI.hpp>

#include "analysis/network/brokerage.hpp"
#include "analysis/network/sector_summary.hpp"
#include "analysis/network/structural_holes.hpp"
#include "sim/atomic_file.hpp"
#include "sim/executor.hpp"
#include "trondheim_network.hpp"

namespace {

// Wall-clock timing is the point of a benchmark; nothing here feeds simulation output.
void timeIt(const std::string& name, int repeats, const std::function<void()>& work) {
  work();  // warm-up: page in the matrices, start the thread pool
  std::vector<double> ms;
  for (int r = 0; r < repeats; ++r) {
    const auto t0 = std::chrono::steady_clock::now();
    work();
    const auto t1 = std::chrono::steady_clock::now();
    ms.push_back(std::chrono::duration<double, std::milli>(t1 - t0).count());
  }
  std::sort(ms.begin(), ms.end());
  std::printf("%-28s median %9.2f ms   min %9.2f ms\n", name.c_str(), ms[ms.size() / 2], ms.front());
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"Benchmark of samsim's structural-hole and brokerage measures"};
  int staff = 15000, sectors = 8, repeats = 15, threads = 2;
  std::uint64_t seed = 1;
  std::string edgesOut, constraintOut;
  app.add_option("--staff", staff);
  app.add_option("--sectors", sectors);
  app.add_option("--seed", seed);
  app.add_option("--repeats", repeats)->check(CLI::PositiveNumber);
  app.add_option("--threads", threads);
  app.add_option("--edges", edgesOut);
  app.add_option("--constraint", constraintOut);
  CLI11_PARSE(app, argc, argv);

  using namespace samsim;
  const bench::SyntheticOrganisation org = bench::trondheimNetwork(staff, sectors, seed);
  const analysis::Graph graph = analysis::Graph::fromEdges(org.nodeCount, org.edges, false);
  long long degreeSum = 0;
  for (int i = 0; i < org.nodeCount; ++i) degreeSum += graph.contactCount(i);
  std::printf("graph: %d nodes, %zu edge rows, %lld ties, mean degree %.1f\n", org.nodeCount,
              org.edges.size(), graph.tieCount(), static_cast<double>(degreeSum) / org.nodeCount);
  if (!edgesOut.empty()) {
    std::string csv = "source,target,weight\n";
    for (const auto& e : org.edges) csv += fmt::format("{},{},{}\n", e.source, e.target, e.weight);
    sim::writeFileAtomically(edgesOut, csv);
  }
  if (!constraintOut.empty()) {
    std::string csv = "node,constraint\n";
    const auto c = analysis::burtConstraint(graph);
    for (std::size_t i = 0; i < c.size(); ++i) csv += fmt::format("{},{}\n", i, c[i]);
    sim::writeFileAtomically(constraintOut, csv);
  }
  const auto parallel = sim::makeExecutor(threads);
  timeIt("build graph (CSR)", repeats,
         [&] { (void)analysis::Graph::fromEdges(org.nodeCount, org.edges, false); });
  timeIt("constraint, 1 thread", repeats, [&] { (void)analysis::burtConstraint(graph); });
  timeIt(fmt::format("constraint, {} threads", threads), repeats,
         [&] { (void)analysis::burtConstraint(graph, parallel.get()); });
  timeIt("all Burt measures, 1 thread", repeats, [&] { (void)analysis::burtMeasures(graph); });
  timeIt(fmt::format("all Burt measures, {} thr", threads), repeats,
         [&] { (void)analysis::burtMeasures(graph, parallel.get()); });
  timeIt("brokerage, 1 thread", repeats, [&] { (void)analysis::gouldFernandez(graph, org.sector, sectors); });
  timeIt("sector summary (k=20)", repeats,
         [&] { (void)analysis::sectorSummary(graph, org.sector, sectors, 20, parallel.get()); });
  return 0;
}
