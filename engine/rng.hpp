#pragma once
// Counter-based random numbers. A draw is a pure function of
//   key     = (seed XOR domain, replication)
//   counter = (subject, month, stream, block)
// so that it depends on who, what and when, never on the thread that computes it or on
// the order in which persons are visited. Two scenarios run with the same seed and
// domain therefore share their random numbers wherever they coincide (common random
// numbers). The domain names whose chance it is: units that must draw independently
// (e.g. the members of a batch) take different domains, a unit and its variants the
// same one. Domain 0 is the key of the engine before domains existed.
// philox.h first: it sets up the configuration macros MicroURNG.hpp needs.
#include <Random123/philox.h>
#include <Random123/MicroURNG.hpp>

#include <array>
#include <cstdint>
#include <string_view>

namespace intsim {

/// One stream per purpose: adding draws for one purpose never shifts another's.
enum class Stream : std::uint32_t {
    Population = 1,  ///< start population (the offset of its systematic sampling)
    Inflow = 2,      ///< how many arrive, and who they are
    Transition = 3,  ///< a subject's month (one Philox block: the model assigns its 4 words)
    Allocation = 4,  ///< draws of the allocation step that are not per subject-month
    Parameters = 5,  ///< per-replication uncertainty factors
    Reentry = 6,     ///< former customers coming back
    Rescaling = 7,   ///< setting a running state to observed counts (who goes, who is copied)
    Tracking = 8,    ///< learning the levels from observed months (resampling, Metropolis moves)
    Start = 9,       ///< the start state: when the recent leavers of the warm-up come back
};

using Philox = r123::Philox4x32;

struct StreamKey {
    std::uint32_t seed;
    std::uint32_t replication;
    std::uint32_t domain = 0;  ///< whose chance: a stable hash (stream_domain), 0 = the default unit
};

/// The Philox key of a stream key. For one domain, every seed gives its own key, and for
/// one seed every domain: two domains never share a key within a run. (Across seeds they
/// can: domain d at seed s draws what domain e draws at seed s ^ d ^ e.)
inline Philox::key_type philox_key(StreamKey key) { return {{key.seed ^ key.domain, key.replication}}; }

/// A stable 32-bit domain for a name: FNV-1a, then MurmurHash3's finaliser so that
/// similar names differ in many bits. "" gives 0; no other name does.
constexpr std::uint32_t stream_domain(std::string_view name) {
    if (name.empty()) return 0;
    std::uint32_t h = 2166136261u;
    for (const char c : name) h = (h ^ static_cast<unsigned char>(c)) * 16777619u;
    h ^= h >> 16;
    h *= 0x85ebca6bu;
    h ^= h >> 13;
    h *= 0xc2b2ae35u;
    h ^= h >> 16;
    return h == 0 ? 1u : h;
}

/// Four independent 32-bit words for (subject, month, stream, block).
inline std::array<std::uint32_t, 4> random_words(StreamKey key, std::uint32_t subject,
                                                 std::uint32_t month, Stream stream,
                                                 std::uint32_t block = 0) {
    const Philox philox;
    const Philox::ctr_type counter = {{subject, month, static_cast<std::uint32_t>(stream), block}};
    const Philox::ctr_type r = philox(counter, philox_key(key));
    return {r[0], r[1], r[2], r[3]};
}

/// A uniform double in the open interval (0, 1) from one 32-bit word: (x + 0.5) / 2^32.
/// Written out here rather than taken from a std distribution, whose algorithm the C++
/// standard leaves to each library.
inline double uniform_open01(std::uint32_t word) {
    return (static_cast<double>(word) + 0.5) * (1.0 / 4294967296.0);
}

/// A probability as a 32-bit threshold: word < threshold happens with probability p
/// (to within 2^-32). Comparing integers keeps the person loop vectorisable.
inline std::uint32_t probability_threshold(double p) {
    if (!(p > 0.0)) return 0;
    if (p >= 1.0) return 0xFFFFFFFFu;
    return static_cast<std::uint32_t>(p * 4294967296.0);
}

/// A standard URNG over one (subject, month, stream) counter, for Boost.Random
/// distributions (Poisson, normal) that need an unknown number of words.
class CounterUrng {
public:
    using result_type = std::uint32_t;
    CounterUrng(StreamKey key, std::uint32_t subject, std::uint32_t month, Stream stream)
        : urng_(Philox::ctr_type{{subject, month, static_cast<std::uint32_t>(stream), 0}},
                philox_key(key)) {}
    static constexpr result_type min() { return 0; }
    static constexpr result_type max() { return 0xFFFFFFFFu; }
    result_type operator()() { return urng_(); }

private:
    r123::MicroURNG<Philox> urng_;
};

}  // namespace intsim
