#include "trondheim_network.hpp"

#include "sim/random.hpp"

namespace samsim::bench {

SyntheticOrganisation trondheimNetwork(int staff, int sectors, std::uint64_t seed) {
  sim::RandomStream rng(seed, 0, sim::purpose("bench-trondheim-network"));
  SyntheticOrganisation org;
  org.nodeCount = staff;
  org.sector.resize(static_cast<std::size_t>(staff));
  // Units of 8-25 consecutive staff; units are dealt to sectors round-robin.
  std::vector<int> unitStart;
  std::vector<int> unitOf(static_cast<std::size_t>(staff));
  for (int i = 0, unit = 0; i < staff; ++unit) {
    const int size = 8 + static_cast<int>(rng.below(18));
    unitStart.push_back(i);
    for (int k = 0; k < size && i < staff; ++k, ++i) {
      unitOf[static_cast<std::size_t>(i)] = unit;
      org.sector[static_cast<std::size_t>(i)] = unit % sectors;
    }
  }
  unitStart.push_back(staff);
  auto weight = [&] { return rng.lognormal(0.0, 0.6); };
  for (int i = 0; i < staff; ++i) {
    const int unit = unitOf[static_cast<std::size_t>(i)];
    const int end = unitStart[static_cast<std::size_t>(unit) + 1];
    for (int j = i + 1; j < end; ++j)  // inside the unit: most colleagues
      if (rng.bernoulli(0.55)) org.edges.push_back({i, j, weight()});
    // Same sector, other units: redraw until such a colleague is found (bounded for tiny inputs).
    const int sectorTies = 5 + static_cast<int>(rng.below(6));
    for (int k = 0, attempts = 0; k < sectorTies && attempts < 50 * sectorTies; ++attempts) {
      const int j = static_cast<int>(rng.below(static_cast<std::uint64_t>(staff)));
      if (org.sector[static_cast<std::size_t>(j)] != org.sector[static_cast<std::size_t>(i)] ||
          unitOf[static_cast<std::size_t>(j)] == unit)
        continue;
      org.edges.push_back({i, j, weight()});
      ++k;
    }
    const bool liaison = rng.bernoulli(0.03);
    const int crossTies = liaison ? 10 + static_cast<int>(rng.below(20)) : static_cast<int>(rng.below(3));
    for (int k = 0; k < crossTies; ++k) {
      const int j = static_cast<int>(rng.below(static_cast<std::uint64_t>(staff)));
      if (org.sector[static_cast<std::size_t>(j)] != org.sector[static_cast<std::size_t>(i)])
        org.edges.push_back({i, j, 0.5 * weight()});
    }
  }
  return org;
}

}  // namespace samsim::bench
