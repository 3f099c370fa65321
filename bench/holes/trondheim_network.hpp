#pragma once
// A synthetic municipal organisation at Trondheim scale (about 15,000 staff in 8 sectors) for
// benchmarking the network measures: dense ties inside work units of 8-25 people, fewer ties to
// other units of the same sector, and a thin layer of cross-sector ties that a few liaison staff
// carry more of. Mean degree lands around 25-30, the range reported for intra-organisational
// advice networks; weights are log-normal tie strengths.
#include <cstdint>
#include <vector>

#include "analysis/network/graph.hpp"

namespace samsim::bench {

struct SyntheticOrganisation {
  int nodeCount = 0;
  std::vector<int> sector;  // node -> sector index
  std::vector<analysis::Edge> edges;
};

SyntheticOrganisation trondheimNetwork(int staff, int sectors, std::uint64_t seed);

}  // namespace samsim::bench
