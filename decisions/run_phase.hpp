#pragma once
// Decisions run several Monte Carlo projections one after the other (a plan and its
// variants, a plan and its restart). One progress bar covers them all: each phase
// reports its replications on top of those of the phases before it.
#include <cstddef>

#include "engine/runner.hpp"

namespace intsim {

/// `control` for a phase whose replications count after `done_before` others.
inline RunControl run_phase(const RunControl& control, std::size_t done_before) {
    RunControl phase = control;
    if (control.progress)
        phase.progress = [progress = control.progress, done_before](std::size_t done) {
            progress(done_before + done);
        };
    return phase;
}

}  // namespace intsim
