"""The run store from the command line: where it lies by default, how to point it
elsewhere or turn it off, runs list|show|diff|rm|note, that a failed or interrupted
run records nothing, and that each run's report.html reopens from the store (runs show --html)."""
import json
import os
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from cli_support import BINARY, ROOT, check, intsim  # noqa: E402

PLAN = os.path.join(ROOT, "tests", "golden", "scenarios", "small-programme.json")
VARIANT = os.path.join(ROOT, "tests", "golden", "scenarios", "small-programme-more-activation.json")


def runs_in(store):
    return json.loads(intsim("runs", "list", "--json", "--store", store).stdout)


def test_store_beside_the_output_folder():
    with tempfile.TemporaryDirectory() as tmp:
        intsim("run", PLAN, "--reps", 3, "--out", os.path.join(tmp, "out", "a"), "--quiet", "--note", "first")
        store = os.path.join(tmp, "out", "runs.sqlite")
        check(os.path.exists(store), f"the store beside the output folder: {os.listdir(os.path.join(tmp, 'out'))}")
        runs = runs_in(store)
        check(len(runs) == 1 and runs[0]["kind"] == "run" and runs[0]["note"] == "first", runs)
        check(runs[0]["origin"] == "cli" and "@" in runs[0]["started_by"], runs)
        shown = json.loads(intsim("runs", "show", runs[0]["id"], "--json", "--store", store).stdout)
        results = json.load(open(os.path.join(tmp, "out", "a", "results.json")))
        check(shown["scenarios"][0]["sha256"] == results["scenario"]["sha256"], "the resolved scenario's sha256")
        check(shown["summary"] == results, "the run's results.json is kept whole")
        rows = {(r["period"], r["indicator"]): r for r in shown["indicators"]}
        stored, written = rows[("2022", "integrations_total")]["mean"], results["indicators"]["integrations_total"]["mean"]
        check(abs(stored - written) <= 1e-6 * abs(written), f"indicators per year: {stored} and results.json's {written}")
        check(("horizon", "integrations_total") in rows, "and over the horizon")


def test_environment_and_off():
    with tempfile.TemporaryDirectory() as tmp:
        elsewhere = os.path.join(tmp, "elsewhere.sqlite")
        env = dict(os.environ, INTSIM_STORE=elsewhere)
        subprocess.run([BINARY, "run", PLAN, "--reps", "2", "--out", os.path.join(tmp, "a"), "--quiet"], env=env,
                       check=True, capture_output=True)
        check(os.path.exists(elsewhere) and not os.path.exists(os.path.join(tmp, "runs.sqlite")), os.listdir(tmp))
        intsim("run", PLAN, "--reps", 2, "--out", os.path.join(tmp, "b"), "--quiet", "--store", "off")
        check(not os.path.exists(os.path.join(tmp, "runs.sqlite")), "--store off records nothing")
        off = dict(os.environ, INTSIM_STORE="off")
        subprocess.run([BINARY, "run", PLAN, "--reps", "2", "--out", os.path.join(tmp, "c"), "--quiet"], env=off,
                       check=True, capture_output=True)
        check(sorted(os.listdir(tmp)) == ["a", "b", "c", "elsewhere.sqlite"] or
              sorted(os.listdir(tmp)) == ["a", "b", "c", "elsewhere.sqlite", "elsewhere.sqlite-shm", "elsewhere.sqlite-wal"],
              os.listdir(tmp))


def test_list_show_diff_rm_note():
    with tempfile.TemporaryDirectory() as tmp:
        store = os.path.join(tmp, "runs.sqlite")
        intsim("run", PLAN, "--reps", 3, "--seed", 1, "--out", os.path.join(tmp, "a"), "--quiet", "--store", store)
        intsim("run", PLAN, "--reps", 3, "--seed", 2, "--out", os.path.join(tmp, "b"), "--quiet", "--store", store)
        intsim("compare", PLAN, VARIANT, "--reps", 3, "--out", os.path.join(tmp, "c"), "--quiet", "--store", store)
        runs = runs_in(store)
        check([r["kind"] for r in runs] == ["compare", "run", "run"], runs)
        check(runs[0]["scenarios"] == "small-programme vs small-programme-more-activation", runs[0])
        text = intsim("runs", "list", "--store", store).stdout
        check("compare" in text and "small-programme" in text, text)
        show = intsim("runs", "show", runs[0]["id"], "--store", store).stdout
        check("variant 1: small-programme-more-activation" in show and "difference" in show, show)
        diff = intsim("runs", "diff", runs[2]["id"], runs[1]["id"], "--store", store).stdout
        check("seed: A 1, B 2" in diff and "integrations_total" in diff, diff)
        intsim("runs", "note", runs[1]["id"], "the second seed", "--store", store)
        check(runs_in(store)[1]["note"] == "the second seed", "note set")
        bad = intsim("runs", "rm", runs[2]["id"], 999, "--store", store, check=False)
        check(bad.returncode == 2 and "999" in bad.stderr, bad.stderr)
        check(len(runs_in(store)) == 3, "an unknown id removes nothing")
        intsim("runs", "rm", runs[2]["id"], "--store", store)
        check([r["id"] for r in runs_in(store)] == [runs[0]["id"], runs[1]["id"]], "removed")
        with sqlite3.connect(store) as db:
            check(db.execute("SELECT count(*) FROM indicators WHERE run_id = ?", (runs[2]["id"],)).fetchone()[0] == 0,
                  "its indicators went with it")
        missing = intsim("runs", "show", 12345, "--store", store, check=False)
        check(missing.returncode == 2 and "12345" in missing.stderr, missing.stderr)


def test_failed_or_interrupted_runs_record_nothing():
    with tempfile.TemporaryDirectory() as tmp:
        store = os.path.join(tmp, "runs.sqlite")
        bad = intsim("run", PLAN, "--reps", 2, "--set", "measures.activation.capacity.slots=-1", "--out",
                     os.path.join(tmp, "a"), "--store", store, check=False)
        check(bad.returncode == 2 and not os.path.exists(store), "bad input: no store")
        process = subprocess.Popen([BINARY, "run", PLAN, "--reps", "100000", "--out", os.path.join(tmp, "b"),
                                    "--store", store, "--quiet"], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        time.sleep(1.0)
        process.send_signal(signal.SIGINT)
        process.communicate(timeout=60)
        check(process.returncode == 130, f"exit {process.returncode}")
        check(not os.path.exists(store), f"interrupted: nothing recorded, no store made ({os.listdir(tmp)})")
        intsim("run", PLAN, "--reps", 2, "--out", os.path.join(tmp, "c"), "--quiet", "--store", store)
        process = subprocess.Popen([BINARY, "compare", PLAN, VARIANT, "--reps", "100000", "--out", os.path.join(tmp, "d"),
                                    "--store", store, "--quiet"], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        time.sleep(1.0)
        process.send_signal(signal.SIGTERM)
        process.communicate(timeout=60)
        check(len(runs_in(store)) == 1, "an interrupted compare adds nothing to an existing store")


def test_stored_runs_reopen_their_report():
    """Every kind of run keeps the report.html it wrote; runs show --html gives it back byte
    for byte, also in German; a run without html has none, and says so; rm takes it along."""
    mix = os.path.join(ROOT, "scenarios", "optimise", "lahn-dill-2022-mix.json")
    track_plan = os.path.join(ROOT, "scenarios", "lahn-dill-2022.json")
    actuals = os.path.join(ROOT, "scenarios", "actuals", "lahn-dill-2022-monthly.csv")
    with tempfile.TemporaryDirectory() as tmp:
        store = os.path.join(tmp, "runs.sqlite")
        intsim("run", PLAN, "--reps", 3, "--out", os.path.join(tmp, "run"), "--quiet", "--store", store, "--lang", "de")
        intsim("compare", PLAN, VARIANT, "--reps", 3, "--out", os.path.join(tmp, "compare"), "--quiet", "--store", store)
        intsim("optimise", mix, "--search-reps", 6, "--reps", 4, "--max-evaluations", 4, "--candidates", 1, "--quiet",
               "--out", os.path.join(tmp, "optimise"), "--store", store)
        intsim("track", track_plan, "--actuals", actuals, "--reps", 4, "--quiet", "--out", os.path.join(tmp, "track"),
               "--store", store)
        intsim("run", PLAN, "--reps", 2, "--out", os.path.join(tmp, "json-only"), "--format", "json", "--quiet",
               "--store", store)
        runs = runs_in(store)
        check([r["kind"] for r in runs] == ["run", "track", "optimise", "compare", "run"], runs)
        check([r["report"] for r in runs] == [False, True, True, True, True], runs)
        written = {"compare": os.path.join(tmp, "compare", "report.html"),
                   "optimise": os.path.join(tmp, "optimise", "report.html")}
        track_reports = [os.path.join(root, "report.html") for root, _, files in os.walk(os.path.join(tmp, "track"))
                         if "report.html" in files]
        check(len(track_reports) == 1, track_reports)
        written["track"] = track_reports[0]
        written["run"] = os.path.join(tmp, "run", "report.html")
        for r in runs[1:]:
            out = os.path.join(tmp, f"reopened-{r['id']}.html")
            intsim("runs", "show", r["id"], "--html", out, "--store", store)
            check(open(out, "rb").read() == open(written[r["kind"]], "rb").read(),
                  f"{r['kind']}: the stored report is the one the command wrote, byte for byte")
        check('<html lang="de">' in open(os.path.join(tmp, f"reopened-{runs[4]['id']}.html")).read(), "German kept")
        none = intsim("runs", "show", runs[0]["id"], "--html", os.path.join(tmp, "none.html"), "--store", store,
                      check=False)
        check(none.returncode == 2 and "without html in --format" in none.stderr and
              not os.path.exists(os.path.join(tmp, "none.html")), none.stderr)
        intsim("runs", "rm", runs[1]["id"], "--store", store)
        with sqlite3.connect(store) as db:
            check(db.execute("SELECT count(*) FROM reports WHERE run_id = ?", (runs[1]["id"],)).fetchone()[0] == 0,
                  "its report went with it")


if __name__ == "__main__":
    tests = [(name, f) for name, f in sorted(globals().items()) if name.startswith("test_") and callable(f)]
    for name, f in tests:
        f()
        print(f"ok {name}")
    print(f"{len(tests)} passed, 0 failed")
