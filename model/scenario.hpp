#pragma once
// The typed, validated scenario. parse_scenario() is the only place that reads the
// scenario JSON; everything after it works on these plain structs. Numbers carry their
// unit in the name or comment; shares are in [0, 1], factors are multipliers (> 0).
#include <string_view>
#include <nlohmann/json.hpp>

#include "engine/json_reader.hpp"
#include "model/indicator_catalogue.hpp"

#include <array>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace intsim {

constexpr int kHistoryMonths = 24;  ///< the BA's LZB window
constexpr std::uint32_t kHistoryMask = (1u << kHistoryMonths) - 1u;  ///< the window's bits in a history mask
constexpr int kLtrMinMonths = 21;   ///< LZB: in benefit in >= 21 of the last 24 months
constexpr int kMaxMeasures = 64;    ///< one bit each in the allocation's 64-bit eligibility masks

/// Whether a person who has been in benefit in `months_in_benefit` of the last 24 months
/// is LZB (langzeitleistungsbeziehend, the BA's definition: at least 21 of them).
constexpr bool is_ltr(int months_in_benefit) { return months_in_benefit >= kLtrMinMonths; }
constexpr int kMaxHorizonMonths = 120;
constexpr int kMaxWarmUpMonths = 240;
/// Ten years: the slowest part of a jobcenter's flows (the stock with its returners)
/// relaxes over about 1 / (monthly leaving chance x (1 - share who come back)), five years
/// for a jobcenter whose customers leave at 3 % a month and return at 5 % a month within a
/// year; after twice that the start is within 0.05 % of the stationary state
/// (tests/unit/warm_start_test.cpp).
constexpr int kDefaultWarmUpMonths = 120;

/// A calendar month: year and month 1..12.
struct YearMonth {
    int year = 2022;
    int month = 1;
    YearMonth plus(int months) const;
    std::string text() const;  ///< "2022-01"
};
std::optional<YearMonth> parse_year_month(const std::string& text);

/// A categorical attribute of a person (sex, age band, a group flag, a profile group).
/// Shares are either unconditional or conditional on an earlier attribute (`by`).
struct AttributeSpec {
    std::string name;
    std::vector<std::string> levels;
    int by = -1;                                 ///< index of the conditioning attribute, or -1
    std::vector<std::vector<double>> shares;     ///< [level of `by` (or 0)][level]
    bool operator==(const AttributeSpec&) const = default;
};

/// Hazard of one kind of event (integration, other exit).
struct HazardSpec {
    double base = 0.0;                                ///< monthly hazard of the reference person
    std::vector<std::vector<double>> attribute_factor;  ///< [attribute][level]
    double ltr_factor = 1.0;                          ///< multiplies when the person is LZB
    std::array<double, kHistoryMonths + 1> months_in_benefit_factor{};  ///< by months in benefit of the last 24
    std::array<double, 12> season{};                  ///< by calendar month, January first
    bool operator==(const HazardSpec&) const = default;
};

enum class CapacityKind { Slots, Entries, Budget };
enum class Priority { Random, LongestInBenefit, Newest };
enum class DurationKind { Fixed, Geometric };

/// Who may enter a measure. Empty level lists mean "any".
struct Eligibility {
    std::vector<std::vector<bool>> allowed_levels;  ///< [attribute][level]
    std::optional<bool> ltr;                        ///< require LZB (true) or non-LZB (false)
    int new_customer_months = -1;                   ///< months since (re)entry <= k; -1 = any
    int min_months_in_benefit = 0;                  ///< of the last 24
    bool operator==(const Eligibility&) const = default;
};

constexpr int kMaxEffectMonths = 48;  ///< published effects are stated up to 48 months after entry

/// One point of a published effect: the difference between participants and the
/// untreated in the share integrated, `month` months after entry (docs/effects.md).
struct EffectPoint {
    int month = 0;            ///< 1..kMaxEffectMonths
    double pp = 0;            ///< the central estimate (median), percentage points
    double p05 = 0, p95 = 0;  ///< its 90 % range
    bool operator==(const EffectPoint&) const = default;
};

/// The outcome a published effect is a difference of (docs/effects.md section 2): what
/// the study measured, at the end of month t after entry.
enum class EffectQuantity {
    Employed,        ///< the share in regular employment (a job taken up that has not ended)
    OutOfBenefit,    ///< the share not in benefit (left, by integration or otherwise, and not back)
    EverIntegrated,  ///< the share that has integrated at least once by then
};

/// A measure's effect as evaluation studies state it; intsim derives hazard factors
/// from it for the scenario's own eligible population (model/effects/).
struct PublishedEffect {
    std::string measured;            ///< what the study measured, in its own words
    /// The quantity the study measured and the translation matches (`quantity`, default
    /// the share in regular employment, which is what the evaluations cited measure).
    EffectQuantity quantity = EffectQuantity::Employed;
    bool quantity_stated = false;    ///< `quantity` was given, not taken by default
    /// Where the study's quantity is not one the model can follow exactly (say employment
    /// or vocational training): what the match leaves out, shown as a warning.
    std::string quantity_caveat;
    int lock_in_months = -1;         ///< month the effect turns positive (0: no lock-in); -1 when `lock_in` is given
    std::optional<double> lock_in;   ///< the lock-in factor, when stated directly
    std::vector<EffectPoint> points; ///< by month, ascending
    bool operator==(const PublishedEffect&) const = default;
};

struct MeasureSpec {
    std::string id;
    std::string name;
    /// The name German reports and the German console use ("label_de"); empty: `name`.
    std::string label_de;
    CapacityKind capacity_kind = CapacityKind::Slots;
    double capacity = 0.0;          ///< slots, entries per year, or euros
    double duration_months = 1.0;   ///< mean duration
    DurationKind duration_kind = DurationKind::Fixed;
    Eligibility eligible;
    Priority priority = Priority::Random;
    double lock_in = 1.0;           ///< integration-hazard factor while participating
    double post = 1.0;              ///< integration-hazard factor after finishing
    int post_months = 0;
    double exit_factor = 1.0;       ///< other-exit hazard factor while participating
    std::optional<PublishedEffect> published;  ///< the effect as published, instead of lock_in/post/post_months
    std::string effect_catalogue;   ///< the catalogue entry the effect came from ("" if none)
    std::string effect_source;      ///< the effect's "source" text(s), "; "-joined
    std::string effect_assumption;  ///< the effect's "assumption" text(s)
    bool integration_on_entry = false;
    bool counts_as_integration = true;  ///< for integration_on_entry (false for § 16i)
    bool leaves_benefit = false;        ///< entry ends the benefit spell
    double cost_per_slot_month = 0.0;
    double cost_per_participant_month = 0.0;
    double cost_per_entry = 0.0;
    double cost_fixed = 0.0;        ///< commitments from earlier years, spread evenly
    int start_month = 0;            ///< first horizon month with entries (0-based)
    int end_month = kMaxHorizonMonths;  ///< first horizon month without the measure
    bool egt_funded = true;         ///< false: third-party funded, no EGT cost
    /// What employers take up of a measure whose entry is a counted hire (EGZ, § 16e,
    /// Einstiegsgeld; docs/effects.md section 8): at most this many entries a
    /// measure-year, paced evenly over it. Empty: no ceiling (the shipped scenarios and
    /// `init` state one: the planned entries times a stated margin).
    std::optional<double> employer_ceiling;
    /// Share of the measure's hires that would have happened anyway (deadweight): the
    /// model takes them from the persons who integrate that month without the measure,
    /// so that they add no integration. 0: none (the shipped scenarios and `init` state
    /// theirs, an assumption they name).
    double deadweight_share = 0;
    std::string employer_demand_source;  ///< "source" and "assumption" of employer_demand, "; "-joined
};

/// The words of the capacity kinds, in scenarios, results and key figures: "slots",
/// "entries", "budget".
std::string_view capacity_kind_name(CapacityKind kind);
/// The kind a word names; empty for any other word.
std::optional<CapacityKind> capacity_kind_named(std::string_view name);
inline constexpr std::array<CapacityKind, 3> kCapacityKinds = {CapacityKind::Slots, CapacityKind::Entries,
                                                               CapacityKind::Budget};

// What entering a measure is, by the BA's counting rules for integrations (K2,
// model/monthly_rules.hpp). Here, beside the measure they read, so that reading a scenario
// can check against them too.

/// Entering the measure is itself an integration that K2 counts (wage subsidies, § 16e,
/// Einstiegsgeld): counted once, in the month of entry.
inline bool entry_counts_as_integration(const MeasureSpec& measure) {
    return measure.integration_on_entry && measure.counts_as_integration;
}

/// Entering the measure ends the benefit spell: the entrant leaves the stock at the end of
/// the month of entry.
inline bool entry_leaves_benefit(const MeasureSpec& measure) {
    return measure.integration_on_entry && measure.leaves_benefit;
}

/// Whether a measure's entry decides its effect: the entry is itself an integration, or
/// ends the benefit spell. A published effect is then shown beside what the model
/// implies, not translated.
inline bool entry_decides(const MeasureSpec& measure) {
    return entry_counts_as_integration(measure) || entry_leaves_benefit(measure);
}

/// Whether the participants of a measure hold employment that K2 has already counted:
/// entering it was their integration. They integrate no further while it lasts.
inline bool holds_counted_employment(const MeasureSpec& measure) { return entry_counts_as_integration(measure); }

struct Target {
    double value = 0.0;
    Direction direction = Direction::Higher;
};

struct Scenario {
    std::string origin;  ///< the file it was read from, named in error messages ("" if none)
    std::string name;
    std::string description;
    /// Whose chance the person-level draws are (engine/rng.hpp domains): inherited by a
    /// variant through `extends`, different for every jobcenter of a batch. "" = none.
    std::string jobcenter_id;
    /// The labour market whose uncertain levels the jobcenter shares: jobcenters of one
    /// region draw the same level factors in a replication. "" = the one common region.
    std::string region;
    YearMonth start;
    int months = 12;

    // Population at the start.
    std::int64_t start_elb = 0;
    std::vector<AttributeSpec> attributes;
    int sex_attribute = -1, female_level = -1;
    int single_parent_attribute = -1, single_parent_level = -1;
    double start_ltr_share = 0.0;
    /// Distribution of the current spell length (months, 1..20) of non-LZB persons.
    std::vector<double> non_ltr_spell_share;  ///< [months - 1], sums to 1
    /// Months the stated stock lives through before the start, unreported
    /// (model/warm_up.hpp); 0: the start is the stated stock as the spell profile builds it.
    int warm_up_months = kDefaultWarmUpMonths;

    // Inflow.
    double inflow_monthly_mean = 0.0;
    std::array<double, 12> inflow_season{};
    std::vector<std::vector<std::vector<double>>> inflow_shares;  ///< like AttributeSpec::shares
    int reentry_within_months = 0;
    double reentry_monthly_rate = 0.0;

    HazardSpec integration;
    HazardSpec exit;
    double stays_in_benefit_share = 0.0;  ///< integrations that stay in the stock (top-up)
    /// How long jobs taken up last (`jobs.lasting`): [k] the share of jobs still held k
    /// months after the end of the month they began, k = 0..kMaxEffectMonths ([0] = 1).
    /// Used only where a published effect measures the share employed
    /// (docs/effects.md section 2); the monthly step itself has no jobs.
    std::vector<double> job_lasting;
    std::string job_lasting_source;  ///< its "source" and "assumption", "; "-joined

    // Per-replication parameter uncertainty: sd of the log factor (median 1).
    double integration_sd = 0.0, exit_sd = 0.0, inflow_sd = 0.0, measure_effect_sd = 0.0;
    /// sd of the yearly step of the log levels after the first calendar year (a random
    /// walk); defaults to the level's own sd above.
    double integration_drift_sd = 0.0, exit_drift_sd = 0.0, inflow_drift_sd = 0.0;

    std::vector<MeasureSpec> measures;
    bool women_share_rule = true;
    std::optional<double> women_share_min;  ///< empty: the women's share of the eLb stock

    double operative_egt = 0.0;  ///< of the first calendar year; 0: no budget given
    std::map<int, double> operative_egt_by_year;  ///< later calendar years (docs/years.md)

    std::map<std::string, Target> targets;  ///< of the first calendar year, by indicator name
    std::map<int, std::map<std::string, Target>> targets_by_year;  ///< later calendar years
    std::map<std::string, double> baseline;  ///< last year's values, by indicator name
};

/// Validates a resolved scenario document and builds the typed Scenario.
/// @param defaults where to note every value taken as a default because the document
///        does not give it (with the reason, where the default has a documented one)
/// @throw InputError naming `file` and the JSON pointer of the first problem
Scenario parse_scenario(const nlohmann::json& document, const std::string& file,
                        DefaultLog* defaults = nullptr);

}  // namespace intsim
