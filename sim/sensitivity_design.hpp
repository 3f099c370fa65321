#pragma once
// Designs for global sensitivity analysis over the unit cube, each a deterministic function of
// its seed:
//  - the Sobol low-discrepancy sequence with the Joe & Kuo (2008) direction numbers
//    (new-joe-kuo-6.21201, as tabulated in Boost.Random), optionally randomised by linear matrix
//    scrambling and a digital shift (Matoušek 1998);
//  - Saltelli (2010) sampling: blocks A, A_B^(1..k), B for first-order and total indices;
//  - Morris (1991) elementary-effect trajectories, the r most spread of a larger candidate set
//    by the distance of Campolongo, Cariboni & Saltelli (2007), chosen greedily.
#include <cstddef>
#include <cstdint>
#include <vector>

namespace samsim::sim {

using UnitPoints = std::vector<std::vector<double>>;

// Points 1..n of the dims-dimensional Sobol sequence in Gray-code order (the origin, point 0, is
// left out): 0.5, 0.75, 0.25, … in the first dimension. dims ≤ 3667.
UnitPoints sobolSequence(std::size_t n, std::size_t dims, bool scrambled, std::uint64_t seed);

// Saltelli 2010: n blocks of k+2 points from a 2k-dimensional Sobol sequence, A = its first k
// coordinates, B = its last k. Block j holds A_j, then A_j with coordinate i taken from B_j for
// i = 1..k, then B_j.
UnitPoints saltelliPoints(std::size_t n, std::size_t k, bool scrambled, std::uint64_t seed);

// Morris: r trajectories of k+1 points on the grid {0, 1/(levels-1), …, 1} (levels even), each
// step moving one coordinate by ±Δ, Δ = levels / (2 (levels - 1)), in random order. The r are
// chosen from `candidates` random trajectories to maximise Campolongo's spread.
UnitPoints morrisTrajectories(std::size_t r, std::size_t k, int levels, std::size_t candidates,
                              std::uint64_t seed);

// Campolongo 2007 distance between two trajectories: sum over point pairs of Euclidean distance.
double trajectoryDistance(const UnitPoints& a, const UnitPoints& b);

}  // namespace samsim::sim
