"""The workbench under load, on loopback: 20 clients, each on its own kept-alive
connection like a browser tab, ask for expected answers of changing mixes while a
Monte Carlo run works the machine's other cores. Reports the latency of the answers
(p50, p95, max, as the clients measure it), how many were lost (not 200, or no answer),
and, unless --no-browser, the expected answer's time measured in the browser by the
workbench's browser test. Appends the table to bench/RESULTS.md with the machine and
flags. Run by `make bench`; `--no-write` prints only.

usage: workbench_load.py [--build DIR] [--clients 20] [--no-browser] [--no-write]"""
import argparse
import concurrent.futures
import datetime
import http.client
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
sys.path.insert(0, str(ROOT / "tests" / "cli"))
sys.path.insert(0, str(BENCH))
from run_bench import machine_info  # noqa: E402
from workbench_support import Workbench, edit  # noqa: E402

# The shipped three-year plan, and the small 12-month programme of the golden tests (whose
# expected answer is cheap, so the server's own share of the latency shows).
PLANS = [("scenarios/lahn-dill-2022-2024.json", "lahn-dill-2022-2024",
          ["aktivierungszentrum", "arbeitsgelegenheiten", "jobaktiv", "gesundheitaktiv", "fbw"]),
         ("tests/golden/scenarios/small-programme.json", "small-programme",
          ["activation", "newcomers", "health_coaching", "wage_subsidy", "training"])]


def percentile(values, p):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, int(round(p * len(ordered) + 0.5)) - 1))]


def client(url, plan, measures, index, requests):
    host, port = url[len("http://"):].split(":")
    connection = http.client.HTTPConnection(host, int(port), timeout=600)
    times, lost = [], 0
    for k in range(requests):
        # Every request a mix not asked before, so that no answer comes from the cache.
        measure = measures[(index + k) % len(measures)]
        body = json.dumps({"plan": plan, "edits": [edit(measure, "capacity", 1000 + index * requests + k)]})
        start = time.perf_counter()
        try:
            connection.request("POST", "/api/expect", body, {"Content-Type": "application/json"})
            response = connection.getresponse()
            data = response.read()
            ok = response.status == 200 and b'"years"' in data
        except (OSError, http.client.HTTPException):
            ok = False
            connection.close()
            connection = http.client.HTTPConnection(host, int(port), timeout=600)
        elapsed = (time.perf_counter() - start) * 1000
        if ok:
            times.append(elapsed)
        else:
            lost += 1
    connection.close()
    return times, lost


def browser_times(build):
    result = subprocess.run([sys.executable, str(ROOT / "tests" / "browser" / "workbench_in_chromium.py"),
                             str(Path(build) / "intsim"), "--edits=260,270,280,290,300,310,320,330,340,350"], cwd=ROOT, capture_output=True, text=True, timeout=900)
    found = re.search(r"median ([0-9.]+), max ([0-9.]+), all (\[.*\])", result.stdout)
    if result.returncode != 0 or not found:
        return None
    return {"median_ms": float(found.group(1)), "max_ms": float(found.group(2)), "all_ms": json.loads(found.group(3))}


def load(binary, file, plan, measures, clients, requests):
    with tempfile.TemporaryDirectory() as tmp, \
            Workbench(binary, [file], os.path.join(tmp, "runs.sqlite"), cwd=ROOT) as server:
        alone = []
        for k in range(5):  # alone first: the answer's own cost, without competition
            times, _ = client(server.url, plan, measures, 10000 + k, 1)
            alone += times
        job = server.post_json("/api/jobs", {"plan": plan, "replications": 100000}, expect=202)
        server.wait_for_job(job["id"], states=("running",))
        start = time.perf_counter()
        with concurrent.futures.ThreadPoolExecutor(clients) as pool:
            outcomes = list(pool.map(lambda i: client(server.url, plan, measures, i, requests), range(clients)))
        wall = time.perf_counter() - start
        state = json.loads(server.request("GET", f"/api/jobs/{job['id']}", timeout=600)[2])
        server.post_json(f"/api/jobs/{job['id']}/cancel", {})
    times = [t for ts, _ in outcomes for t in ts]
    return {"plan": file, "clients": clients, "requests": clients * requests, "lost": sum(l for _, l in outcomes),
            "alone_ms": {"median": statistics.median(alone), "p95": percentile(alone, 0.95)},
            "under_load_ms": {"p50": percentile(times, 0.5), "p95": percentile(times, 0.95), "max": max(times)}
            if times else None,
            "answers_per_second": len(times) / wall, "monte_carlo_state": state["state"],
            "monte_carlo_replications_during": state["done"]}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--build", default=str(ROOT / "build"))
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--no-browser", action="store_true")
    parser.add_argument("--no-write", action="store_true")
    args = parser.parse_args()
    binary = str(Path(args.build) / "intsim")
    info = machine_info(args.build)
    date = datetime.datetime.now().isoformat(timespec="seconds")
    # One answer per client of the three-year plan (each costs the expected model's full
    # chain: 20 of them at once queue for a long time), 25 of the small one.
    runs = [load(binary, file, plan, measures, args.clients, 1 if plan.startswith("lahn") else 25)
            for file, plan, measures in PLANS]
    browser = None if args.no_browser else browser_times(args.build)
    lines = [f"## Workbench load, {date} ({info['host']})", "",
             f"{info['cpu']}, {info['cores']} cores, {info['compiler']}, {info['build_type']} {info['flags']}; "
             f"load average {info['load_average_at_start']:.1f} at the start. Each request a new mix (no cached answer); "
             f"a Monte Carlo run of the plan works the other cores meanwhile.", "",
             "| plan | alone, median / p95 | " f"{args.clients} clients: p50 / p95 / max | lost | answers/s |",
             "|---|---|---|---|---|"]
    for r in runs:
        u = r["under_load_ms"]
        lines.append(f"| {r['plan']} | {r['alone_ms']['median']:.0f} / {r['alone_ms']['p95']:.0f} ms | "
                     f"{u['p50']:.0f} / {u['p95']:.0f} / {u['max']:.0f} ms | {r['lost']} of {r['requests']} | "
                     f"{r['answers_per_second']:.1f} |")
    if browser:
        lines += ["", f"Expected answer measured in the browser (edit to screen), {len(browser['all_ms'])} new mixes of "
                      f"lahn-dill-2022-2024: median {browser['median_ms']:.0f} ms, max {browser['max_ms']:.0f} ms."]
    lines += ["", "Goals: " + "; ".join(
        f"{Path(r['plan']).stem}: p95 under load < 250 ms {'met' if r['under_load_ms']['p95'] < 250 else 'NOT met'}, "
        f"no answer lost {'met' if r['lost'] == 0 else 'NOT met'}" for r in runs)
        + (f"; browser < 100 ms a change: {'met' if browser['max_ms'] < 100 else 'NOT met'}" if browser else ""), ""]
    table = "\n".join(lines)
    print(table)
    print(json.dumps({"date": date, "machine": info, "runs": runs, "browser": browser}, indent=1), file=sys.stderr)
    if not args.no_write:
        with (BENCH / "RESULTS.md").open("a") as f:
            f.write("\n" + table + "\n")
    return 0 if all(r["lost"] == 0 for r in runs) else 1


if __name__ == "__main__":
    sys.exit(main())
