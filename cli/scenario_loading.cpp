#include "cli/scenario_loading.hpp"

#include <unistd.h>

#include <fmt/format.h>

#include "engine/document.hpp"
#include "engine/input_error.hpp"
#include "model/measure_patches.hpp"
#include "montecarlo/footprint.hpp"

namespace intsim {

LoadedScenario load_scenario(const std::string& file, const std::vector<std::string>& sets) {
    const ResolvedDocument document = load_document(file, sets);
    LoadedScenario loaded;
    loaded.file = file;
    loaded.resolved = document.json;
    loaded.provenance = document.provenance;
    loaded.sha256 = sha256_hex(canonical_dump(document.json));
    check_measures_from_patches(document.json, document.provenance);
    // Errors in a merged document name the file the user gave; for a key inherited from a
    // parent the pointer still finds it there.
    loaded.scenario = parse_scenario(document.json, file, &loaded.defaults);
    loaded.optimise = parse_optimise_section(document.json, file, loaded.scenario);
    return loaded;
}

void check_fits_in_memory(const std::string& file, const Model& model, std::uint64_t workers) {
    const long pages = ::sysconf(_SC_PHYS_PAGES), page_size = ::sysconf(_SC_PAGE_SIZE);
    if (pages <= 0 || page_size <= 0) return;  // unknown: let it run
    const double machine = static_cast<double>(pages) * static_cast<double>(page_size);
    const double one = static_cast<double>(replication_bytes_upper_bound(model));
    if (one * static_cast<double>(workers) <= machine) return;
    constexpr double gib = 1024.0 * 1024.0 * 1024.0;
    throw InputError(file, "/population/elb",
                     fmt::format("a replication may need up to {:.1f} GiB ({:.0f} persons over the horizon), "
                                 "{:.1f} GiB for {} replications at a time, more than the {:.1f} GiB of this machine: {}",
                                 one / gib, one / static_cast<double>(kWorkspaceBytesPerPerson),
                                 one * static_cast<double>(workers) / gib, workers, machine / gib,
                                 workers > 1 && one <= machine ? "run fewer --threads"
                                                               : "lower the stock or the inflow"));
}

}  // namespace intsim
