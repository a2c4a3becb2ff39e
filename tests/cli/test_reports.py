"""intsim run's report files: which are written, CSV numbers against results.json, the
German CSV dialect, and a self-contained report.html (the browser test renders it)."""
import csv
import io
import json
import os
import re

from cli_support import ROOT, check, intsim, main, tempdir, validate_results

SCENARIO = os.path.join(ROOT, "scenarios", "lahn-dill-2022.json")
ALL_FILES = ["results.json", "indicators.csv", "years.csv", "monthly.csv", "measures.csv", "report.html"]
QUANTILE_KEYS = ["mean", "p05", "p25", "p50", "p75", "p95"]


def run(out, *extra, reps=30):
    return intsim("run", SCENARIO, "--reps", reps, "--seed", 3, "--out", out, "--quiet", *extra)


def read_csv(path, dialect):
    """Rows of a CSV as dicts, numbers converted with the dialect's decimal mark."""
    raw = open(path, "rb").read()
    bom = raw.startswith(b"\xef\xbb\xbf")
    text = raw.decode("utf-8-sig")
    separator, decimal = (";", ",") if dialect == "de" else (",", ".")
    rows = list(csv.DictReader(io.StringIO(text, newline=""), delimiter=separator))

    def value(cell):
        try:
            return float(cell.replace(decimal, "."))
        except ValueError:
            return cell
    return bom, text, [{k: value(v) for k, v in row.items()} for row in rows]


def test_all_files_by_default_and_summary_names_them():
    with tempdir() as out:
        result = run(out)
        for name in ALL_FILES:
            check(os.path.getsize(os.path.join(out, name)) > 0, f"{name} written")
            check(f"wrote {os.path.join(out, name)}" in result.stdout, f"summary names {name}")
        check("integrations_total" in result.stdout and "P(met)" in result.stdout, "summary table kept")
        check(sorted(os.listdir(out)) == sorted(ALL_FILES), f"no stray files: {os.listdir(out)}")
        doc = validate_results(os.path.join(out, "results.json"))
        q = doc["monthly"][5]["elb"]
        check(q["p05"] <= q["p25"] <= q["p50"] <= q["p75"] <= q["p95"], f"quartiles in order {q}")


def test_format_chooses_the_files():
    with tempdir() as out:
        run(os.path.join(out, "json"), "--format", "json")
        check(os.listdir(os.path.join(out, "json")) == ["results.json"], "--format json writes only results.json")
        run(os.path.join(out, "csv-html"), "--format", "csv,html")
        check(sorted(os.listdir(os.path.join(out, "csv-html"))) ==
              sorted(["indicators.csv", "years.csv", "monthly.csv", "measures.csv", "report.html"]), "--format csv,html")
        for bad in (["--format", "pdf"], ["--csv-dialect", "fr"], ["--locale", "xx"]):
            result = intsim("run", SCENARIO, "--reps", 5, "--out", os.path.join(out, "bad"), "--quiet", *bad,
                            check=False)
            check(result.returncode == 2, f"{bad} is a usage error, got {result.returncode}")
            check(not os.path.exists(os.path.join(out, "bad")), f"{bad} writes nothing")


def test_a_folder_holds_only_the_last_runs_files():
    """run --format json after a run with all formats: the earlier report.html and CSV
    tables leave in the same step as results.json is replaced; a failed run keeps them all,
    and files of other names are never touched."""
    with tempdir() as d:
        out = os.path.join(d, "out")
        run(out, reps=10)
        open(os.path.join(out, "notes.txt"), "w").write("mine")
        bad = intsim("run", SCENARIO, "--reps", 10, "--out", out, "--quiet", "--format", "json",
                     "--set", "months=0", check=False)
        check(bad.returncode == 2, bad.stderr)
        check(sorted(os.listdir(out)) == sorted(ALL_FILES + ["notes.txt"]), f"a failed run keeps all: {os.listdir(out)}")
        run(out, "--format", "json", reps=12)
        check(sorted(os.listdir(out)) == ["notes.txt", "results.json"], f"only this run's files: {os.listdir(out)}")
        check(json.load(open(os.path.join(out, "results.json")))["run"]["replications"] == 12, "the new results")
        run(out, "--format", "csv", reps=12)
        check(sorted(os.listdir(out)) == sorted(["indicators.csv", "years.csv", "monthly.csv", "measures.csv", "notes.txt"]),
              f"--format csv: {os.listdir(out)}")


def test_csv_numbers_equal_json_numbers():
    with tempdir() as out:
        run(out)
        doc = json.load(open(os.path.join(out, "results.json")))
        _, _, indicators = read_csv(os.path.join(out, "indicators.csv"), "en")
        check(sorted(row["indicator"] for row in indicators) == sorted(doc["indicators"]), "one row per indicator")
        for row in indicators:
            ind = doc["indicators"][row["indicator"]]
            for key in ("mean", "sd", "mc_se", "p05", "p25", "p50", "p75", "p95", "min", "max", "p_target_met"):
                expected = ind[key] if ind[key] is not None else ""
                check(row[key] == expected, f"{row['indicator']}.{key}: csv {row[key]!r} json {ind[key]!r}")
            for key in ("p80", "p90"):
                expected = ind["offer"][key] if ind["offer"][key] is not None else ""
                check(row["offer_" + key] == expected, f"{row['indicator']}.offer_{key}")
            check((ind["offer"]["p80"] is None) == (not ind["directed"]), f"{row['indicator']}: an offer only with a direction")
            check(row["direction"] == ind["direction"], "direction")
        _, _, monthly = read_csv(os.path.join(out, "monthly.csv"), "en")
        check(len(monthly) == len(doc["monthly"]) == 12, "12 months")
        for row, month in zip(monthly, doc["monthly"]):
            check(row["month"] == month["month"], "month")
            for quantity in ("elb", "ltr", "integrations", "integrations_cum", "inflow", "spend_cum"):
                for key in QUANTILE_KEYS:
                    check(row[f"{quantity}_{key}"] == month[quantity][key],
                          f"{month['month']} {quantity}_{key}: {row[f'{quantity}_{key}']} vs {month[quantity][key]}")
        _, _, measures = read_csv(os.path.join(out, "measures.csv"), "en")
        check([m["id"] for m in measures] == [m["id"] for m in doc["measures"]], "one row per measure")
        for row, measure in zip(measures, doc["measures"]):
            check(row["name"] == measure["name"], f"name {row['name']!r}")
            for quantity in ("entries", "women_share_entries", "occupancy_avg", "spend", "integrations_after"):
                for key in QUANTILE_KEYS:
                    check(row[f"{quantity}_{key}"] == measure[quantity][key], f"{measure['id']} {quantity}_{key}")


def test_german_dialect_has_bom_semicolons_and_decimal_commas():
    with tempdir() as out:
        en, de = os.path.join(out, "en"), os.path.join(out, "de")
        run(en, "--format", "csv")
        run(de, "--format", "csv", "--csv-dialect", "de")
        for name in ("indicators.csv", "years.csv", "monthly.csv", "measures.csv"):
            bom_en, text_en, rows_en = read_csv(os.path.join(en, name), "en")
            bom_de, text_de, rows_de = read_csv(os.path.join(de, name), "de")
            check(not bom_en and bom_de, f"{name}: BOM only in the German dialect")
            header = text_de.splitlines()[0]
            check(";" in header and "," not in header, f"{name}: German header uses ';': {header[:60]}")
            check(re.search(r";-?\d+,\d+(;|\r?$)", text_de, re.M), f"{name}: decimal commas in the German file")
            check(not re.search(r"\d\.\d", text_de), f"{name}: no decimal points in the German file")
            # The same cells in the same columns: German headers, ja/nein for true/false.
            flags = {"true": "ja", "false": "nein"}
            cells_en = [[flags.get(v, v) if isinstance(v, str) else v for v in row.values()] for row in rows_en]
            check(cells_en == [list(row.values()) for row in rows_de], f"{name}: both dialects read back to the same values")
            check(list(rows_de[0])[0] in ("Indikator", "Jahr", "Monat", "ID"), f"{name}: German headers {list(rows_de[0])[:3]}")
        # The German file opens in Excel as UTF-8 thanks to the BOM: names keep their umlauts.
        check("Eingliederungszuschüsse" in open(os.path.join(de, "measures.csv"), encoding="utf-8-sig").read(), "UTF-8")


def test_report_html_is_self_contained_and_localised():
    with tempdir() as out:
        en, de = os.path.join(out, "en"), os.path.join(out, "de")
        run(en, "--format", "html,json")
        run(de, "--format", "html", "--locale", "de")
        html = open(os.path.join(en, "report.html"), encoding="utf-8").read()
        check(html.startswith("<!DOCTYPE html>"), "an HTML document")
        for forbidden in ("<script", "http", "src=", "<link", "@import", "url("):
            check(forbidden not in html, f"report.html contains {forbidden!r}")
        for chart in ("chart-integrations", "chart-ltr", "chart-elb", "chart-spend", "budget-bar"):
            check(re.search(rf'<svg id="{chart}"', html), f"svg {chart}")
        check(html.count('class="band-outer"') == 4 and html.count('class="band-inner"') == 4, "fan bands")
        check('<table id="indicators"' in html and '<table id="measures"' in html, "tables")
        check("@media print" in html, "print rules")
        doc = json.load(open(os.path.join(en, "results.json")))
        check(doc["scenario"]["sha256"] in html, "scenario sha256 shown")
        mean = round(doc["indicators"]["integrations_total"]["mean"])
        check(f"{mean:,}" in html, f"English grouping {mean:,}")
        german = open(os.path.join(de, "report.html"), encoding="utf-8").read()
        check(f"{mean:,}".replace(",", ".") in german, "German grouping")
        check(re.search(r">\d{1,2},\d<", german), "German decimal comma in the tables")


def test_measure_names_in_the_reports_language():
    """label_de: the measure's German name in a German report, its name in an English one
    (issue 24 item 5: measure names stayed English in a German report)."""
    with tempdir() as d:
        scenario = os.path.join(d, "labelled.json")
        json.dump({"extends": SCENARIO, "measures": {"jobaktiv": {"label_de": "JobAktiv-Testname (GWAB)"}}},
                  open(scenario, "w"))
        for lang in ("en", "de"):
            intsim("run", scenario, "--reps", 10, "--quiet", "--format", "html", "--lang", lang,
                   "--out", os.path.join(d, lang))
        english = open(os.path.join(d, "en", "report.html"), encoding="utf-8").read()
        german = open(os.path.join(d, "de", "report.html"), encoding="utf-8").read()
        check("JobAktiv-Testname (GWAB)" in german and "JobAktiv (GWAB), both sites" not in german, "German name")
        check("JobAktiv (GWAB), both sites" in english and "JobAktiv-Testname" not in english, "English name")


def test_report_files_do_not_depend_on_threads():
    with tempdir() as out:
        texts = []
        for threads in (1, 2):
            path = os.path.join(out, str(threads))
            intsim("run", SCENARIO, "--reps", 20, "--seed", 5, "--threads", threads, "--out", path, "--quiet")
            texts.append([open(os.path.join(path, n), "rb").read() for n in ALL_FILES[1:]])
        check(texts[0] == texts[1], "CSV and HTML bytes differ between thread counts")


if __name__ == "__main__":
    main([test_all_files_by_default_and_summary_names_them, test_format_chooses_the_files,
          test_a_folder_holds_only_the_last_runs_files,
          test_csv_numbers_equal_json_numbers, test_german_dialect_has_bom_semicolons_and_decimal_commas,
          test_report_html_is_self_contained_and_localised, test_measure_names_in_the_reports_language, test_report_files_do_not_depend_on_threads])
