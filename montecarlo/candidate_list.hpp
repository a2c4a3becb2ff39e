#pragma once
// The best candidates of one rule-ordered measure in one month (one list per sex under
// the women-share rule): the `limit` smallest keys among all persons offered, as an
// ascending list. Random-order measures read the month's key ring instead (key_ring.hpp).
//
// A bounded heap would do, but a full heap re-sifts on every better offer. Instead the
// list keeps every offer at or below a threshold in a flat buffer; when the buffer holds
// four times the limit, nth_element keeps the best `limit` and the threshold drops to the
// largest of them, so that later offers are mostly turned away with one comparison.
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

    /// Starts a month: at most `limit` candidates wanted.
    void start(std::size_t limit);
    /// Offers with keys above this cannot be among the best.
    std::uint64_t threshold() const { return threshold_; }
    /// Takes a candidate whose key may be among the best; false if it cannot be.
    bool offer(Candidate candidate) {
        if (candidate.key > threshold_) return false;
        items_.push_back(candidate);
        if (items_.size() >= 4 * limit_ + 64) shrink();
        return true;
    }
    /// Keeps the best `limit`, ascending.
    void finish();

    const std::vector<Candidate>& items() const { return items_; }
    std::size_t limit() const { return limit_; }

private:
    void shrink();

    std::vector<Candidate> items_;
    std::size_t limit_ = 0;
    std::uint64_t threshold_ = kOpen;
};

/// Reads a finished list in order, skipping persons already in a measure.
class ListWalk {
public:
    ListWalk(const CandidateList& list, const std::uint8_t* in_measure) : items_(&list.items()), in_measure_(in_measure) {}
    bool find() {
        while (next_ < items_->size() && in_measure_[(*items_)[next_].person] != 0) ++next_;
        return next_ < items_->size();
    }
    Candidate rank() const { return (*items_)[next_]; }
    std::uint32_t take() { return (*items_)[next_++].person; }

private:
    const std::vector<Candidate>* items_;
    const std::uint8_t* in_measure_;
    std::size_t next_ = 0;
};

}  // namespace intsim
