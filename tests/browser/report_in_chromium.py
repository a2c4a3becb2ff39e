"""Every report.html rendered in one headless Chromium (started once, driven through the
DevTools protocol): the DOM has the charts and tables each report promises, nothing
overflows its box (no cut legend, no table wider than the page), no two labels of a chart
overlap, the page logs no console errors, and a screenshot of each shows the charts'
colours. Each report is measured twice: on a 1280 px screen and as printed (print media,
the width of an A4 page less the report's @page margins). Every report in both languages,
one- and three-year plans. Exits 77 (ctest SKIP_RETURN_CODE) when Chromium is not installed.

usage: report_in_chromium.py INTSIM [SCREENSHOT_DIR] [--reps N]"""
import base64
import json
import os
import shutil
import struct
import subprocess
import sys
import tempfile
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, os.path.join(ROOT, "tests", "cli"))
sys.path.insert(0, HERE)
from cli_support import check  # noqa: E402
from devtools import Browser  # noqa: E402

SKIP = 77
SCENARIOS = os.path.join(ROOT, "scenarios")
PLAN = os.path.join(SCENARIOS, "lahn-dill-2022.json")


def find_chromium():
    for candidate in (os.environ.get("CHROMIUM"), "/usr/bin/chromium", shutil.which("chromium"),
                      shutil.which("chromium-browser")):
        if candidate and os.access(candidate, os.X_OK):
            return candidate
    return None


def png_pixels(path):
    """Width, height and rows of (r, g, b) of an 8-bit, non-interlaced RGB(A) PNG."""
    data = open(path, "rb").read()
    check(data[:8] == b"\x89PNG\r\n\x1a\n", f"{path} is a PNG")
    position, idat, header = 8, b"", None
    while position < len(data):
        length, kind = struct.unpack(">I4s", data[position:position + 8])
        body = data[position + 8:position + 8 + length]
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            idat += body
        position += 12 + length
    width, height, depth, colour, _, _, interlace = header
    check(depth == 8 and colour in (2, 6) and interlace == 0, f"PNG format {header}")
    channels = 4 if colour == 6 else 3
    raw, stride, rows, previous = zlib.decompress(idat), width * channels, [], bytearray(width * channels)
    for y in range(height):
        start = y * (stride + 1)
        kind, line = raw[start], bytearray(raw[start + 1:start + 1 + stride])
        for i in range(stride):  # undo the PNG row filter
            left = line[i - channels] if i >= channels else 0
            up, up_left = previous[i], previous[i - channels] if i >= channels else 0
            if kind == 1:
                line[i] = (line[i] + left) & 255
            elif kind == 2:
                line[i] = (line[i] + up) & 255
            elif kind == 3:
                line[i] = (line[i] + (left + up) // 2) & 255
            elif kind == 4:
                p = left + up - up_left
                pa, pb, pc = abs(p - left), abs(p - up), abs(p - up_left)
                line[i] = (line[i] + (left if pa <= pb and pa <= pc else up if pb <= pc else up_left)) & 255
        rows.append([tuple(line[x:x + 3]) for x in range(0, stride, channels)])
        previous = line
    return width, height, rows


def count_near(rows, colour, tolerance=10, step=2):
    """Pixels (on every `step`-th row and column) within `tolerance` of `colour`."""
    return sum(1 for row in rows[::step] for pixel in row[::step]
               if all(abs(a - b) <= tolerance for a, b in zip(pixel, colour)))


# What the page reports about itself: counts of elements, table rows, and anything that
# spills out of its box (SVG text beyond its viewBox, a table wider than the page).
FACTS = r"""(() => {
  const count = s => document.querySelectorAll(s).length;
  const rows = {};
  for (const t of document.querySelectorAll('table[id]'))
    rows[t.id] = [...t.querySelectorAll('tr')].map(r => [...r.cells].map(c => c.innerText.trim()));
  const overflow = [];
  for (const svg of document.querySelectorAll('svg')) {
    const box = svg.viewBox.baseVal;
    for (const text of svg.querySelectorAll('text')) {
      const b = text.getBBox();
      if (b.width > 0 && (b.x < box.x - 1 || b.x + b.width > box.x + box.width + 1))
        overflow.push(`${svg.id}: "${text.textContent}" ${b.x.toFixed(0)}..${(b.x + b.width).toFixed(0)} of ${box.width}`);
    }
  }
  for (const wrap of document.querySelectorAll('.table-wrap'))
    if (wrap.scrollWidth > wrap.clientWidth + 1)
      overflow.push(`table ${wrap.firstElementChild.id} ${wrap.scrollWidth} px wide in ${wrap.clientWidth} px`);
  // Nothing reaches beyond the page (in print a table's wrapper lets it run on).
  const page = document.documentElement.clientWidth;
  for (const e of document.querySelectorAll('table, svg, figure, .cards, pre, h1, h2, p'))
    if (e.getBoundingClientRect().right > page + 1 && !e.closest('svg') )
      overflow.push(`${e.tagName.toLowerCase()}${e.id ? '#' + e.id : ''} ends at ${e.getBoundingClientRect().right.toFixed(0)} px of ${page}`);
  // No two labels of a chart on top of each other (the same text drawn twice, as a halo, excepted).
  for (const svg of document.querySelectorAll('svg')) {
    const boxes = [...svg.querySelectorAll('text')].map(t => [t.textContent, t.getBoundingClientRect()])
      .filter(([s, b]) => b.width > 0 && b.height > 0);
    for (let i = 0; i < boxes.length; ++i)
      for (let j = i + 1; j < boxes.length; ++j) {
        const [s, a] = boxes[i], [u, b] = boxes[j];
        if (s === u && Math.abs(a.x - b.x) < 1 && Math.abs(a.y - b.y) < 1) continue;
        const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
        const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
        if (w > 1 && h > 0.25 * Math.min(a.height, b.height))
          overflow.push(`${svg.id}: "${s}" overlaps "${u}"`);
      }
  }
  const counts = {};
  for (const s of %s) counts[s] = count(s);
  return JSON.stringify({lang: document.documentElement.lang, title: document.title, rows, overflow, counts,
                         text: document.body.innerText, height: document.documentElement.scrollHeight});
})()"""

SELECTORS = ["svg.fan-chart", "path.band-outer", "path.band-inner", "polyline.median", "polyline.reference",
             "svg.stacked-bar", "rect.segment", "svg.interval-chart", "svg.interval-chart g.row",
             "svg.scatter-chart", "circle.background", "circle.highlight", "circle.marked", "polyline.frontier",
             "span.light", ".warning", ".axis-break", ".card", "svg.line-chart", "polyline.line", "circle.point",
             "table#years", "table#track-years"]


def console_errors(events):
    errors = []
    for e in events:
        method, params = e.get("method"), e.get("params", {})
        if method == "Runtime.exceptionThrown":
            errors.append(params["exceptionDetails"].get("text", "exception"))
        elif method == "Runtime.consoleAPICalled" and params.get("type") in ("error", "assert"):
            errors.append(" ".join(str(a.get("value", a.get("description", ""))) for a in params.get("args", [])))
        elif method == "Log.entryAdded" and params["entry"].get("level") == "error":
            errors.append(params["entry"].get("text", ""))
    return errors


# A4 is 210 mm wide; the reports' @page keeps 12 mm each side: 186 mm of 96 dpi CSS pixels.
PRINT_WIDTH = round(186 / 25.4 * 96)


def render(browser, path, screenshot=None, height=2000, print_media=False):
    """Loads a page on a 1280 px screen, or as printed on A4; returns its facts and console
    errors, and saves a screenshot."""
    page = browser.new_page()
    try:
        for domain in ("Runtime", "Log", "Page"):
            page.send(f"{domain}.enable")
        page.send("Emulation.setDeviceMetricsOverride", width=PRINT_WIDTH if print_media else 1280, height=height,
                  deviceScaleFactor=1, mobile=False)
        if print_media:
            page.send("Emulation.setEmulatedMedia", media="print")
        page.send("Page.navigate", url="file://" + path)
        page.wait_for("Page.loadEventFired")
        facts = json.loads(page.send("Runtime.evaluate", expression=FACTS % json.dumps(SELECTORS),
                                     returnByValue=True)["result"]["value"])
        if screenshot:
            data = page.send("Page.captureScreenshot", format="png")["data"]
            open(screenshot, "wb").write(base64.b64decode(data))
        return facts, console_errors(page.events)
    finally:
        browser.close_page(page)


def intsim(binary, *args):
    subprocess.run([binary, *map(str, args), "--quiet"], check=True, capture_output=True)


def check_page(name, facts, errors, lang):
    check(not errors, f"{name}: console errors: {errors}")
    check(facts["lang"] == lang, f"{name}: lang {facts['lang']}")
    check(not facts["overflow"], f"{name}: cut or overflowing: " + "; ".join(facts["overflow"][:5]))


def check_print(browser, name, path, lang, problems):
    """The page as printed on A4: nothing wider than the paper, no labels on top of each other."""
    facts, errors = render(browser, path, print_media=True)
    if errors or facts["lang"] != lang or facts["overflow"]:
        problems.append(f"{name} in print: " + "; ".join(errors + facts["overflow"][:6]))


def main():
    binary = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "build", "intsim")
    shots = sys.argv[2] if len(sys.argv) > 2 and not sys.argv[2].startswith("--") else None
    reps = int(sys.argv[sys.argv.index("--reps") + 1]) if "--reps" in sys.argv else 100
    chromium = find_chromium()
    if chromium is None:
        print("SKIP: Chromium is not installed (Debian package 'chromium'; `make test` installs it)")
        return SKIP
    with tempfile.TemporaryDirectory(prefix="intsim-browser-") as work:
        shots = shots or os.path.join(work, "shots")
        os.makedirs(shots, exist_ok=True)
        out = {name: os.path.join(work, name)
               for name in ("run", "run-de", "run-years", "compare", "compare-years", "optimise", "optimise-years",
                            "batch", "track", "track-years")}
        three_years = os.path.join(SCENARIOS, "lahn-dill-2022-2024.json")
        intsim(binary, "run", PLAN, "--reps", reps, "--seed", 1, "--out", out["run"], "--format", "json,html")
        intsim(binary, "run", PLAN, "--reps", max(20, reps // 4), "--out", out["run-de"], "--format", "html",
               "--lang", "de", "--locale", "de")
        intsim(binary, "run", os.path.join(SCENARIOS, "lahn-dill-2022-2024.json"), "--reps", max(20, reps // 4), "--out",
               out["run-years"], "--format", "json,html", "--lang", "de", "--locale", "de")
        intsim(binary, "compare", PLAN, os.path.join(SCENARIOS, "variants", "az-300.json"),
               os.path.join(SCENARIOS, "variants", "egz-150.json"), "--reps", max(10, reps // 5), "--out",
               out["compare"], "--format", "json,html", "--lang", "de", "--locale", "de")
        intsim(binary, "optimise", os.path.join(SCENARIOS, "optimise", "lahn-dill-2022-mix.json"), "--search-reps", 20,
               "--reps", 8, "--max-evaluations", 16, "--candidates", 2, "--out", out["optimise"], "--format", "json,html")
        # Three-year plans, with few replications: they are here for the layout of their pages.
        intsim(binary, "compare", three_years, os.path.join(SCENARIOS, "variants", "az-300-2022-2024.json"),
               os.path.join(SCENARIOS, "variants", "egz-150-2022-2024.json"), "--reps", 6, "--out",
               out["compare-years"], "--format", "html")
        # Only the wage subsidy varied: three mixes on the frontier of a three-year axis.
        narrow = os.path.join(work, "optimise-years.json")
        json.dump({"extends": os.path.join(SCENARIOS, "optimise", "lahn-dill-2022-2024-mix.json"),
                   "optimise": {"measures": {"aktivierungszentrum": None, "arbeitsgelegenheiten": None, "fbw": None}}},
                  open(narrow, "w"))
        intsim(binary, "optimise", narrow, "--search-reps", 6, "--reps", 6, "--max-evaluations", 6, "--candidates", 2,
               "--out", out["optimise-years"], "--format", "html", "--lang", "de", "--locale", "de")
        batch_list = os.path.join(work, "batch.txt")
        open(batch_list, "w").write("\n".join(os.path.join(SCENARIOS, "hesse-26", f"jc-{n:02d}-synthetic.json")
                                              for n in (1, 2, 14)) + "\n")
        intsim(binary, "batch", batch_list, "--reps", 10, "--out", out["batch"], "--format", "json,html",
               "--lang", "de", "--locale", "de")
        # Three tracking months, so that the last one shows how P(target met) moved.
        actuals = open(os.path.join(SCENARIOS, "actuals", "lahn-dill-2022-monthly.csv")).read().splitlines()
        data = [i for i, line in enumerate(actuals) if line[:4].isdigit()]
        for last in (3, 4, 5):
            path = os.path.join(work, f"actuals-{last}.csv")
            open(path, "w").write("\n".join(actuals[:data[0]] + actuals[data[0]:data[0] + last]) + "\n")
            intsim(binary, "track", PLAN, "--actuals", path, "--reps", max(30, reps // 3), "--out", out["track"],
                   "--format", "json,html")
        intsim(binary, "track", three_years, "--actuals", path, "--reps", 12, "--out", out["track-years"], "--format",
               "html", "--lang", "de", "--locale", "de")

        browser = Browser(chromium, os.path.join(work, "profile"))
        try:
            # The console check must be able to fail: a page with a script error is caught.
            probe = os.path.join(work, "probe.html")
            open(probe, "w").write("<!DOCTYPE html><p>probe</p><script>console.error('probe error');"
                                   "notAFunction();</script>")
            _, errors = render(browser, probe)
            check(len(errors) >= 2, f"the console check sees a script error and console.error: {errors}")

            # run (English): the fan charts, budget bar and tables, and their colours on screen.
            facts, errors = render(browser, os.path.join(out["run"], "report.html"), os.path.join(shots, "run.png"))
            check_page("run", facts, errors, "en")
            doc = json.load(open(os.path.join(out["run"], "results.json")))
            c = facts["counts"]
            check(c["svg.fan-chart"] == 4 and c["path.band-outer"] == 4 and c["path.band-inner"] == 4 and
                  c["polyline.median"] == 4, f"run: four fan charts {c}")
            # Targets: the integrations' path (at 0 of the gap chart), the LZB yearly average, the operative EGT.
            check(c["polyline.reference"] == 3, f"run: three reference lines {c}")
            check(c["svg.stacked-bar"] == 1 and c["rect.segment"] >= 2, "run: budget bar")
            check(c[".axis-break"] >= 2, "run: the stock charts mark where their axis breaks")
            check(len(facts["rows"]["indicators"]) == 1 + len(doc["indicators"]), "run: a row per indicator")
            check(len(facts["rows"]["measures"]) == 1 + len(doc["measures"]), "run: a row per measure")
            first = facts["rows"]["indicators"][1]
            check(first[0].startswith("Integrations") and
                  first[1] == f"{round(doc['indicators']['integrations_total']['mean']):,}", f"run: first row {first}")
            check(doc["scenario"]["sha256"] in facts["text"], "run: sha256 on the page")
            check("median" in facts["text"] and "mean" in facts["text"].lower(), "run: statistics named")
            width, height, rows = png_pixels(os.path.join(shots, "run.png"))
            check((width, height) == (1280, 2000), f"run: screenshot size {width}x{height}")
            # The 50 % band (#2b6cb0 at 42 % over the 90 % band's 18 %, on white), the
            # median (#1a365d) and the targets (#c05621).
            inner, median, target = count_near(rows, (144, 178, 214)), count_near(rows, (26, 54, 93)), \
                count_near(rows, (192, 86, 33))
            print(f"run screenshot: inner band {inner}, median {median}, target {target} pixels (every 2nd)")
            check(inner > 2000 and median > 300 and target > 100, "run: charts visible in the screenshot")

            # run in German: German words, German months.
            facts, errors = render(browser, os.path.join(out["run-de"], "report.html"), os.path.join(shots, "run-de.png"))
            check_page("run-de", facts, errors, "de")
            for word in ("Monatliche Prognose", "Integrationen", "LZB-Bestand", "Zielangebot", "Mittelwert", "Median"):
                check(word in facts["text"], f"run-de: {word!r} on the page")

            # run over three calendar years (German): the years side by side, a target line per year.
            facts, errors = render(browser, os.path.join(out["run-years"], "report.html"),
                                   os.path.join(shots, "run-years.png"), height=2400)
            check_page("run-years", facts, errors, "de")
            doc = json.load(open(os.path.join(out["run-years"], "results.json")))
            check(facts["counts"]["table#years"] == 1 and
                  len(facts["rows"]["years"][0]) == 1 + len(doc["years"]), f"run-years: a column per year {facts['rows']['years'][0]}")
            check("Kalenderjahre" in facts["text"] and "2024" in facts["text"], "run-years: the years named")
            check("Integrationen (K2), Mittelwert, 2022" in facts["text"], "run-years: the cards say their year")

            # compare (German): a difference chart per headline indicator with a row per variant.
            facts, errors = render(browser, os.path.join(out["compare"], "report.html"),
                                   os.path.join(shots, "compare.png"))
            check_page("compare", facts, errors, "de")
            c = facts["counts"]
            check(c["svg.interval-chart"] >= 4 and c["svg.interval-chart g.row"] == 2 * c["svg.interval-chart"],
                  f"compare: difference charts, two variants each {c}")
            check(len(facts["rows"]["cost"]) == 3 and "variant-2" in facts["rows"], "compare: tables")
            check("P(schlechter)" in facts["text"], "compare: P(worse) shown")

            # optimise: every mix searched on the frontier chart, the confirmed ones numbered.
            facts, errors = render(browser, os.path.join(out["optimise"], "report.html"),
                                   os.path.join(shots, "optimise.png"))
            check_page("optimise", facts, errors, "en")
            doc = json.load(open(os.path.join(out["optimise"], "optimise.json")))
            c = facts["counts"]
            check(c["svg.scatter-chart"] == 1 and c["circle.background"] == doc["search"]["evaluations"] and
                  c["circle.highlight"] + c["circle.marked"] == len(doc["ranked"]) and c["polyline.frontier"] == 1,
                  f"optimise: frontier chart {c}")
            check(len(facts["rows"]["ranked"]) == 1 + len(doc["ranked"]), "optimise: ranked table")
            check(len(facts["rows"]["marginal"]) == 1 + len(doc["marginal"]), "optimise: marginal table")
            check((c[".warning"] > 0) == bool(doc["warnings"]["messages"]), "optimise: warnings shown when given")

            # batch (German): one row per jobcenter and the total.
            facts, errors = render(browser, os.path.join(out["batch"], "report.html"), os.path.join(shots, "batch.png"))
            check_page("batch", facts, errors, "de")
            check(len(facts["rows"]["jobcenters"]) == 1 + 3 + 1, "batch: header, three jobcenters, total")
            check(facts["counts"]["svg.interval-chart g.row"] == 4, "batch: each jobcenter and the total against target")
            check(facts["rows"]["jobcenters"][-1][0] == "Summe", "batch: the total last")

            # track: a traffic light per observed figure.
            track_month = os.path.join(out["track"], "track-2022-05")
            facts, errors = render(browser, os.path.join(track_month, "report.html"), os.path.join(shots, "track.png"))
            check_page("track", facts, errors, "en")
            doc = json.load(open(os.path.join(track_month, "track.json")))
            figures = sum(1 for m in doc["early_warning"]["months"] for k in ("elb", "ltr", "integrations",
                                                                              "integrations_cum") if m[k])
            check(facts["counts"]["span.light"] == figures, f"track: {facts['counts']['span.light']} lights, {figures} figures")
            check(len(facts["rows"]["targets"]) == 1 + len(doc["targets"]), "track: a row per target")
            # The history: the plan and three months, in a chart (a line per target and one for all) and a table.
            months = [m["month"] for m in doc["history"]["months"]]
            check(months == ["2022-03", "2022-04", "2022-05"], f"track: history {months}")
            c = facts["counts"]
            check(c["svg.line-chart"] == 1 and c["polyline.line"] == len(doc["targets"]) + 1, f"track: history chart {c}")
            check(c["circle.point"] == (len(doc["targets"]) + 1) * 4, f"track: a point per line and month {c}")
            history = facts["rows"]["history"]
            check(len(history[0]) == 1 + 1 + 3, f"track: history columns: the plan, three months {history[0]}")
            check(len(history) == 1 + 2 * len(doc["targets"]) + 1, "track: P(met) and the year per target, P(all)")

            # The three-year pages on screen: compare, optimise, track.
            pages = {"compare-years": ("en", "report.html"), "optimise-years": ("de", "report.html"),
                     "track-years": ("de", os.path.join("track-2022-05", "report.html"))}
            for name, (lang, page) in pages.items():
                facts, errors = render(browser, os.path.join(out[name], page), os.path.join(shots, f"{name}.png"))
                check_page(name, facts, errors, lang)
            check(facts["counts"]["table#track-years"] == 1 and len(facts["rows"]["track-years"][0]) == 1 + 3 + 1,
                  "track-years: a column per year and the whole horizon")

            # Every page as printed on A4, all problems at once.
            problems = []
            for name, lang, page in (("run", "en", "report.html"), ("run-de", "de", "report.html"),
                                     ("run-years", "de", "report.html"), ("compare", "de", "report.html"),
                                     ("compare-years", "en", "report.html"), ("optimise", "en", "report.html"),
                                     ("optimise-years", "de", "report.html"), ("batch", "de", "report.html"),
                                     ("track", "en", os.path.join("track-2022-05", "report.html")),
                                     ("track-years", "de", os.path.join("track-2022-05", "report.html"))):
                check_print(browser, name, os.path.join(out[name], page), lang, problems)
            check(not problems, "\n".join(problems))
        finally:
            browser.close()
        print(f"screenshots in {shots}")
    print("ok   every report renders in Chromium")
    return 0


if __name__ == "__main__":
    sys.exit(main())
