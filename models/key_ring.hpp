#pragma once
// The month's candidates for random-order measures, sorted once by one random 32-bit key
// per person. Each measure reads the ring from its own random starting point: its order
// is ascending (key - offset) mod 2^32, ties by person. For one measure that is a
// uniformly random order (keys shifted modulo 2^32 stay independent and uniform); two
// measures start at independent points, so they want different persons, as with
// independent keys per measure.
//
// Why a ring: a measure needs a handful of entrants a month from thousands of eligible
// persons. Ranking every person for every measure cost more than the rest of the
// month together; here a person costs one counting-sort step per month, and a measure
// only reads as far as it needs.
#include <cstddef>
#include <cstdint>
#include <vector>

#include "models/candidate_list.hpp"

namespace intsim {

/// A ring of persons, each with a 32-bit key and its eligibility mask (bit k: may enter
/// measure k), which lives in a column indexed by person so that the sort moves 8 bytes.
class KeyRing {
public:
    void clear() { unsorted_.clear(); }
    void add(std::uint32_t key, std::uint32_t person) {
        unsorted_.push_back((std::uint64_t{key} << 32) | person);
    }
    /// Sorts what was added by (key, person), persons having been added in stock order.
    void sort();

    std::size_t size() const { return sorted_.size(); }
    std::uint32_t key(std::size_t position) const { return static_cast<std::uint32_t>(sorted_[position] >> 32); }
    std::uint32_t person(std::size_t position) const { return static_cast<std::uint32_t>(sorted_[position]); }
    /// The first position whose key is >= offset (size() if none).
    std::size_t first_at_or_after(std::uint32_t offset) const;

private:
    std::vector<std::uint64_t> unsorted_, sorted_;  ///< key << 32 | person
};

/// One measure's walk around a ring: the eligible persons not yet in a measure, in the
/// measure's order. rank() orders candidates of two rings (women, others) read with the
/// same offset, as the keys of a candidate list do.
class RingWalk {
public:
    /// `eligible[person]`: the persons' eligibility masks (bit k: measure k).
    RingWalk(const KeyRing& ring, const std::uint64_t* eligible, std::uint32_t offset, std::size_t measure)
        : ring_(&ring), eligible_(eligible), offset_(offset), measure_bit_(std::uint64_t{1} << measure),
          start_(ring.first_at_or_after(offset)) {}

    /// Moves to the next candidate that is eligible and in no measure; false at the end.
    bool find(const std::uint8_t* in_measure) {
        const std::size_t n = ring_->size();
        for (; step_ < n; ++step_) {
            const std::uint32_t person = ring_->person(position());
            if ((eligible_[person] & measure_bit_) != 0 && in_measure[person] == 0) return true;
        }
        return false;
    }
    Candidate rank() const { return {std::uint32_t(ring_->key(position()) - offset_), ring_->person(position())}; }
    std::uint32_t take() {
        const std::uint32_t person = ring_->person(position());
        ++step_;
        return person;
    }

private:
    std::size_t position() const {
        const std::size_t p = start_ + step_;
        return p < ring_->size() ? p : p - ring_->size();
    }

    const KeyRing* ring_;
    const std::uint64_t* eligible_;
    std::uint32_t offset_;
    std::uint64_t measure_bit_;
    std::size_t start_;
    std::size_t step_ = 0;
};

}  // namespace intsim
