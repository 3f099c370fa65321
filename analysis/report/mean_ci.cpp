#include "analysis/report/mean_ci.hpp"

#include <array>
#include <cmath>

namespace samsim::analysis::report {

double tQuantile975(std::size_t df) {
  // Exact values for small samples (where replicates usually are), from the t table
  // (Abramowitz & Stegun 1964, table 26.10).
  static constexpr std::array<double, 30> kTable = {
      12.706204736, 4.302652730, 3.182446305, 2.776445105, 2.570581836, 2.446911851, 2.364624252, 2.306004135,
      2.262157163,  2.228138852, 2.200985160, 2.178812830, 2.160368656, 2.144786688, 2.131449546, 2.119905299,
      2.109815578,  2.100922040, 2.093024054, 2.085963447, 2.079613845, 2.073873068, 2.068657610, 2.063898562,
      2.059538553,  2.055529439, 2.051830516, 2.048407142, 2.045229642, 2.042272456};
  if (df == 0) return 0.0;
  if (df <= kTable.size()) return kTable[df - 1];
  // Beyond 30: Cornish–Fisher expansion around the normal quantile (A&S 26.7.5), error < 1e-6.
  const double z = 1.959963984540054;
  const double v = static_cast<double>(df);
  const double z3 = z * z * z;
  const double z5 = z3 * z * z;
  const double z7 = z5 * z * z;
  return z + (z3 + z) / (4 * v) + (5 * z5 + 16 * z3 + 3 * z) / (96 * v * v) +
         (3 * z7 + 19 * z5 + 17 * z3 - 15 * z) / (384 * v * v * v);
}

MeanCi meanCi(std::span<const double> values) {
  MeanCi result;
  result.n = values.size();
  if (values.empty()) return result;
  double sum = 0.0;
  for (double x : values) sum += x;
  const double n = static_cast<double>(values.size());
  result.mean = sum / n;
  result.low = result.high = result.mean;
  if (values.size() < 2) return result;
  double squares = 0.0;
  for (double x : values) squares += (x - result.mean) * (x - result.mean);
  const double halfWidth = tQuantile975(values.size() - 1) * std::sqrt(squares / (n - 1) / n);
  result.low = result.mean - halfWidth;
  result.high = result.mean + halfWidth;
  return result;
}

}  // namespace samsim::analysis::report
