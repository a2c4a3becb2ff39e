#!/usr/bin/env python3
"""Measures per-rank throughput and parallel efficiency of `intsim run` under mpirun.

    python3 tools/measure_ranks.py [--reps 2000] [--repeats 3] [--configs 1x1,2x1,1x2]
                                   [--mpirun-args "--bind-to none"] [--binary build/intsim]

Each configuration RxT (R ranks, T threads per rank; R > 1 under mpirun) runs `--repeats`
times, interleaved so that a change in the machine's load hits all configurations alike;
the table reports medians.
Throughput is person-months (one person in the stock for one month) per second: by wall
clock (what a user waits for: from results.json run.wall_seconds, which excludes the MPI
start-up) and by CPU time of all ranks (what a shared machine actually gave us).
docs/cluster.md quotes its output."""
import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def run_once(binary, scenario, reps, ranks, threads, out, mpirun_args):
    command = [binary, "run", scenario, "--reps", str(reps), "--threads", str(threads), "--seed", "1", "--out", out,
               "--quiet"]
    if ranks > 1 or os.environ.get("MEASURE_MPIRUN_ALWAYS"):
        command = [shutil.which("mpirun"), "--allow-run-as-root", "--oversubscribe", *mpirun_args.split(),
                   "-np", str(ranks)] + command
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.monotonic()
    subprocess.run(command, check=True, capture_output=True)
    elapsed = time.monotonic() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    run = json.load(open(os.path.join(out, "results.json")))["run"]
    return {"wall": run["wall_seconds"], "elapsed": elapsed, "cpu": cpu, "person_months": run["person_months"]}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--reps", type=int, default=2000)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--configs", default="1x1,2x1,1x2", help="RANKSxTHREADS,...")
    parser.add_argument("--binary", default=os.path.join(ROOT, "build", "intsim"))
    parser.add_argument("--mpirun-args", default="", help='e.g. "--bind-to none"')
    parser.add_argument("--scenario", default=os.path.join(ROOT, "scenarios", "lahn-dill-2022.json"))
    args = parser.parse_args()
    configs = [tuple(int(x) for x in c.split("x")) for c in args.configs.split(",")]
    samples = {c: [] for c in configs}
    print(f"load average before: {os.getloadavg()}, {os.cpu_count()} cores")
    with tempfile.TemporaryDirectory() as tmp:
        for repeat in range(args.repeats):
            for ranks, threads in configs:
                sample = run_once(args.binary, args.scenario, args.reps, ranks, threads,
                                  os.path.join(tmp, f"{ranks}x{threads}-{repeat}"), args.mpirun_args)
                samples[(ranks, threads)].append(sample)
                print(f"  repeat {repeat + 1}, {ranks} rank(s) x {threads} thread(s): wall {sample['wall']:.1f} s, "
                      f"elapsed {sample['elapsed']:.1f} s, CPU {sample['cpu']:.1f} s", flush=True)
    print(f"load average after: {os.getloadavg()}")
    person_months = samples[configs[0]][0]["person_months"]
    print(f"\n{args.reps} replications of {os.path.basename(args.scenario)}: {person_months:.4g} person-months "
          f"({person_months / args.reps:.4g} per replication); medians of {args.repeats}")
    print(f"{'config':>7} {'wall s':>8} {'M pm/s':>8} {'per worker':>10} {'efficiency':>10} {'CPU s':>8} "
          f"{'M pm/CPU-s':>11}")
    base = None
    for ranks, threads in configs:
        workers = ranks * threads
        wall = statistics.median(s["wall"] for s in samples[(ranks, threads)])
        cpu = statistics.median(s["cpu"] for s in samples[(ranks, threads)])
        rate = person_months / wall / 1e6
        base = base or rate / workers
        print(f"{ranks:>3}x{threads:<3} {wall:>8.1f} {rate:>8.2f} {rate / workers:>10.2f} {rate / workers / base:>10.0%} "
              f"{cpu:>8.1f} {person_months / cpu / 1e6:>11.2f}")

if __name__ == "__main__":
    main()
