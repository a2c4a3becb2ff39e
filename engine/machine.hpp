#pragma once
// What the machine offers a run, as the operating system tells it.
#include <cstdint>
#include <optional>

namespace intsim {

/// The machine's physical memory in bytes, or nothing when the system does not say.
std::optional<std::uint64_t> physical_memory_bytes();

}  // namespace intsim
