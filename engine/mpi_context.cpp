#include "engine/mpi_context.hpp"

#include <chrono>
#include <climits>
#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <stdexcept>
#include <thread>

#include "engine/input_error.hpp"
#include "engine/runner.hpp"

#ifdef INTSIM_HAVE_MPI
#include <mpi.h>
#endif

namespace intsim {

namespace {

/// The world size an MPI launcher announced in the environment: Open MPI's mpirun sets
/// OMPI_COMM_WORLD_SIZE, Hydra and Slurm's PMI/PMI2 set PMI_SIZE, PMIx launchers (srun
/// --mpi=pmix) set PMIX_RANK. 0 = launched, size unknown; nullopt = not launched.
std::optional<int> launcher_world_size() {
    for (const char* name : {"OMPI_COMM_WORLD_SIZE", "PMI_SIZE"})
        if (const char* value = std::getenv(name)) return std::atoi(value);
    if (std::getenv("PMIX_RANK") || std::getenv("PMI_RANK")) return 0;
    return std::nullopt;
}

}  // namespace

Block block_of(std::uint64_t total, int ranks, int rank) {
    if (ranks < 1 || rank < 0 || rank >= ranks) throw std::invalid_argument("block_of: bad rank");
    const auto n = static_cast<std::uint64_t>(ranks);
    const auto r = static_cast<std::uint64_t>(rank);
    const std::uint64_t base = total / n;
    const std::uint64_t larger = total % n;  // the first `larger` blocks hold one more
    return {r * base + std::min(r, larger), base + (r < larger ? 1 : 0)};
}

RankFailure failure_of(std::exception_ptr error, int rank) {
    try {
        std::rethrow_exception(error);
    } catch (const InputError& e) {
        return {RankFailure::Kind::Input, rank, e.what()};
    } catch (const Cancelled& e) {
        return {RankFailure::Kind::Cancelled, rank, e.what()};
    } catch (const std::exception& e) {
        return {RankFailure::Kind::Internal, rank, e.what()};
    } catch (...) {
        return {RankFailure::Kind::Internal, rank, "unknown exception"};
    }
}

void mute_unless_root(const MpiContext& mpi) {
    if (mpi.is_root()) return;
    std::cout.setstate(std::ios::badbit);
    std::cerr.setstate(std::ios::badbit);
}

void rethrow(const RankFailure& failure) {
    const std::string message =
        failure.rank == 0 ? failure.message : "rank " + std::to_string(failure.rank) + ": " + failure.message;
    switch (failure.kind) {
        case RankFailure::Kind::Input: throw InputError("", "", message);
        case RankFailure::Kind::Cancelled: throw Cancelled();
        case RankFailure::Kind::Internal: break;
    }
    throw std::runtime_error(message);
}

#ifdef INTSIM_HAVE_MPI

namespace {

/// How long an interrupted rank waits for the others before it aborts the job.
constexpr std::chrono::seconds kCancelGrace{5};
constexpr int kInterruptedExitCode = 130;  ///< 128 + SIGINT, as for an interrupted process

}  // namespace

MpiContext::MpiContext() {
    if (!launcher_world_size()) return;
    int provided = 0;
    MPI_Init_thread(nullptr, nullptr, MPI_THREAD_FUNNELED, &provided);
    active_ = true;
    MPI_Comm_rank(MPI_COMM_WORLD, &rank_);
    MPI_Comm_size(MPI_COMM_WORLD, &size_);
}

MpiContext::~MpiContext() {
    if (active_) MPI_Finalize();
}

std::optional<RankFailure> MpiContext::agree_on_failure(const std::optional<RankFailure>& local) const {
    if (!active_) return local;
    const int mine = local ? rank_ : size_;
    int first = size_;
    MPI_Request request;
    MPI_Iallreduce(&mine, &first, 1, MPI_INT, MPI_MIN, MPI_COMM_WORLD, &request);
    if (local && local->kind == RankFailure::Kind::Cancelled) {
        // A signal usually reaches every rank (mpirun, scancel), and they all arrive here
        // within a replication. A rank interrupted alone cannot stop the others' work, and
        // waiting for them could take hours: after a grace period it ends the whole job.
        const auto deadline = std::chrono::steady_clock::now() + kCancelGrace;
        for (int done = 0; MPI_Test(&request, &done, MPI_STATUS_IGNORE), !done;) {
            if (std::chrono::steady_clock::now() > deadline) {
                std::fprintf(stderr, "intsim: rank %d interrupted while the other ranks compute; "
                                     "aborting the MPI job, no partial output written\n", rank_);
                std::fflush(stderr);
                MPI_Abort(MPI_COMM_WORLD, kInterruptedExitCode);
            }
            std::this_thread::sleep_for(std::chrono::milliseconds(10));
        }
    } else {
        MPI_Wait(&request, MPI_STATUS_IGNORE);
    }
    if (first == size_) return std::nullopt;
    // The lowest failing rank tells the others what happened.
    int header[2] = {local ? static_cast<int>(local->kind) : 0,
                     local ? static_cast<int>(std::min<std::size_t>(local->message.size(), 4096)) : 0};
    MPI_Bcast(header, 2, MPI_INT, first, MPI_COMM_WORLD);
    std::string message = rank_ == first ? local->message.substr(0, static_cast<std::size_t>(header[1]))
                                         : std::string(static_cast<std::size_t>(header[1]), ' ');
    MPI_Bcast(message.data(), header[1], MPI_CHAR, first, MPI_COMM_WORLD);
    return RankFailure{static_cast<RankFailure::Kind>(header[0]), first, message};
}

std::vector<double> MpiContext::gather_to_root(std::span<const double> rows, std::size_t row_width) const {
    if (!active_) return {rows.begin(), rows.end()};
    if (row_width == 0 || rows.size() % row_width != 0 || row_width > INT_MAX ||
        rows.size() / row_width > INT_MAX)
        throw std::invalid_argument("gather_to_root: rows do not fit the row width");
    // Counts are in rows (a derived type of row_width doubles), so a rank's share may
    // exceed 2^31 doubles.
    MPI_Datatype row;
    MPI_Type_contiguous(static_cast<int>(row_width), MPI_DOUBLE, &row);
    MPI_Type_commit(&row);
    const int count = static_cast<int>(rows.size() / row_width);
    std::vector<int> counts(is_root() ? static_cast<std::size_t>(size_) : 0);
    MPI_Gather(&count, 1, MPI_INT, counts.data(), 1, MPI_INT, 0, MPI_COMM_WORLD);
    std::vector<int> offsets(counts.size());
    std::vector<double> all;
    if (is_root()) {
        std::uint64_t total = 0;
        for (std::size_t r = 0; r < counts.size(); ++r) {
            if (total > INT_MAX) throw std::length_error("gather_to_root: more than 2^31 rows");
            offsets[r] = static_cast<int>(total);
            total += static_cast<std::uint64_t>(counts[r]);
        }
        all.resize(total * row_width);
    }
    MPI_Gatherv(rows.data(), count, row, all.data(), counts.data(), offsets.data(), row, 0, MPI_COMM_WORLD);
    MPI_Type_free(&row);
    return all;
}

#else  // built without MPI: always a single rank

MpiContext::MpiContext() {
    const auto size = launcher_world_size();
    if (size && *size > 1)
        throw InputError("", "", "started as " + std::to_string(*size) +
                                     " MPI ranks, but this intsim was built without MPI "
                                     "(install libopenmpi-dev and rebuild with -DINTSIM_MPI=ON)");
}

MpiContext::~MpiContext() = default;

std::optional<RankFailure> MpiContext::agree_on_failure(const std::optional<RankFailure>& local) const {
    return local;
}

std::vector<double> MpiContext::gather_to_root(std::span<const double> rows, std::size_t) const {
    return {rows.begin(), rows.end()};
}

#endif

}  // namespace intsim
