#pragma once
// The ranks of an MPI job (Open MPI), or a single rank when the process was not started
// by an MPI launcher or intsim was built without MPI (INTSIM_MPI=OFF). Generic pieces
// only: contiguous blocks of an index range, gathering fixed-width rows to rank 0 in
// rank (hence index) order, and agreeing on failures.
//
// The rule that keeps an MPI job from hanging: a rank may only leave (or skip a
// collective) when every rank leaves. So work that can fail on one rank alone is run
// through try_collectively()/collectively(): every rank then learns of the failure of
// the lowest failing rank and all of them take the same path.
#include <cstdint>
#include <exception>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace intsim {

/// Items [first, first + count) of a range.
struct Block {
    std::uint64_t first = 0;
    std::uint64_t count = 0;
};

/// The block of `rank` when `total` items are split into `ranks` contiguous blocks in rank
/// order whose sizes differ by at most one (the first total % ranks blocks are larger).
Block block_of(std::uint64_t total, int ranks, int rank);

/// A failure as every rank learns it.
struct RankFailure {
    enum class Kind : int { Input = 1, Internal = 2, Cancelled = 3 };
    Kind kind = Kind::Internal;
    int rank = 0;         ///< the lowest rank that failed
    std::string message;  ///< its what()
};

/// Classifies an exception: InputError -> Input, Cancelled -> Cancelled, else Internal.
RankFailure failure_of(std::exception_ptr error, int rank);

/// Throws the exception type the failure stands for (InputError, Cancelled,
/// std::runtime_error) with its message, prefixed by "rank K: " unless K is 0.
[[noreturn]] void rethrow(const RankFailure& failure);

class MpiContext {
public:
    /// Initialises MPI (thread level "funneled": only this thread calls MPI) when the
    /// process was started by mpirun/mpiexec or srun; otherwise a single rank that makes
    /// no MPI calls (MPI's singleton start costs about a second).
    /// @throws InputError when launched as several ranks by a build without MPI
    MpiContext();
    ~MpiContext();  ///< MPI_Finalize
    MpiContext(const MpiContext&) = delete;
    MpiContext& operator=(const MpiContext&) = delete;

    int rank() const { return rank_; }
    int size() const { return size_; }
    bool is_root() const { return rank_ == 0; }
    /// True when MPI was initialised (even with a single rank).
    bool active() const { return active_; }

    /// Collective. Each rank passes its own failure, if any; all ranks return the failure
    /// of the lowest failing rank, or nothing when every rank succeeded. A rank whose
    /// failure is a cancellation waits a few seconds for the others; if they do not come
    /// (the signal reached it alone), it ends the whole job with MPI_Abort (exit code 130).
    std::optional<RankFailure> agree_on_failure(const std::optional<RankFailure>& local) const;

    /// Collective. Concatenates every rank's `rows` (row_width doubles each) on rank 0 in
    /// rank order and returns them there; other ranks get an empty vector.
    std::vector<double> gather_to_root(std::span<const double> rows, std::size_t row_width) const;

private:
    bool active_ = false;
    int rank_ = 0;
    int size_ = 1;
};

/// Everything users read comes from rank 0: the other ranks' std::cout and std::cerr
/// are switched off (their failures reach rank 0 through MpiContext::agree_on_failure).
void mute_unless_root(const MpiContext& mpi);

/// Collective. Runs work() on every rank and agrees on the outcome: returns the failure
/// of the lowest failing rank (on every rank), or nothing.
template <class Work>
std::optional<RankFailure> try_collectively(const MpiContext& mpi, Work&& work) {
    std::optional<RankFailure> local;
    try {
        work();
    } catch (...) {
        local = failure_of(std::current_exception(), mpi.rank());
    }
    return mpi.agree_on_failure(local);
}

/// Collective. Runs work() on every rank; when it failed on any rank, throws on every
/// rank (see rethrow()).
template <class Work>
void collectively(const MpiContext& mpi, Work&& work) {
    if (auto failure = try_collectively(mpi, std::forward<Work>(work))) rethrow(*failure);
}

}  // namespace intsim
