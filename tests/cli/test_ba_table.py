"""The BA's key-figure table of every jobcenter as track's input (issue 26 item 1): the
jobcenter picked by its id, its months by the table's own month column, the columns mapped
by the shipped layout file; the answer is the one track gives for the same figures
extracted by hand (here, by this test, independently of intsim's code path) into the
monthly key-figure shape. Bad tables (an id not in the table, a jobcenter's month twice, a
column the layout names missing) are refused naming file, line and column, nothing written.
The table is tests/data/ba-table-synthetic.csv (tools/make_ba_table.py): synthetic."""
import csv
import io
import json
import os

from cli_support import ROOT, check, intsim, main, tempdir

TABLE = os.path.join(ROOT, "tests", "data", "ba-table-synthetic.csv")
LAYOUT = os.path.join(ROOT, "scenarios", "ba-tables", "layout-2025.json")
PLAN = os.path.join(ROOT, "tests", "golden", "scenarios", "small-programme.json")


def table_rows():
    text = open(TABLE, encoding="utf-8-sig", newline="").read()
    return list(csv.DictReader(io.StringIO(text, newline=""), delimiter=";"))


def by_hand(jobcenter, last_month):
    """The jobcenter's rows 2021-01 .. last_month in track's key-figure shape, by column name."""
    layout = json.load(open(LAYOUT, encoding="utf-8"))
    keys = list(layout["figures"])
    lines = ["month;" + ";".join(keys)]
    for row in table_rows():
        if row[layout["jobcenter_column"]] != jobcenter:
            continue
        month, year = row[layout["month_column"]].split(".")
        iso = f"{year}-{month}"
        if iso <= last_month:
            lines.append(iso + ";" + ";".join(row[layout["figures"][k]] for k in keys))
    return "\r\n".join(lines) + "\r\n"


def track_json(out, month):
    doc = json.load(open(os.path.join(out, f"track-{month}", "track.json")))
    doc.pop("actuals", None)
    doc.pop("run", None)
    return doc


def test_one_jobcenter_from_the_table_as_from_its_own_file():
    with tempdir() as d:
        # Only up to May 2022: a table cut where the tracking month ends (the BA publishes
        # with a waiting time, the rest of the year is not there yet).
        cut = os.path.join(d, "ba.csv")
        lines = open(TABLE, encoding="utf-8", newline="").read().split("\r\n")
        keep = [lines[0]] + [l for l in lines[1:] if l and not any(f";{m:02d}.2022;" in l for m in range(6, 13))]
        open(cut, "w", encoding="utf-8", newline="").write("\r\n".join(keep) + "\r\n")
        own = os.path.join(d, "own.csv")
        open(own, "w", encoding="utf-8", newline="").write(by_hand("99007", "2022-05"))
        intsim("track", PLAN, "--actuals", cut, "--jobcenter", "99007", "--layout", LAYOUT, "--reps", 8, "--quiet",
               "--out", os.path.join(d, "ba"), "--format", "json")
        intsim("track", PLAN, "--actuals", own, "--reps", 8, "--quiet", "--out", os.path.join(d, "own"),
               "--format", "json")
        check(track_json(os.path.join(d, "ba"), "2022-05") == track_json(os.path.join(d, "own"), "2022-05"),
              "the table's jobcenter gives the answer of its own file")


def refused(d, table_text, jobcenter, fragment, pointer):
    path = os.path.join(d, "bad.csv")
    open(path, "w", encoding="utf-8", newline="").write(table_text)
    out = os.path.join(d, "out")
    result = intsim("track", PLAN, "--actuals", path, "--jobcenter", jobcenter, "--layout", LAYOUT, "--reps", 2,
                    "--quiet", "--out", out, check=False)
    message = result.stderr.strip()
    check(result.returncode == 2 and message.count("\n") == 0, f"exit {result.returncode}: {message}")
    check(f"bad.csv: {pointer}" in message and fragment in message, message)
    check(not os.path.exists(out), "nothing written")


def test_bad_tables_are_refused_naming_line_and_column():
    text = open(TABLE, encoding="utf-8", newline="").read()
    lines = text.split("\r\n")
    with tempdir() as d:
        refused(d, text, "99070", 'no jobcenter "99070"', "")
        twice = lines[:3] + [lines[2]] + lines[3:]
        refused(d, "\r\n".join(twice), "99001", "has 02.2021 twice (also on line 3)", "line 4, column 3")
        missing = [";".join(l.split(";")[:9]) for l in lines if l]
        refused(d, "\r\n".join(missing) + "\r\n", "99001", 'expected the column "K3 Zähler LZB Bestand"', "line 1")
        german_comma = lines[:1] + [lines[1].replace(";928;", ";9,280;", 1)] + lines[2:]
        refused(d, "\r\n".join(german_comma), "99001", "reads two ways", "line 2, column 8")


if __name__ == "__main__":
    main([test_one_jobcenter_from_the_table_as_from_its_own_file, test_bad_tables_are_refused_naming_line_and_column])
