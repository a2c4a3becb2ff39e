"""intsim run on the shipped scenario: schema, determinism across threads, summary."""
import json
import os

from cli_support import (ROOT, check, intsim, main, results_bytes_without_run_facts, tempdir,
                         validate_results)

SCENARIO = os.path.join(ROOT, "scenarios", "lahn-dill-2022.json")


def test_shipped_scenario_conforms_and_lands_near_the_plan():
    with tempdir() as out:
        result = intsim("run", SCENARIO, "--reps", 200, "--out", out, "--quiet")
        doc = validate_results(os.path.join(out, "results.json"))
        check(doc["run"]["replications"] == 200, "replications recorded")
        check(doc["scenario"]["name"] == "lahn-dill-2022", "scenario name")
        ind = doc["indicators"]
        # The seed's plan: about 2,700 integrations, 10,850 eLb, 7,100 LZB on average.
        check(abs(ind["integrations_total"]["mean"] - 2707) / 2707 < 0.05, f"integrations {ind['integrations_total']['mean']}")
        check(abs(ind["elb_avg"]["mean"] - 10850) / 10850 < 0.03, f"eLb {ind['elb_avg']['mean']}")
        check(abs(ind["ltr_avg"]["mean"] - 7103) / 7103 < 0.03, f"LZB {ind['ltr_avg']['mean']}")
        check(ind["integrations_total"]["target"] == 2707, "target carried")
        check(ind["ltr_avg"]["direction"] == "lower", "LZB stock: lower is better")
        check(0 <= ind["integrations_total"]["p_target_met"] <= 1, "probability")
        check(ind["integrations_total"]["offer"]["p80"] <= ind["integrations_total"]["p50"], "p80 offer below the median")
        check(ind["ltr_avg"]["offer"]["p80"] >= ind["ltr_avg"]["p50"], "lower-is-better offer above the median")
        check(len(doc["monthly"]) == 12 and doc["monthly"][0]["month"] == "2022-01", "monthly series")
        check(len(doc["measures"]) > 10, "measures reported")
        check(doc["budget"]["operative_egt"] == 9697845, "budget")
        # The summary table names every indicator and the target probability.
        for name in ("integrations_total", "ltr_avg", "P(met)", "offer p80"):
            check(name in result.stdout, f"summary shows {name}")
        check("results.json" in result.stdout, "summary names the output")


def test_same_bytes_for_1_2_and_4_threads():
    texts = []
    with tempdir() as out:
        for threads in (1, 2, 4):
            path = os.path.join(out, str(threads))
            intsim("run", SCENARIO, "--reps", 40, "--seed", 7, "--threads", threads, "--out", path, "--quiet")
            texts.append(results_bytes_without_run_facts(os.path.join(path, "results.json")))
            check(json.load(open(os.path.join(path, "results.json")))["run"]["threads"] == threads, "threads recorded")
    check(texts[0] == texts[1] == texts[2], "results differ between thread counts")


def test_seed_changes_results_and_default_output_dir():
    with tempdir() as out:
        a = os.path.join(out, "a")
        b = os.path.join(out, "b")
        intsim("run", SCENARIO, "--reps", 20, "--seed", 1, "--out", a, "--quiet")
        intsim("run", SCENARIO, "--reps", 20, "--seed", 2, "--out", b, "--quiet")
        check(results_bytes_without_run_facts(os.path.join(a, "results.json")) !=
              results_bytes_without_run_facts(os.path.join(b, "results.json")), "seed has an effect")
        # Without --out, outputs go to out/<scenario name> relative to the working directory.
        result = __import__("subprocess").run([__import__("cli_support").BINARY, "run", SCENARIO, "--reps", "5", "--quiet"],
                                              cwd=out, capture_output=True, text=True)
        check(result.returncode == 0, result.stderr)
        check(os.path.exists(os.path.join(out, "out", "lahn-dill-2022", "results.json")), "default output directory")


def test_set_and_extends_variant():
    with tempdir() as out:
        base = os.path.join(out, "base")
        more = os.path.join(out, "more")
        intsim("run", SCENARIO, "--reps", 30, "--out", base, "--quiet")
        # Employers' demand raised with it and no deadweight: the shipped ceiling (132 a year)
        # would stop the entries, and its 30 % deadweight would take a third of their gain.
        intsim("run", SCENARIO, "--reps", 30, "--out", more, "--quiet", "--set", "measures.egz.capacity.entries=400",
               "--set", "measures.egz.employer_demand.entries_per_year=400",
               "--set", "measures.egz.employer_demand.deadweight_share=0")
        b = json.load(open(os.path.join(base, "results.json")))
        m = json.load(open(os.path.join(more, "results.json")))
        egz = lambda d: next(x for x in d["measures"] if x["id"] == "egz")
        check(egz(m)["entries"]["mean"] == 400, "--set reached the measure")
        check(m["indicators"]["integrations_total"]["mean"] > b["indicators"]["integrations_total"]["mean"] + 200,
              "more subsidised hires, more integrations")
        check(m["scenario"]["sha256"] != b["scenario"]["sha256"], "--set changes the scenario hash")
        # A variant file extending the base gives the same result as the equivalent --set.
        variant = os.path.join(out, "variant.json")
        json.dump({"extends": SCENARIO, "measures": {"egz": {"capacity": {"entries": 400},
                                                            "employer_demand": {"entries_per_year": 400,
                                                                                "deadweight_share": 0}}}},
                  open(variant, "w"))
        via = os.path.join(out, "via")
        intsim("run", variant, "--reps", 30, "--out", via, "--quiet")
        check(results_bytes_without_run_facts(os.path.join(via, "results.json")) ==
              results_bytes_without_run_facts(os.path.join(more, "results.json")), "extends == --set")


def test_validate_command():
    result = intsim("validate", SCENARIO)
    check("valid scenario" in result.stdout and "lahn-dill-2022" in result.stdout, result.stdout)
    for variant in sorted(os.listdir(os.path.join(ROOT, "scenarios", "variants"))):
        if variant.endswith(".json"):
            intsim("validate", os.path.join(ROOT, "scenarios", "variants", variant))


def test_offer_option_changes_the_summary_column():
    with tempdir() as out:
        result = intsim("run", SCENARIO, "--reps", 20, "--out", out, "--quiet", "--offer", 0.9)
        check("offer p90" in result.stdout, result.stdout)


if __name__ == "__main__":
    main([test_shipped_scenario_conforms_and_lands_near_the_plan, test_same_bytes_for_1_2_and_4_threads,
          test_seed_changes_results_and_default_output_dir, test_set_and_extends_variant, test_validate_command,
          test_offer_option_changes_the_summary_column])
