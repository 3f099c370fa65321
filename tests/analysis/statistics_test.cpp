#include <cmath>

#include <catch2/catch.hpp>

#include "analysis/statistics.hpp"

using namespace samsim::analysis;

TEST_CASE("meanInterval matches a hand computation", "[statistics]") {
  // values 1..5: mean 3, sd = sqrt(2.5), se = sqrt(0.5), t(4) = 2.776445
  const auto ci = meanInterval({1, 2, 3, 4, 5});
  CHECK(ci.n == 5);
  CHECK(ci.mean == Approx(3.0));
  CHECK(ci.high - ci.mean == Approx(2.776445 * std::sqrt(0.5)).epsilon(1e-6));
  CHECK(ci.mean - ci.low == Approx(ci.high - ci.mean));
}

TEST_CASE("a single value has no interval", "[statistics]") {
  const auto ci = meanInterval({7.0});
  CHECK(ci.mean == 7.0);
  CHECK(std::isnan(ci.low));
  CHECK(std::isnan(ci.high));
}

TEST_CASE("t quantile: table and large-df expansion agree at the seam", "[statistics]") {
  CHECK(tQuantile975(1) == Approx(12.706205));
  CHECK(tQuantile975(31) == Approx(2.039513).epsilon(1e-5));      // published t(0.975, 31)
  CHECK(tQuantile975(120) == Approx(1.979930).epsilon(1e-5));     // published t(0.975, 120)
  CHECK(tQuantile975(100000) == Approx(1.959988).epsilon(1e-6));  // published t(0.975, 1e5)
}

TEST_CASE("paired difference removes the shared component", "[statistics]") {
  // b = a + 1 exactly: difference 1 with zero width, although a itself varies a lot.
  const std::vector<double> a{10, 50, 3, 99};
  const std::vector<double> b{11, 51, 4, 100};
  const auto d = pairedDifference(a, b);
  CHECK(d.mean == Approx(1.0));
  CHECK(d.high - d.low == Approx(0.0).margin(1e-12));
  CHECK_THROWS(pairedDifference(a, {1.0}));
}

TEST_CASE("quantile interpolates linearly (type 7)", "[statistics]") {
  CHECK(quantile({1, 2, 3, 4}, 0.9) == Approx(3.7));
  CHECK(quantile({5}, 0.9) == 5);
  CHECK(std::isnan(quantile({}, 0.5)));
}

TEST_CASE("missing values are skipped: n counts present values, pairs need both", "[statistics]") {
  const double na = std::nan("");
  const auto ci = meanInterval({1, na, 2, 3, 4, 5, na});
  CHECK(ci.n == 5);
  CHECK(ci.mean == Approx(3.0));
  CHECK(ci.high - ci.mean == Approx(2.776445 * std::sqrt(0.5)).epsilon(1e-6));
  const auto none = meanInterval({na, na});
  CHECK(none.n == 0);
  CHECK(std::isnan(none.mean));
  // Pairs (1,2) (na,5) (3,na) (4,6): differences 1 and 2 only.
  const auto d = pairedDifference({1, na, 3, 4}, {2, 5, na, 6});
  CHECK(d.n == 2);
  CHECK(d.mean == Approx(1.5));
}
