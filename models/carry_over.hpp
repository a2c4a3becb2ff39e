#pragma once
// Carrying a base year's end over into the plan that continues it (models/carried_start.hpp,
// docs/design.md section 2.4). The base year is run as `intsim run` runs it, at its
// central levels (the year that happened: no spread of the levels, each effect at its
// centre), in several runs with their own fixed draws; the persons in its stock at the end,
// and the leavers who will come back after it, are what the plan starts from.
#include <memory>

#include <nlohmann/json.hpp>

#include "models/carried_start.hpp"
#include "models/model.hpp"

namespace intsim {

/// Runs of a base year pool about this many persons at its end (at least one run, at most
/// 64): enough that the plan's start does not carry the chance of a few runs (the LZB
/// about to cross the 21-month line number a few thousand), few enough to cost a fraction
/// of a plan's run.
constexpr double kCarriedPersons = 524288;

/// The end of `base` (its horizon, at least two months), from runs at its central levels.
std::shared_ptr<CarriedStart> carry_over(const Model& base);

/// Loads the base year `scenario` names in `continues` (through the engine's document
/// reader, relative paths already resolved by it), checks that it ends where `scenario`
/// starts and has its attributes, and carries its end over into scenario.carried_start.
/// Nothing to do for a scenario without `continues`, or one whose start is carried
/// already. A base year may continue another one (up to 8 deep). Throws InputError
/// naming scenario.origin and /continues.
void load_continuation(Scenario& scenario);

/// A scenario's resolved document as its sha256 is taken: `continues` names the base year
/// by its content (the sha256 of its own identity document), not by where its file lies.
nlohmann::json identity_document(nlohmann::json resolved, const Scenario& scenario);

}  // namespace intsim
