#pragma once
// The best candidates of one measure in one month (one list per sex under the women-share
// rule): the `limit` smallest keys among all persons offered, as an ascending list.
//
// A bounded heap would do, but a full heap of 150 that is offered 9,000 random keys
// replaces its top about limit * ln(offers / limit) times, each a sift through the
// heap, and that made the allocation the most expensive step of the month. Instead, the
// list keeps every offer at or below a threshold in a flat buffer; when the buffer holds
// twice the limit, nth_element keeps the best `limit` and the threshold drops to the
// largest of them. For random-order measures the threshold starts where last month's
// list ended (scaled to this month's limit, with a safety margin), so that only a few
// times `limit` offers are stored at all, and it is coarse enough to be checked on the
// top byte of a key first (see allocation.cpp).
//
// The result does not depend on the threshold: it is always the `limit` smallest
// (key, person) pairs of all offers. Only when the starting threshold turned out too
// low (fewer than `limit` offers below it) must the caller offer everyone again.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <vector>

namespace intsim {

/// One candidate for a measure: smaller key = served first; the person index (stock
/// order) breaks ties, so the best `limit` are one well-defined set.
struct Candidate {
    std::uint64_t key;
    std::uint32_t person;  ///< index into the stock
    bool operator<(const Candidate& other) const {
        return key != other.key ? key < other.key : person < other.person;
    }
};

class CandidateList {
public:
    static constexpr std::uint64_t kOpen = ~std::uint64_t{0};  ///< threshold that takes all

    /// Forgets everything, including what earlier months taught (a new replication).
    void clear();
    /// Starts a month: at most `limit` candidates wanted. `random_order`: keys are
    /// uniform 32-bit numbers, so last month's density of keys predicts this month's.
    void start(std::size_t limit, bool random_order);
    /// Offers with keys above this cannot be among the best.
    std::uint64_t threshold() const { return threshold_; }
    /// Takes a candidate whose key may be among the best; false if it cannot be.
    bool offer(Candidate candidate) {
        if (candidate.key > threshold_) return false;
        items_.push_back(candidate);
        if (items_.size() >= 2 * limit_ + 16) shrink();
        return true;
    }
    /// False if the starting threshold may have turned away one of the best: then
    /// restart(), offer everyone again, and finish.
    bool complete() const { return items_.size() >= limit_ || started_at_ == kOpen; }
    /// Forgets this month's offers and takes every key from now on.
    void restart();
    /// Keeps the best `limit`, ascending, and learns the key density for next month.
    void finish();

    const std::vector<Candidate>& items() const { return items_; }
    std::size_t limit() const { return limit_; }

private:
    void shrink();

    std::vector<Candidate> items_;
    std::size_t limit_ = 0;
    bool random_order_ = false;
    std::uint64_t threshold_ = kOpen;
    std::uint64_t started_at_ = kOpen;
    double key_spacing_ = 0;  ///< random order: mean gap between candidate keys; 0 = unknown
};

}  // namespace intsim
