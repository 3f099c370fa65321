// The informal network's tie decay (models/state/informal_network.cpp): weights read through the decay
// table equal the closed form exp(-ln 2 / half-life * age) bit for bit, inside and beyond the table.
#include <bit>
#include <catch2/catch.hpp>
#include <cmath>
#include <cstdint>

#include "models/state/informal_network.hpp"

namespace m = samsim::models;

TEST_CASE("informal network: decayed weights are the closed form, bit for bit, at every age",
          "[models][hand]") {
  m::InformalNetwork net;
  const double halfLife = 73.0;
  net.init(3, 2, halfLife);
  net.set(0, 1, 0.83, 10, 0.2);
  const m::TieSlot& slot = *net.row(0);
  REQUIRE(slot.other == 1);
  int mismatches = 0;
  for (int age = -3; age <= 5000; ++age) {
    const double expected =
        age <= 0 ? 0.83 : 0.2 + (0.83 - 0.2) * std::exp(-(std::log(2.0) / halfLife) * age);
    const double got = net.weightOf(slot, 10 + age);
    if (std::bit_cast<std::uint64_t>(expected) != std::bit_cast<std::uint64_t>(got)) ++mismatches;
    if (got != net.weight(1, 0, 10 + age)) ++mismatches;  // both ends read the same weight
  }
  CHECK(mismatches == 0);
  CHECK(net.weightOf(slot, 10 + 73) == Approx(0.2 + 0.63 / 2));  // one half-life
  CHECK(net.weightOf(*net.row(2), 10) == 0.0);                   // an empty slot
}
