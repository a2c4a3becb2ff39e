"""intsim calibrate: fitted scenario patch, actual vs fitted table, bad actuals."""
import json
import os

from cli_support import ROOT, check, intsim, main, tempdir

SMALL = os.path.join(ROOT, "tests", "data", "small-jobcenter.json")
ACTUALS = os.path.join(ROOT, "tests", "data", "small-actuals.json")


CENTRAL = [a for name in ("integration_sd", "exit_sd", "inflow_sd", "measure_effect_sd")
           for a in ("--set", f"uncertainty.{name}=0")]


def test_calibrate_writes_a_patch_that_reproduces_the_actuals():
    with tempdir() as d:
        patch = os.path.join(d, "fit", "small-fit.json")
        result = intsim("calibrate", SMALL, "--actuals", ACTUALS, "--out", patch, "--reps", 50, "--quiet")
        check(os.path.exists(patch), "patch written")
        doc = json.load(open(patch))
        check(doc["extends"].endswith("small-jobcenter.json") and not os.path.isabs(doc["extends"]), doc["extends"])
        check("base" in doc["hazards"]["integration"] and "monthly_mean" in doc["inflow"], doc)
        for name in ("integrations_total", "integrations_women", "elb_avg", "ltr_avg"):
            check(name in result.stdout, f"table shows {name}")
        # The patch is a valid scenario and its expected model at the central levels (the
        # calibration's: without the spreads, decisions/calibrate/calibration_rounds.hpp)
        # meets the actuals.
        intsim("validate", patch)
        intsim("expect", patch, "--out", os.path.join(d, "e"), *CENTRAL)
        e = json.load(open(os.path.join(d, "e", "results.json")))["indicators"]
        actuals = json.load(open(ACTUALS))
        for name, value in actuals.items():
            check(abs(e[name]["mean"] / value - 1) < 0.001, f"{name}: {e[name]['mean']} vs {value}")


def test_csv_actuals_in_both_dialects():
    with tempdir() as d:
        for name, text in [("plain.csv", "indicator,value\nintegrations_total,480\nelb_avg,2050.5\n"),
                           ("german.csv", "\ufeffindicator;value\nintegrations_total;480\nelb_avg;2.050,5\n")]:
            actuals = os.path.join(d, name)
            open(actuals, "w", encoding="utf-8").write(text)
            patch = os.path.join(d, name + ".json")
            intsim("calibrate", SMALL, "--actuals", actuals, "--out", patch, "--reps", 10, "--quiet")
            intsim("expect", patch, "--out", os.path.join(d, name + "-e"))
            e = json.load(open(os.path.join(d, name + "-e", "results.json")))["indicators"]
            check(abs(e["elb_avg"]["mean"] / 2050.5 - 1) < 0.001, f"{name}: {e['elb_avg']['mean']}")
        bad = os.path.join(d, "bad.csv")
        open(bad, "w").write("indicator,value\nintegrations_total,lots\n")
        result = intsim("calibrate", SMALL, "--actuals", bad, "--out", os.path.join(d, "x.json"), check=False)
        check(result.returncode == 2 and "line 2" in result.stderr, result.stderr)


def test_thousands_separators_get_the_monthly_hint():
    """A count written with the other dialect's thousands mark ("2.575" in the plain CSV,
    "2,575" in the German one, 2.575 in JSON) is refused with the hint the monthly
    actuals give, instead of being read as two and a half integrations."""
    with tempdir() as d:
        out = os.path.join(d, "p.json")
        for name, text, hint in [
                ("plain.csv", "indicator,value\nintegrations_total,2.575\n", "no thousands separator"),
                ("average.csv", "indicator,value\nelb_avg,10.983\n", "no thousands separator"),
                ("german.csv", "\ufeffindicator;value\nintegrations_total;2,575\n", "reads two ways"),
                ("german_decimals.csv", "\ufeffindicator;value\nintegrations_total;2,57\n", "'.' between thousands")]:
            actuals = os.path.join(d, name)
            open(actuals, "w", encoding="utf-8").write(text)
            result = intsim("calibrate", SMALL, "--actuals", actuals, "--out", out, check=False)
            check(result.returncode == 2, f"{name}: exit {result.returncode} {result.stderr}")
            check(name in result.stderr and "line 2, column 2" in result.stderr and
                  ("whole number" in result.stderr or "reads two ways" in result.stderr) and hint in result.stderr and result.stderr.count("\n") == 1, f"{name}: {result.stderr}")
            check(not os.path.exists(out), "nothing written")
        actuals = os.path.join(d, "a.json")
        json.dump({"integrations_total": 2.575}, open(actuals, "w"))
        result = intsim("calibrate", SMALL, "--actuals", actuals, "--out", out, check=False)
        check(result.returncode == 2 and "/integrations_total" in result.stderr and "thousands" in result.stderr,
              result.stderr)


def test_unreachable_actuals_are_refused():
    # More LZB integrations than integrations in total: no parameters reproduce both, and
    # the best compromise drives parameters to absurd values. Refused, nothing written.
    with tempdir() as d:
        actuals = os.path.join(d, "a.json")
        out = os.path.join(d, "p.json")
        json.dump({"integrations_total": 400, "integrations_ltr": 900}, open(actuals, "w"))
        result = intsim("calibrate", SMALL, "--actuals", actuals, "--out", out, "--reps", 20, "--quiet", check=False)
        check(result.returncode == 2, f"exit {result.returncode}: {result.stderr}")
        lines = [line for line in result.stderr.splitlines() if line.strip()]
        check(len(lines) == 1 and actuals in lines[0] and "cannot reach" in lines[0], result.stderr)
        check(not os.path.exists(out), "nothing written")


def test_bad_actuals_exit_2_and_write_nothing():
    with tempdir() as d:
        out = os.path.join(d, "p.json")
        for content, fragment in [
            ({"integrations_total": -5}, "/integrations_total"),
            ({"integrations_total": "many"}, "expected a number"),
            ({"integratons_total": 5}, 'did you mean "integrations_total"'),
            ({"integration_rate": 23.4}, "cannot be calibrated"),
            ({}, "at least one"),
            ({"integrations_total": None}, "/integrations_total"),
        ]:
            actuals = os.path.join(d, "a.json")
            json.dump(content, open(actuals, "w"))
            result = intsim("calibrate", SMALL, "--actuals", actuals, "--out", out, check=False)
            check(result.returncode == 2, f"{content}: exit {result.returncode} {result.stderr}")
            check(fragment in result.stderr and "a.json" in result.stderr, result.stderr)
            check(not os.path.exists(out), "nothing written")
        result = intsim("calibrate", SMALL, "--actuals", os.path.join(d, "missing.json"), "--out", out, check=False)
        check(result.returncode == 2 and "missing.json" in result.stderr, result.stderr)


if __name__ == "__main__":
    main([test_calibrate_writes_a_patch_that_reproduces_the_actuals, test_csv_actuals_in_both_dialects,
          test_unreachable_actuals_are_refused, test_thousands_separators_get_the_monthly_hint,
          test_bad_actuals_exit_2_and_write_nothing])
