#include "models/candidate_list.hpp"

#include <cmath>

namespace intsim {

void CandidateList::clear() {
    items_.clear();
    limit_ = 0;
    threshold_ = started_at_ = kOpen;
    key_spacing_ = 0;
}

void CandidateList::start(std::size_t limit, bool random_order) {
    items_.clear();
    limit_ = limit;
    random_order_ = random_order;
    threshold_ = kOpen;
    if (random_order && key_spacing_ > 0) {
        // Expect 2 limit + 16 offers below the threshold: even when the density of
        // eligible persons moved by a third since last month, fewer than `limit` is rare.
        const double expected_key = (2.0 * static_cast<double>(limit) + 16.0) * key_spacing_;
        if (expected_key < 4294967295.0) threshold_ = static_cast<std::uint64_t>(expected_key);
    }
    started_at_ = threshold_;
}

void CandidateList::restart() {
    items_.clear();
    threshold_ = started_at_ = kOpen;
}

void CandidateList::shrink() {
    if (limit_ == 0) {
        items_.clear();
        threshold_ = 0;
        return;
    }
    std::nth_element(items_.begin(), items_.begin() + static_cast<std::ptrdiff_t>(limit_ - 1), items_.end());
    items_.resize(limit_);
    // The largest kept key; a later offer with the same key has a larger person index,
    // so it can never beat the pair it ties with, and `<=` in offer() stays correct.
    threshold_ = std::max_element(items_.begin(), items_.end())->key;
}

void CandidateList::finish() {
    if (items_.size() > limit_) shrink();
    std::sort(items_.begin(), items_.end());
    if (!random_order_) return;
    // The n-th smallest of N uniform 32-bit keys lies near n * 2^32 / N.
    if (items_.size() >= limit_ && limit_ > 0)
        key_spacing_ = (static_cast<double>(items_.back().key) + 1.0) / static_cast<double>(limit_);
    else
        key_spacing_ = items_.empty() ? 0.0 : 4294967296.0 / static_cast<double>(items_.size());
}

}  // namespace intsim
