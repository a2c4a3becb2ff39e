"""intsim serve, as a client of its HTTP API would use it: plans, expected answers as
one edits, refusals with validate's words, a Monte Carlo run with progress, cancel and
downloads, the same bytes as `intsim compare` for the same variant and seed, a store
that cannot be written, and 20 clients at once while a run goes on (no request lost,
every answer right; the timing is bench/workbench_load.py's)."""
import concurrent.futures
import json
import os
import shutil
import sqlite3
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from cli_support import BINARY, ROOT, check, intsim  # noqa: E402
from workbench_support import Workbench, edit  # noqa: E402

PLAN = os.path.join(ROOT, "tests", "golden", "scenarios", "small-programme.json")


def plan_copy(folder):
    """The plan in a folder of its own, where the variant file the page offers is saved."""
    path = os.path.join(folder, "small-programme.json")
    shutil.copy(PLAN, path)
    return path


def validate_message(plan, assignment):
    result = intsim("validate", plan, "--set", assignment, check=False)
    check(result.returncode == 2, f"validate --set {assignment} should refuse: {result.returncode} {result.stdout}")
    line = result.stderr.strip()
    check(line.startswith("intsim: "), line)
    return line[len("intsim: "):]


def test_plans_and_expected_answers():
    with tempfile.TemporaryDirectory() as tmp:
        plan = plan_copy(tmp)
        with Workbench(BINARY, [plan], os.path.join(tmp, "runs.sqlite")) as w:
            plans = w.get_json("/api/plans")["plans"]
            check([p["id"] for p in plans] == ["small-programme"], plans)
            measures = {m["id"]: m for m in plans[0]["measures"]}
            check(measures["activation"]["capacity_kind"] == "slots" and measures["activation"]["capacity"] == 60, measures)
            same = w.post_json("/api/expect", {"plan": "small-programme"})
            more = w.post_json("/api/expect", {"plan": "small-programme", "edits": [edit("activation", "capacity", 75)]})
            # The expected answer of the edited mix is that of `intsim expect` on the same variant.
            expected = json.load(open(expect_variant(tmp, plan, {"activation": {"capacity": {"slots": 75}}})))
            year = more["years"][0]["indicators"]
            check(abs(year["integrations_total"]["variant"] - expected["indicators"]["integrations_total"]["mean"]) < 1e-6,
                  f"{year['integrations_total']} against intsim expect {expected['indicators']['integrations_total']}")
            # Byte for byte: the page's expected answer as results.json is `intsim expect` on the
            # variant file the page offers (wall_seconds aside), computed with the plan's cached
            # effects and start, and again from the answer cache.
            for edits in ([edit("activation", "capacity", 75)], [edit("activation", "capacity", 75)],
                          [edit("activation", "capacity", 40), edit("wage_subsidy", "cost.per_entry", 3000)], []):
                body = {"plan": "small-programme", "edits": edits}
                status, _, served = w.request("POST", "/api/expect/results.json", body)
                check(status == 200, served)
                variant_file = os.path.join(tmp, "small-programme-variant.json")
                open(variant_file, "wb").write(w.request("POST", "/api/variant-file", body)[2])
                out = os.path.join(tmp, "expect-variant")
                shutil.rmtree(out, ignore_errors=True)
                intsim("expect", variant_file, "--out", out)
                cli = open(os.path.join(out, "results.json"), "rb").read()
                check(without_wall_seconds(served) == without_wall_seconds(cli),
                      f"{edits}: the page's expected answer differs from intsim expect on its variant file")
            check(same["years"][0]["indicators"]["integrations_total"]["variant"] ==
                  same["years"][0]["indicators"]["integrations_total"]["plan"], "no edit, no difference")
            check(more["measures"]["activation"]["entries"][1] > more["measures"]["activation"]["entries"][0],
                  "more slots, more entries")
            check("<svg" in more["html"] and "expected-diff-integrations_total" in more["html"], "the answer's chart")
            german = w.post_json("/api/expect?lang=de", {"plan": "small-programme", "edits": [edit("activation", "capacity", 75)]})
            check("Kalenderjahr 2022" in german["html"] and "Integrationen" in german["html"], "German answer")
            words = w.get_json("/api/words?lang=de")
            check(words["view_runs"] == "Frühere Läufe", words["view_runs"])


def without_wall_seconds(data):
    return b"\n".join(line for line in data.split(b"\n") if not line.lstrip().startswith(b'"wall_seconds":'))


def expect_variant(tmp, plan, measures):
    variant = os.path.join(tmp, "cli-variant.json")
    json.dump({"extends": os.path.basename(plan), "name": "cli-variant", "measures": measures}, open(variant, "w"))
    out = os.path.join(tmp, "expect-out")
    intsim("expect", variant, "--out", out)
    return os.path.join(out, "results.json")


def test_bad_requests_get_validates_words_and_change_nothing():
    with tempfile.TemporaryDirectory() as tmp:
        plan = plan_copy(tmp)
        store = os.path.join(tmp, "runs.sqlite")
        with Workbench(BINARY, [plan], store) as w:
            cases = [
                (edit("activaton", "capacity", 75), "measures.activaton.capacity.slots=75"),
                (edit("activation", "capacity", -5), "measures.activation.capacity.slots=-5"),
                (edit("activation", "capacity", "many"), "measures.activation.capacity.slots=many"),
                (edit("wage_subsidy", "cost.per_entry", -1), "measures.wage_subsidy.cost.per_entry=-1"),
            ]
            for change, assignment in cases:
                status, _, body = w.request("POST", "/api/expect", {"plan": "small-programme", "edits": [change]})
                answer = json.loads(body)
                check(status == 422, f"{assignment}: {status} {answer}")
                check(answer["error"] == validate_message(plan, assignment),
                      f"{assignment}: the page says\n  {answer['error']}\nvalidate says\n  {validate_message(plan, assignment)}")
                # The same refusal when the run is asked for, and no run starts.
                status, _, body = w.request("POST", "/api/jobs", {"plan": "small-programme", "edits": [change], "replications": 2})
                check(status == 422 and json.loads(body)["error"] == answer["error"], f"run of {assignment}: {status}")
            check("did you mean \"activation\"" in json.loads(
                w.request("POST", "/api/expect", {"plan": "small-programme", "edits": [cases[0][0]]})[2])["error"],
                "the nearest measure")
            for raw, status_wanted in ((b"{not json", 400), (b"[1, 2]", 422), (b'{"plan": "small-programm"}', 422),
                                       (b'{"plan": "small-programme", "edits": [{"measure": "activation", "field": "colour", "value": 1}]}', 422),
                                       (b'{"plan": "small-programme", "edit": []}', 422),
                                       (b'{"plan": "small-programme", "replications": 0}', 422)):
                status, _, body = w.request("POST", "/api/jobs", raw=raw)
                check(status == status_wanted, f"{raw!r}: {status} {body!r}")
                check(json.loads(body)["error"], f"{raw!r}: a message")
            status, _, body = w.request("POST", "/api/expect", raw=b'{"plan": "small-programm"}')
            check('did you mean \\"small-programme\\"' in body.decode(), body)
            status, _, _ = w.request("POST", "/api/expect", raw=b"x" * (2 << 20))
            check(status == 413, f"an oversized body: {status}")
            check(w.get_json("/api/jobs/99", expect=404)["error"], "unknown run")
            # Still serving, and nothing was recorded.
            check(w.get_json("/api/plans")["plans"], "serves on")
            check(w.get_json("/api/runs")["runs"] == [], "no run recorded")


def test_monte_carlo_run_is_the_clis_compare():
    with tempfile.TemporaryDirectory() as tmp:
        plan = plan_copy(tmp)
        store = os.path.join(tmp, "runs.sqlite")
        edits = [edit("activation", "capacity", 75), edit("wage_subsidy", "cost.per_entry", 3000)]
        with Workbench(BINARY, [plan], store, "--threads", "2") as w:
            job = w.post_json("/api/jobs", {"plan": "small-programme", "edits": edits, "replications": 12, "seed": 7,
                                            "note": "from the test"}, expect=202)
            done = w.wait_for_job(job["id"])
            check(done["state"] == "done", done)
            check(done["done"] == done["total"] == 36, f"progress counts 3 x 12 replications: {done}")
            summary = done["summary"]
            rows = {r["indicator"]: r for r in summary["years"][0]["rows"]}
            check(rows["integrations_total"]["low"] <= rows["integrations_total"]["difference"] <= rows["integrations_total"]["high"],
                  rows["integrations_total"])
            check(rows["integrations_total"]["base_p_target_met"] is not None, "P(target met) of the plan")
            # The page's interval is the 90 % one the issue asks for, named as such: mean +- 1.645
            # sd / sqrt(n) of the paired differences, from compare.json's sd_paired and n = 12;
            # the 95 % one of compare's files comes along unchanged.
            compared = json.loads(w.request("GET", f"/api/jobs/{job['id']}/compare.json")[2])
            of_year = compared["variants"][0]["years"][0]["indicators"]
            for name, row in rows.items():
                half90 = 1.645 * of_year[name]["sd_paired"] / 12 ** 0.5
                for got, want in ((row["high"], row["difference"] + half90), (row["low"], row["difference"] - half90),
                                  (row["low95"], of_year[name]["ci95"]["low"]), (row["high95"], of_year[name]["ci95"]["high"])):
                    check(abs(got - want) <= 1e-8 * max(1.0, abs(want)), f"{name}: {got} against {want}")
                check("90 % interval" in row["text"], row["text"])
            check("90 % interval" in summary["horizon"]["text"], summary["horizon"])
            check("95 % intervals" in w.get_json("/api/words")["interval_levels"], "the page names the report's level")
            german = w.get_json(f"/api/jobs/{job['id']}?lang=de")["summary"]
            check("90-%-Intervall" in german["horizon"]["text"], german["horizon"]["text"])
            csv_de = w.request("GET", f"/api/jobs/{job['id']}/differences.csv?lang=de")[2]
            csv_en = w.request("GET", f"/api/jobs/{job['id']}/differences.csv?lang=en")[2]
            report = w.request("GET", f"/api/jobs/{job['id']}/report.html?lang=de")[2].decode()
            check('<html lang="de">' in report and "<svg" in report, "the German report")
            status, headers, variant = w.request("POST", "/api/variant-file", {"plan": "small-programme", "edits": edits})
            check(status == 200 and "attachment" in headers.get("Content-Disposition", ""), headers)
            runs = w.get_json("/api/runs")["runs"]
            check(len(runs) == 1 and runs[0]["origin"] == "page" and runs[0]["note"] == "from the test", runs)
            # The page's run reopens from the store as the report the page showed for it.
            check(runs[0]["report"], runs[0])
            status, _, reopened = w.request("GET", f"/api/runs/{runs[0]['id']}/report.html")
            check(status == 200 and reopened == w.request("GET", f"/api/jobs/{job['id']}/report.html?lang=en")[2],
                  "the stored report is the page's report.html, byte for byte")
            check(w.get_json("/api/runs/999/report.html", expect=404)["error"], "no such run")
        # The downloaded variant, saved beside the plan, run by the command line.
        variant_file = os.path.join(tmp, "small-programme-variant.json")
        open(variant_file, "wb").write(variant)
        check(json.loads(variant)["extends"] == "small-programme.json", variant)
        out = os.path.join(tmp, "cli")
        intsim("compare", plan, variant_file, "--reps", 12, "--seed", 7, "--out", out, "--quiet", "--store", store,
               "--csv-dialect", "de")
        check(open(os.path.join(out, "differences.csv"), "rb").read() == csv_de,
              "the page's German CSV is the CLI's differences.csv --csv-dialect de, byte for byte")
        intsim("compare", plan, variant_file, "--reps", 12, "--seed", 7, "--out", out + "-en", "--quiet", "--store", "off")
        check(open(os.path.join(out + "-en", "differences.csv"), "rb").read() == csv_en, "and the plain CSV")
        listing = json.loads(intsim("runs", "list", "--json", "--store", store).stdout)
        check([r["origin"] for r in listing] == ["cli", "page"], listing)
        a, b = listing[1]["id"], listing[0]["id"]
        shown = [json.loads(intsim("runs", "show", r, "--json", "--store", store).stdout) for r in (a, b)]
        check(shown[0]["scenarios"][1]["sha256"] == shown[1]["scenarios"][1]["sha256"],
              "the page's variant and the file it downloads resolve to the same scenario (sha256)")
        diff = json.loads(intsim("runs", "diff", a, b, "--json", "--store", store).stdout)
        check(diff["rows"] and all(r["difference"] == 0 for r in diff["rows"]),
              f"page and CLI runs agree in every recorded figure: {[r for r in diff['rows'] if r['difference']][:3]}")


def test_cancel_records_nothing():
    with tempfile.TemporaryDirectory() as tmp:
        plan = plan_copy(tmp)
        store = os.path.join(tmp, "runs.sqlite")
        with Workbench(BINARY, [plan], store, "--threads", "1") as w:
            long = w.post_json("/api/jobs", {"plan": "small-programme", "replications": 100000}, expect=202)
            queued = w.post_json("/api/jobs", {"plan": "small-programme", "replications": 2}, expect=202)
            w.wait_for_job(long["id"], states=("running",))
            check(w.get_json(f"/api/jobs/{queued['id']}")["ahead"] == 1, "the second waits behind the first")
            check(w.post_json(f"/api/jobs/{queued['id']}/cancel", {})["cancelled"], "cancel a queued run")
            check(w.post_json(f"/api/jobs/{long['id']}/cancel", {})["cancelled"], "cancel a running run")
            check(w.wait_for_job(long["id"])["state"] == "cancelled", "cancelled while running")
            check(w.wait_for_job(queued["id"])["state"] == "cancelled", "cancelled while queued")
            check(w.request("GET", f"/api/jobs/{long['id']}/differences.csv")[0] == 409, "no results of a cancelled run")
            check(w.get_json("/api/runs")["runs"] == [], "nothing recorded")


def test_a_store_that_cannot_be_written():
    with tempfile.TemporaryDirectory() as tmp:
        plan = plan_copy(tmp)
        store = os.path.join(tmp, "runs.sqlite")
        intsim("run", plan, "--reps", 2, "--out", os.path.join(tmp, "one"), "--quiet", "--store", store)
        # Root writes any file, so the store is opened read-only the way SQLite offers.
        with Workbench(BINARY, [plan], f"file:{store}?mode=ro") as w:
            status, _, body = w.request("POST", "/api/jobs", {"plan": "small-programme", "replications": 2})
            check(status == 409 and "read-only" in json.loads(body)["error"], f"{status} {body!r}")
            check(len(w.get_json("/api/runs")["runs"]) == 1, "the earlier run is still listed")
            status, _, body = w.request("POST", "/api/runs/1/note", {"note": "x"})
            check(status == 409, f"a note cannot be written either: {status} {body!r}")
            check(w.post_json("/api/expect", {"plan": "small-programme"})["years"], "and the page serves on")
        result = intsim("run", plan, "--reps", 2, "--out", os.path.join(tmp, "two"), "--quiet", "--store",
                        f"file:{store}?mode=ro", check=False)
        check(result.returncode == 2 and "read-only" in result.stderr, result.stderr)
        check(not os.path.exists(os.path.join(tmp, "two")), "a run that cannot be recorded writes nothing")
        garbage = os.path.join(tmp, "garbage.sqlite")
        open(garbage, "w").write("not a database, " * 100)
        result = intsim("run", plan, "--reps", 2, "--out", os.path.join(tmp, "three"), "--quiet", "--store", garbage,
                        check=False)
        check(result.returncode == 2 and "expected an intsim run store" in result.stderr, result.stderr)


def test_writers_at_once_do_not_corrupt_the_store():
    """Two servers and three command-line runs write one store at the same time."""
    with tempfile.TemporaryDirectory() as tmp:
        plan = plan_copy(tmp)
        store = os.path.join(tmp, "shared.sqlite")
        with Workbench(BINARY, [plan], store, "--threads", "1") as a, Workbench(BINARY, [plan], store, "--threads", "1") as b:
            jobs = [(w, w.post_json("/api/jobs", {"plan": "small-programme", "replications": 3, "seed": s}, expect=202))
                    for s, w in enumerate([a, b, a, b])]
            import subprocess
            clis = [subprocess.Popen([BINARY, "run", plan, "--reps", "3", "--seed", str(s), "--quiet", "--threads", "1",
                                      "--out", os.path.join(tmp, f"cli{s}"), "--store", store],
                                     stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True) for s in range(3)]
            for p in clis:
                _, err = p.communicate(timeout=300)
                check(p.returncode == 0, err)
            for w, job in jobs:
                check(w.wait_for_job(job["id"])["state"] == "done", job)
        with sqlite3.connect(store) as db:
            check(db.execute("PRAGMA integrity_check").fetchone()[0] == "ok", "integrity")
            check(db.execute("PRAGMA journal_mode").fetchone()[0] == "wal", "WAL")
            kinds = sorted(r[0] for r in db.execute("SELECT origin FROM runs"))
            check(kinds == ["cli"] * 3 + ["page"] * 4, kinds)
            for (run_id,) in db.execute("SELECT id FROM runs"):
                n = db.execute("SELECT count(*) FROM indicators WHERE run_id = ?", (run_id,)).fetchone()[0]
                check(n > 0, f"run {run_id} has its indicators")


def test_twenty_clients_while_a_run_goes_on():
    """No request lost, every answer right: 20 clients ask one server for 100 different
    mixes while a Monte Carlo run goes on, and each answer equals the one another server
    gives the same mix alone. (Timing: bench/workbench_load.py.)"""
    with tempfile.TemporaryDirectory() as tmp:
        plan = plan_copy(tmp)
        mixes = [(40 + (i % 10) * 5, 20 + (i // 10) * 3) for i in range(100)]

        def ask(w, mix):
            return w.post_json("/api/expect", {"plan": "small-programme", "edits": [
                edit("activation", "capacity", mix[0]), edit("wage_subsidy", "capacity", mix[1])]})

        with Workbench(BINARY, [plan], "off") as alone_server:
            alone = {mix: ask(alone_server, mix) for mix in mixes}
        with Workbench(BINARY, [plan], os.path.join(tmp, "runs.sqlite"), "--threads", "1") as w:
            job = w.post_json("/api/jobs", {"plan": "small-programme", "replications": 4000}, expect=202)
            w.wait_for_job(job["id"], states=("running",))

            def client(i):
                return [(mix, ask(w, mix)) for mix in mixes[i::20]]

            with concurrent.futures.ThreadPoolExecutor(20) as pool:
                results = [a for answers in pool.map(client, range(20)) for a in answers]
            check(len(results) == 100, f"{len(results)} of 100 answers")
            for mix, answer in results:
                check(answer["years"] == alone[mix]["years"] and answer["html"] == alone[mix]["html"], f"answer for {mix}")
            check(w.get_json(f"/api/jobs/{job['id']}")["state"] in ("running", "done"), "the run went on")
            w.post_json(f"/api/jobs/{job['id']}/cancel", {})


if __name__ == "__main__":
    tests = [(name, f) for name, f in sorted(globals().items()) if name.startswith("test_") and callable(f)]
    for name, f in tests:
        f()
        print(f"ok {name}")
    print(f"{len(tests)} passed, 0 failed")
