#include "analysis/statistics.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <stdexcept>

namespace samsim::analysis {

double tQuantile975(std::size_t df) {
  // Exact table for small df (Abramowitz & Stegun 1964, table 26.10), Cornish–Fisher (A&S 26.7.5)
  // beyond, error < 1e-6.
  static constexpr std::array<double, 30> kTable = {
      12.706204736, 4.302652730, 3.182446305, 2.776445105, 2.570581836, 2.446911851, 2.364624252, 2.306004135,
      2.262157163,  2.228138852, 2.200985160, 2.178812830, 2.160368656, 2.144786688, 2.131449546, 2.119905299,
      2.109815578,  2.100922040, 2.093024054, 2.085963447, 2.079613845, 2.073873068, 2.068657610, 2.063898562,
      2.059538553,  2.055529439, 2.051830516, 2.048407142, 2.045229642, 2.042272456};
  if (df == 0) return std::numeric_limits<double>::quiet_NaN();
  if (df <= kTable.size()) return kTable[df - 1];
  const double z = 1.959963984540054;
  const double n = static_cast<double>(df);
  const double z3 = z * z * z;
  const double z5 = z3 * z * z;
  const double z7 = z5 * z * z;
  return z + (z3 + z) / (4 * n) + (5 * z5 + 16 * z3 + 3 * z) / (96 * n * n) +
         (3 * z7 + 19 * z5 + 17 * z3 - 15 * z) / (384 * n * n * n);
}

Interval meanInterval(const std::vector<double>& all) {
  // Missing values (NaN: not observed in that replicate) are left out; n counts the others.
  std::vector<double> values;
  values.reserve(all.size());
  for (double v : all)
    if (!std::isnan(v)) values.push_back(v);
  Interval out;
  out.n = values.size();
  if (values.empty()) {
    out.mean = out.low = out.high = std::numeric_limits<double>::quiet_NaN();
    return out;
  }
  double sum = 0;
  for (double v : values) sum += v;
  out.mean = sum / static_cast<double>(out.n);
  if (out.n < 2) {
    out.low = out.high = std::numeric_limits<double>::quiet_NaN();
    return out;
  }
  double squares = 0;
  for (double v : values) squares += (v - out.mean) * (v - out.mean);
  const double se = std::sqrt(squares / static_cast<double>(out.n - 1) / static_cast<double>(out.n));
  const double half = tQuantile975(out.n - 1) * se;
  out.low = out.mean - half;
  out.high = out.mean + half;
  return out;
}

Interval pairedDifference(const std::vector<double>& a, const std::vector<double>& b) {
  if (a.size() != b.size()) throw std::invalid_argument("pairedDifference: samples of different size");
  std::vector<double> d;  // only replicates where both values exist
  for (std::size_t i = 0; i < a.size(); ++i)
    if (!std::isnan(a[i]) && !std::isnan(b[i])) d.push_back(b[i] - a[i]);
  return meanInterval(d);
}

double quantile(std::vector<double> values, double q) {
  if (values.empty()) return std::numeric_limits<double>::quiet_NaN();
  std::sort(values.begin(), values.end());
  const double h = (static_cast<double>(values.size()) - 1) * q;
  const auto lo = static_cast<std::size_t>(std::floor(h));
  const std::size_t hi = std::min(lo + 1, values.size() - 1);
  return values[lo] + (h - static_cast<double>(lo)) * (values[hi] - values[lo]);
}

}  // namespace samsim::analysis
