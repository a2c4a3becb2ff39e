#pragma once
// A measure's cohort followed the way the monthly step follows persons, so that a
// published effect is matched on the quantity its study measured and its K2 account can
// be given (docs/effects.md sections 2 and 6): after an
// integration a top-up earner stays in benefit, keeps a running after-effect and may
// integrate again; a leaver may come back (re-entry) and then has no after-effect; a job
// taken up lasts as the scenario's `jobs.lasting` says, until it ends or the person takes
// up another. The chain answers, at the end of month t after entry, the share employed,
// the share out of benefit, the share that has integrated at least once and the expected
// number of integrations (K2), for the treated cohort and its untreated twin.
//
// States are (hazard class, months in benefit) cells; months in benefit grow by one a
// month up to the month from which they no longer change the hazards, and a returner
// comes back with the months its history then shows, as if its spell had no gap (as the
// expected model takes it). What happens after a person is past every effect (the
// after-effect run out, or come back after leaving) does not depend on the measure's
// factors: those responses are solved once per cohort, by months to go, so that a trial of
// the translation only follows the participation and the after-effect.
#include <cstddef>
#include <vector>

#include "model/effects/effect_cohort.hpp"
#include "model/effects/effect_factors.hpp"
#include "model/scenario.hpp"

namespace intsim {

struct Model;

/// What the chain measures at the end of a month, per person of the cohort.
struct Outcome {
    double not_integrated = 0;  ///< no integration since entry
    double employed = 0;        ///< holds a job taken up since entry
    double integrations = 0;    ///< expected integrations since entry (K2 counts each)
    double out_of_benefit = 0;  ///< not in the stock
};

/// What a measure's effect adds per entrant by the end of a month after entry, treated
/// minus untreated (docs/effects.md section 6): the four outcomes of the chain. K2 counts
/// `integrations`: the first integrations (`ever_integrated`) and the repeat ones
/// (`integrations - ever_integrated`: top-up earners who integrate again while their
/// after-effect runs, leavers who come back and integrate again).
struct K2Account {
    double employed = 0, out_of_benefit = 0, ever_integrated = 0, integrations = 0;
};

/// The value of `quantity` in an outcome.
double outcome_share(const Outcome& outcome, EffectQuantity quantity);

/// Values of a person by cell: one array per kind, [months to go * cells + cell].
struct ResponseTable {
    std::vector<double> not_integrated, employed, integrations, out_of_benefit;
};

struct OutcomeChain {
    int months = 0;          ///< the tables reach this many months to go
    int settled = 1;         ///< months in benefit from which the hazards stay the same
    std::size_t cells = 0;   ///< class slots x settled
    std::vector<double> weight;             ///< [cell] the entrants, sums to 1
    std::vector<double> hazard_integration, hazard_exit;  ///< [cell] before any measure
    std::vector<std::size_t> older;         ///< [cell] the cell a month later in benefit
    std::vector<std::size_t> back_after;    ///< [(d - 1) * cells + cell] where a leaver gone d months returns
    double stays = 0;         ///< integrations that stay in benefit (top-up earners)
    double reentry = 0;       ///< monthly chance that a leaver comes back, within `within` months
    int within = 0;
    std::vector<double> lasting;  ///< jobs still held k months after the month they began
    /// A person past every effect: in benefit without a job at the start of a month
    /// (`free`), or gone one month at the end of the month it left (`left`).
    ResponseTable free, left;
    bool whole_stock = false;  ///< nobody eligible at the start: the whole stock stands in
};

/// The chain of measure `measure`'s cohort (the eligible start stock, as effect_cohort)
/// over `months` months after entry.
OutcomeChain outcome_chain(const Model& model, std::size_t measure, int months);

/// The untreated twin's outcome at the end of month `month` (1..chain.months).
Outcome untreated_outcome(const OutcomeChain& chain, int month);

/// The treated cohort's outcome at the end of month `month` with effect `curve` (its
/// after-effect indexed by months since entry, as a published effect's is). A measure
/// whose entry decides (integration on entry) is followed as the monthly step does: the
/// entry is an integration, participants hold the subsidised job and integrate no further
/// while it lasts, and the job then goes on as one newly taken up.
Outcome treated_outcome(const OutcomeChain& chain, const MeasureSpec& measure, const EffectCurve& curve, int month);

/// Treated minus untreated in each outcome at the end of month `month`.
K2Account k2_account(const OutcomeChain& chain, const MeasureSpec& measure, const EffectCurve& curve, int month);

}  // namespace intsim
