#!/usr/bin/python3
"""intsim's benchmark harness: `make bench` runs it with Debian's /usr/bin/python3.

Measures, in one run and interleaved so that the load of a shared machine hits all alike:
  - intsim on lahn-dill-2022 and on a jobcenter ten times its size (bench/scenarios/
    lahn-dill-2022-x10.json), on 1 thread and on all cores: person-months per second
    (wall clock, and per CPU second), the scaling factor, peak memory per person;
  - the limit probe (build/intsim_limit_probe): one Philox uniform and a history-mask
    update per person-month over the same population, and intsim's ratio to it; the
    probe's other random engines, for the record of what each would cost;
  - the peers: bench/scenarios/peer-core.json in intsim, a vectorised numpy program and
    a SimPy 3 process model (bench/peers/), time per replication, intsim's speed-up,
    and whether their means agree with intsim's within Monte Carlo error;
  - `intsim expect` (the expected-value model) when the command exists;
  - `intsim track` with the shipped actuals against `intsim run --format json`, the same
    replications on all cores, pair by pair (issue 15's bound: at most 1.5x);
  - 10,000 replications of lahn-dill-2022 on all cores.
Each timing is the median of --repeat runs (default 3). Writes bench/results/<date>-<host>.json
and appends a table to bench/RESULTS.md; prints the table.
"""
import argparse
import datetime
import json
import math
import os
import platform
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "bench"
SYSTEM_PYTHON = "/usr/bin/python3" if Path("/usr/bin/python3").exists() else sys.executable
GOALS = {
    "per_core": 80e6,         # person-months per second on one core, lahn-dill-2022, machine build (issue 18)
    "scaling": 1.9,           # all cores (2) over one
    "ten_k_seconds": 10.0,    # 10,000 replications of lahn-dill-2022 on all cores
    "numpy": 100.0,           # speed-up over the numpy peer (issue 8)
    "simpy": 1000.0,          # speed-up over the SimPy peer (issue 8)
    "bytes_per_person": 64.0,
    "track_over_run": 1.5,    # intsim track / intsim run, same replications (issue 15)
}
# Peer means must agree with intsim's within this many standard errors of the difference.
AGREEMENT_SIGMAS = 4.0


def timed(cmd, cwd=ROOT):
    """Runs cmd under /usr/bin/time -v; returns (stdout, cpu seconds, peak RSS bytes)."""
    with tempfile.NamedTemporaryFile("r", suffix=".time") as tf:
        proc = subprocess.run(["/usr/bin/time", "-v", "-o", tf.name] + [str(c) for c in cmd],
                              cwd=cwd, capture_output=True, text=True)
        if proc.returncode != 0:
            raise RuntimeError(f"{' '.join(map(str, cmd))} failed ({proc.returncode}):\n{proc.stderr[-2000:]}")
        report = tf.read()
    field = lambda name: float(re.search(rf"{name}: ([0-9.]+)", report).group(1))
    cpu = field(r"User time \(seconds\)") + field(r"System time \(seconds\)")
    rss = field(r"Maximum resident set size \(kbytes\)") * 1024
    return proc.stdout, cpu, rss


class Bench:
    def __init__(self, args):
        self.args = args
        self.build = Path(args.build).resolve()
        self.intsim = self.build / "intsim"
        self.probe = self.build / "intsim_limit_probe"
        self.cores = os.cpu_count() or 1
        self.out = Path(tempfile.mkdtemp(prefix="intsim-bench-"))

    def run_intsim(self, scenario, reps, threads):
        out_dir = self.out / f"run-{threads}"
        _, cpu, rss = timed([self.intsim, "run", scenario, "--reps", reps, "--threads", threads,
                             "--out", out_dir, "--quiet"])
        results = json.loads((out_dir / "results.json").read_text())
        run = results["run"]
        return {"replications": reps, "threads": threads, "person_months": run["person_months"],
                "wall_seconds": run["wall_seconds"], "cpu_seconds": cpu, "peak_rss_bytes": rss,
                "person_months_per_second": run["person_months"] / run["wall_seconds"],
                "person_months_per_cpu_second": run["person_months"] / cpu,
                "seconds_per_replication": run["wall_seconds"] / reps, "results": results}

    def run_json(self, scenario, reps, threads):
        """A plain run writing results.json only: the yardstick of `track`'s cost."""
        out_dir = self.out / "run-json"
        _, cpu, _ = timed([self.intsim, "run", scenario, "--reps", reps, "--threads", threads, "--format", "json",
                           "--out", out_dir, "--quiet"])
        run = json.loads((out_dir / "results.json").read_text())["run"]
        return {"cpu_seconds": cpu, "wall_seconds": run["wall_seconds"]}

    def run_track(self, scenario, actuals, reps, threads):
        """`intsim track` with the shipped actuals (January to May)."""
        out_dir = self.out / "track"
        shutil.rmtree(out_dir, ignore_errors=True)
        _, cpu, _ = timed([self.intsim, "track", scenario, "--actuals", actuals, "--reps", reps, "--threads", threads,
                           "--out", out_dir, "--quiet"])
        doc = json.loads(next(out_dir.glob("track-*/track.json")).read_text())
        return {"cpu_seconds": cpu, "wall_seconds": doc["run"]["wall_seconds"],
                "plan_replications": doc["run"]["plan_replications"]}

    def run_probe(self, engine, persons, months, reps, threads):
        stdout, _, _ = timed([self.probe, "--engine", engine, "--persons", persons, "--months", months,
                              "--reps", reps, "--threads", threads])
        return json.loads(stdout)

    def run_peer(self, name, reps):
        stdout, cpu, _ = timed([SYSTEM_PYTHON, BENCH / "peers" / f"{name}_peer.py",
                                BENCH / "scenarios" / "peer-core.json", "--reps", reps], cwd=BENCH / "peers")
        result = json.loads(stdout)
        result["cpu_seconds"] = cpu
        return result

    def baseline_rss(self, scenario):
        _, _, rss = timed([self.intsim, "validate", scenario])
        return rss

    def expect_available(self):
        """The slot for the expected-value model: skipped while intsim has no `expect`."""
        listing = subprocess.run([self.intsim, "--help"], capture_output=True, text=True).stdout
        return re.search(r"^\s+expect\b", listing, re.MULTILINE) is not None

    def run_expect(self, scenario):
        _, cpu, _ = timed([self.intsim, "expect", scenario, "--out", self.out / "expect"])
        return cpu


def median(values):
    return statistics.median(values)


def machine_info(build):
    cpu = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    cache = {}
    cache_file = Path(build) / "CMakeCache.txt"
    if cache_file.exists():
        for line in cache_file.read_text().splitlines():
            m = re.match(r"([A-Za-z_]+):[A-Z]+=(.*)", line)
            if m:
                cache[m.group(1)] = m.group(2)
    compiler = cache.get("CMAKE_CXX_COMPILER", "c++")
    try:
        version = subprocess.run([compiler, "--version"], capture_output=True, text=True).stdout.splitlines()[0]
    except (OSError, IndexError):
        version = compiler
    build_type = cache.get("CMAKE_BUILD_TYPE", "")
    flags = " ".join(f for f in [cache.get("CMAKE_CXX_FLAGS", ""),
                                 cache.get(f"CMAKE_CXX_FLAGS_{build_type.upper()}", "")] if f)
    if cache.get("INTSIM_NATIVE", "OFF") == "ON":
        flags += " -march=native"
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    return {"host": socket.gethostname(), "cpu": cpu, "cores": os.cpu_count(), "compiler": version,
            "build_type": build_type, "flags": flags.strip(), "kernel": platform.release(),
            "load_average_at_start": load}


def agreement(intsim_results, peer, intsim_reps):
    """Compares peer means with intsim's. The standard error of the difference uses
    intsim's sd (from many replications) for both sides, since it is the same model:
    se = sd * sqrt(1/n_intsim + 1/n_peer); the tolerance is AGREEMENT_SIGMAS of it.
    results.json gives quantiles, not an sd, for measure entries: there the peer's own
    sd stands in (and the check is skipped for a peer with one replication)."""
    rows = {}
    ind = intsim_results["indicators"]
    n_peer = peer["replications"]
    values = {k: (ind[k]["mean"], ind[k]["sd"]) for k in
              ["integrations_total", "integrations_women", "integrations_ltr", "elb_avg", "elb_end",
               "ltr_avg", "ltr_end"]}
    if n_peer > 1:
        values["measure_entries"] = (intsim_results["measures"][0]["entries"]["mean"],
                                     peer["indicators"]["measure_entries"]["sd"])
    for name, (mean_i, sd) in values.items():
        mean_p = peer["indicators"][name]["mean"]
        se = sd * math.sqrt(1.0 / intsim_reps + 1.0 / n_peer)
        diff = mean_p - mean_i
        rows[name] = {"intsim": mean_i, "peer": mean_p, "difference": diff, "se": se,
                      "sigmas": diff / se if se > 0 else 0.0,
                      "agrees": abs(diff) <= AGREEMENT_SIGMAS * se + 1e-9}
    return rows


def fmt_rate(x):
    return f"{x / 1e6:,.1f} M"


def main():
    parser = argparse.ArgumentParser(description="intsim benchmark harness")
    parser.add_argument("--build", default=str(ROOT / "build"))
    parser.add_argument("--repeat", type=int, default=3, help="runs per timing; the median is reported")
    parser.add_argument("--reps", type=int, default=1000, help="replications of lahn-dill-2022 per run")
    parser.add_argument("--numpy-reps", type=int, default=50)
    parser.add_argument("--simpy-reps", type=int, default=3)
    parser.add_argument("--skip-10k", action="store_true", help="skip the 10,000-replication run")
    parser.add_argument("--quick", action="store_true", help="tiny sizes, to check that the harness works")
    parser.add_argument("--no-write", action="store_true", help="print only; write no result files")
    args = parser.parse_args()
    if args.quick:
        args.reps, args.repeat, args.numpy_reps, args.simpy_reps, args.skip_10k = 20, 1, 5, 1, True

    b = Bench(args)
    for tool in (b.intsim, b.probe):
        if not tool.exists():
            sys.exit(f"run_bench: {tool} is missing; build with -DINTSIM_BENCH=ON (make bench)")
    base = ROOT / "scenarios" / "lahn-dill-2022.json"
    big = BENCH / "scenarios" / "lahn-dill-2022-x10.json"
    peer = BENCH / "scenarios" / "peer-core.json"
    cores = b.cores
    info = machine_info(b.build)
    print(f"intsim bench on {info['cpu']} ({cores} cores), load average {info['load_average_at_start']:.1f}",
          file=sys.stderr)

    samples = {k: [] for k in ["base_1", "base_n", "big_1", "big_n", "probe_1", "probe_n", "peer_intsim",
                               "numpy", "simpy", "run_json", "track"]}
    actuals = ROOT / "scenarios" / "actuals" / "lahn-dill-2022-monthly.csv"
    engines = ["philox", "philox-inline", "threefry", "mt19937_64", "taus88"]
    engine_samples = {e: [] for e in engines}
    months = 12
    for r in range(args.repeat):
        print(f"  round {r + 1} of {args.repeat}", file=sys.stderr)
        samples["base_1"].append(b.run_intsim(base, args.reps, 1))
        samples["base_n"].append(b.run_intsim(base, args.reps, cores))
        persons = round(samples["base_1"][0]["person_months"] / (args.reps * months))
        samples["probe_1"].append(b.run_probe("philox", persons, months, args.reps, 1))
        samples["probe_n"].append(b.run_probe("philox", persons, months, args.reps, cores))
        big_reps = max(1, args.reps // 10)
        samples["big_1"].append(b.run_intsim(big, big_reps, 1))
        samples["big_n"].append(b.run_intsim(big, big_reps, cores))
        samples["run_json"].append(b.run_json(base, args.reps, cores))
        samples["track"].append(b.run_track(base, actuals, args.reps, cores))
        samples["peer_intsim"].append(b.run_intsim(peer, args.reps, 1))
        samples["numpy"].append(b.run_peer("numpy", args.numpy_reps))
        samples["simpy"].append(b.run_peer("simpy", args.simpy_reps))
        for e in engines:
            engine_samples[e].append(b.run_probe(e, persons, months, max(1, args.reps // 2), 1))

    med = lambda key, field: median(s[field] for s in samples[key])
    base_1, base_n = med("base_1", "person_months_per_second"), med("base_n", "person_months_per_second")
    base_cpu = med("base_1", "person_months_per_cpu_second")
    big_1, big_n = med("big_1", "person_months_per_second"), med("big_n", "person_months_per_second")
    probe_1, probe_n = med("probe_1", "person_months_per_second"), med("probe_n", "person_months_per_second")
    probe_cpu = med("probe_1", "person_months_per_cpu_second")
    # track against run, pair by pair (the pairs ran back to back, under the same load).
    track_cpu_ratio = median(t["cpu_seconds"] / r["cpu_seconds"] for t, r in zip(samples["track"], samples["run_json"]))
    track_wall_ratio = median(t["wall_seconds"] / r["wall_seconds"] for t, r in zip(samples["track"], samples["run_json"]))
    peer_sec = med("peer_intsim", "seconds_per_replication")
    numpy_sec = med("numpy", "seconds_per_replication")
    simpy_sec = med("simpy", "seconds_per_replication")
    # Memory per simulated person: the peak RSS above that of `intsim validate` (binary,
    # libraries, scenario), per person alive at once (one replication per thread).
    mem = {}
    for key, scenario in (("base_n", base), ("big_n", big)):
        s = samples[key][0]
        stock = s["person_months"] / (s["replications"] * months)
        baseline = b.baseline_rss(scenario)
        mem[key] = {"peak_rss_bytes": s["peak_rss_bytes"], "baseline_rss_bytes": baseline,
                    "persons_alive": stock * min(cores, s["replications"]),
                    "bytes_per_person": (s["peak_rss_bytes"] - baseline) / (stock * min(cores, s["replications"])),
                    "tally_bytes": s["replications"] * 8 * 300}
    ten_k = None
    if not args.skip_10k:
        print("  10,000 replications on all cores", file=sys.stderr)
        run = b.run_intsim(base, 10000, cores)
        ten_k = {k: v for k, v in run.items() if k != "results"}
    expect = None
    if b.expect_available():
        expect = {"seconds_per_projection": median(b.run_expect(base) for _ in range(args.repeat))}

    peer_results = samples["peer_intsim"][0]["results"]
    agree_numpy = agreement(peer_results, samples["numpy"][0], args.reps)
    agree_simpy = agreement(peer_results, samples["simpy"][0], args.reps)

    summary = {
        "lahn_dill_2022": {"replications": args.reps, "one_thread": base_1, "all_cores": base_n,
                           "scaling": base_n / base_1, "per_cpu_second": base_cpu},
        "lahn_dill_2022_x10": {"replications": max(1, args.reps // 10), "one_thread": big_1, "all_cores": big_n,
                               "scaling": big_n / big_1},
        "limit_probe": {"engine": "philox", "one_thread": probe_1, "all_cores": probe_n,
                        "per_cpu_second": probe_cpu, "ratio_intsim_to_probe": base_1 / probe_1,
                        "ratio_per_cpu_second": base_cpu / probe_cpu},
        "engines": {e: {"one_thread": median(x["person_months_per_second"] for x in engine_samples[e]),
                        "per_cpu_second": median(x["person_months_per_cpu_second"] for x in engine_samples[e])}
                    for e in engines},
        "peers": {"intsim_seconds_per_replication": peer_sec,
                  "numpy_seconds_per_replication": numpy_sec, "simpy_seconds_per_replication": simpy_sec,
                  "speedup_over_numpy": numpy_sec / peer_sec, "speedup_over_simpy": simpy_sec / peer_sec,
                  "agreement_sigmas": AGREEMENT_SIGMAS,
                  "numpy_agrees": all(r["agrees"] for r in agree_numpy.values()),
                  "simpy_agrees": all(r["agrees"] for r in agree_simpy.values()),
                  "numpy": agree_numpy, "simpy": agree_simpy},
        "memory": mem,
        "track": {"replications": args.reps, "actuals": "scenarios/actuals/lahn-dill-2022-monthly.csv (5 months)",
                  "run_cpu_seconds": med("run_json", "cpu_seconds"), "track_cpu_seconds": med("track", "cpu_seconds"),
                  "cpu_ratio": track_cpu_ratio, "wall_ratio": track_wall_ratio,
                  "plan_replications": samples["track"][0]["plan_replications"]},
        "ten_thousand_replications": ten_k,
        "expect": expect if expect else "skipped: `intsim expect` does not exist in this build",
    }
    goals = {
        "per_core >= 80 M/s": (base_1, base_1 >= GOALS["per_core"]),
        "scaling >= 1.9": (base_n / base_1, base_n / base_1 >= GOALS["scaling"]),
        "10k reps <= 10 s": ((ten_k or {}).get("wall_seconds"), ten_k is not None and ten_k["wall_seconds"] <= 10.0),
        "numpy speed-up >= 100": (numpy_sec / peer_sec, numpy_sec / peer_sec >= GOALS["numpy"]),
        "SimPy speed-up >= 1000": (simpy_sec / peer_sec, simpy_sec / peer_sec >= GOALS["simpy"]),
        "bytes/person <= 64 (10x)": (mem["big_n"]["bytes_per_person"],
                                     mem["big_n"]["bytes_per_person"] <= GOALS["bytes_per_person"]),
        "track <= 1.5x run (CPU)": (track_cpu_ratio, track_cpu_ratio <= GOALS["track_over_run"]),
    }
    summary["goals"] = {k: {"value": v, "met": met} for k, (v, met) in goals.items()}
    stamp = datetime.datetime.now().strftime("%Y-%m-%d %H:%M")
    record = {"date": stamp, "machine": info, "repeat": args.repeat, "summary": summary,
              "samples": {k: [{f: x[f] for f in x if f != "results"} for x in v] for k, v in samples.items()}}

    lines = [f"### {stamp} on {info['host']}", "",
             f"Machine: {info['cpu']}, {info['cores']} cores; {info['compiler']}; "
             f"{info['build_type']} `{info['flags'] or '(default flags)'}`; load average at start "
             f"{info['load_average_at_start']:.1f}. Median of {args.repeat} runs each.", "",
             "| measurement | 1 thread | all cores | scaling / ratio |", "|---|---:|---:|---:|",
             f"| lahn-dill-2022 ({args.reps} reps), person-months/s | {fmt_rate(base_1)} | {fmt_rate(base_n)} | "
             f"{base_n / base_1:.2f}x |",
             f"| same, per CPU second (1 thread) | {fmt_rate(base_cpu)} | | |",
             f"| 10x jobcenter ({max(1, args.reps // 10)} reps), person-months/s | {fmt_rate(big_1)} | "
             f"{fmt_rate(big_n)} | {big_n / big_1:.2f}x |",
             f"| limit probe (Philox + mask), person-months/s | {fmt_rate(probe_1)} | {fmt_rate(probe_n)} | "
             f"intsim/probe {base_1 / probe_1:.3f} (per CPU s {base_cpu / probe_cpu:.3f}) |",
             f"| peer-core: intsim s/replication | {peer_sec * 1e3:.2f} ms | | |",
             f"| peer-core: numpy s/replication | {numpy_sec * 1e3:.1f} ms | | intsim {numpy_sec / peer_sec:,.0f}x faster; "
             f"means agree: {summary['peers']['numpy_agrees']} |",
             f"| peer-core: SimPy s/replication | {simpy_sec * 1e3:,.0f} ms | | intsim {simpy_sec / peer_sec:,.0f}x faster; "
             f"means agree: {summary['peers']['simpy_agrees']} |",
             f"| peak memory, bytes per simulated person (lahn-dill / 10x, all cores) | "
             f"{mem['base_n']['bytes_per_person']:,.0f} | {mem['big_n']['bytes_per_person']:,.0f} | |",
             ]
    lines.append(f"| track (5 months of actuals) against run --format json, {args.reps} reps, all cores: CPU s | "
                 f"run {summary['track']['run_cpu_seconds']:.1f} | track {summary['track']['track_cpu_seconds']:.1f} | "
                 f"{track_cpu_ratio:.2f}x CPU, {track_wall_ratio:.2f}x wall |")
    if ten_k:
        lines.append(f"| 10,000 replications of lahn-dill-2022, all cores | | {ten_k['wall_seconds']:.1f} s | "
                     f"{fmt_rate(ten_k['person_months_per_second'])}/s |")
    lines.append("| expected-value model (`intsim expect`), s/projection | "
                 + (f"{expect['seconds_per_projection']:.3f} s" if expect else "skipped: command missing")
                 + " | | |")
    lines.append("| random engines in the probe, M person-months/s (1 thread, per CPU s) | "
                 + ", ".join(f"{e} {summary['engines'][e]['one_thread'] / 1e6:.0f} ({summary['engines'][e]['per_cpu_second'] / 1e6:.0f})"
                             for e in engines) + " | | |")
    lines += ["", "Goals: " + "; ".join(
        f"{k}: {'met' if met else 'NOT met'} ({'n/a' if v is None else f'{v:,.3g}'})" for k, (v, met) in goals.items()), ""]
    table = "\n".join(lines)
    print(table)
    if not args.no_write:
        results_dir = BENCH / "results"
        results_dir.mkdir(exist_ok=True)
        name = f"{datetime.date.today().isoformat()}-{info['host']}.json"
        (results_dir / name).write_text(json.dumps(record, indent=1) + "\n")
        results_md = BENCH / "RESULTS.md"
        if not results_md.exists():
            results_md.write_text("# intsim benchmark results\n\nAppended by `make bench` (bench/run_bench.py); "
                                  "newest last.\n\n")
        with results_md.open("a") as f:
            f.write(table + "\n")
        print(f"wrote {results_dir / name} and appended to {results_md}", file=sys.stderr)
    shutil.rmtree(b.out, ignore_errors=True)


if __name__ == "__main__":
    main()
