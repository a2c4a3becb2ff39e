"""intsim compare: paired differences under common random numbers, measured variance reduction."""
import csv
import io
import json
import math
import os
import subprocess

import cli_support
from cli_support import ROOT, english_words, check, intsim, main, results_bytes_without_run_facts, tempdir, validate_document

BASE = os.path.join(ROOT, "scenarios", "lahn-dill-2022.json")
AZ300 = os.path.join(ROOT, "scenarios", "variants", "az-300.json")
EGZ150 = os.path.join(ROOT, "scenarios", "variants", "egz-150.json")


def test_az300_interval_at_least_three_times_narrower_than_independent():
    with tempdir() as out:
        result = intsim("compare", BASE, AZ300, "--reps", 60, "--seed", 3, "--out", out, "--quiet")
        doc = validate_document(os.path.join(out, "compare.json"), "compare.schema.json")
        check(doc["base"]["name"] == "lahn-dill-2022" and doc["run"]["replications"] == 60, "run facts")
        check(doc["run"]["independent_replications"] == {"first": 60, "count": 60}, "independent replication numbers")
        (variant,) = doc["variants"]
        check(variant["name"] == "az-300", variant["name"])
        d = variant["indicators"]["integrations_total"]
        # The interval width is proportional to the sd of the differences: paired against
        # independent, both measured in this run.
        check(d["sd_independent"] >= 3 * d["sd_paired"],
              f"paired sd {d['sd_paired']} vs independent sd {d['sd_independent']}: less than 3x narrower")
        check(d["interval_ratio"] >= 3 and abs(d["interval_ratio"] ** 2 - d["variance_reduction"]) < 1e-6 * d["variance_reduction"],
              f"interval ratio {d['interval_ratio']}")
        check(d["ci95"]["low"] <= d["mean_difference"] <= d["ci95"]["high"], "interval around the mean")
        width = d["ci95"]["high"] - d["ci95"]["low"]
        check(abs(width - 2 * 1.96 * d["sd_paired"] / math.sqrt(60)) < 1e-6 * max(width, 1), "interval = mean +- 1.96 sd/sqrt(n)")
        # The independent runs are really independent: their differences spread like two
        # independent runs of the base, sd about sqrt(2) x sd(base) (loose: n = 60).
        base_run = os.path.join(out, "base")
        intsim("run", BASE, "--reps", 60, "--seed", 3, "--out", base_run, "--quiet")
        base_sd = json.load(open(os.path.join(base_run, "results.json")))["indicators"]["integrations_total"]["sd"]
        check(0.6 < d["sd_independent"] / (math.sqrt(2) * base_sd) < 1.5, f"independent sd {d['sd_independent']}, base sd {base_sd}")
        # The base's mean is that of a plain run with the same seed.
        base_mean = json.load(open(os.path.join(base_run, "results.json")))["indicators"]["integrations_total"]["mean"]
        check(d["base_mean"] == base_mean, f"{d['base_mean']} != {base_mean}")
        # 50 more places at 800 EUR a month: about 480,000 EUR more, in every replication.
        spend = variant["indicators"]["budget_spend"]
        check(abs(spend["mean_difference"] - 480000) < 5000, f"spend difference {spend['mean_difference']}")
        check(spend["p_variant_better"] is None and not spend["directed"], "spending is neither better nor worse without a target")
        for name in ("integrations_total", "ltr_avg", "budget_spend", "P(better)", "P(worse)", "narrower", "az-300"):
            check(name in result.stdout, f"table shows {name}")


def test_several_variants_same_bytes_for_any_thread_count():
    with tempdir() as out:
        texts = []
        for threads in (1, 2):
            path = os.path.join(out, str(threads))
            intsim("compare", BASE, AZ300, EGZ150, "--reps", 6, "--threads", threads, "--out", path, "--quiet")
            texts.append(results_bytes_without_run_facts(os.path.join(path, "compare.json")))
        check(texts[0] == texts[1], "compare.json differs between thread counts")
        doc = json.loads(open(os.path.join(out, "1", "compare.json")).read())
        check([v["name"] for v in doc["variants"]] == ["az-300", "egz-150"], "variants in order")
        egz = doc["variants"][1]["indicators"]["integrations_total"]
        check(egz["mean_difference"] > 10 and egz["p_variant_better"] > 0.5, f"40 more subsidised hires: {egz}")


def test_default_output_directory():
    with tempdir() as out:
        result = subprocess.run([os.path.abspath(cli_support.BINARY), "compare", BASE, AZ300, "--reps", "2", "--quiet"], cwd=out,
                                capture_output=True, text=True)
        check(result.returncode == 0, result.stderr)
        check(os.path.exists(os.path.join(out, "out", "compare-lahn-dill-2022", "compare.json")), "out/compare-<base name>")


def test_bad_input_writes_nothing():
    with tempdir() as d:
        out = os.path.join(d, "out")
        bad = os.path.join(d, "bad.json")
        json.dump({"extends": BASE, "name": "bad", "measures": {"egz": {"capacity": {"entriez": 3}}}}, open(bad, "w"))
        for args, fragment in [((BASE, bad), "/measures/egz/capacity/entriez"),
                               ((BASE, os.path.join(d, "missing.json")), "missing.json"),
                               ((BASE,), "variants"),
                               ((BASE, AZ300, "--reps", 0), "reps")]:
            result = intsim("compare", *args, "--out", out, check=False)
            check(result.returncode == 2, f"{args}: exit {result.returncode} {result.stderr}")
            check(fragment in result.stderr and result.stderr.count("\n") == 1, result.stderr)
            check(not os.path.exists(out), "a failed compare wrote output")


# The German headers (model/column_glossary.cpp) of the columns these tests read.
GERMAN_COLUMNS = {"Variante": "variant", "Indikator": "indicator", "Differenz Mittelwert": "mean_difference",
                  "Basis Mittelwert": "base_mean", "P(gleich)": "p_equal", "Zeitraum": "period",
                  "erster Monat": "first_month", "letzter Monat": "last_month"}


def read_csv(path, dialect):
    """Rows by column key; a German file must carry the German headers."""
    raw = open(path, "rb").read()
    text = raw.decode("utf-8-sig")
    separator = ";" if dialect == "de" else ","
    rows = list(csv.DictReader(io.StringIO(text, newline=""), delimiter=separator))
    if dialect == "de":
        check(rows and "Variante" in rows[0] and "variant" not in rows[0], f"{path}: German headers")
        rows = [{GERMAN_COLUMNS.get(k, k): v for k, v in row.items()} for row in rows]
    return raw.startswith(b"\xef\xbb\xbf"), rows


def test_report_and_tables_in_german():
    """--lang de: a German report.html, German console words; the CSV tables carry the
    numbers of compare.json; small differences keep their digits and P(worse) is shown."""
    with tempdir() as out:
        result = intsim("compare", BASE, AZ300, EGZ150, "--reps", 12, "--seed", 3, "--out", out, "--quiet",
                        "--lang", "de", "--csv-dialect", "de")
        check(sorted(os.listdir(out)) == ["compare.json", "differences.csv", "report.html", "variants.csv"],
              f"files {os.listdir(out)}")
        doc = validate_document(os.path.join(out, "compare.json"), "compare.schema.json")
        for word in ("Vergleich mit lahn-dill-2022", "Integrationen", "P(schlechter)", "schmaler",
                     "Zusätzliche Integrationen und Mehrausgaben, 2022"):
            check(word in result.stdout, f"console says {word!r}")
        check("integrations_total" not in result.stdout, "German console names indicators by their labels")
        bom, rows = read_csv(os.path.join(out, "differences.csv"), "de")
        check(bom and len(rows) == 2 * len(doc["variants"][0]["indicators"]), "one row per variant and indicator")
        for row in rows:
            d = doc["variants"][[v["name"] for v in doc["variants"]].index(row["variant"])]["indicators"][row["indicator"]]
            for key in ("mean_difference", "base_mean", "p_equal"):
                check(float(row[key].replace(",", ".")) == d[key], f"{row['variant']} {row['indicator']} {key}")
            better, worse = d["p_variant_better"], d["p_variant_worse"]
            check((better is None) == (worse is None) == (not d["directed"]), "P(better), P(worse) with a direction")
            if better is not None:
                check(abs(better + worse + d["p_equal"] - 1) < 1e-9, f"{row['indicator']}: better + worse + equal = 1")
        _, variants = read_csv(os.path.join(out, "variants.csv"), "de")
        check([v["variant"] for v in variants] == ["az-300", "egz-150"], "a row per variant")
        egz = doc["variants"][1]
        cost = egz["cost_per_extra_integration"]
        spend = egz["indicators"]["budget_spend"]["mean_difference"]
        extra = egz["indicators"]["integrations_total"]["mean_difference"]
        check(cost is not None and abs(cost - spend / extra) < 1e-6 * abs(cost), f"EGT per extra integration {cost}")
        k = egz["years"][0]["extra_integration_cost"]
        check(k["verdict"] == "costs" and k["per_extra_integration"] == cost
              and k["ci95"]["low"] < cost < k["ci95"]["high"], f"the price with its interval {k}")
        check("EGT je zusätzlicher Integration" not in result.stdout + open(os.path.join(out, "report.html")).read(),
              "the price is named as extra spend over extra integrations")
        html = open(os.path.join(out, "report.html"), encoding="utf-8").read()
        check('<html lang="de">' in html and "Differenzen zur Basis" in html, "German report")
        check(html.count('class="interval-chart"') >= 4, "a difference chart per headline indicator")
        for forbidden in ("<script", "http", "src=", "<link"):
            check(forbidden not in html, f"report.html contains {forbidden!r}")
        # A small difference keeps its digits: the az-300 integrations difference with two decimals.
        az = doc["variants"][0]["indicators"]["integrations_total"]
        half = (az["ci95"]["high"] - az["ci95"]["low"]) / 2
        if 0.1 <= half < 1:
            shown = f"{abs(az['mean_difference']):.2f}".replace(".", ",")
            check(shown in html, f"difference {az['mean_difference']} shown as {shown}")
        check("0 (0 .. 0)" not in html and "0 (0 .. 0)" not in result.stdout, "no rounded-away differences")


PLAN3 = os.path.join(ROOT, "scenarios", "lahn-dill-2022-2024.json")


def test_three_years_lead_with_the_horizon_and_name_every_period():
    """Issue 24 item 1: a three-year compare reported 2022 only in the cards, the cost table,
    the variant tables and the CSV files, without saying so; a budget-neutral shift of money
    between measures read as a price per integration."""
    with tempdir() as d:
        # Money moved from the activation centre to FbW: about the same spend.
        shift = os.path.join(d, "shift.json")
        json.dump({"extends": PLAN3, "name": "az-to-fbw",
                   "measures": {"aktivierungszentrum": {"capacity": {"slots": 230}}, "fbw": {"capacity": {"entries": 134}}}},
                  open(shift, "w"))
        az = os.path.join(ROOT, "scenarios", "variants", "az-300-2022-2024.json")
        out = os.path.join(d, "out")
        result = intsim("compare", PLAN3, shift, az, "--reps", 16, "--out", out, "--quiet", "--lang", "de",
                        "--csv-dialect", "de")
        doc = validate_document(os.path.join(out, "compare.json"), "compare.schema.json")
        check(doc["horizon"] == {"first_month": "2022-01", "last_month": "2024-12", "years": [2022, 2023, 2024]},
              doc["horizon"])
        for variant in doc["variants"]:
            h = variant["horizon"]
            check(h["indicators"]["integrations_total"]["mean_difference"] > 0 or variant["name"] == "az-to-fbw",
                  "the horizon's integrations")
            total = sum(y["indicators"]["integrations_total"]["mean_difference"] for y in variant["years"])
            check(abs(total - h["indicators"]["integrations_total"]["mean_difference"]) < 1e-3,
                  "the horizon's integrations are the years' sum")
            for period in [h] + variant["years"]:
                k = period["extra_integration_cost"]
                check((k["per_extra_integration"] is None) == (k["verdict"] != "costs"), k)
                if k["verdict"] == "costs":
                    check(k["extra_spend"]["ci95"]["low"] > 0 and k["extra_integrations"]["ci95"]["low"] > 0, k)
        shifted = doc["variants"][0]["horizon"]["extra_integration_cost"]
        check(shifted["verdict"] != "costs", f"a budget-neutral shift has no price per integration: {shifted}")
        # The console leads with the horizon, then the years side by side.
        first = result.stdout.index("az-to-fbw")
        check("2022–2024 (gesamter Zeitraum)" in result.stdout[first:first + 200], result.stdout[first:first + 200])
        check("P(alle Ziele in jedem Jahr erreicht)" in result.stdout, "P(all targets met in every year) on the console")
        check("nach Kalenderjahr" in result.stdout, "the years side by side")
        # CSV: a row per variant and period, the horizon ("all") first, each with its months.
        _, variants = read_csv(os.path.join(out, "variants.csv"), "de")
        check([(v["variant"], v["period"], v["first_month"], v["last_month"]) for v in variants[:4]] ==
              [("az-to-fbw", "all", "2022-01", "2024-12"), ("az-to-fbw", "2022", "2022-01", "2022-12"),
               ("az-to-fbw", "2023", "2023-01", "2023-12"), ("az-to-fbw", "2024", "2024-01", "2024-12")],
              [(v["variant"], v["period"]) for v in variants])
        _, differences = read_csv(os.path.join(out, "differences.csv"), "de")
        check({r["period"] for r in differences} == {"all", "2022", "2023", "2024"}, "every period in differences.csv")
        # The report's cards and headings name the horizon.
        html = open(os.path.join(out, "report.html"), encoding="utf-8").read()
        cards = html[html.index('class="cards"'):html.index("</div>\n<h2")]
        check("2022–2024" in cards and "P(alle Ziele in jedem Jahr erreicht)" in cards, cards[:600])
        check("az-to-fbw − lahn-dill-2022-2024, 2022–2024 (gesamter Zeitraum)" in html, "the variant's table names its period")


if __name__ == "__main__":
    main([test_az300_interval_at_least_three_times_narrower_than_independent, test_report_and_tables_in_german,
          test_several_variants_same_bytes_for_any_thread_count, test_default_output_directory,
          test_bad_input_writes_nothing, test_three_years_lead_with_the_horizon_and_name_every_period])
