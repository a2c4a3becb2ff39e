"""intsim track: actuals so far + projection of the rest of the year, early warning, bad CSV rows."""
import csv
import io
import json
import os
import subprocess

import cli_support
from cli_support import english_words, ROOT, check, intsim, main, results_bytes_without_run_facts, tempdir, validate_document

PLAN = os.path.join(ROOT, "scenarios", "lahn-dill-2022.json")
ACTUALS = os.path.join(ROOT, "scenarios", "actuals", "lahn-dill-2022-monthly.csv")
HEADER = "month,elb,ltr,integrations,integrations_women,integrations_single_parents,integrations_ltr"


def track_json(out, month="2022-05"):
    """Each tracking month writes its own folder inside the output folder."""
    return os.path.join(out, f"track-{month}", "track.json")


def data_rows():
    return [line for line in open(ACTUALS).read().splitlines() if line and not line.startswith("#")][1:]


def write(directory, name, text, encoding="utf-8"):
    path = os.path.join(directory, name)
    with open(path, "w", encoding=encoding, newline="") as f:
        f.write(text)
    return path


def test_shipped_actuals():
    with tempdir() as out:
        result = intsim("track", PLAN, "--actuals", ACTUALS, "--reps", 30, "--out", out, "--quiet")
        doc = validate_document(track_json(out), "track.schema.json")
        check(doc["actuals"]["months"] == 5 and doc["actuals"]["last_month"] == "2022-05", "five months observed")
        check(doc["restart"] == {"month": "2022-06", "months_left": 7, "stock_month": "2022-05", "elb": 10781, "ltr": 7108},
              doc["restart"])
        check(doc["year_to_date"]["integrations"] == 1092, "year to date summed")
        targets = doc["targets"]
        check(set(targets) == {"integrations_total", "integrations_women", "integrations_single_parents",
                               "integrations_ltr", "integration_rate", "ltr_avg"}, sorted(targets))
        total = targets["integrations_total"]
        check(total["year_to_date"] == 1092 and total["target"] == 2707, "target and year to date")
        check(abs(total["needed_per_month"] - (2707 - 1092) / 7) < 1e-6, f"needed {total['needed_per_month']}")
        check(abs(total["projected_per_month"] - (total["year"]["mean"] - 1092) / 7) < 1e-6, "projected per month")
        # The year is the actuals plus at least what seven months bring.
        check(total["year"]["p05"] > 1092 + 7 * 150, f"year {total['year']}")
        check(targets["ltr_avg"]["direction"] == "lower", "LZB stock: lower is better")
        check(0 <= doc["p_all_targets_met"] <= min(t["p_target_met"] for t in targets.values()), "P(all) <= each P(met)")
        # The example lies inside the plan's band every month.
        check(doc["early_warning"]["checks_outside"] == 0, json.dumps(doc["early_warning"])[:400])
        check([m["month"] for m in doc["early_warning"]["months"]] == [f"2022-0{i}" for i in range(1, 6)], "observed months")
        check([m["month"] for m in doc["projection"]] == ["2022-06", "2022-07", "2022-08", "2022-09", "2022-10",
                                                           "2022-11", "2022-12"], "projected months")
        check(doc["projection"][0]["integrations_cum"]["p05"] > 1092, "cumulative projection includes the actuals")
        # December's cumulative integrations are the year's total, counted once.
        december, year = doc["projection"][-1]["integrations_cum"], doc["indicators"]["integrations_total"]
        for key in ("mean", "p05", "p50", "p95"):
            check(abs(december[key] - year[key]) <= 1e-6 * year[key], f"December {key} {december[key]} != year {year[key]}")
        for month in doc["projection"]:
            q = month["integrations_cum"]
            check(q["p05"] <= q["p25"] <= q["p50"] <= q["p75"] <= q["p95"], f"{month['month']}: unordered {q}")
        for text in ("integrations_total", "needed/m", "early warning", "2022-05", "P(all targets met together)"):
            check(text in result.stdout, f"table shows {text}")


def test_report_and_tables_in_german_in_the_months_own_folder():
    """The default folder is the tracking month's own (out/<scenario>/track-2022-05), beside
    run's outputs; report.html and the CSV tables carry track.json's figures, in German."""
    with tempdir() as d:
        result = subprocess.run([os.path.abspath(cli_support.BINARY), "track", PLAN, "--actuals", ACTUALS,
                                 "--reps", "60", "--quiet", "--lang", "de", "--csv-dialect", "de"],
                                cwd=d, capture_output=True, text=True)
        check(result.returncode == 0, result.stderr)
        out = os.path.join(d, "out", "lahn-dill-2022", "track-2022-05")
        check(sorted(os.listdir(out)) == ["report.html", "track-months.csv", "track-targets.csv", "track.json"],
              f"files: {os.listdir(d)} {os.listdir(out) if os.path.isdir(out) else ''}")
        doc = validate_document(os.path.join(out, "track.json"), "track.schema.json")
        for word in ("Ist bis", "Integrationen", "Frühwarnung", "P(erreicht)"):
            check(word in result.stdout, f"console says {word!r}")
        rows = list(csv.DictReader(io.StringIO(open(os.path.join(out, "track-targets.csv"), encoding="utf-8-sig").read(),
                                               newline=""), delimiter=";"))
        check(sorted(r["Indikator"] for r in rows) == sorted(doc["targets"]), "a row per target (German headers)")
        for row in rows:
            t = doc["targets"][row["Indikator"]]
            check(float(row["P(Ziel erreicht)"].replace(",", ".")) == t["p_target_met"], f"{row['Indikator']} P(met)")
        months = list(csv.DictReader(io.StringIO(open(os.path.join(out, "track-months.csv"), encoding="utf-8-sig").read(),
                                                 newline=""), delimiter=";"))
        check(len(months) == 4 * len(doc["early_warning"]["months"]), "four figures a month")
        check(all(m["Ampel"] in ("green", "amber", "red") for m in months), "a light for each")
        html = open(os.path.join(out, "report.html"), encoding="utf-8").read()
        check('<html lang="de">' in html and "Monat für Monat gegenüber dem Plan" in html and "Mai 2022" in html,
              "German report with German month names")
        check(html.count('<span class="light ') == len(months), "a traffic light per observed figure")
        check('id="track-targets"' in html, "the year against its targets")
        for forbidden in ("<script", "http", "src=", "<link"):
            check(forbidden not in html, f"report.html contains {forbidden!r}")


def test_german_excel_dialect_gives_the_same_answer():
    with tempdir() as d:
        rows = [";".join(f"{int(x):,}".replace(",", ".") if x.isdigit() else x for x in row.split(","))
                for row in data_rows()]
        german = write(d, "de.csv", "\ufeff" + HEADER.replace(",", ";") + "\r\n" + "\r\n".join(rows) + "\r\n")
        check("10.872" in open(german, encoding="utf-8-sig").read(), "thousands separators in the German file")
        intsim("track", PLAN, "--actuals", german, "--reps", 8, "--out", os.path.join(d, "de"), "--quiet")
        intsim("track", PLAN, "--actuals", ACTUALS, "--reps", 8, "--out", os.path.join(d, "en"), "--quiet")
        de = json.load(open(track_json(os.path.join(d, "de"))))
        en = json.load(open(track_json(os.path.join(d, "en"))))
        for key in ("targets", "indicators", "early_warning", "projection", "year_to_date", "restart"):
            check(de[key] == en[key], f"{key} differs between dialects")


def test_same_bytes_for_any_thread_count():
    with tempdir() as d:
        texts = []
        for threads in (1, 2):
            out = os.path.join(d, str(threads))
            intsim("track", PLAN, "--actuals", ACTUALS, "--reps", 6, "--threads", threads, "--out", out, "--quiet")
            texts.append(results_bytes_without_run_facts(track_json(out)))
        check(texts[0] == texts[1], "track.json differs between thread counts")


def test_early_warning_when_far_below_plan():
    with tempdir() as d:
        low = write(d, "low.csv", HEADER + "\n2022-01,10900,7130,90,27,8,41\n2022-02,10950,7140,95,29,8,43\n")
        result = intsim("track", PLAN, "--actuals", low, "--reps", 20, "--out", os.path.join(d, "out"), "--quiet")
        doc = validate_document(track_json(os.path.join(d, "out"), "2022-02"), "track.schema.json")
        positions = [m["integrations"]["position"] for m in doc["early_warning"]["months"]]
        check(positions == ["below", "below"], positions)
        check(doc["early_warning"]["checks_outside"] >= 4, doc["early_warning"]["checks_outside"])
        check("LOW" in result.stdout, result.stdout)
        # Behind plan: more is needed per month than the plan would bring.
        total = doc["targets"]["integrations_total"]
        check(total["needed_per_month"] > total["projected_per_month"], total)
        check(total["p_target_met"] < total["plan_p_target_met"], total)


def test_german_throughout_and_plain_when_the_plan_cannot_explain_the_months():
    """Issue 24 item 3: a German report mixed in English ("the months observed lie at the
    edge...", "only 1 effective draws...: raise --reps", the level names), advised more
    replications when the actuals lie outside what the plan can explain, and every
    replication took one draw of the plan."""
    with tempdir() as d:
        low = write(d, "low.csv", HEADER + "\n2022-01,10900,7130,90,27,8,41\n2022-02,10950,7140,95,29,8,43\n"
                    "2022-03,10990,7150,90,27,8,41\n")
        out = os.path.join(d, "out")
        result = intsim("track", PLAN, "--actuals", low, "--reps", 60, "--out", out, "--quiet", "--lang", "de")
        doc = validate_document(track_json(out, "2022-03"), "track.schema.json")
        c = doc["conditioning"]
        codes = [n["code"] for n in c["notices"]]
        check("unexplained" in codes and "few_draws" not in codes, codes)
        check("lassen sich mit dem Plan nicht erklären" in result.stdout and "Prüfen Sie die Ist-Werte" in result.stdout,
              result.stdout)
        check("erhöhen Sie --reps" not in result.stdout, "no advice to raise --reps when the plan cannot explain the months")
        # The levels do not collapse onto one draw: the moves leave (almost) every one distinct.
        check(c["distinct_draws"] >= 0.5 * 60, f"distinct draws {c['distinct_draws']}")
        check("Plan: die ersten" in result.stdout, "where the plan's figures come from")
        html = open(os.path.join(out, "track-2022-03", "report.html"), encoding="utf-8").read()
        check("Integration" in result.stdout and "Zugang" in result.stdout, "level names in German")
        check(english_words(result.stdout) == [], f"English on the German console: {english_words(result.stdout)}")
        check(english_words(html) == [], f"English in the German report: {english_words(html)}")


def test_bad_rows_name_the_line_and_write_nothing():
    rows = data_rows()
    cases = [
        ("skip.csv", HEADER + "\n" + rows[0] + "\n" + rows[2] + "\n", "line 3: expected the month 2022-02"),
        ("start.csv", "# comment\n" + HEADER + "\n" + rows[1] + "\n", "line 3: expected the month 2022-01"),
        ("text.csv", HEADER + "\n" + rows[0].replace("176", "many") + "\n",
         'line 2, column 4: column "integrations": expected a whole number >= 0 or an empty cell, found "many"'),
        ("nothing.csv", HEADER + "\n" + rows[0] + "\n2022-02,,,,,,\n", "line 3: expected at least one figure for 2022-02"),
        ("ltr.csv", HEADER + "\n2022-01,100,200,1,0,0,0\n", "line 2: expected ltr <= elb"),
        ("fields.csv", HEADER + "\n" + rows[0] + "\n2022-02,10861,7133\n", "line 3: expected 7 fields"),
        ("quote.csv", HEADER + "\n" + rows[0] + "\n\"2022-02,1\n", "line 3: unclosed quote"),
        ("column.csv", HEADER.replace("ltr,", "ltrs,", 1) + "\n" + rows[0] + "\n", 'line 1: unknown column "ltrs" (did you mean "ltr"?)'),
        ("empty.csv", "", "line 1: the file is empty, expected a header line"),
    ]
    with tempdir() as d:
        out = os.path.join(d, "out")
        intsim("track", PLAN, "--actuals", ACTUALS, "--reps", 2, "--out", out, "--quiet")
        before = open(track_json(out)).read()
        for name, text, fragment in cases:
            path = write(d, name, text)
            result = intsim("track", PLAN, "--actuals", path, "--reps", 2, "--out", out, "--quiet", check=False)
            check(result.returncode == 2, f"{name}: exit {result.returncode}: {result.stderr}")
            check(result.stderr.startswith(f"intsim: {path}: {fragment}"), f"{name}: {result.stderr!r}")
            check(result.stderr.count("\n") == 1, f"{name}: one line: {result.stderr!r}")
            check(open(track_json(out)).read() == before, f"{name}: existing track.json overwritten")
            check(sorted(os.listdir(out)) == ["track-2022-05"], f"{name}: stray files {os.listdir(out)}")
            check(sorted(os.listdir(os.path.join(out, "track-2022-05"))) ==
                  ["report.html", "track-months.csv", "track-targets.csv", "track.json"], f"{name}: stray files")
        result = intsim("track", PLAN, "--actuals", os.path.join(d, "nope.csv"), "--out", out, check=False)
        check(result.returncode == 2 and "nope.csv: cannot open" in result.stderr, result.stderr)
        result = intsim("track", PLAN, "--out", out, check=False)
        check(result.returncode == 2 and "--actuals" in result.stderr, result.stderr)


def test_actuals_as_they_arrive():
    """Stocks to May, integrations to February only, no subgroup columns: the open cells
    come from the projection, the likelihood and the early warning use what is there."""
    rows = [row.split(",") for row in data_rows()]
    lines = ["month,elb,ltr,integrations"]
    for i, row in enumerate(rows):
        lines.append(",".join([row[0], row[1], row[2], row[3] if i < 2 else ""]))
    with tempdir() as d:
        path = write(d, "partial.csv", "\n".join(lines) + "\n")
        out = os.path.join(d, "out")
        result = intsim("track", PLAN, "--actuals", path, "--reps", 20, "--out", out, "--quiet")
        doc = validate_document(track_json(out), "track.schema.json")
        check(doc["actuals"]["columns"] == ["elb", "ltr", "integrations"], doc["actuals"])
        ytd = doc["year_to_date"]
        check(ytd["integrations"] == 176 + 208 and ytd["months"]["integrations"] == 2, ytd)
        check(ytd["integrations_women"] is None and ytd["months"]["elb"] == 5, ytd)
        total = doc["targets"]["integrations_total"]
        check(total["open_months"] == 10 and total["year_to_date"] == 384, total)
        check(abs(total["needed_per_month"] - (2707 - 384) / 10) < 1e-6, total)
        # March to May: integrations are not known yet, so they are projected.
        check(total["year"]["p05"] > 384 + 10 * 150, total["year"])
        check(doc["targets"]["integrations_women"]["year_to_date"] is None, doc["targets"]["integrations_women"])
        months = doc["early_warning"]["months"]
        check([m["integrations"] is None for m in months] == [False, False, True, True, True], months)
        check(months[4]["elb"]["observed"] == 10781 and months[2]["integrations_cum"] is None, months[4])
        check("2022-05" in result.stdout, result.stdout)


def key_figure_file(directory, with_previous_year):
    """The shipped months in the BA's key-figure shape: integrations as rolling 12-month
    sums (K2's numerator), the LZB stock; a made-up 2021 of 2,575 integrations (the seed's
    2021 total) split by the plan's season. With the previous year, its months are rows."""
    season = [0.8, 0.95, 1.1, 1.1, 1.05, 1.0, 0.95, 1.1, 1.1, 1.05, 0.95, 0.85]
    last_year = [round(2575 * x / sum(season)) for x in season]
    last_year[-1] += 2575 - sum(last_year)
    lines = ["month,integrations,integrations_12m,ltr"]
    if with_previous_year:
        for m in range(1, 12):
            lines.append(f"2021-{m:02d},{last_year[m - 1]},,")
    lines.append(f"2021-12,{last_year[11] if with_previous_year else ''},2575,7110")
    rolling = 2575
    for m, row in enumerate(data_rows()):
        fields = row.split(",")
        rolling += int(fields[3]) - last_year[m]
        lines.append(f"{fields[0]},,{rolling},{fields[2]}")
    return write(directory, f"k2-{with_previous_year}.csv", "\n".join(lines) + "\n")


def test_key_figures_of_the_ba():
    with tempdir() as d:
        for with_previous_year in (True, False):
            out = os.path.join(d, f"out-{with_previous_year}")
            path = key_figure_file(d, with_previous_year)
            result = intsim("track", PLAN, "--actuals", path, "--reps", 10, "--out", out, "--quiet")
            doc = validate_document(track_json(out), "track.schema.json")
            check(doc["actuals"]["months"] == 5 and doc["actuals"]["last_month"] == "2022-05", doc["actuals"])
            ytd = doc["year_to_date"]
            notes = doc["actuals"]["notes"]
            check(len(notes) == 1 and "integrations of 2022-01 to 2022-05 from integrations_12m" in notes[0], notes)
            if with_previous_year:
                # The previous year's months make the differences exact: the shipped months.
                check(ytd["integrations"] == 1092, ytd)
                check("as the file gives it" in notes[0], notes)
            else:
                # Estimated by the season: the same 2021 split, so close, not exact.
                check(abs(ytd["integrations"] - 1092) < 5, ytd)
                check("estimated as the scenario's season share" in notes[0], notes)
                check("note: integrations of 2022-01 to 2022-05" in result.stdout, result.stdout)
            check(ytd["elb_last"] is None and ytd["ltr_last"] == 7108, ytd)
            check(doc["restart"]["stock_month"] == "2022-05" and doc["restart"]["elb"] is None, doc["restart"])
            # Issue 24 item 3: the notes on derived months were English in a German report.
            german = os.path.join(d, f"de-{with_previous_year}")
            result = intsim("track", PLAN, "--actuals", path, "--reps", 10, "--out", german, "--quiet", "--lang", "de")
            html = open(os.path.join(german, "track-2022-05", "report.html"), encoding="utf-8").read()
            check("Hinweis: Integrationen für 2022-01 bis 2022-05 aus integrations_12m" in result.stdout, result.stdout)
            check('id="derived-figures"' in html and "Integrationen für 2022-01 bis 2022-05" in html, "report's note")
            check(english_words(result.stdout) == [], f"English on the German console: {english_words(result.stdout)}")
            check(english_words(html) == [], f"English in the German report: {english_words(html)}")


def test_history_over_the_months():
    """Each month keeps its folder; the latest shows how P(met) and the year moved, read
    from the earlier ones; what does not belong is skipped with its reason."""
    rows = data_rows()
    with tempdir() as d:
        out = os.path.join(d, "out")
        run_dir = os.path.join(out, "results-of-run")
        os.makedirs(run_dir)
        write(run_dir, "results.json", "{}")  # another command's output stays untouched
        for months in (3, 4):
            path = write(d, f"m{months}.csv", HEADER + "\n" + "\n".join(rows[:months]) + "\n")
            intsim("track", PLAN, "--actuals", path, "--reps", 12, "--out", out, "--quiet")
        # A folder of another version of the plan, one that is not a result, a later month.
        path = write(d, "m2.csv", HEADER + "\n" + "\n".join(rows[:2]) + "\n")
        intsim("track", PLAN, "--actuals", path, "--reps", 12, "--out", out, "--quiet", "--set", "inflow.monthly_mean=500")
        os.makedirs(os.path.join(out, "track-2022-01"))
        write(os.path.join(out, "track-2022-01"), "track.json", "{not json")
        later = os.path.join(out, "track-2022-11")
        os.makedirs(later)
        april = open(track_json(out, "2022-04")).read()
        result = intsim("track", PLAN, "--actuals", ACTUALS, "--reps", 12, "--out", out, "--quiet")
        check(sorted(os.listdir(out)) == ["results-of-run", "track-2022-01", "track-2022-02", "track-2022-03",
                                          "track-2022-04", "track-2022-05", "track-2022-11"], os.listdir(out))
        check(open(track_json(out, "2022-04")).read() == april, "an earlier month was rewritten")
        check(open(os.path.join(run_dir, "results.json")).read() == "{}", "another command's output was touched")
        doc = validate_document(track_json(out), "track.schema.json")
        history = doc["history"]
        check([m["month"] for m in history["months"]] == ["2022-03", "2022-04", "2022-05"], history["months"])
        check(history["months"][-1]["folder"] == "track-2022-05", history["months"][-1])
        now = history["months"][-1]
        check(now["p_target_met"]["integrations_total"] == doc["targets"]["integrations_total"]["p_target_met"], now)
        check(now["year"]["ltr_avg"]["mean"] == doc["targets"]["ltr_avg"]["year"]["mean"], now)
        march = json.load(open(track_json(out, "2022-03")))
        check(history["months"][0]["p_target_met"] == {k: v["p_target_met"] for k, v in march["targets"].items()},
              history["months"][0])
        skipped = {s["folder"]: s["reason"] for s in history["skipped"]}
        check(set(skipped) == {"track-2022-01", "track-2022-02", "track-2022-11"}, skipped)
        check("not a JSON object" in skipped["track-2022-01"], skipped)
        check("another version of the scenario" in skipped["track-2022-02"], skipped)
        check("a later month" in skipped["track-2022-11"], skipped)
        for text in ("history, the plan and each month tracked so far", "P(met) integrations_total",
                     "year integrations_total", "2022-03", "history: skipped track-2022-02"):
            check(text in result.stdout, f"table shows {text}: {result.stdout}")


def test_a_plan_of_three_years_is_tracked_over_every_year():
    """Issue 24 item 4: track of a multi-year plan reported its first year only. The months
    observed belong to 2022; the tracked year stays byte for byte the one-year plan's answer
    (its first-year draws are the same), and 2023, 2024 and the whole horizon follow from the
    same replications, each naming its period, on the console, in track.json, track-years.csv
    and report.html. The plan's figures of each year are checked against `intsim run` of the
    plan with the same seed and replications (another code path: the run's own summaries)."""
    three_years = os.path.join(ROOT, "scenarios", "lahn-dill-2022-2024.json")
    with tempdir() as out:
        intsim("track", PLAN, "--actuals", ACTUALS, "--reps", 30, "--out", os.path.join(out, "one"), "--quiet")
        result = intsim("track", three_years, "--actuals", ACTUALS, "--reps", 30, "--out", os.path.join(out, "three"),
                        "--quiet")
        intsim("run", three_years, "--reps", 30, "--seed", 1, "--out", os.path.join(out, "run"), "--quiet")
        one = json.load(open(track_json(os.path.join(out, "one"))))
        three = validate_document(track_json(os.path.join(out, "three")), "track.schema.json")
        run = json.load(open(os.path.join(out, "run", "results.json")))
        check("years" not in one and "horizon" not in one, "a one-year plan's track.json is as it was")
        check(not os.path.exists(os.path.join(out, "one", "track-2022-05", "track-years.csv")), "no years table for one year")
        years, horizon = three.pop("years"), three.pop("horizon")
        check(three["projection"][-1]["month"] == "2022-12", "the monthly projection is the tracked year's")
        for doc in (one, three):
            doc.pop("scenario")
            for key in ("wall_seconds", "threads", "person_months"):
                doc["run"].pop(key)
        check(one == three, "a three-year plan tracks its first year as the one-year plan")

        check([y["year"] for y in years] == [2022, 2023, 2024], [y["year"] for y in years])
        check([y["basis"] for y in years] == ["actuals and projection", "projection", "projection"], "basis")
        check([y["observed_months"] for y in years] == [5, 0, 0], "observed months")
        check((horizon["first_month"], horizon["last_month"], horizon["months"]) == ("2022-01", "2024-12", 36), horizon)
        # The first year is the document's top level.
        first = years[0]
        check(first["p_all_targets_met"] == three["p_all_targets_met"], "the tracked year's P(all)")
        for name, target in three["targets"].items():
            check(first["targets"][name]["p_target_met"] == target["p_target_met"], name)
            check(first["targets"][name]["value"] == target["year"], name)
        # Later years: projected, their ranges wider than the tracked year's, with their own targets.
        for y in years[1:]:
            check(len(y["targets"]) > 0, f"{y['year']} has targets")
            width = y["indicators"]["integrations_total"]["p95"] - y["indicators"]["integrations_total"]["p05"]
            tracked = first["indicators"]["integrations_total"]["p95"] - first["indicators"]["integrations_total"]["p05"]
            check(width > tracked, f"{y['year']}: a projected year is less certain than the tracked one")
        # The plan's own figures of each year and the horizon are the plan's run's.
        for y, r in zip(years, run["years"]):
            check(y["plan_p_all_targets_met"] == r["p_all_targets_met"], f"{y['year']} plan P(all)")
            for name, t in y["targets"].items():
                check(t["plan_p_target_met"] == r["indicators"][name]["p_target_met"], f"{y['year']} {name} plan P")
                check(t["plan_value"]["mean"] == r["indicators"][name]["mean"], f"{y['year']} {name} plan mean")
        check(horizon["plan_p_all_targets_met_every_year"] == run["p_all_targets_met_every_year"], "plan P(every year)")
        check(horizon["indicators"]["integrations_total"]["plan"]["mean"] == run["horizon"]["indicators"]["integrations_total"]["mean"],
              "the plan's horizon")
        # The horizon's integrations are the years' summed in each replication, so their means add up.
        total = sum(y["indicators"]["integrations_total"]["mean"] for y in years)
        check(abs(horizon["indicators"]["integrations_total"]["mean"] - total) <= 1e-6 * total, f"horizon {total}")
        check(horizon["indicators"]["integrations_total"]["p05"] > 1092, "the horizon counts the actuals")
        # Every year's targets in the same replication: at most each year's P(all), at least
        # what the union bound leaves.
        every = horizon["p_all_targets_met_every_year"]
        p_years = [y["p_all_targets_met"] for y in years]
        check(max(0.0, 1 - sum(1 - p for p in p_years)) - 1e-9 <= every <= min(p_years) + 1e-9, f"{every} {p_years}")

        # The years table holds the same figures, each row naming its period.
        folder = os.path.join(out, "three", "track-2022-05")
        rows = list(csv.DictReader(open(os.path.join(folder, "track-years.csv"), encoding="utf-8")))
        check({r["period"] for r in rows} == {"2022", "2023", "2024", "2022-2024"}, {r["period"] for r in rows})
        by = {(r["period"], r["indicator"]): r for r in rows}
        check(float(by[("2023", "integrations_total")]["mean"]) == years[1]["indicators"]["integrations_total"]["mean"],
              "csv 2023")
        check(float(by[("2022-2024", "all_targets_every_year")]["p_target_met"]) == every, "csv every year")
        check(by[("2024", "integrations_total")]["basis"] == "projection", "csv basis")
        for text in ("tracked year 2022", "2022–2024 (whole horizon)", "P(all targets met in every year 2022–2024)",
                     "projection"):
            check(text in result.stdout, f"console shows {text}")
        check(result.stdout.index("whole horizon") < result.stdout.index("early warning"), "the horizon leads")
        html = open(os.path.join(folder, "report.html"), encoding="utf-8").read()
        for text in ('id="track-years"', "All targets in every year 2022–2024", "Targets of the tracked year 2022"):
            check(text in html, f"report shows {text}")
        check(html.index("All targets in every year") < html.index("All targets met at once"), "the horizon's card leads")
        # In German, German throughout.
        german = intsim("track", three_years, "--actuals", ACTUALS, "--reps", 30, "--out", os.path.join(out, "de"),
                        "--quiet", "--lang", "de")
        html = open(os.path.join(out, "de", "track-2022-05", "report.html"), encoding="utf-8").read()
        check("gesamter Zeitraum" in german.stdout and "Alle Ziele in jedem Jahr 2022–2024" in html, "German periods")
        check(english_words(german.stdout) == [], f"English on the German console: {english_words(german.stdout)}")
        check(english_words(html) == [], f"English in the German report: {english_words(html)}")


if __name__ == "__main__":
    main([test_shipped_actuals, test_report_and_tables_in_german_in_the_months_own_folder,
          test_german_excel_dialect_gives_the_same_answer, test_same_bytes_for_any_thread_count,
          test_early_warning_when_far_below_plan, test_german_throughout_and_plain_when_the_plan_cannot_explain_the_months,
          test_bad_rows_name_the_line_and_write_nothing,
          test_actuals_as_they_arrive, test_key_figures_of_the_ba, test_history_over_the_months,
          test_a_plan_of_three_years_is_tracked_over_every_year])
