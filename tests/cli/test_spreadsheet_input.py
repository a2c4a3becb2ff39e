"""The controller's own spreadsheets as Excel saves them (issue 26): German headers, ';',
decimal comma, thousands points, dates as 01.05.2025 or "Mai 2025", a byte-order mark
and CRLF give the same answer as the plain English file; a number that reads two ways
("6,000") is refused naming file, line and column, with nothing written; `init --lang de`
is German from the first command on, and the German tables it writes carry German
headers and ja/nein and are read back by intsim's own reader where it reads that shape."""
import csv
import io
import json
import os
import shutil

from cli_support import ROOT, check, intsim, main, tempdir

TEMPLATE_DIR = os.path.join(ROOT, "scenarios", "own-jobcenter")
CATALOGUE = os.path.join(ROOT, "scenarios", "effects", "catalogue.json")
PLAN = os.path.join(ROOT, "tests", "golden", "scenarios", "small-programme.json")
BOM = "\ufeff"

GERMAN_MEASURE_HEADER = {"id": "ID", "name": "Name", "type": "Typ", "capacity": "Kapazität", "unit": "Einheit",
                         "duration_months": "Dauer Monate", "cost": "Kosten", "cost_unit": "Kostenbasis",
                         "fixed_cost": "Fixkosten", "funded_by": "Finanzierung", "eligible": "Zielgruppe",
                         "effect": "Wirkung", "lock_in": "Lock-in", "post": "Nachwirkung",
                         "post_months": "Nachwirkung Monate", "end": "Ende", "source": "Quelle"}


def key_figures_in(d, measures_text):
    """The shipped template in `d` with its measure table replaced by `measures_text`."""
    doc = json.load(open(os.path.join(TEMPLATE_DIR, "keyfigures-template.json"), encoding="utf-8"))
    doc["effects_catalogue"] = os.path.relpath(CATALOGUE, d)
    doc["measures"] = "measures.csv"
    path = os.path.join(d, "keyfigures.json")
    json.dump(doc, open(path, "w", encoding="utf-8"), indent=1)
    with open(os.path.join(d, "measures.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(measures_text)
    return path


def template_rows():
    text = open(os.path.join(TEMPLATE_DIR, "measures-template.csv"), encoding="utf-8-sig").read()
    lines = [line for line in text.splitlines() if line and not line.startswith("#")]
    return lines[0].split(";"), [line.split(";") for line in lines[1:]]


def german_measures(cost_of_egz=None):
    """The template's table as a German Excel user writes it: German headers, CRLF, a BOM,
    and the first measure ending "Dezember 2025"."""
    header, rows = template_rows()
    end = header.index("end")
    rows[0][end] = "Dezember 2025"
    if cost_of_egz:
        egz = next(r for r in rows if r[0] == "egz")
        egz[header.index("cost")] = cost_of_egz
    lines = [";".join(GERMAN_MEASURE_HEADER[h] for h in header)] + [";".join(r) for r in rows]
    return BOM + "\r\n".join(lines) + "\r\n"


def english_measures():
    """The same table in the plain dialect: ',' and a decimal point, no thousands points."""
    header, rows = template_rows()
    rows[0][header.index("end")] = "2025-12"
    plain = []
    for row in rows:
        cells = []
        for cell in row:
            number = cell.replace(".", "").replace(",", ".")
            cells.append(number if number.replace(".", "").isdigit() else f'"{cell}"' if "," in cell else cell)
        plain.append(",".join(cells))
    return ",".join(header) + "\n" + "\n".join(plain) + "\n"


def read_german_csv(path):
    text = open(path, encoding="utf-8", newline="").read()
    check(text.startswith(BOM) and "\r\n" in text, f"{path}: BOM and CRLF for Excel")
    return list(csv.DictReader(io.StringIO(text[1:], newline=""), delimiter=";"))


def test_init_reads_a_german_measure_table_as_the_english_one_and_speaks_german():
    with tempdir() as d:
        de_dir, en_dir = os.path.join(d, "de"), os.path.join(d, "en")
        os.makedirs(de_dir)
        os.makedirs(en_dir)
        de = intsim("init", key_figures_in(de_dir, german_measures()), "--out", os.path.join(de_dir, "out"),
                    "--reps", 20, "--calibration-reps", 40, "--quiet", "--lang", "de")
        en = intsim("init", key_figures_in(en_dir, english_measures()), "--out", os.path.join(en_dir, "out"),
                    "--reps", 20, "--calibration-reps", 40, "--quiet")
        # The same programme: the scenarios agree but for the folder named in sources.
        for name in ("musterstadt-2024.json", "musterstadt-2025.json"):
            from_de = json.load(open(os.path.join(de_dir, "out", name)))
            from_en = json.load(open(os.path.join(en_dir, "out", name)))
            check(json.loads(json.dumps(from_de).replace(de_dir, en_dir)) == from_en,
                  f"{name}: the German table sets up what the English one does")
        base = json.load(open(os.path.join(de_dir, "out", "musterstadt-2024.json")))
        check(base["measures"]["aktivierung"].get("end") == "2025-12", base["measures"]["aktivierung"])
        for word in ("Basisjahr", "welche Kennzahlen welche Parameter bestimmen", "Runde 1", "trifft jede Kennzahl",
                     "Simulationsläufe", "Zielangebot p80", "geschrieben:", "weiter: intsim validate"):
            check(word in de.stdout, f"German console: {word!r} in\n{de.stdout[:3000]}")
        for word in ("base year", "round 1", "wrote ", "replications"):
            check(word not in de.stdout, f"English {word!r} in the German console")
        check("round 1" in en.stdout and "wrote " in en.stdout, "the English console stays English")
        # German tables: German headers, ja/nein, numbers with a decimal comma.
        run_dir = os.path.join(de_dir, "out", "musterstadt-2025")
        indicators = read_german_csv(os.path.join(run_dir, "indicators.csv"))
        check(list(indicators[0])[:3] == ["Indikator", "Mittelwert", "Standardabweichung"], list(indicators[0]))
        years = read_german_csv(os.path.join(run_dir, "years.csv"))
        check({row["Teiljahr"] for row in years} <= {"ja", "nein"}, "ja/nein in years.csv")
        html = open(os.path.join(run_dir, "report.html"), encoding="utf-8").read()
        check('<html lang="de">' in html, "a German report.html")
        # What init writes in German, calibrate reads: its indicators as yearly actuals
        # ("Indikator;Wert", the median as the value: counts are whole) give a calibrated patch.
        actuals = os.path.join(d, "jahreswerte.csv")
        with open(actuals, "w", encoding="utf-8", newline="") as f:
            f.write(BOM + "Indikator;Wert\r\n")
            for row in indicators:
                if row["Indikator"] in ("integrations_total", "ltr_end"):
                    f.write(f"{row['Indikator']};{row['p50']}\r\n")
        out = os.path.join(d, "calibrated.json")
        intsim("calibrate", os.path.join(de_dir, "out", "musterstadt-2025.json"), "--actuals", actuals, "--out", out,
               "--reps", 40, "--quiet")
        check(os.path.exists(out), "calibrate read the German actuals")


def test_an_ambiguous_cost_is_refused_with_both_readings_and_nothing_written():
    with tempdir() as d:
        out = os.path.join(d, "out")
        result = intsim("init", key_figures_in(d, german_measures(cost_of_egz="6,000")), "--out", out, "--quiet",
                        "--lang", "de", check=False)
        check(result.returncode == 2, f"exit {result.returncode}: {result.stderr}")
        message = result.stderr.strip()
        check(message.count("\n") == 0, f"one line: {message}")
        check("measures.csv: line 5, column 7:" in message, message)
        check('"cost" ("Kosten")' in message and "as 6 with a German decimal comma" in message
              and "as 6000 with an English thousands separator" in message, message)
        check(not os.path.exists(out), "nothing written")


def test_track_reads_german_months_and_headers_as_the_english_file():
    rows = [("2022-01", "01.01.2022", 1500, 900, 20, 7), ("2022-02", "Februar 2022", 1510, 905, 21, 8),
            ("2022-03", "31.03.2022", 1498, 902, 19, 6)]
    with tempdir() as d:
        en = os.path.join(d, "en.csv")
        with open(en, "w", encoding="utf-8") as f:
            f.write("month,elb,ltr,integrations,integrations_women\n")
            f.writelines(f"{r[0]},{r[2]},{r[3]},{r[4]},{r[5]}\n" for r in rows)
        de = os.path.join(d, "de.csv")
        with open(de, "w", encoding="utf-8", newline="") as f:
            f.write(BOM + "Monat;eLb;LZB;Integrationen;Integrationen Frauen\r\n")
            f.writelines(f"{r[1]};{r[2]:,};{r[3]};{r[4]};{r[5]}\r\n".replace(",", ".") for r in rows)
        check("1.500" in open(de, encoding="utf-8").read(), "thousands points in the German file")
        docs = {}
        for name, path in (("en", en), ("de", de)):
            out = os.path.join(d, "out-" + name)
            intsim("track", PLAN, "--actuals", path, "--reps", 8, "--quiet", "--out", out, "--format", "json")
            doc = json.load(open(os.path.join(out, "track-2022-03", "track.json")))
            for key in ("actuals", "run"):
                doc.pop(key, None)
            docs[name] = doc
        check(docs["de"] == docs["en"], "the German file gives the English file's answer")


if __name__ == "__main__":
    main([test_init_reads_a_german_measure_table_as_the_english_one_and_speaks_german,
          test_an_ambiguous_cost_is_refused_with_both_readings_and_nothing_written,
          test_track_reads_german_months_and_headers_as_the_english_file])
