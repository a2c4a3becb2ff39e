#include "montecarlo/candidate_list.hpp"

namespace intsim {

void CandidateList::start(std::size_t limit) {
    items_.clear();
    limit_ = limit;
    threshold_ = kOpen;
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
}

}  // namespace intsim
