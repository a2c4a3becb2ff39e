#!/usr/bin/python3
"""The peer-core model (bench/scenarios/peer-core.json) as a SimPy 3 process model.

Every person is a process that lives month by month; the jobcenter is a process that
brings the inflow, fills the measure's free slots and then lets all persons live the
month (one shared event), and counts the stock when they are done. The model is
intsim's, step by step (docs/design.md section 2), written the way a discrete-event
simulation library invites.

    /usr/bin/python3 simpy_peer.py SCENARIO --reps N [--seed S]   -> JSON on stdout
"""
import argparse
import json
import math
import random
import statistics
import sys
import time

import simpy

import peer_scenario as ps


class Person:
    __slots__ = ("female", "single", "history", "measure_left", "in_measure", "post_left", "alive")

    def __init__(self, female, single, history):
        self.female, self.single, self.history = female, single, history
        self.in_measure, self.measure_left, self.post_left, self.alive = False, 0, 0, True

    def months_in_benefit(self):
        return bin(self.history).count("1")


class Jobcenter:
    def __init__(self, env, s, rng):
        self.env, self.s, self.rng = env, s, rng
        self.stock, self.occupied, self.month = [], 0, 0
        self.month_begins = env.event()
        self.out = dict.fromkeys(ps.INDICATORS, 0.0)
        self.elb, self.ltr = [], []
        self.month_elb = self.month_ltr = 0

    def admit(self, person):
        self.stock.append(person)
        self.env.process(self.live(person))

    def live(self, p):
        """A person's process: one transition per month until it leaves the stock."""
        s, rng, out = self.s, self.rng, self.out
        while True:
            yield self.month_begins
            ltr = p.months_in_benefit() >= ps.LTR_MIN_MONTHS
            h_int = s.integration_base * (s.integration_female if p.female else 1.0) * (s.integration_ltr if ltr else 1.0)
            h_exit = s.exit_base * (s.exit_ltr if ltr else 1.0)
            h_int *= s.lock_in if p.in_measure else (s.post if p.post_left > 0 else 1.0)
            p_int, p_leave = ps.competing(h_int, h_exit)
            u = rng.random()
            integrates = u < p_int
            leaves = not integrates and u < p_leave
            if integrates:
                out["integrations_total"] += 1
                out["integrations_women"] += p.female
                out["integrations_ltr"] += ltr
                leaves = rng.random() >= s.stays_share
            if p.in_measure and (integrates or leaves):
                self.occupied -= 1           # a job or leaving ends the participation early
                p.in_measure, p.measure_left = False, 0
            if leaves:
                p.alive = False
                return
            self.month_elb += 1
            self.month_ltr += ltr
            if p.post_left > 0:
                p.post_left -= 1
            if p.in_measure:
                p.measure_left -= 1
                if p.measure_left == 0:
                    self.occupied -= 1
                    p.in_measure, p.post_left = False, s.post_months
            p.history = ((p.history << 1) | 1) & ps.HISTORY_MASK

    def run(self, strata):
        s, rng = self.s, self.rng
        counts = ps.systematic_counts([x[3] for x in strata], rng.random())
        for (female, single, spell, _), count in zip(strata, counts):
            for _ in range(count):
                self.admit(Person(female, single, ((((1 << spell) - 1) << 1) | 1) & ps.HISTORY_MASK))
        for month in range(s.months):
            self.month = month
            for _ in range(poisson(rng, s.inflow_mean)):
                self.admit(Person(rng.random() < s.female_share, rng.random() < s.single_parent_share, 1))
            yield self.env.timeout(0)  # newcomers' processes start and wait for the month
            self.allocate(carry_over=month == 0)
            self.month_elb = self.month_ltr = 0
            begins, self.month_begins = self.month_begins, self.env.event()
            begins.succeed()
            yield self.env.timeout(0)  # every person lives the month
            self.stock = [p for p in self.stock if p.alive]
            self.elb.append(self.month_elb)
            self.ltr.append(self.month_ltr)
            yield self.env.timeout(1)

    def allocate(self, carry_over):
        s = self.s
        need = max(0, s.slots - self.occupied)
        eligible = [p for p in self.stock
                    if not p.in_measure and p.months_in_benefit() >= ps.LTR_MIN_MONTHS]
        for p in self.rng.sample(eligible, min(need, len(eligible))):
            p.in_measure, p.post_left = True, 0
            p.measure_left = self.rng.randint(1, s.duration) if carry_over else s.duration
            self.occupied += 1
            if not carry_over:
                self.out["measure_entries"] += 1
        self.out["measure_occupancy_avg"] += self.occupied / s.months


def poisson(rng, mean):
    """Knuth's multiplication method in log space: fine for the means of a jobcenter."""
    count, total = 0, rng.expovariate(1.0)
    while total < mean:
        count += 1
        total += rng.expovariate(1.0)
    return count


def replication(s, strata, seed):
    env = simpy.Environment()
    jc = Jobcenter(env, s, random.Random(seed))
    env.process(jc.run(strata))
    env.run()
    out = dict(jc.out)
    out["elb_avg"], out["elb_end"] = statistics.fmean(jc.elb), float(jc.elb[-1])
    out["ltr_avg"], out["ltr_end"] = statistics.fmean(jc.ltr), float(jc.ltr[-1])
    return out


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("scenario")
    parser.add_argument("--reps", type=int, default=5)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    s = ps.load(args.scenario)
    strata = ps.start_strata(s)
    start = time.perf_counter()
    results = [replication(s, strata, args.seed * 1000003 + rep) for rep in range(args.reps)]
    seconds = time.perf_counter() - start
    summary = {k: {"mean": statistics.fmean(r[k] for r in results),
                   "sd": statistics.stdev(r[k] for r in results) if args.reps > 1 else 0.0}
               for k in ps.INDICATORS}
    json.dump({"peer": "simpy", "simpy": getattr(simpy, "__version__", "3"), "replications": args.reps,
               "seconds": seconds, "seconds_per_replication": seconds / args.reps, "indicators": summary},
              sys.stdout, indent=1)
    print()


if __name__ == "__main__":
    main()
