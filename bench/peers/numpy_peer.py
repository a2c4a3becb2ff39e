#!/usr/bin/python3
"""The peer-core model (bench/scenarios/peer-core.json) as a vectorised numpy program.

The same model as intsim's, step by step (docs/design.md section 2): inflow, allocation of the
one slot measure, competing integration and exit, bookkeeping of the 24-month history.
Every step works on whole columns; the loop runs over months and replications only.

    /usr/bin/python3 numpy_peer.py SCENARIO --reps N [--seed S]   -> JSON on stdout
"""
import argparse
import json
import math
import sys
import time

import numpy as np

import peer_scenario as ps

POPCOUNT8 = np.array([bin(i).count("1") for i in range(256)], dtype=np.int32)


def months_in(history):
    return POPCOUNT8[history & 255] + POPCOUNT8[(history >> 8) & 255] + POPCOUNT8[(history >> 16) & 255]


def replication(s, strata, rng):
    # Start stock: systematic sampling of the strata; histories shifted into this month.
    counts = ps.systematic_counts([x[3] for x in strata], rng.random())
    female = np.repeat([x[0] for x in strata], counts)
    single = np.repeat([x[1] for x in strata], counts)
    history = np.repeat([((1 << x[2]) - 1) for x in strata], counts).astype(np.uint32)
    history = ((history << 1) | 1) & ps.HISTORY_MASK
    n = history.size
    in_measure = np.zeros(n, dtype=bool)
    measure_left = np.zeros(n, dtype=np.int32)
    post_left = np.zeros(n, dtype=np.int32)
    occupied = 0
    out = dict.fromkeys(ps.INDICATORS, 0.0)
    elb, ltr_stock = [], []

    for month in range(s.months):
        # 1. Inflow.
        k = rng.poisson(s.inflow_mean)
        female = np.concatenate([female, rng.random(k) < s.female_share])
        single = np.concatenate([single, rng.random(k) < s.single_parent_share])
        history = np.concatenate([history, np.ones(k, dtype=np.uint32)])
        in_measure = np.concatenate([in_measure, np.zeros(k, dtype=bool)])
        measure_left = np.concatenate([measure_left, np.zeros(k, dtype=np.int32)])
        post_left = np.concatenate([post_left, np.zeros(k, dtype=np.int32)])
        mib = months_in(history)
        ltr = mib >= ps.LTR_MIN_MONTHS

        # 2. Allocation: free slots go to eligible persons in random order. In the first
        # month the slots start full with participants carried over from last year.
        need = max(0, s.slots - occupied)
        eligible = np.flatnonzero(ltr & ~in_measure)
        chosen = rng.choice(eligible, size=min(need, eligible.size), replace=False)
        carry_over = month == 0
        in_measure[chosen] = True
        measure_left[chosen] = rng.integers(1, s.duration + 1, chosen.size) if carry_over else s.duration
        post_left[chosen] = 0
        occupied += chosen.size
        if not carry_over:
            out["measure_entries"] += chosen.size
        out["measure_occupancy_avg"] += occupied / s.months

        # 3. Transitions: competing risks, one uniform decides.
        h_int = s.integration_base * np.where(female, s.integration_female, 1.0) * np.where(ltr, s.integration_ltr, 1.0)
        h_exit = s.exit_base * np.where(ltr, s.exit_ltr, 1.0)
        h_int = h_int * np.where(in_measure, s.lock_in, np.where(post_left > 0, s.post, 1.0))
        total = h_int + h_exit
        p_leave = -np.expm1(-total)
        p_int = p_leave * h_int / total
        u = rng.random(history.size)
        integrates = u < p_int
        leaves = ~integrates & (u < p_leave)
        leaves |= integrates & (rng.random(history.size) >= s.stays_share)
        out["integrations_total"] += integrates.sum()
        out["integrations_women"] += (integrates & female).sum()
        out["integrations_ltr"] += (integrates & ltr).sum()
        # A job or leaving ends the participation early, without after-effect.
        ended_early = in_measure & (integrates | leaves)
        occupied -= ended_early.sum()
        in_measure &= ~ended_early
        measure_left[ended_early] = 0

        # 5. Bookkeeping of the stayers.
        stays = ~leaves
        elb.append(stays.sum())
        ltr_stock.append((stays & ltr).sum())
        post_left = np.where(post_left > 0, post_left - 1, 0)
        measure_left = np.where(in_measure, measure_left - 1, measure_left)
        finished = in_measure & (measure_left == 0) & stays
        occupied -= finished.sum()
        in_measure &= ~finished
        post_left[finished] = s.post_months
        history = ((history << 1) | 1) & ps.HISTORY_MASK
        female, single, history = female[stays], single[stays], history[stays]
        in_measure, measure_left, post_left = in_measure[stays], measure_left[stays], post_left[stays]

    out["elb_avg"] = float(np.mean(elb))
    out["elb_end"] = float(elb[-1])
    out["ltr_avg"] = float(np.mean(ltr_stock))
    out["ltr_end"] = float(ltr_stock[-1])
    return {k: float(v) for k, v in out.items()}


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("scenario")
    parser.add_argument("--reps", type=int, default=100)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    s = ps.load(args.scenario)
    strata = ps.start_strata(s)
    rng = np.random.default_rng(args.seed)
    start = time.perf_counter()
    results = [replication(s, strata, rng) for _ in range(args.reps)]
    seconds = time.perf_counter() - start
    summary = {k: {"mean": float(np.mean([r[k] for r in results])),
                   "sd": float(np.std([r[k] for r in results], ddof=1)) if args.reps > 1 else 0.0}
               for k in ps.INDICATORS}
    json.dump({"peer": "numpy", "numpy": np.__version__, "replications": args.reps, "seconds": seconds,
               "seconds_per_replication": seconds / args.reps, "indicators": summary}, sys.stdout, indent=1)
    print()


if __name__ == "__main__":
    main()
