"""intsim optimise: search, confirmation under common random numbers, marginal effects, bad input."""
import json
import os

import cli_support
from cli_support import ROOT, check, intsim, main, results_bytes_without_run_facts, tempdir, validate_document

MIX = os.path.join(ROOT, "scenarios", "optimise", "lahn-dill-2022-mix.json")
PLAN = os.path.join(ROOT, "scenarios", "lahn-dill-2022.json")
# Small settings: the tests check the plumbing and the rules; the search itself is
# tested for optimality on a small scenario (here and in tests/unit/mix_optimiser_test.cpp).
FAST = ["--search-reps", 20, "--reps", 8, "--max-evaluations", 12, "--candidates", 2, "--quiet"]


def plan_entry(doc):
    plans = [r for r in doc["ranked"] if r["is_plan"]]
    check(len(plans) == 1, "the plan's mix is ranked once")
    return plans[0]


def test_shipped_mix_scenario():
    with tempdir() as out:
        result = intsim("optimise", MIX, *FAST, "--out", out)
        doc = validate_document(os.path.join(out, "optimise.json"), "optimise.schema.json")
        check(doc["objective"] == "p_all_targets_met@every_year", doc["objective"])
        check(doc["budget"] == {"limit": 9697845, "source": "operative_egt", "limit_over_horizon": 9697845,
                                "limits_by_year": [{"year": 2022, "limit": 9697845}]}, doc["budget"])
        check([m["id"] for m in doc["measures"]] == ["aktivierungszentrum", "arbeitsgelegenheiten", "egz", "fbw"],
              "measures of the optimise section")
        plan = plan_entry(doc)
        check(plan["mix"] == {"aktivierungszentrum": 250, "arbeitsgelegenheiten": 108, "egz": 110, "fbw": 100}, plan["mix"])
        check(plan["integrations_difference_to_plan"]["mean"] == 0, "the plan against itself")
        best = doc["ranked"][0]
        check(best["feasible"] and best["spend"]["mean"] <= 9697845, f"best mix within the budget: {best['spend']}")
        check(best["women_share_entries"] >= doc["women_share_rule"]["required"] - doc["women_share_rule"]["tolerance"],
              "women-share rule kept")
        # Ranked by the confirmed figures, the plan among them: the best is at least as good.
        check(best["p_all_targets_met"] >= plan["p_all_targets_met"], f"{best['p_all_targets_met']} < plan")
        check(doc["search"]["evaluations"] <= 12 and doc["search"]["start"] == plan["mix"], doc["search"])
        check(doc["search"]["evaluator"] == "expected_model" and doc["run"]["search_replications"] == 20, doc["search"])
        marginal = {m["id"]: m for m in doc["marginal"]}
        check(set(marginal) == set(plan["mix"]), "a marginal effect for every optimised measure")
        egz = marginal["egz"]
        check(egz["upper"] - egz["lower"] in (10, 20), egz)
        # Wage subsidies count an integration per hire: far more per euro than a place in
        # the Aktivierungszentrum (whose lock-in eats most of its after-effect in the year).
        check(egz["integrations_per_100k_eur"] > 10, egz)
        check(egz["integrations_per_100k_eur"] > marginal["aktivierungszentrum"]["integrations_per_100k_eur"] + 10, marginal)
        for text in ("rank", "plan", "marginal effect", "per 100,000 EUR"):
            check(text in result.stdout, f"table shows {text}")
        check(egz["integrations_difference_ci95"]["low"] <= egz["integrations_difference"] <=
              egz["integrations_difference_ci95"]["high"], f"marginal interval {egz}")
        check(sorted(os.listdir(out)) == ["marginal.csv", "optimise.json", "ranked.csv", "report.html", "searched.csv"],
              f"files {os.listdir(out)}")
        searched = open(os.path.join(out, "searched.csv")).read().splitlines()
        check(len(searched) == 1 + doc["search"]["evaluations"], "a row per mix searched")
        ranked = open(os.path.join(out, "ranked.csv")).read().splitlines()
        check(len(ranked) == 1 + len(doc["ranked"]), "a row per confirmed mix")
        html = open(os.path.join(out, "report.html"), encoding="utf-8").read()
        for element in ('id="frontier"', 'class="scatter-chart"', 'id="marginal"', '<table id="ranked"'):
            check(element in html, f"report.html has {element}")


def test_progress_counts_the_runs_it_makes():
    """The progress bar (stderr on a terminal) ends at the replications of the runs
    actually made, not at a bound: the confirmed mixes and the marginal runs."""
    import pty
    import re
    import subprocess
    with tempdir() as out:
        controller, terminal = pty.openpty()
        process = subprocess.Popen([cli_support.BINARY, "optimise", MIX, "--search-reps", "20", "--reps", "7",
                                    "--max-evaluations", "12", "--candidates", "2", "--out", out],
                                   stdout=subprocess.PIPE, stderr=terminal, stdin=subprocess.DEVNULL)
        os.close(terminal)
        shown = b""
        while True:
            try:
                chunk = os.read(controller, 4096)
            except OSError:  # the terminal closed with the process
                break
            if not chunk:
                break
            shown += chunk
        process.communicate(timeout=120)
        os.close(controller)
        check(process.returncode == 0, f"exit {process.returncode}")
        doc = json.load(open(os.path.join(out, "optimise.json")))
        marginal_runs = sum((m["lower"] != m["at"]) + (m["upper"] != m["at"]) for m in doc["marginal"])
        runs = len(doc["ranked"]) + marginal_runs
        counts = re.findall(rb"(\d+)/(\d+) replications \((\d+) runs of 7\)", shown)
        check(counts, f"progress shown: {shown[-300:]!r}")
        done, total, shown_runs = map(int, counts[-1])
        check(shown_runs == runs and total == 7 * runs and done == total,
              f"progress ends at {done}/{total} ({shown_runs} runs); made {runs} runs of 7")


def test_warns_about_range_limits_and_unspent_money():
    """A range whose top is the best choice and a budget far above what the mixes spend:
    both are said, in optimise.json, on the console and in the report."""
    with tempdir() as d:
        scenario = os.path.join(d, "narrow.json")
        json.dump({"extends": MIX, "name": "narrow", "measures": {"egz": {"label_de": "Eingliederungszuschuss (Testname)"}},
                   "optimise": {"objective": "integrations",
                                "measures": {"egz": {"min": 110, "max": 130, "step": 10}, "aktivierungszentrum": None,
                                             "arbeitsgelegenheiten": None, "fbw": None}}}, open(scenario, "w"))
        out = os.path.join(d, "out")
        result = intsim("optimise", scenario, "--search-reps", 20, "--reps", 8, "--candidates", 1, "--quiet",
                        "--budget", 12000000, "--out", out, "--lang", "de")
        doc = validate_document(os.path.join(out, "optimise.json"), "optimise.schema.json")
        warnings = doc["warnings"]
        check(doc["ranked"][0]["mix"]["egz"] == 130, f"more wage subsidies are better: {doc['ranked'][0]['mix']}")
        check(warnings["at_range_limits"] == [{"id": "egz", "value": 130, "limit": "max"}], warnings)
        unspent = 12000000 - doc["ranked"][0]["spend"]["mean"]
        check(warnings["unspent"] is not None and abs(warnings["unspent"] - unspent) < 1, warnings)
        check(abs(warnings["unspent_share"] - unspent / 12000000) < 1e-6, warnings)
        check(len(warnings["messages"]) == 2 and "upper end of its range" in warnings["messages"][0], warnings)
        check("Warnung: egz liegt am oberen Ende" in result.stdout, result.stdout)
        check("ungenutzt" in result.stdout, "unspent money said on the console")
        html = open(os.path.join(out, "report.html"), encoding="utf-8").read()
        check('id="warnings"' in html and "Mit Vorsicht zu lesen" in html, "warnings in the report")
        # The measure's German name (label_de) in the German console and report (issue 24 item 5).
        check("Eingliederungszuschuss (Testname)" in result.stdout, f"label_de on the console: {result.stdout}")
        check("Eingliederungszuschuss (Testname)" in html, "label_de in the report")
        # The P(all) column names its period (issue 24 item 5).
        check("P(alle) 2022" in result.stdout and "P(alle) 2022" in html, "P(alle) names its year")


def test_never_passes_what_employers_take_up():
    """EGZ with a ceiling of 125 entries a year (employer_demand): the range 110..140 ends
    at 120, the best mix stops there and the console, optimise.json and the report say
    that employers take up no more; a range that starts above the ceiling is refused."""
    with tempdir() as d:
        scenario = os.path.join(d, "ceiling.json")
        json.dump({"extends": MIX, "name": "ceiling",
                   "measures": {"egz": {"employer_demand": {"entries_per_year": 125, "assumption": "test"}}},
                   "optimise": {"objective": "integrations",
                                "measures": {"egz": {"min": 110, "max": 140, "step": 10}, "aktivierungszentrum": None,
                                             "arbeitsgelegenheiten": None, "fbw": None}}}, open(scenario, "w"))
        out = os.path.join(d, "out")
        result = intsim("optimise", scenario, "--search-reps", 20, "--reps", 8, "--candidates", 1, "--quiet",
                        "--budget", 12000000, "--out", out, "--lang", "de")
        doc = validate_document(os.path.join(out, "optimise.json"), "optimise.schema.json")
        egz = [m for m in doc["measures"] if m["id"] == "egz"][0]
        check(egz["max"] == 120, egz)
        check(doc["ranked"][0]["mix"]["egz"] == 120, doc["ranked"][0]["mix"])
        check({"id": "egz", "value": 120, "limit": "employer_ceiling"} in doc["warnings"]["at_range_limits"],
              doc["warnings"])
        check(any("employers take up" in m for m in doc["warnings"]["messages"]), doc["warnings"]["messages"])
        check("die Arbeitgeber annehmen" in result.stdout, result.stdout)
        html = open(os.path.join(out, "report.html"), encoding="utf-8").read()
        check("die Arbeitgeber annehmen" in html, "the ceiling said in the report")

        above = os.path.join(d, "above.json")
        json.dump({"extends": scenario, "optimise": {"measures": {"egz": {"min": 130, "max": 140, "step": 10}}}},
                  open(above, "w"))
        result = intsim("optimise", above, *FAST, "--out", os.path.join(d, "never"), check=False)
        check(result.returncode == 2 and "/optimise/measures/egz/min" in result.stderr
              and "employers take up" in result.stderr, result.stderr)
        check(not os.path.exists(os.path.join(d, "never")), "nothing written")


def test_budget_objective_and_threads():
    with tempdir() as d:
        texts = []
        for threads in (1, 2):
            out = os.path.join(d, str(threads))
            intsim("optimise", MIX, *FAST, "--budget", 9500000, "--objective", "integrations", "--threads", threads,
                   "--out", out)
            texts.append(results_bytes_without_run_facts(os.path.join(out, "optimise.json")))
        check(texts[0] == texts[1], "optimise.json differs between thread counts")
        doc = validate_document(os.path.join(d, "1", "optimise.json"), "optimise.schema.json")
        check(doc["objective"] == "integrations_total@all" and doc["budget"]["limit"] == 9500000 and doc["budget"]["source"] == "--budget", doc["budget"])
        best = doc["ranked"][0]
        check(best["feasible"] and best["spend"]["mean"] <= 9500000, best["spend"])
        check(not plan_entry(doc)["feasible"], "the plan spends more than 9.5 million")


def test_all_free_money_goes_to_the_better_measure():
    # Two measures at the same price per step: subsidised hires (one integration each)
    # and coaching places with a small after-effect. 120,000 EUR buy 24 hires.
    doc = {
        "name": "two-measures", "start": "2022-01", "months": 12,
        "population": {"elb": 1000, "ltr_share": 0.6,
                       "attributes": {"sex": {"levels": ["male", "female"], "shares": [0.5, 0.5]},
                                      "single_parent": {"levels": ["no", "yes"], "shares": [0.9, 0.1]}},
                       "non_ltr_spell_months": [{"max": 20, "share": 1}]},
        "inflow": {"monthly_mean": 0},
        "hazards": {"integration": {"base": 0.02}, "exit": {"base": 0.01}},
        "measures": {
            "subsidy": {"capacity": {"entries": 0}, "integration_on_entry": True, "leaves_benefit": True,
                        "cost": {"per_entry": 5000}},
            "coaching": {"capacity": {"slots": 10}, "duration_months": 3, "effect": {"post": 1.1, "post_months": 3},
                         "cost": {"per_slot_month": 1000}}},
        "budget": {"operative_egt": 120000},
        "optimise": {"measures": {"subsidy": {"min": 0, "max": 40, "step": 4},
                                  "coaching": {"min": 0, "max": 10, "step": 1}}}}
    with tempdir() as d:
        path = os.path.join(d, "two.json")
        json.dump(doc, open(path, "w"))
        for search in ("expected", "monte_carlo"):
            intsim("optimise", path, "--objective", "integrations", "--search", search, "--search-reps", 20, "--reps", 50,
                   "--out", os.path.join(d, search), "--quiet")
            first = validate_document(os.path.join(d, search, "optimise.json"), "optimise.schema.json")["ranked"][0]
            check(first["mix"] == {"coaching": 0, "subsidy": 24}, f"{search}: {first['mix']}")
        out = validate_document(os.path.join(d, "monte_carlo", "optimise.json"), "optimise.schema.json")
        check(out["search"]["evaluator"] == "monte_carlo", out["search"])
        best = out["ranked"][0]
        check(best["mix"] == {"coaching": 0, "subsidy": 24}, best["mix"])
        check(abs(best["spend"]["mean"] - 120000) < 1, best["spend"])
        check(best["integrations_difference_to_plan"]["ci95"]["low"] > 15, best["integrations_difference_to_plan"])


def test_bad_input():
    with tempdir() as d:
        out = os.path.join(d, "out")

        def bad(patch, fragment, *args):
            path = os.path.join(d, "bad.json")
            json.dump({"extends": MIX, **patch}, open(path, "w"))
            for command in (["optimise", path, *FAST, *args, "--out", out], ["validate", path]):
                if command[0] == "validate" and args:
                    continue
                result = intsim(*command, check=False)
                check(result.returncode == 2, f"{command[0]}: exit {result.returncode}: {result.stderr}")
                check(fragment in result.stderr and result.stderr.count("\n") == 1, result.stderr)
            check(not os.path.exists(out), "a failed optimise wrote output")

        bad({"optimise": {"measures": {"egzz": {"min": 1, "max": 2, "step": 1}}}},
            '/optimise/measures/egzz: unknown measure "egzz" (did you mean "egz"?)')
        bad({"optimise": {"measures": {"egz": {"step": 2.5}}}}, "/optimise/measures/egz/step: expected a whole number")
        bad({"optimise": {"objectiv": "p_all"}}, '/optimise/objectiv: unknown key "objectiv" (did you mean "objective"?)')
        result = intsim("optimise", PLAN, "--out", out, check=False)
        check(result.returncode == 2 and "/optimise: expected an \"optimise\" section" in result.stderr, result.stderr)
        result = intsim("optimise", MIX, "--objective", "jobs", "--out", out, check=False)
        check(result.returncode == 2 and "objective" in result.stderr, result.stderr)
        check(not os.path.exists(out), "nothing written")


if __name__ == "__main__":
    main([test_shipped_mix_scenario, test_warns_about_range_limits_and_unspent_money, test_never_passes_what_employers_take_up, test_progress_counts_the_runs_it_makes, test_budget_objective_and_threads, test_all_free_money_goes_to_the_better_measure,
          test_bad_input])
