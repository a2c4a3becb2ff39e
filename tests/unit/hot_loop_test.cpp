// The building blocks of the fast month: bytewise comparison, the bit-parallel month
// count, and the candidate lists that replaced bounded heaps in the allocation. Each is
// checked against the plain computation it stands for.
#include <catch2/catch.hpp>

#include <algorithm>
#include <bit>
#include <random>
#include <vector>

#include "engine/bytewise.hpp"
#include "engine/rng.hpp"
#include "models/candidate_list.hpp"
#include "models/person_columns.hpp"

using namespace intsim;

TEST_CASE("bytes_at_most compares eight unsigned bytes at once", "[hot_loop]") {
    std::mt19937_64 engine(42);
    // Edge bytes (0, 1, 127, 128, 129, 254, 255) mixed with random ones.
    const std::uint8_t edges[] = {0, 1, 127, 128, 129, 254, 255};
    for (int trial = 0; trial < 20000; ++trial) {
        std::uint64_t x = 0, y = 0;
        std::uint32_t expected = 0;
        for (int b = 0; b < 8; ++b) {
            const auto pick = [&] {
                const std::uint64_t r = engine();
                return (r & 1) ? edges[(r >> 8) % 7] : static_cast<std::uint8_t>(r >> 16);
            };
            const std::uint8_t xb = pick(), yb = pick();
            x |= std::uint64_t{xb} << (8 * b);
            y |= std::uint64_t{yb} << (8 * b);
            if (xb <= yb) expected |= 1u << b;
        }
        REQUIRE(bytes_at_most(x, y) == expected);
    }
    CHECK(bytes_at_most(0, 0) == 0xFFu);
    CHECK(bytes_at_most(~0ull, 0) == 0u);
}

TEST_CASE("months_in counts history bits like std::popcount", "[hot_loop]") {
    for (std::uint32_t h = 0; h < (1u << 24); h += 97) REQUIRE(months_in(h) == std::popcount(h));
    CHECK(months_in(0xFFFFFFu) == 24);
    CHECK(months_in(0) == 0);
}

TEST_CASE("mix64 derives distinct, balanced words", "[hot_loop][rng]") {
    // Bit balance over 4096 derived words: each bit set in 50 % +- 4 binomial sd.
    std::vector<int> ones(64, 0);
    const int n = 4096;
    for (int t = 0; t < n; ++t) {
        const std::uint64_t w = mix64(0x0123456789ABCDEFull + static_cast<std::uint64_t>(t) * kGoldenGamma);
        for (int b = 0; b < 64; ++b) ones[static_cast<std::size_t>(b)] += (w >> b) & 1;
    }
    for (int b = 0; b < 64; ++b) CHECK(std::abs(ones[static_cast<std::size_t>(b)] - n / 2) < 4 * 32);
}

namespace {

// The `limit` smallest (key, person) pairs, ascending: what a list must end with.
std::vector<Candidate> best(std::vector<Candidate> all, std::size_t limit) {
    std::sort(all.begin(), all.end());
    all.resize(std::min(limit, all.size()));
    return all;
}

bool same(const std::vector<Candidate>& a, const std::vector<Candidate>& b) {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (a[i].key != b[i].key || a[i].person != b[i].person) return false;
    return true;
}

// Offers everyone (in person order) and handles a too-low start as the allocation does.
void offer_all(CandidateList& list, const std::vector<Candidate>& all) {
    for (const Candidate& c : all) list.offer(c);
    if (!list.complete()) {
        list.restart();
        for (const Candidate& c : all) list.offer(c);
    }
    list.finish();
}

}  // namespace

TEST_CASE("candidate lists keep exactly the best, whatever they learnt last month", "[hot_loop][measures]") {
    std::mt19937 engine(7);
    CandidateList list;
    list.clear();
    // Months with changing sizes and limits: the learnt threshold is sometimes far too
    // low (a month with few eligible persons after one with many); the result must
    // always equal the plain sort.
    const std::size_t sizes[] = {9000, 9000, 300, 12000, 50, 0, 5000, 5000, 20};
    const std::size_t limits[] = {150, 20, 150, 8, 30, 8, 400, 9, 9};
    int restarts_needed = 0;
    for (std::size_t month = 0; month < std::size(sizes); ++month) {
        std::vector<Candidate> all;
        for (std::uint32_t p = 0; p < sizes[month]; ++p)
            all.push_back({engine() & 0xFFFFFF00u, p});  // ties on purpose: low byte cleared
        list.start(limits[month], true);
        const bool learnt = list.threshold() != CandidateList::kOpen;
        std::size_t below = 0;
        for (const Candidate& c : all) below += c.key <= list.threshold();
        if (learnt && below < limits[month] && below < all.size()) ++restarts_needed;
        offer_all(list, all);
        INFO("month " << month);
        CHECK(same(list.items(), best(all, limits[month])));
    }
    CHECK(restarts_needed > 0);  // the test did exercise a too-low learnt threshold
}

TEST_CASE("candidate lists order rule keys without a learnt threshold", "[hot_loop][measures]") {
    CandidateList list;
    list.clear();
    std::vector<Candidate> all;
    for (std::uint32_t p = 0; p < 1000; ++p)
        all.push_back({(static_cast<std::uint64_t>(p % 24) << 48) | random_words({1, 0}, p, 0, Stream::Transition)[2], p});
    for (int month = 0; month < 2; ++month) {
        list.start(37, false);
        CHECK(list.threshold() == CandidateList::kOpen);  // rule orders learn nothing
        offer_all(list, all);
        CHECK(same(list.items(), best(all, 37)));
    }
}
