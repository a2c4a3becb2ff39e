"""Several calendar years: a 36-month run with its own targets per year against the schema,
the years side by side in the summary and years.csv, and a 12-month run that keeps the
one-year contract (docs/years.md)."""
import json
import os

from cli_support import ROOT, check, english_words, intsim, main, tempdir, validate_document, validate_results
from test_reports import read_csv

SCENARIO = os.path.join(ROOT, "scenarios", "lahn-dill-2022.json")


def three_year_variant(directory):
    path = os.path.join(directory, "three-years.json")
    json.dump({"extends": SCENARIO, "name": "three-years", "months": 36,
               "targets_by_year": {"2023": {"integrations_total": 2800, "ltr_avg": {"value": 7150, "direction": "lower"}},
                                   "2024": {"integrations_total": 2900}},
               "budget": {"operative_egt_by_year": {"2024": 9500000}}}, open(path, "w"))
    return path


def test_three_years_with_their_own_targets():
    with tempdir() as out:
        result = intsim("run", three_year_variant(out), "--reps", 40, "--out", out, "--quiet")
        doc = validate_results(os.path.join(out, "results.json"))
        years = doc["years"]
        check([y["year"] for y in years] == [2022, 2023, 2024], [y["year"] for y in years])
        check(not any(y["partial"] for y in years) and all(len(y["months"]) == 12 for y in years), "full years")
        check(years[1]["months"][0] == "2023-01" and years[2]["months"][-1] == "2024-12", "months of each year")
        check(all(y["has_targets"] for y in years), "every year has targets")
        check(years[0]["indicators"]["integrations_total"]["target"] == 2707, "2022: the scenario's targets")
        check(years[1]["indicators"]["integrations_total"]["target"] == 2800, "2023: targets_by_year")
        check(years[1]["indicators"]["ltr_avg"]["direction"] == "lower", "direction per year")
        check(years[2]["indicators"]["ltr_avg"]["target"] is None, "2024 has no LZB target")
        check(years[2]["indicators"]["ltr_avg"]["p_target_met"] is None, "no target, no P(met)")
        for y in years:
            check(y["p_all_targets_met"] is not None, f"{y['year']}: P(all targets met)")
        check(doc["p_all_targets_met_every_year"] <= min(y["p_all_targets_met"] for y in years), "every year <= each year")
        # The budget year by year: 2023 carries 2022's EGT forward, 2024 has its own.
        check(years[1]["budget"]["operative_egt"] == 9697845 and years[1]["budget"]["operative_egt_carried_forward"],
              "2023 EGT carried forward")
        check(years[2]["budget"]["operative_egt"] == 9500000 and not years[2]["budget"]["operative_egt_carried_forward"],
              "2024 EGT")
        spend = sum(y["indicators"]["budget_spend"]["mean"] for y in years)
        check(abs(doc["horizon"]["indicators"]["budget_spend"]["mean"] - spend) < 1, "the years add up to the horizon")
        check(doc["horizon"]["budget"]["operative_egt"] == 9697845 * 2 + 9500000, "horizon EGT")
        # The top level is the first calendar year.
        check(doc["indicators"] == years[0]["indicators"], "indicators = first year")
        check(doc["budget"]["operative_egt"] == years[0]["budget"]["operative_egt"], "budget = first year")
        # Rolling K2: from the baseline before December 2022, the year's own rate in December.
        monthly = doc["monthly"]
        check(len(monthly) == 36, "36 months")
        check([m["k2_rate_12m_basis"] for m in monthly[:11]] == ["baseline"] * 11, "baseline basis")
        check(all(m["k2_rate_12m_basis"] == "horizon" for m in monthly[11:]), "horizon basis")
        check(abs(monthly[23]["k2_rate_12m"]["mean"] - years[1]["indicators"]["integration_rate"]["mean"]) < 1e-6,
              "December's rolling rate is the year's rate")
        # Side by side in the summary and in years.csv.
        check("Calendar years" in result.stdout and "2024" in result.stdout, result.stdout)
        _, _, rows = read_csv(os.path.join(out, "years.csv"), "en")
        check(len(rows) == 3 * len(doc["indicators"]), "one row per year and indicator")
        row = next(r for r in rows if r["year"] == 2023 and r["indicator"] == "integrations_total")
        check(row["mean"] == years[1]["indicators"]["integrations_total"]["mean"], "CSV = JSON")
        check(row["target"] == 2800 and row["year_operative_egt"] == 9697845, "year columns")
        html = open(os.path.join(out, "report.html"), encoding="utf-8").read()
        check('id="years"' in html and "2024" in html, "report.html has the years table")


def test_twelve_months_keep_the_one_year_contract():
    with tempdir() as out:
        intsim("run", SCENARIO, "--reps", 20, "--out", out, "--quiet")
        doc = validate_results(os.path.join(out, "results.json"))
        check(len(doc["years"]) == 1 and doc["years"][0]["year"] == 2022, "one year")
        check(doc["years"][0]["indicators"] == doc["indicators"], "the year is the top level")
        check(doc["p_all_targets_met_every_year"] == doc["p_all_targets_met"], "every year = the year")
        horizon, year = doc["horizon"]["indicators"]["integrations_total"], doc["indicators"]["integrations_total"]
        check(all(horizon[k] == year[k] for k in ("mean", "sd", "p05", "p50", "p95", "min", "max")),
              "the horizon is the year (without targets)")
        check(horizon["target"] is None, "the horizon has no targets")


def test_a_partial_first_year():
    with tempdir() as out:
        intsim("run", SCENARIO, "--reps", 10, "--out", out, "--quiet", "--set", "start=2022-07", "--set", "months=18")
        doc = validate_results(os.path.join(out, "results.json"))
        years = doc["years"]
        check([(y["year"], y["partial"], len(y["months"])) for y in years] == [(2022, True, 6), (2023, False, 12)],
              [(y["year"], y["partial"]) for y in years])
        # A partial first year's EGT covers its months only: nothing is carried forward.
        check(years[1]["budget"] == {}, "no EGT for 2023")


PROGRAMME = os.path.join(ROOT, "tests", "golden", "scenarios", "small-programme.json")


def two_years(directory, name, patch):
    path = os.path.join(directory, name + ".json")
    json.dump({"extends": PROGRAMME, "name": name, "months": 24,
               "targets_by_year": {"2023": {"integrations_total": 720}}, **patch}, open(path, "w"))
    return path


def test_compare_year_by_year_with_an_objective():
    with tempdir() as d:
        base = two_years(d, "base", {})
        more = two_years(d, "more", {"measures": {"activation": {"capacity": {"slots": 90}}}})
        out = os.path.join(d, "out")
        result = intsim("compare", base, more, "--reps", 30, "--objective", "ltr_end@last", "--out", out, "--quiet")
        doc = validate_document(os.path.join(out, "compare.json"), "compare.schema.json")
        check(doc["objective"] == {"name": "ltr_end@2023", "indicator": "ltr_end", "period": "year", "year": 2023,
                                   "direction": "lower"}, doc["objective"])
        variant = doc["variants"][0]
        check([y["year"] for y in variant["years"]] == [2022, 2023], "both years")
        check(variant["years"][0]["indicators"] == variant["indicators"], "the top level is the first year")
        check(variant["objective"]["mean_difference"] == variant["years"][1]["indicators"]["ltr_end"]["mean_difference"],
              "the objective is the last year's LZB stock at the end")
        check(doc["base"]["years"][1]["p_all_targets_met"] is not None, "2023 has a target")
        check("by calendar year" in result.stdout and "objective ltr_end@2023" in result.stdout, result.stdout)
        # The report's difference charts: a row per calendar year under the variant's heading.
        html = open(os.path.join(out, "report.html"), encoding="utf-8").read()
        chart = html[html.index('id="diff-integrations_total"'):]
        chart = chart[:chart.index("</svg>")]
        check(chart.count('<g class="row') == 3 and ">2022\u20132023</text>" in chart and ">2022</text>" in chart
              and ">2023</text>" in chart, "integrations: the whole horizon, then a row per year")
        # Paired years need the same horizon; a bad objective names what is expected.
        short = os.path.join(d, "short.json")
        json.dump({"extends": more, "months": 12}, open(short, "w"))
        for args, fragment in (([base, short], "expected the base's horizon"),
                               ([base, more, "--objective", "integrations_total@2025"], "calendar year of the horizon"),
                               ([base, more, "--objective", "budget_spend"], "has no direction"),
                               ([base, more, "--objective", "integration_totl"], 'did you mean "integrations_total"')):
            bad = intsim("compare", *args, "--reps", 2, "--out", os.path.join(d, "bad"), "--quiet", check=False)
            check(bad.returncode == 2 and fragment in bad.stderr and bad.stderr.count("\n") == 1, bad.stderr)
            check(not os.path.exists(os.path.join(d, "bad")), "nothing written")


def test_optimise_an_objective_over_two_years():
    with tempdir() as d:
        plan = two_years(d, "plan", {"optimise": {"objective": "integrations_total@2023", "measures": {
            "activation": {"min": 40, "max": 80, "step": 20}}}})
        out = os.path.join(d, "out")
        result = intsim("optimise", plan, "--search-reps", 10, "--reps", 20, "--candidates", 1, "--out", out, "--quiet",
                        "--lang", "de", "--locale", "de")
        doc = validate_document(os.path.join(out, "optimise.json"), "optimise.schema.json")
        check(doc["objective"] == "integrations_total@2023", doc["objective"])
        check([y["year"] for y in doc["budget"]["limits_by_year"]] == [2022, 2023], doc["budget"])
        check(all(len(r["spend_by_year"]) == 2 for r in doc["ranked"]), "spend per year")
        # Issue 24 item 1: two years of spend were put against one year's operative EGT.
        limits = [y["limit"] for y in doc["budget"]["limits_by_year"]]
        check(doc["budget"]["limit_over_horizon"] == sum(limits), doc["budget"])
        best = doc["ranked"][0]
        check(abs(sum(best["spend_by_year"]) - best["spend"]["mean"]) < 1, "the horizon's spend is the years' sum")
        html = open(os.path.join(out, "report.html"), encoding="utf-8").read()
        share = f"{best['spend']['mean'] / sum(limits) * 100:.1f}".replace(".", ",")
        check(f"{share}\u00a0% des operativen EGT 2022\u20132023" in html, f"the spend card against both years' EGT ({share} %)")
        check('<table id="budget-years"' in html, "each year's spend against its own EGT")
        # The P(all) column names its period: every year of the horizon (issue 24 item 5).
        check("P(alle) jedes Jahr 2022\u20132023" in html and "P(alle) jedes Jahr 2022\u20132023" in result.stdout,
              "P(alle) names its period")
        check(english_words(html) == [] and english_words(result.stdout) == [],
              f"English in German: {english_words(html)} {english_words(result.stdout)}")
        check("Ausgaben 2022\u20132023" in result.stdout and "nach Kalenderjahr (bester Mix; Mix des Plans)" in result.stdout,
              result.stdout)
        year_rows = [line for line in result.stdout.splitlines() if line.startswith(("2022 ", "2023 "))]
        check(len(year_rows) == 2, "a console row per calendar year")
        # Ranks are shared where the paired interval cannot tell mixes apart; rank 1 first.
        ranks = [r["rank"] for r in doc["ranked"]]
        check(ranks[0] == 1 and ranks == sorted(ranks) and [r["position"] for r in doc["ranked"]] == list(range(1, len(ranks) + 1)),
              ranks)
        for r in doc["ranked"]:
            o = r["difference_to_best"]["objective"]
            check(r["distinguishable_from_best"] == (o["ci95"]["low"] > 0 or o["ci95"]["high"] < 0) or not r["feasible"], r)
            check((r["rank"] == 1) <= (not r["distinguishable_from_best"]), f"rank 1 is not distinguishable from the best: {r}")


if __name__ == "__main__":
    main([test_three_years_with_their_own_targets, test_twelve_months_keep_the_one_year_contract,
          test_a_partial_first_year, test_compare_year_by_year_with_an_objective,
          test_optimise_an_objective_over_two_years])
