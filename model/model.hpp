#pragma once
// The immutable parameters of one simulation, derived once from a Scenario: attribute
// cells, hazard classes, the start population, the inflow mix and the measures in the
// shape the hot loops want them. Nothing here changes during a run, so every thread
// reads it freely.
#include <cstdint>
#include <string>
#include <vector>

#include "model/calendar_years.hpp"
#include "model/effects/effect_factors.hpp"
#include "model/person_columns.hpp"
#include "model/scenario.hpp"

namespace intsim {

/// Persons whose attribute combination differs only in attributes without a hazard
/// factor share a hazard class; months in benefit (0..24, including the LZB rule) are
/// likewise grouped. The monthly tables are indexed by class * group_count + group.
struct HazardLayout {
    int class_count = 0;
    std::vector<std::uint16_t> class_of_cell;
    std::vector<double> class_integration;  ///< product of attribute factors
    std::vector<double> class_exit;
    int group_count = 0;
    std::array<std::uint8_t, kHistoryMonths + 1> group_of_months{};
    std::vector<double> group_integration;  ///< months-in-benefit factor x LZB factor
    std::vector<double> group_exit;
};

/// A measure as the allocation and the person loop use it.
struct MeasureModel {
    MeasureSpec spec;
    std::uint32_t random_subject = 0;  ///< keys the measure's own draws: a hash of its id, stable across variants
    std::vector<std::uint8_t> eligible_cell;  ///< by cell
    MeasureEffect effect;                     ///< its hazard factors (model/effects/)
};

constexpr int kNewCustomerMonthsCap = 121;  ///< months since entry beyond this are alike

/// Which measures a person may enter: the AND of three table look-ups.
struct EligibilityMasks {
    std::vector<std::uint64_t> by_cell;                     ///< attribute filters
    std::array<std::uint64_t, kHistoryMonths + 1> by_months_in_benefit{};  ///< LZB and minimum months
    std::array<std::uint64_t, kNewCustomerMonthsCap + 1> by_months_since_entry{};
};

/// A part of the start stock: persons of one attribute cell with one spell length
/// (model/population.hpp turns the strata into persons).
struct Stratum {
    std::uint16_t cell;
    std::uint8_t months_in_benefit;  ///< spell length; 24 for the LZB
    double expected;                 ///< expected number of persons
    double cumulative = 0.0;         ///< C_k: expected persons in this and all earlier strata
};

struct Model {
    Scenario scenario;
    int months = 12;
    std::vector<int> calendar_month;  ///< 0..11 for each horizon month
    std::vector<YearFrame> years;     ///< the calendar years of the horizon, with their targets and EGT
    std::vector<int> year_of_month;   ///< index into `years` for each horizon month

    // Attribute cells: cell = sum over attributes of level * stride.
    int cell_count = 1;
    std::vector<int> cell_stride;
    std::vector<std::uint8_t> cell_is_woman;
    std::vector<std::uint8_t> cell_is_single_parent;
    std::vector<std::uint32_t> cell_counted;  ///< bit 0: woman, bit 1: single parent (the person loop's vector counts)
    std::vector<double> stock_cell_share;   ///< joint share of each cell in the start stock
    std::vector<double> inflow_cell_cdf;    ///< cumulative joint share for newcomers

    /// Random-stream domains (engine/rng.hpp): person-level draws are the jobcenter's
    /// own, the per-replication parameter factors its region's.
    std::uint32_t person_domain = 0;
    std::uint32_t parameter_domain = 0;

    HazardLayout hazards;
    std::vector<Stratum> start_strata;  ///< the start stock, see population.hpp
    std::vector<MeasureModel> measures;
    EligibilityMasks eligibility;

    int level_of(std::uint16_t cell, int attribute) const;
};

/// Whether a person of attribute cell `cell` may enter measure `measure` in the month
/// when it has been in benefit `months_in_benefit` months (1..24) without a gap, its
/// spell having begun months_in_benefit - 1 months ago: the expected model's view.
bool eligible_in_spell(const Model& model, std::size_t measure, int cell, int months_in_benefit);

}  // namespace intsim
