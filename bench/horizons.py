#!/usr/bin/python3
"""Cost of longer horizons (issue 16, docs/years.md section 10): the 10x jobcenter
(bench/scenarios/lahn-dill-2022-x10.json) over 12, 36 and 120 months.

Measures, with the pieces of run_bench.py (the same `timed` runs under /usr/bin/time -v
and the same memory rule: peak RSS above that of `intsim validate`, per person alive at
once, one replication per thread):
  - person-months per second on one thread (wall clock and per CPU second), 12 vs 36 vs
    120 months, interleaved so that the load of a shared machine hits all alike;
  - bytes per simulated person on all cores, per person of the average stock and per
    person of the largest month-end stock (the stock grows over ten years, and the peak
    comes at the end).
Prints a table; --write appends it to bench/RESULTS.md.
"""
import argparse
import datetime
import json
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from run_bench import BENCH, Bench, machine_info, median, fmt_rate  # noqa: E402


def main():
    parser = argparse.ArgumentParser(description="intsim cost of longer horizons")
    parser.add_argument("--build", default=str(Path(__file__).resolve().parent.parent / "build"))
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--person-months", type=float, default=2.6e8,
                        help="person-months per timing run (replications follow from it)")
    parser.add_argument("--write", action="store_true", help="append the table to bench/RESULTS.md")
    args = parser.parse_args()
    b = Bench(args)
    big = BENCH / "scenarios" / "lahn-dill-2022-x10.json"
    info = machine_info(b.build)
    cores = b.cores
    horizons = [12, 36, 120]
    # Replications so that every horizon simulates about the same person-months.
    stock = 108500
    reps = {m: max(2, round(args.person_months / (stock * m))) for m in horizons}
    speed = {m: [] for m in horizons}
    for r in range(args.repeat):
        print(f"  round {r + 1} of {args.repeat}", file=sys.stderr)
        for m in horizons:
            speed[m].append(run(b, big, m, reps[m], 1))
    memory = {m: run(b, big, m, cores, cores) for m in horizons}
    baseline = b.baseline_rss(big)
    rows = []
    for m in horizons:
        one = {k: median(s[k] for s in speed[m]) for k in ("person_months_per_second", "person_months_per_cpu_second")}
        mem = memory[m]
        months = mem["results"]["monthly"]
        average = mem["person_months"] / (mem["replications"] * m)
        largest = max(x["elb"]["mean"] for x in months)
        alive = min(cores, mem["replications"])
        rows.append({"months": m, "replications": reps[m], **one,
                     "bytes_per_person_average_stock": (mem["peak_rss_bytes"] - baseline) / (average * alive),
                     "bytes_per_person_largest_stock": (mem["peak_rss_bytes"] - baseline) / (largest * alive),
                     "average_stock": average, "largest_stock": largest})
    stamp = datetime.datetime.now().strftime("%Y-%m-%d %H:%M")
    lines = [f"### {stamp} on {info['host']}: horizons of the 10x jobcenter (bench/horizons.py)", "",
             f"Machine: {info['cpu']}, {info['cores']} cores; {info['compiler']}; {info['build_type']} "
             f"`{info['flags'] or '(default flags)'}`; load average at start {info['load_average_at_start']:.1f}. "
             f"Speed: median of {args.repeat} runs on 1 thread, about {args.person_months / 1e6:,.0f} M "
             f"person-months each; memory: {cores} replications on {cores} threads.", "",
             "| months | replications | person-months/s (1 thread) | per CPU second | bytes per person (average stock) "
             "| bytes per person (largest stock) | stock: average / largest |",
             "|---:|---:|---:|---:|---:|---:|---:|"]
    for row in rows:
        lines.append(f"| {row['months']} | {row['replications']} | {fmt_rate(row['person_months_per_second'])} | "
                     f"{fmt_rate(row['person_months_per_cpu_second'])} | {row['bytes_per_person_average_stock']:.1f} | "
                     f"{row['bytes_per_person_largest_stock']:.1f} | {row['average_stock']:,.0f} / "
                     f"{row['largest_stock']:,.0f} |")
    table = "\n".join(lines) + "\n"
    print(table)
    print(json.dumps(rows, indent=1), file=sys.stderr)
    if args.write:
        with (BENCH / "RESULTS.md").open("a") as f:
            f.write("\n" + table)


def run(b, scenario, months, reps, threads):
    out_dir = b.out / f"h{months}-{threads}"
    from run_bench import timed
    _, cpu, rss = timed([b.intsim, "run", scenario, "--reps", reps, "--threads", threads, "--out", out_dir,
                         "--quiet", "--format", "json", "--set", f"months={months}"])
    results = json.loads((out_dir / "results.json").read_text())
    run_info = results["run"]
    return {"replications": reps, "person_months": run_info["person_months"], "wall_seconds": run_info["wall_seconds"],
            "cpu_seconds": cpu, "peak_rss_bytes": rss, "results": results,
            "person_months_per_second": run_info["person_months"] / run_info["wall_seconds"],
            "person_months_per_cpu_second": run_info["person_months"] / cpu}


if __name__ == "__main__":
    main()
