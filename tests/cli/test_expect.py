"""intsim expect: results.json with means and null spreads, close to Monte Carlo."""
import json
import os

from cli_support import ROOT, check, intsim, main, tempdir, validate_results

SCENARIO = os.path.join(ROOT, "scenarios", "lahn-dill-2022.json")


def test_expect_writes_a_conforming_document_with_null_spreads():
    with tempdir() as out:
        result = intsim("expect", SCENARIO, "--out", out)
        doc = validate_results(os.path.join(out, "results.json"))
        ind = doc["indicators"]["integrations_total"]
        check(ind["sd"] is None and ind["p05"] is None and ind["offer"]["p80"] is None, "spreads are null")
        check(ind["target"] == 2707, "targets are carried")
        check(doc["monthly"][0]["elb"]["p50"] is None and doc["monthly"][0]["elb"]["mean"] > 0, "monthly means only")
        check(doc["model"] == "expected-value", "marked as expected-value output")
        check("expected-value model" in result.stdout, result.stdout)


def test_expect_agrees_with_run():
    with tempdir() as out:
        intsim("expect", SCENARIO, "--out", os.path.join(out, "e"))
        intsim("run", SCENARIO, "--reps", 100, "--out", os.path.join(out, "m"), "--quiet")
        e = json.load(open(os.path.join(out, "e", "results.json")))["indicators"]
        m = json.load(open(os.path.join(out, "m", "results.json")))["indicators"]
        for name in ("integrations_total", "elb_avg", "ltr_avg"):
            check(abs(e[name]["mean"] - m[name]["mean"]) <= 0.015 * m[name]["mean"], f"{name}: {e[name]['mean']} vs {m[name]['mean']}")


def test_expect_bad_input():
    with tempdir() as out:
        bad = os.path.join(out, "bad.json")
        json.dump({"extends": SCENARIO, "hazards": {"integration": {"base": "high"}}}, open(bad, "w"))
        result = intsim("expect", bad, "--out", os.path.join(out, "o"), check=False)
        check(result.returncode == 2 and "/hazards/integration/base" in result.stderr, result.stderr)
        check(not os.path.exists(os.path.join(out, "o")), "nothing written")


if __name__ == "__main__":
    main([test_expect_writes_a_conforming_document_with_null_spreads, test_expect_agrees_with_run, test_expect_bad_input])
