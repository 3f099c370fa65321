// Mean and 95 % confidence interval: hand-computed values and the t table.
#include <catch2/catch.hpp>

#include <vector>

#include "analysis/report/mean_ci.hpp"

using namespace samsim::analysis::report;

TEST_CASE("meanCi matches a hand computation", "[report][statistics]") {
  // mean 14, s = sqrt(40/4) = sqrt(10), half width = t(0.975, 4) * sqrt(10) / sqrt(5) = 2.776445105 * sqrt(2)
  const std::vector<double> values = {10, 12, 14, 16, 18};
  const MeanCi ci = meanCi(values);
  CHECK(ci.n == 5);
  CHECK(ci.mean == Approx(14.0));
  CHECK(ci.low == Approx(10.0735136773).epsilon(1e-9));
  CHECK(ci.high == Approx(17.9264863227).epsilon(1e-9));
}

TEST_CASE("meanCi of one value or of equal values has no width", "[report][statistics]") {
  const std::vector<double> one = {3.5};
  const MeanCi a = meanCi(one);
  CHECK(a.mean == 3.5);
  CHECK(a.low == 3.5);
  CHECK(a.high == 3.5);
  const std::vector<double> same = {2, 2, 2};
  const MeanCi b = meanCi(same);
  CHECK(b.low == Approx(2.0));
  CHECK(b.high == Approx(2.0));
  CHECK(meanCi(std::vector<double>{}).n == 0);
}

TEST_CASE("t quantiles: table values and the large-sample expansion", "[report][statistics]") {
  CHECK(tQuantile975(1) == Approx(12.706204736));
  CHECK(tQuantile975(9) == Approx(2.262157163));
  // Beyond the table (reference values of Student's t, e.g. R's qt(0.975, df)).
  CHECK(tQuantile975(31) == Approx(2.039513446).margin(2e-6));
  CHECK(tQuantile975(60) == Approx(2.000297822).margin(1e-6));
  CHECK(tQuantile975(120) == Approx(1.979930405).margin(1e-6));
  CHECK(tQuantile975(100000) == Approx(1.959988).margin(1e-6));  // not yet the normal 1.959964
  for (std::size_t df = 2; df < 200; ++df) CHECK(tQuantile975(df) < tQuantile975(df - 1));  // decreasing
}
