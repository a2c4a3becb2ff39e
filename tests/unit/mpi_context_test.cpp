#include <catch2/catch.hpp>

#include <stdexcept>
#include <vector>

#include "engine/input_error.hpp"
#include "engine/mpi_context.hpp"
#include "engine/runner.hpp"

using namespace intsim;

TEST_CASE("blocks are contiguous, in rank order, and differ in size by at most one", "[mpi]") {
    for (std::uint64_t total : {0u, 1u, 7u, 30u, 31u, 1000u}) {
        for (int ranks : {1, 2, 3, 8}) {
            std::uint64_t next = 0;
            std::uint64_t smallest = total, largest = 0;
            for (int rank = 0; rank < ranks; ++rank) {
                const Block block = block_of(total, ranks, rank);
                CHECK(block.first == next);
                next += block.count;
                smallest = std::min(smallest, block.count);
                largest = std::max(largest, block.count);
            }
            CHECK(next == total);
            CHECK(largest - smallest <= 1);
        }
    }
    CHECK(block_of(31, 3, 0).count == 11);  // the first total % ranks blocks are larger
    CHECK(block_of(31, 3, 2).first == 21);
    CHECK_THROWS_AS(block_of(10, 2, 2), std::invalid_argument);
}

TEST_CASE("failures keep their kind across ranks and name a rank other than 0", "[mpi]") {
    const auto failure_from = [](auto thrower, int rank) {
        try {
            thrower();
        } catch (...) {
            return failure_of(std::current_exception(), rank);
        }
        FAIL("no exception");
        return RankFailure{};
    };
    const RankFailure input = failure_from([] { throw InputError("a.json", "/x", "expected y"); }, 1);
    CHECK(input.kind == RankFailure::Kind::Input);
    CHECK(input.message == "a.json: /x: expected y");
    CHECK(failure_from([] { throw Cancelled(); }, 0).kind == RankFailure::Kind::Cancelled);
    CHECK(failure_from([] { throw std::logic_error("bug"); }, 0).kind == RankFailure::Kind::Internal);

    try {
        rethrow(input);
        FAIL("rethrow returned");
    } catch (const InputError& e) {
        CHECK(std::string(e.what()) == "rank 1: a.json: /x: expected y");
    }
    CHECK_THROWS_AS(rethrow({RankFailure::Kind::Cancelled, 0, "cancelled"}), Cancelled);
    CHECK_THROWS_WITH(rethrow({RankFailure::Kind::Internal, 0, "bug"}), "bug");
}

TEST_CASE("outside an MPI launcher the context is one rank that gathers locally", "[mpi]") {
    // The test runner is not started by mpirun: no MPI calls are made.
    const MpiContext mpi;
    CHECK(mpi.size() == 1);
    CHECK(mpi.rank() == 0);
    CHECK(mpi.is_root());
    const std::vector<double> rows{1, 2, 3, 4, 5, 6};
    CHECK(mpi.gather_to_root(rows, 3) == rows);
    CHECK_FALSE(try_collectively(mpi, [] {}).has_value());
    const auto failure = try_collectively(mpi, [] { throw InputError("f.json", "", "bad"); });
    REQUIRE(failure.has_value());
    CHECK(failure->rank == 0);
    CHECK(failure->message == "f.json: bad");
    CHECK_THROWS_AS(collectively(mpi, [] { throw InputError("f.json", "", "bad"); }), InputError);
}
