#pragma once
// The month's free persons for the random-order measures, in the order of one random
// 32-bit key per person (sorted bucket by bucket as the walks read them). Each measure
// reads the ring from its own random starting point: its order
// is ascending (key - offset) mod 2^32, ties by person. For one measure that is a
// uniformly random order (keys shifted modulo 2^32 stay independent and uniform); two
// measures start at independent points, so they want different persons, as with
// independent keys per measure.
//
// Why a ring: a measure needs a handful of entrants a month from thousands of eligible
// persons. Ranking every person for every measure cost more than the rest of the
// month together; here a person costs one counting step per month, and a measure only
// reads (and sorts) as far as it needs.
#include <cstddef>
#include <cstdint>
#include <vector>

#include "montecarlo/candidate_list.hpp"

namespace intsim {

/// A ring of persons, each with a 32-bit key. The ring is put into buckets by the key's
/// top bits once a month (one counting pass); a bucket is sorted only when a walk first
/// reads it. The walks read a small part of the ring, so most buckets never are.
class KeyRing {
public:
    /// A person with its key, as prepare()'s room holds them.
    static std::uint64_t entry(std::uint32_t key, std::uint32_t person) { return (std::uint64_t{key} << 32) | person; }
    /// Room for up to `capacity` entries, to be written in stock order; arrange(count)
    /// then takes the first `count` of them.
    std::uint64_t* prepare(std::size_t capacity) {
        unsorted_.resize(capacity);
        return unsorted_.data();
    }
    /// Puts the first `count` entries of the room into their buckets, in stock order
    /// within each: the ring is then in (key, person) order bucket by bucket, and within
    /// each bucket once it is settled.
    void arrange(std::size_t count);
    /// Sorts the bucket holding `position` by (key, person) if that has not been done
    /// this month; returns the position after that bucket (size() after the last).
    std::size_t settle(std::size_t position);

    std::size_t size() const { return sorted_.size(); }
    /// The entry at a position of a settled bucket.
    std::uint32_t key(std::size_t position) const { return static_cast<std::uint32_t>(sorted_[position] >> 32); }
    std::uint32_t person(std::size_t position) const { return static_cast<std::uint32_t>(sorted_[position]); }
    /// The first position whose key is >= offset (size() if none); settles the bucket it
    /// looks in.
    std::size_t first_at_or_after(std::uint32_t offset);

private:
    std::size_t bucket_begin(std::size_t bucket) const { return bucket == 0 ? 0 : bucket_end_[bucket - 1]; }

    std::vector<std::uint64_t> unsorted_, sorted_;  ///< key << 32 | person
    std::vector<std::uint32_t> bucket_end_;         ///< where each bucket ends in sorted_
    std::vector<std::uint8_t> settled_;             ///< by bucket: sorted this month
    int bucket_shift_ = 60;                         ///< an entry's bucket: entry >> bucket_shift_
};

/// One measure's walk around a ring: the persons for which `is_candidate(person)` holds
/// (eligible, not yet in a measure), in the measure's order. rank() orders candidates of
/// two rings (women, others) read with the same offset, as the keys of a candidate list
/// do. Eligibility is asked only of the persons the walk passes, a small part of the
/// ring for most measures, so it is not stored for everyone.
///
/// `may_be(person)` is a filter that every candidate passes and that does not change
/// during the walk (the measure's attribute filter), and `may_be_count` the number of
/// persons on the ring that pass it: once the walk has passed them all it stops, instead
/// of reading the rest of the ring for a measure whose possible candidates are gone.
template <class MayBe, class IsCandidate>
class RingWalk {
public:
    RingWalk(KeyRing& ring, std::uint32_t offset, MayBe may_be, std::size_t may_be_count, IsCandidate is_candidate)
        : ring_(&ring),
          offset_(offset),
          start_(ring.first_at_or_after(offset)),
          next_bucket_(ring.size() == 0 ? 0 : start_ % ring.size()),
          may_be_(may_be),
          left_(may_be_count),
          is_candidate_(is_candidate) {}

    /// Moves to the next candidate; false at the end.
    bool find() {
        for (const std::size_t n = ring_->size(); step_ < n && left_ > 0; ++step_) {
            const std::size_t p = position();
            if (p == next_bucket_) {  // entering a bucket: sort it if no walk has yet
                next_bucket_ = ring_->settle(p);
                if (next_bucket_ == n) next_bucket_ = 0;
            }
            const std::uint32_t person = ring_->person(p);
            if (!may_be_(person)) continue;
            if (is_candidate_(person)) return true;
            --left_;
        }
        return false;
    }
    Candidate rank() const { return {std::uint32_t(ring_->key(position()) - offset_), ring_->person(position())}; }
    /// Takes the candidate find() has moved to.
    std::uint32_t take() {
        const std::uint32_t person = ring_->person(position());
        ++step_;
        --left_;
        return person;
    }

private:
    std::size_t position() const {
        const std::size_t p = start_ + step_;
        return p < ring_->size() ? p : p - ring_->size();
    }

    KeyRing* ring_;
    std::uint32_t offset_;
    std::size_t start_;
    std::size_t next_bucket_;  ///< where the next bucket begins (0 after the last)
    std::size_t step_ = 0;
    MayBe may_be_;
    std::size_t left_;  ///< persons passing may_be at or after the walk's position
    IsCandidate is_candidate_;
};

}  // namespace intsim
