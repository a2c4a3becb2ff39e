"""The screenshots in docs/, made anew from the commands that produce the pages (`make docs`),
so that no picture shows a report or page that is no longer there. Headless Debian
Chromium, driven as tests/browser does (its devtools.py and report_in_chromium.render):

  docs/report.png           intsim run scenarios/lahn-dill-2022.json --reps 1000 --seed 1
  docs/report-compare.png   intsim compare scenarios/lahn-dill-2022.json variants/az-300.json
                            variants/egz-150.json --reps 200 --lang de --locale de
  docs/report-track.png     intsim track scenarios/lahn-dill-2022.json --actuals (the first 3, 4
                            and 5 months of actuals/lahn-dill-2022-monthly.csv, into one folder,
                            so that the history shows how P(target met) moved) --reps 300
  docs/report-optimise.png  intsim optimise scenarios/optimise/lahn-dill-2022-mix.json
                            --search-reps 40 --reps 100 --max-evaluations 24 --candidates 3
  docs/report-years-de.png  intsim run scenarios/lahn-dill-2022-2024.json --reps 200 --lang de --locale de
  docs/workbench-*.png      tests/browser/workbench_in_chromium.py (intsim serve on the
                            three-year plan, driven as a user: what if, Monte Carlo, runs, German)

Each page at 1280 px wide; the height is the page's own, capped. Takes a few minutes of CPU;
not part of ctest (the browser tests check the same pages).

usage: docs_screenshots.py INTSIM [--only NAME,...]"""
import os
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "tests", "browser"))
sys.path.insert(0, os.path.join(ROOT, "tests", "cli"))
from devtools import Browser  # noqa: E402
from report_in_chromium import find_chromium, intsim, render  # noqa: E402

SCENARIOS = os.path.join(ROOT, "scenarios")
PLAN = os.path.join(SCENARIOS, "lahn-dill-2022.json")
DOCS = os.path.join(ROOT, "docs")
GERMAN = ("--lang", "de", "--locale", "de")


def first_months(work, months):
    """The first `months` months of the shipped monthly actuals, as a file of their own."""
    lines = open(os.path.join(SCENARIOS, "actuals", "lahn-dill-2022-monthly.csv")).read().splitlines()
    data = [i for i, line in enumerate(lines) if line[:4].isdigit()]
    path = os.path.join(work, f"actuals-{months}.csv")
    open(path, "w").write("\n".join(lines[:data[0]] + lines[data[0]:data[0] + months]) + "\n")
    return path


def reports(binary, work):
    """name -> (the commands' arguments, the screenshot's height)."""
    variants = os.path.join(SCENARIOS, "variants")
    return {
        "report": ([["run", PLAN, "--reps", 1000, "--seed", 1]], 2000),
        "report-compare": ([["compare", PLAN, os.path.join(variants, "az-300.json"),
                             os.path.join(variants, "egz-150.json"), "--reps", 200, *GERMAN]], 2000),
        "report-track": ([["track", PLAN, "--actuals", first_months(work, months), "--reps", 300]
                          for months in (3, 4, 5)], 3350),
        "report-optimise": ([["optimise", os.path.join(SCENARIOS, "optimise", "lahn-dill-2022-mix.json"),
                              "--search-reps", 40, "--reps", 100, "--max-evaluations", 24, "--candidates", 3]], 2000),
        "report-years-de": ([["run", os.path.join(SCENARIOS, "lahn-dill-2022-2024.json"), "--reps", 200, *GERMAN]],
                            2400),
    }


def main():
    binary = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.join(ROOT, "build", "intsim")
    only = sys.argv[sys.argv.index("--only") + 1].split(",") if "--only" in sys.argv else None
    chromium = find_chromium()
    if chromium is None:
        print("docs_screenshots: Chromium is not installed (Debian package 'chromium'); screenshots not renewed")
        return 1
    with tempfile.TemporaryDirectory(prefix="intsim-docs-shots-") as work:
        pages = {name: spec for name, spec in reports(binary, work).items() if not only or name in only}
        for name, (commands, _) in pages.items():
            for args in commands:
                print(f"docs_screenshots: intsim {' '.join(map(str, args))}", flush=True)
                intsim(binary, *args, "--out", os.path.join(work, name), "--format", "json,html")
        browser = Browser(chromium, os.path.join(work, "profile"))
        try:
            for name, (_, height) in pages.items():
                target = os.path.join(DOCS, name + ".png")
                _, errors = render(browser, os.path.join(work, name, "report.html"), target, height=height)
                if errors:
                    print(f"docs_screenshots: {name}: console errors {errors}")
                    return 1
                print(f"docs_screenshots: wrote {os.path.relpath(target, ROOT)}")
        finally:
            browser.close()
    if not only or "workbench" in only:
        # The workbench test drives the page as a user and names its screenshots as docs/ does.
        subprocess.run([sys.executable, os.path.join(ROOT, "tests", "browser", "workbench_in_chromium.py"), binary,
                        DOCS], cwd=ROOT, check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
