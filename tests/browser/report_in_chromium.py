"""Renders report.html in headless Chromium: the DOM has the charts and tables, the page
logs no console errors, and a screenshot shows the charts (their colours are counted in
the PNG). Exits 77 (ctest SKIP_RETURN_CODE) when Chromium is not installed.

usage: report_in_chromium.py INTSIM [SCREENSHOT.png] [--reps N]"""
import html.parser
import json
import os
import shutil
import struct
import subprocess
import sys
import tempfile
import zlib

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.join(ROOT, "tests", "cli"))
from cli_support import check  # noqa: E402

SKIP = 77
SCENARIO = os.path.join(ROOT, "scenarios", "lahn-dill-2022.json")


def find_chromium():
    for candidate in (os.environ.get("CHROMIUM"), "/usr/bin/chromium", shutil.which("chromium"),
                      shutil.which("chromium-browser")):
        if candidate and os.access(candidate, os.X_OK):
            return candidate
    return None


def chromium(binary, profile, *args, timeout=180):
    """Runs headless Chromium on its own profile; returns (stdout, stderr)."""
    command = [binary, "--headless", "--disable-gpu", "--no-sandbox", "--no-first-run",
               "--disable-extensions", "--disable-dev-shm-usage", f"--user-data-dir={profile}",
               "--enable-logging=stderr", "--v=0", *args]
    result = subprocess.run(command, capture_output=True, text=True, timeout=timeout)
    return result.stdout, result.stderr


def console_errors(stderr):
    """Console messages that are errors: uncaught exceptions and console.error calls."""
    return [line for line in stderr.splitlines()
            if "CONSOLE" in line and ("Uncaught" in line or "ERROR:CONSOLE" in line or "error" in line.lower())]


class Dom(html.parser.HTMLParser):
    """The elements of the rendered DOM as (tag, attributes), plus table cell texts."""

    def __init__(self):
        super().__init__()
        self.elements = []
        self.rows = {}  # table id -> list of rows (lists of cell texts)
        self._table = None
        self._cell = None

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        self.elements.append((tag, attributes))
        if tag == "table":
            self._table = attributes.get("id")
            self.rows[self._table] = []
        elif tag == "tr" and self._table is not None:
            self.rows[self._table].append([])
        elif tag in ("td", "th") and self._table is not None:
            self._cell = []

    def handle_endtag(self, tag):
        if tag in ("td", "th") and self._cell is not None:
            self.rows[self._table][-1].append("".join(self._cell).strip())
            self._cell = None
        elif tag == "table":
            self._table = None

    def handle_data(self, data):
        if self._cell is not None:
            self._cell.append(data)

    def find(self, tag, **attributes):
        return [a for t, a in self.elements
                if t == tag and all(value in (a.get(key) or "").split() or a.get(key) == value
                                    for key, value in attributes.items())]


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


def main():
    binary = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "build", "intsim")
    screenshot = sys.argv[2] if len(sys.argv) > 2 else None
    reps = sys.argv[sys.argv.index("--reps") + 1] if "--reps" in sys.argv else "100"
    browser = find_chromium()
    if browser is None:
        print("SKIP: Chromium is not installed (Debian package 'chromium'; `make test` installs it)")
        return SKIP
    with tempfile.TemporaryDirectory(prefix="intsim-browser-") as work:
        # The console check must be able to fail: a page with a script error is caught.
        probe = os.path.join(work, "probe.html")
        open(probe, "w").write("<!DOCTYPE html><p>probe</p><script>console.error('probe error');"
                               "notAFunction();</script>")
        _, stderr = chromium(browser, os.path.join(work, "profile-probe"), "--dump-dom", "file://" + probe)
        check(len(console_errors(stderr)) >= 1, "the console check sees a script error:\n" + stderr[-2000:])

        out = os.path.join(work, "out")
        subprocess.run([binary, "run", SCENARIO, "--reps", reps, "--seed", "1", "--out", out, "--quiet",
                        "--format", "json,html"], check=True, capture_output=True)
        page = "file://" + os.path.join(out, "report.html")
        doc = json.load(open(os.path.join(out, "results.json")))
        dom_text, stderr = chromium(browser, os.path.join(work, "profile-dom"), "--dump-dom", page)
        check(not console_errors(stderr), "console errors:\n" + "\n".join(console_errors(stderr)))
        dom = Dom()
        dom.feed(dom_text)

        for chart in ("chart-integrations", "chart-ltr", "chart-elb", "chart-spend"):
            check(dom.find("svg", id=chart, **{"class": "fan-chart"}), f"fan chart {chart} in the DOM")
        check(len(dom.find("svg", **{"class": "fan-chart"})) == 4, "four fan charts")
        check(len(dom.find("path", **{"class": "band-outer"})) == 4, "90 % bands")
        check(len(dom.find("path", **{"class": "band-inner"})) == 4, "50 % bands")
        check(len(dom.find("polyline", **{"class": "median"})) == 4, "median lines")
        # Targets: the integrations' path, the LZB yearly average, the operative EGT.
        check(len(dom.find("polyline", **{"class": "reference"})) == 3, "three reference lines")
        check(dom.find("svg", id="budget-bar"), "budget bar")
        check(len(dom.find("rect", **{"class": "segment"})) >= 2, "budget bar segments")
        check(len(dom.rows.get("indicators", [])) == 1 + len(doc["indicators"]), "a row per indicator")
        check(len(dom.rows.get("measures", [])) == 1 + len(doc["measures"]), "a row per measure")
        first = dom.rows["indicators"][1]
        check(first[0].startswith("Integrations") and
              first[1] == f"{round(doc['indicators']['integrations_total']['mean']):,}", f"first row {first}")
        check(doc["scenario"]["sha256"] in dom_text, "sha256 on the page")

        png = screenshot or os.path.join(work, "report.png")
        chromium(browser, os.path.join(work, "profile-shot"), "--hide-scrollbars", f"--screenshot={png}",
                 "--window-size=1280,2000", page)
        width, height, rows = png_pixels(png)
        check((width, height) == (1280, 2000), f"screenshot size {width}x{height}")
        # The charts' colours must be on screen: the 50 % band (#2b6cb0 at 42 % over the
        # 90 % band's 18 %, on white), the median (#1a365d) and the targets (#c05621).
        inner, median, target = count_near(rows, (144, 178, 214)), count_near(rows, (26, 54, 93)), \
            count_near(rows, (192, 86, 33))
        print(f"screenshot {png}: inner band {inner}, median {median}, target {target} pixels (every 2nd)")
        check(inner > 2000 and median > 300 and target > 100, "charts visible in the screenshot")
    print("ok   report.html renders in Chromium")
    return 0


if __name__ == "__main__":
    sys.exit(main())
