#pragma once
// A plan that continues a base year starts where the base year ends (docs/design.md
// section 2.4): a scenario that names its base year (`"continues": "lahn-dill-2021.json"`)
// takes the persons at the base year's end — their histories, their participations and
// after-effects, the leavers who will come back — from runs of the base year at its
// central levels (models/carry_over.hpp), and fits them to the start it states itself: the
// eLb stock and LZB share (the December figures a controller knows), and the attribute
// shares where it states its own (otherwise the base year's end keeps the composition it
// arrived at). Every variant of the plan continues the same runs, so variants that differ
// in their programme start from the same state (common random numbers).
//
// Each carried person is a stratum of weight about 1 / runs; a replication samples its
// start systematically from them (population.hpp), the expected-value model starts from
// all of them.
#include <memory>
#include <string>
#include <vector>

#include "models/person_columns.hpp"
#include "models/population.hpp"

namespace intsim {

struct Model;

/// The end of a base year, as the persons of several of its runs.
struct CarriedStart {
    std::string base_file;                 ///< the base year's scenario file, for messages
    std::string base_sha256;               ///< of its resolved document (carry_over.hpp: identity_document)
    int runs = 0;                          ///< how many runs of the base year the persons come from
    std::vector<std::string> measure_ids;  ///< the base year's measures, by index
    std::vector<std::string> attribute_names;
    std::vector<std::vector<std::string>> attribute_levels;
    std::vector<double> stock_cell_share;  ///< the base year's stated stock shares by cell
    /// Every run's stock at the end of its last month, one run after another: histories
    /// ending that month, month stamps counted from the plan's first month (-1: the base
    /// year's last), measure states as the first month of the plan finds them (base
    /// year's measure indices).
    PersonColumns stock;
    /// Leavers of the base year who come back after it: histories on their return,
    /// month_stamp the plan month of the return.
    PersonColumns returners;
};

/// The plan's start strata from a base year's end (LZB first; not yet with cumulative
/// counts): every carried person weighted so that the plan's stated stock and LZB share
/// hold, and its stated attribute shares where they differ from the base year's; the
/// measures matched to the plan's by id (a measure the plan does not have ends). Throws
/// InputError (/continues) when the base year's attributes are not the plan's.
StartStrata carried_strata(const Model& plan, const CarriedStart& carried);

}  // namespace intsim
