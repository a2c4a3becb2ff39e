"""intsim batch: per-scenario outputs equal `intsim run`, the summary's totals come from
per-replication sums, and a bad scenario fails alone with a message naming it."""
import csv
import json
import os

import jsonschema

from cli_support import (ROOT, check, intsim, main, results_bytes_without_run_facts, tempdir,
                         validate_results)

HESSE = os.path.join(ROOT, "scenarios", "hesse-26")
# Three of the smallest synthetic jobcenters (0.40, 0.55 and 0.45 times Lahn-Dill).
SMALL = ["jc-01-synthetic.json", "jc-02-synthetic.json", "jc-14-synthetic.json"]
SUMMARY_SCHEMA = os.path.join(ROOT, "docs", "batch-summary.schema.json")
REPS = 20


def write_list(directory, lines):
    path = os.path.join(directory, "list.txt")
    with open(path, "w") as f:
        f.write("\n".join(lines) + "\n")
    return path


def validate_summary(path):
    document = json.load(open(path))
    errors = list(jsonschema.Draft202012Validator(json.load(open(SUMMARY_SCHEMA))).iter_errors(document))
    check(not errors, f"{path} fails the schema: " + "; ".join(e.message for e in errors[:5]))
    return document


def test_batch_of_three_matches_single_runs_and_sums_per_replication():
    with tempdir() as tmp:
        # Paths relative to the list's own directory; comments and blank lines are skipped.
        rel = os.path.relpath(HESSE, tmp)
        listing = write_list(tmp, ["# three small synthetic jobcenters", ""] + [os.path.join(rel, f) for f in SMALL])
        out = os.path.join(tmp, "out")
        result = intsim("batch", listing, "--reps", REPS, "--seed", 4, "--out", out, "--quiet")
        summary = validate_summary(os.path.join(out, "batch-summary.json"))
        names = [f[:-5] for f in SMALL]
        check([j["name"] for j in summary["jobcenters"]] == names, "jobcenters in list order")
        check(summary["run"]["scenarios"] == 3 and summary["run"]["failed"] == 0 and summary["failed"] == [], "no failures")
        check(summary["batch"] == "list", summary["batch"])
        for name in names:
            check(name in result.stdout, f"table shows {name}")
            validate_results(os.path.join(out, name, "results.json"))

        # A scenario's results.json from the batch is the one `intsim run` writes.
        single = os.path.join(tmp, "single")
        intsim("run", os.path.join(HESSE, SMALL[0]), "--reps", REPS, "--seed", 4, "--out", single, "--quiet")
        check(results_bytes_without_run_facts(os.path.join(single, "results.json")) ==
              results_bytes_without_run_facts(os.path.join(out, names[0], "results.json")), "batch == run")

        # Each jobcenter's line repeats its results.json.
        for line in summary["jobcenters"]:
            doc = json.load(open(os.path.join(out, line["results"])))
            for indicator in ("integrations_total", "ltr_avg", "budget_spend"):
                for q in ("mean", "p05", "p50", "p95"):
                    check(line[indicator][q] == doc["indicators"][indicator][q], f"{line['name']} {indicator} {q}")
            check(line["sha256"] == doc["scenario"]["sha256"], "hash carried")

        # The total: means add up. Its quantiles are those of the per-replication sums
        # (checked exactly in the unit test batch_totals_test.cpp); here only what holds
        # for any data: with 20 replications p05 is the minimum, and the minimum of a sum
        # is at least the sum of the minima.
        total = summary["total"]
        check(total["jobcenters"] == 3, "three in the total")
        for indicator in ("integrations_total", "ltr_avg", "budget_spend"):
            mean = sum(j[indicator]["mean"] for j in summary["jobcenters"])
            check(abs(total[indicator]["mean"] - mean) <= 1e-6 * abs(mean), f"{indicator}: means add up")
            check(total[indicator]["p05"] <= total[indicator]["p50"] <= total[indicator]["p95"], "ordered")
            lowest = sum(j[indicator]["p05"] for j in summary["jobcenters"])
            check(total[indicator]["p05"] >= lowest * (1 - 1e-9), f"{indicator}: min of sums >= sum of mins")
        check(total["operative_egt"] == sum(j["operative_egt"] for j in summary["jobcenters"]), "EGT adds up")

        rows = list(csv.DictReader(open(os.path.join(out, "batch-summary.csv"))))
        check([r["jobcenter"] for r in rows] == names + ["total"], "CSV rows")
        check(abs(float(rows[-1]["integrations_total_p95"]) - total["integrations_total"]["p95"]) < 1e-6, "CSV == JSON")

        # Targets, P(met) and offers per jobcenter (as in its results.json) and for the total.
        for line in summary["jobcenters"]:
            doc = json.load(open(os.path.join(out, line["results"])))
            for indicator in ("integrations_total", "ltr_avg"):
                mine, own = line[indicator], doc["indicators"][indicator]
                check(mine["target"] == own["target"] and mine["p_target_met"] == own["p_target_met"] and
                      mine["offer_p80"] == own["offer"]["p80"], f"{line['name']} {indicator}: {mine} vs results.json")
            check(line["p_all_targets_met"] == doc["p_all_targets_met"], f"{line['name']}: P(all targets met)")
            check(line["budget_spend"]["offer_p80"] is None and not line["budget_spend"]["directed"], "no offer on spend")
        target = sum(j["integrations_total"]["target"] for j in summary["jobcenters"])
        check(abs(total["integrations_total"]["target"] - target) < 1e-6, "the total's target is the sum")
        check(total["p_all_targets_met"] <= min(j["p_all_targets_met"] for j in summary["jobcenters"]),
              "every jobcenter meeting all its targets is no likelier than the least likely one")
        check(rows[-1]["integrations_total_target"] != "" and
              abs(float(rows[-1]["integrations_total_p_target_met"]) - total["integrations_total"]["p_target_met"]) < 1e-9,
              "CSV carries the targets")
        check(sorted(os.listdir(out)) == sorted(["batch-summary.json", "batch-summary.csv", "report.html"] + names),
              f"summary files: {os.listdir(out)}")
        check("report.html" in os.listdir(os.path.join(out, names[0])), "each jobcenter's folder has its report")
        html = open(os.path.join(out, "report.html"), encoding="utf-8").read()
        check(html.count("<tr>") == 1 + 3 + 1, "a row per jobcenter, the total and the header")
        check('id="batch-targets"' in html and "P(target met)" in html, "targets chart and P(target met)")
        for forbidden in ("<script", "http", "src=", "<link"):
            check(forbidden not in html, f"report.html contains {forbidden!r}")


def test_batch_in_german():
    with tempdir() as tmp:
        listing = write_list(tmp, [os.path.join(HESSE, f) for f in SMALL[:2]])
        out = os.path.join(tmp, "out")
        result = intsim("batch", listing, "--reps", 6, "--out", out, "--quiet", "--lang", "de", "--locale", "de",
                        "--csv-dialect", "de", "--format", "csv,html")
        check(sorted(os.listdir(out)) == sorted(["batch-summary.csv", "report.html"] + [f[:-5] for f in SMALL[:2]]),
              f"--format csv,html: {os.listdir(out)}")
        for word in ("Integrationen", "LZB-Bestand im Jahresdurchschnitt", "Zielangebot p80", "Summe"):
            check(word in result.stdout, f"console says {word!r}")
        html = open(os.path.join(out, "report.html"), encoding="utf-8").read()
        check('<html lang="de">' in html and "Eine Zeile je Jobcenter" in html and "P(Ziel erreicht)" in html,
              "German report")
        raw = open(os.path.join(out, "batch-summary.csv"), "rb").read()
        check(raw.startswith(b"\xef\xbb\xbf") and b";" in raw.splitlines()[0], "German Excel CSV")


def test_bad_scenarios_fail_alone_and_are_named():
    with tempdir() as tmp:
        bad = os.path.join(tmp, "broken.json")
        with open(bad, "w") as f:
            json.dump({"extends": os.path.join(HESSE, SMALL[0]), "name": "broken", "population": {"elb": -3}}, f)
        dup = os.path.join(tmp, "dup.json")
        with open(dup, "w") as f:
            json.dump({"extends": os.path.join(HESSE, SMALL[1]), "name": "jc-01-synthetic"}, f)
        listing = write_list(tmp, [os.path.join(HESSE, SMALL[0]), bad, "missing.json", dup, os.path.join(HESSE, SMALL[1])])
        out = os.path.join(tmp, "out")
        result = intsim("batch", listing, "--reps", 5, "--out", out, "--quiet", check=False)
        check(result.returncode == 2, f"bad input gives exit code 2, got {result.returncode}: {result.stderr}")
        errors = [l for l in result.stderr.splitlines() if l.startswith("intsim: scenario")]
        check(len(errors) == 3, result.stderr)
        check("scenario broken failed" in result.stderr and "/population/elb" in result.stderr, result.stderr)
        check("scenario missing failed" in result.stderr, result.stderr)
        check("scenario dup failed" in result.stderr and "already used" in result.stderr, result.stderr)
        check("3 of 5 scenarios failed" in result.stderr, result.stderr)
        # The good scenarios are written, the failed ones are listed.
        for name in ("jc-01-synthetic", "jc-02-synthetic"):
            validate_results(os.path.join(out, name, "results.json"))
        check(not os.path.exists(os.path.join(out, "broken")), "nothing written for the bad scenario")
        summary = validate_summary(os.path.join(out, "batch-summary.json"))
        check([f["scenario"] for f in summary["failed"]] == ["broken", "missing", "dup"], summary["failed"])
        check(all(f["error"] == "input" and f["rank"] == 0 for f in summary["failed"]), "input errors on rank 0")
        check(summary["total"]["jobcenters"] == 2 and summary["run"]["failed"] == 3, "total of the good ones")


def test_bad_directory_or_list_writes_nothing():
    with tempdir() as tmp:
        out = os.path.join(tmp, "out")
        for target, expected in ((os.path.join(tmp, "nowhere"), "no such directory or file"),
                                 (os.path.join(HESSE, SMALL[0]), "for one scenario use `intsim run`"),
                                 (write_list(tmp, ["# nothing"]), "found none")):
            result = intsim("batch", target, "--reps", 2, "--out", out, check=False)
            check(result.returncode == 2, f"{target}: exit code {result.returncode}")
            check(result.stderr.count("intsim:") == 1 and expected in result.stderr, result.stderr)
            check(not os.path.exists(out), "nothing written")


if __name__ == "__main__":
    main([test_batch_of_three_matches_single_runs_and_sums_per_replication, test_batch_in_german,
          test_bad_scenarios_fail_alone_and_are_named, test_bad_directory_or_list_writes_nothing])
