"""Input honesty: a misspelt measure in a variant, a scenario without uncertainty, and
validate --explain naming where every value came from."""
import json
import os

from cli_support import ROOT, check, intsim, main, tempdir

PLAN = os.path.join(ROOT, "scenarios", "lahn-dill-2022.json")
SMALL = os.path.join(ROOT, "tests", "data", "small-jobcenter.json")


def write(path, document):
    with open(path, "w") as f:
        json.dump(document, f)
    return path


def test_misspelt_measure_in_a_variant_names_the_nearest_id():
    with tempdir() as d:
        variant = write(os.path.join(d, "az-300.json"), {
            "extends": os.path.relpath(PLAN, d), "name": "az-300",
            "measures": {"aktivierungszentrumm": {"capacity": {"slots": 300}}}})
        result = intsim("validate", variant, check=False)
        check(result.returncode == 2, f"exit {result.returncode}: {result.stderr}")
        lines = result.stderr.strip().splitlines()
        check(len(lines) == 1, result.stderr)
        check(variant in lines[0] and "/measures/aktivierungszentrumm" in lines[0], lines[0])
        check('did you mean "aktivierungszentrum"?' in lines[0], lines[0])
        check('"duration_months" and "cost"' in lines[0], lines[0])
        # The same through --set on the plan itself: the override is named.
        result = intsim("validate", PLAN, "--set", 'measures.egzz={"capacity": {"entries": 5}}', check=False)
        check(result.returncode == 2 and "--set measures.egzz" in result.stderr and 'did you mean "egz"' in result.stderr,
              result.stderr)


def test_a_new_measure_defined_in_full_in_a_variant_is_allowed():
    with tempdir() as d:
        variant = write(os.path.join(d, "new.json"), {
            "extends": os.path.relpath(PLAN, d), "name": "with-coaching",
            "measures": {"job_coaching": {"capacity": {"slots": 20}, "duration_months": 4,
                                          "cost": {"per_slot_month": 600}, "effect": {"post": 1.2, "post_months": 6}}}})
        result = intsim("validate", variant)
        check("24 measures" in result.stdout, result.stdout)


def test_missing_uncertainty_gets_the_documented_spreads_and_validate_says_so():
    with tempdir() as d:
        doc = json.load(open(SMALL))
        del doc["uncertainty"]
        without = write(os.path.join(d, "no-uncertainty.json"), doc)
        result = intsim("validate", without)
        check("uncertainty: not given for integration_sd 0.067, exit_sd 0.05, inflow_sd 0.08, measure_effect_sd 0.24"
              in result.stdout, result.stdout)
        # Not zero: the run's interval is wider than with every spread set to 0.
        zero = '{"integration_sd": 0, "exit_sd": 0, "inflow_sd": 0, "measure_effect_sd": 0}'
        intsim("run", without, "--reps", 100, "--quiet", "--format", "json", "--out", os.path.join(d, "a"))
        intsim("run", without, "--reps", 100, "--quiet", "--format", "json", "--out", os.path.join(d, "b"),
               "--set", "uncertainty=" + zero)
        width = {}
        for run in "ab":
            s = json.load(open(os.path.join(d, run, "results.json")))["indicators"]["integrations_total"]
            width[run] = s["p95"] - s["p05"]
        # The level spread 0.067 alone is about 30 integrations of sd on ~450: the 90 %
        # width grows from ~70 (chance) to ~115; 1.2x is far inside that.
        check(width["a"] > 1.2 * width["b"], width)


def test_validate_explain_names_the_origin_of_every_value():
    variant = os.path.join(ROOT, "scenarios", "variants", "az-300.json")
    result = intsim("validate", variant, "--explain", "--set", "months=6")
    lines = result.stdout.splitlines()

    def origin(pointer):
        found = [l for l in lines if l.strip().startswith(pointer + " = ")]
        check(len(found) == 1, f"{pointer}: {found}")
        return found[0].split("<- ", 1)[1]

    check(origin("/measures/aktivierungszentrum/capacity/slots").startswith(variant), lines[:3])
    check("(extends parent)" in origin("/population/elb"), origin("/population/elb"))
    check("(extends grandparent)" in origin("/allocation/women_share_rule"), origin("/allocation/women_share_rule"))
    check(origin("/months") == "--set months=6", origin("/months"))
    check(origin("/measures/aktivierungszentrum/effect/exit") == "default", origin("/measures/aktivierungszentrum/effect/exit"))


if __name__ == "__main__":
    main([test_misspelt_measure_in_a_variant_names_the_nearest_id,
          test_a_new_measure_defined_in_full_in_a_variant_is_allowed,
          test_missing_uncertainty_gets_the_documented_spreads_and_validate_says_so,
          test_validate_explain_names_the_origin_of_every_value])
