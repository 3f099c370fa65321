// The edge-list reader of `samsim holes` (analysis/network/edge_list_csv.hpp).
#include <catch2/catch.hpp>

#include <cmath>

#include "analysis/network/edge_list_csv.hpp"
#include "analysis/network/structural_holes.hpp"
#include "sim/input_error.hpp"

using namespace samsim::analysis;

TEST_CASE("edge list: a header with a byte order mark or other capitals is a header", "[network][csv]") {
  for (const std::string header :
       {"\xEF\xBB\xBFsource,target", "Source,Target", "SOURCE,TARGET", " source , target "}) {
    INFO(header);
    const auto list = parseEdgeListCsv(header + "\na,b\nb,c\n", "e.csv");
    CHECK(list.labels == std::vector<std::string>{"a", "b", "c"});
    CHECK(list.edges.size() == 2);
  }
  const auto weighted = parseEdgeListCsv("\xEF\xBB\xBFSource,Target,Weight\na,b,2\n", "e.csv");
  CHECK(weighted.labels == std::vector<std::string>{"a", "b"});
  const auto groups = parseNodeGroupsCsv("\xEF\xBB\xBFNode,Group\na,x\nb,y\n", "g.csv", {"a", "b"});
  CHECK(groups.groupLabels == std::vector<std::string>{"x", "y"});
  CHECK_THROWS_WITH(parseEdgeListCsv("Source,Target,cost\na,b,1\n", "e.csv"),
                    "e.csv:1: expected header `source,target[,weight]`, third column is 'cost'");
}

TEST_CASE("edge list: subnormal and huge weights give the measures of their ratios", "[network][csv]") {
  // networkx 2.8: constraint(a) = 1.0069444444444444, effective_size(a) = 1, for any common scale.
  const std::string edges = "a,b,W\nb,c,W\na,c,W\nc,d,W\n";
  auto withWeight = [&](const std::string& w) {
    std::string text = edges;
    for (auto at = text.find('W'); at != std::string::npos; at = text.find('W')) text.replace(at, 1, w);
    const auto list = parseEdgeListCsv(text, "e.csv");
    const auto graph = Graph::fromEdges(static_cast<int>(list.labels.size()), list.edges, false);
    return burtMeasures(graph);
  };
  const auto reference = withWeight("1");
  CHECK(reference[0].constraint == Approx(1.0069444444444444).epsilon(1e-15));
  for (const std::string w : {"1e-310", "4.9e-324", "1e-200", "1e300"}) {
    INFO(w);
    const auto scaled = withWeight(w);
    for (std::size_t i = 0; i < scaled.size(); ++i) {
      CHECK(scaled[i].constraint == Approx(reference[i].constraint).epsilon(1e-12));
      CHECK(scaled[i].effectiveSize == Approx(reference[i].effectiveSize).epsilon(1e-12));
      CHECK(scaled[i].hierarchy == Approx(reference[i].hierarchy).epsilon(1e-9));
    }
  }
}

TEST_CASE("edge list: bad values are quoted on one line", "[network][csv]") {
  CHECK_THROWS_WITH(parseEdgeListCsv("a,b,\"1\n2\"\n", "e.csv"), Catch::Contains("e.csv:1:"));
  CHECK_THROWS_WITH(parseEdgeListCsv("a,b,x\x01y\n", "e.csv"),
                    "e.csv:1: weight 'x\\x01y' is not a number; expected a finite number >= 0");
}

TEST_CASE("edge list: weights mixing normal and subnormal values stay finite, or are refused",
          "[network][csv]") {
  // A fuzzing finding: 0, 1e-310 and 4.9e-324 with a self-loop of weight 2 gave infinite constraint.
  const auto list =
      parseEdgeListCsv("source,target,weight\n1,2,0\n2,3,1e-310\n3,1,4.9e-324\n1,1,2\n", "e.csv");
  const auto graph = Graph::fromEdges(static_cast<int>(list.labels.size()), list.edges, false);
  for (const auto& m : burtMeasures(graph)) {
    CHECK_FALSE(std::isinf(m.constraint));
    CHECK_FALSE(std::isinf(m.effectiveSize));
    CHECK_FALSE(std::isinf(m.hierarchy));
  }
  CHECK_THROWS_WITH(
      parseEdgeListCsv("a,b,1\nb,c,1e-310\n", "e.csv"),
      Catch::StartsWith("e.csv:2: weight 1e-310 is more than 1e300 times smaller than the largest (1)"));
}
