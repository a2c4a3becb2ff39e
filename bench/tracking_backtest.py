#!/usr/bin/python3
"""Tracking backtest on a real scenario, through the command line: are `intsim track`'s
90 % intervals right 90 % of the time after 3, 6 and 9 months? (docs/tracking.md)

Truths are years the plan itself says are possible: `intsim run SCENARIO --reps 1 --seed
S` is one replication with its levels drawn from the plan's prior; its monthly eLb, LZB
and integrations are the actuals of the first months, its year the truth. `intsim track`
then projects the year with --reps R (default 119: the order statistics p05 / p95 of 119
replications, the 6th and the 114th, cover a new draw of the same law 108/120 = 90 % of
the time) and a hit is the truth inside [p05, p95]. With --tails N, N more truths have
their integration level fixed in the prior's 5 % tails (z beyond +-1.645, evenly over the
tails' probability), the other levels drawn: `--set uncertainty.integration_sd=0
--set hazards.integration.base=BASE*FACTOR`.

Also reported: the mean error of the quarters of truths with the weakest and strongest
spring (observed integrations so far), against the error of projecting the months left at
the plan's pace (the plan's mean of those months, from `intsim run --reps 1000`), and the
mean interval widths. Writes a JSON summary (--out) and prints a Markdown table.

    bench/tracking_backtest.py --truths 150 --tails 40 --out bench/results/tracking-backtest.json
"""
import argparse
import json
import math
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def intsim(binary, *args):
    proc = subprocess.run([str(binary), *map(str, args)], cwd=ROOT, capture_output=True, text=True)
    if proc.returncode != 0:
        sys.exit(f"intsim {' '.join(map(str, args))} failed ({proc.returncode}): {proc.stderr.strip()}")
    return proc.stdout


def normal_quantile(p):
    """Inverse standard normal CDF by bisection on math.erf (accurate to 1e-12)."""
    lo, hi = -10.0, 10.0
    for _ in range(100):
        mid = (lo + hi) / 2
        if 0.5 * (1 + math.erf(mid / math.sqrt(2))) < p:
            lo = mid
        else:
            hi = mid
    return (lo + hi) / 2


def truth_year(binary, scenario, seed, work, sets=()):
    out = work / f"truth-{seed}"
    args = ["run", scenario, "--reps", 1, "--seed", seed, "--format", "json", "--out", out, "--quiet"]
    for s in sets:
        args += ["--set", s]
    intsim(binary, *args)
    doc = json.loads((out / "results.json").read_text())
    months = [{"month": m["month"], "elb": m["elb"]["mean"], "ltr": m["ltr"]["mean"],
               "integrations": m["integrations"]["mean"]} for m in doc["monthly"]]
    return {"months": months, "integrations_total": doc["indicators"]["integrations_total"]["mean"],
            "ltr_avg": doc["indicators"]["ltr_avg"]["mean"]}


def find_track_json(out):
    found = sorted(out.rglob("track.json"))
    if len(found) != 1:
        sys.exit(f"expected one track.json under {out}, found {found}")
    return json.loads(found[0].read_text())


def track(binary, scenario, truth, months, reps, seed, work):
    csv = work / f"actuals-{seed}.csv"
    rows = ["month,elb,ltr,integrations"] + [
        f"{m['month']},{round(m['elb'])},{round(m['ltr'])},{round(m['integrations'])}" for m in truth["months"][:months]]
    csv.write_text("\n".join(rows) + "\n")
    out = work / f"track-{seed}"
    intsim(binary, "track", scenario, "--actuals", csv, "--reps", reps, "--seed", seed, "--out", out, "--quiet")
    doc = find_track_json(out)
    return doc["indicators"], doc["conditioning"]["ess_share"]


def quarter(pairs, weakest):
    pairs = sorted(pairs)
    q = len(pairs) // 4
    chosen = [e for _, e in (pairs[:q] if weakest else pairs[-q:])]
    return statistics.mean(chosen), statistics.stdev(chosen) / math.sqrt(q)


def backtest(args, truths, plan_monthly, work, label, seed_base):
    rows = []
    for months in args.months:
        hits = {"integrations_total": 0, "ltr_avg": 0}
        widths = {"integrations_total": [], "ltr_avg": []}
        errors, pace_errors, ess = [], [], []
        plan_rest = sum(plan_monthly[months:])
        for i, truth in enumerate(truths):
            indicators, ess_share = track(args.binary, args.scenario, truth, months, args.reps,
                                          seed_base + 16 * i + months, work)
            ess.append(ess_share)
            for name in hits:
                q, value = indicators[name], truth[name]
                hits[name] += q["p05"] <= value <= q["p95"]
                widths[name].append(q["p95"] - q["p05"])
            spring = sum(round(m["integrations"]) for m in truth["months"][:months])
            errors.append((spring, indicators["integrations_total"]["mean"] - truth["integrations_total"]))
            pace_errors.append((spring, spring + plan_rest - truth["integrations_total"]))
        n = len(truths)
        row = {"truths": label, "months": months, "n": n, "binomial_sd": math.sqrt(0.9 * 0.1 * n),
               "hits_integrations": hits["integrations_total"], "hits_ltr_avg": hits["ltr_avg"],
               "width_integrations": statistics.mean(widths["integrations_total"]),
               "width_ltr_avg": statistics.mean(widths["ltr_avg"]),
               "median_ess_share": statistics.median(ess)}
        if n >= 8:
            row["weakest_quarter_error"], row["weakest_quarter_se"] = quarter(errors, True)
            row["strongest_quarter_error"], row["strongest_quarter_se"] = quarter(errors, False)
            row["weakest_quarter_error_at_plan_pace"] = quarter(pace_errors, True)[0]
            row["strongest_quarter_error_at_plan_pace"] = quarter(pace_errors, False)[0]
        rows.append(row)
        print(json.dumps(row), flush=True)
    return rows


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--binary", default=str(ROOT / "build" / "intsim"))
    parser.add_argument("--scenario", default="scenarios/lahn-dill-2022.json")
    parser.add_argument("--truths", type=int, default=150)
    parser.add_argument("--tails", type=int, default=0)
    parser.add_argument("--reps", type=int, default=119)
    parser.add_argument("--months", default="3,6,9")
    parser.add_argument("--out", default="")
    args = parser.parse_args()
    args.months = [int(m) for m in args.months.split(",")]
    with tempfile.TemporaryDirectory(prefix="intsim-tracking-backtest-") as tmp:
        work = Path(tmp)
        intsim(args.binary, "run", args.scenario, "--reps", 1000, "--seed", 7, "--format", "json",
               "--out", work / "plan", "--quiet")
        plan = json.loads((work / "plan" / "results.json").read_text())
        plan_monthly = [m["integrations"]["mean"] for m in plan["monthly"]]
        truths = [truth_year(args.binary, args.scenario, 100000 + t, work) for t in range(args.truths)]
        rows = backtest(args, truths, plan_monthly, work, "prior", 200000)
        if args.tails:
            base, sd = tail_parameters(args.scenario)
            tails = []
            for t in range(args.tails):
                u = (t + 0.5) / args.tails
                p = 0.05 * (u / 0.5) if u < 0.5 else 0.95 + 0.05 * ((u - 0.5) / 0.5)
                factor = math.exp(sd * normal_quantile(p))
                tails.append(truth_year(args.binary, args.scenario, 300000 + t, work,
                                        ("uncertainty.integration_sd=0", f"hazards.integration.base={base * factor!r}")))
            rows += backtest(args, tails, plan_monthly, work, "prior's 5 % tails of the integration level", 400000)
    print()
    print("| truths | months | coverage integrations | coverage LZB average | mean 90 % width integrations | "
          "LZB | weakest quarter's mean error (at the plan's pace) | strongest quarter's (at the plan's pace) |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    for r in rows:
        quarters = ("", "")
        if "weakest_quarter_error" in r:
            quarters = (f"{r['weakest_quarter_error']:+.0f} ± {r['weakest_quarter_se']:.0f} "
                        f"({r['weakest_quarter_error_at_plan_pace']:+.0f})",
                        f"{r['strongest_quarter_error']:+.0f} ± {r['strongest_quarter_se']:.0f} "
                        f"({r['strongest_quarter_error_at_plan_pace']:+.0f})")
        print(f"| {r['truths']} ({r['n']}) | {r['months']} | {r['hits_integrations']}/{r['n']} | "
              f"{r['hits_ltr_avg']}/{r['n']} | {r['width_integrations']:.0f} | {r['width_ltr_avg']:.0f} | "
              f"{quarters[0]} | {quarters[1]} |")
    if args.out:
        Path(args.out).write_text(json.dumps({"scenario": args.scenario, "reps": args.reps, "rows": rows}, indent=1) + "\n")


def tail_parameters(scenario):
    """The integration base and its spread, from the scenario and its `extends` parents."""
    path = ROOT / scenario
    base = sd = None
    while path and (base is None or sd is None):
        doc = json.loads(path.read_text())
        if base is None:
            base = doc.get("hazards", {}).get("integration", {}).get("base")
        if sd is None:
            sd = doc.get("uncertainty", {}).get("integration_sd")
        path = path.parent / doc["extends"] if "extends" in doc else None
    return base, sd


if __name__ == "__main__":
    main()
