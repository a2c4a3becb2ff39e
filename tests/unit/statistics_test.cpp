#include <catch2/catch.hpp>

#include <algorithm>
#include <numeric>
#include <vector>

#include "engine/statistics.hpp"

using namespace intsim;

TEST_CASE("quantiles are exact order statistics", "[statistics]") {
    std::vector<double> x(100);
    std::iota(x.begin(), x.end(), 1.0);  // 1..100
    const Summary s = summarise(x);
    CHECK(s.p05 == 5.0);  // x_(ceil(0.05 * 100))
    CHECK(s.p25 == 25.0);
    CHECK(s.p50 == 50.0);
    CHECK(s.p95 == 95.0);
    CHECK(s.min == 1.0);
    CHECK(s.max == 100.0);
    CHECK(s.mean == Approx(50.5));
    CHECK(s.sd == Approx(std::sqrt(841.6666666666666)));
    CHECK(s.mc_se == Approx(s.sd / 10.0));
    CHECK(order_statistic(std::vector<double>{3.0}, 0.0) == 3.0);
}

TEST_CASE("the offer is the value reached with the stated probability", "[statistics]") {
    std::vector<double> x(10);
    std::iota(x.begin(), x.end(), 1.0);  // 1..10
    // Higher is better: P(X >= 3) = 0.8, P(X >= 4) = 0.7.
    CHECK(offer_value(x, 0.8, true) == 3.0);
    CHECK(offer_value(x, 0.9, true) == 2.0);
    // Lower is better: P(X <= 8) = 0.8.
    CHECK(offer_value(x, 0.8, false) == 8.0);
    CHECK(share_meeting(x, 3.0, true) == Approx(0.8));
    CHECK(share_meeting(x, 8.0, false) == Approx(0.8));
    // The defining property, on an awkward size.
    std::vector<double> y(37);
    std::iota(y.begin(), y.end(), 0.0);
    const double v = offer_value(y, 0.8, true);
    CHECK(share_meeting(y, v, true) >= 0.8);
    CHECK(share_meeting(y, v + 1, true) < 0.8);
}

TEST_CASE("compensated summation keeps small terms", "[statistics]") {
    CompensatedSum sum;
    sum.add(1e16);
    for (int i = 0; i < 1000; ++i) sum.add(1.0);
    sum.add(-1e16);
    CHECK(sum.value() == 1000.0);
}

TEST_CASE("an empty sample summarises to zeros", "[statistics]") {
    const Summary s = summarise(std::vector<double>{});
    CHECK(s.n == 0);
    CHECK(s.mean == 0.0);
}
