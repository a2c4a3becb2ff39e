#pragma once
// How much memory one replication may need, so that a scenario too large for the
// machine is refused with a message before it runs, instead of being killed by the
// operating system halfway.
#include <cstdint>
#include <string>

#include "model/model.hpp"

namespace intsim {

/// Bytes a replication's workspace may hold at its peak: every person who starts or
/// arrives (at the mean inflow) still present, at the bytes per person measured on the
/// Germany-size scenario with a margin (docs/reliability.md).
std::uint64_t replication_bytes_upper_bound(const Model& model);

/// Bytes per person of the workspace, all columns, scratch draws, re-entry pool and
/// vector growth included.
constexpr std::uint64_t kWorkspaceBytesPerPerson = 64;

/// Refuses (InputError naming `file`) a model whose replications, `workers` at a time,
/// would need more memory than the machine has: better a message now than the kernel's
/// out-of-memory killer an hour into the run.
void check_fits_in_memory(const std::string& file, const Model& model, std::uint64_t workers);

}  // namespace intsim
