"""Plausibility before computing (issue 26 item 4): the shipped template with a K2 of 62 %
(3,100 integrations on 5,000 eLb, above the 49.9 % no jobcenter has exceeded) sets up
with a warning that names the figure, its value and the range, on the console and again
in the plan's report.html; with 140 % it is refused at once, before any calibration, and
nothing is written. The ranges: docs/evidence/plausibility.md."""
import json
import os

from cli_support import ROOT, check, intsim, main, tempdir

TEMPLATE = os.path.join(ROOT, "scenarios", "own-jobcenter", "keyfigures-template.json")


def template_with(d, total):
    doc = json.load(open(TEMPLATE, encoding="utf-8"))
    doc["integrations"]["total"] = total
    doc["measures"] = os.path.relpath(os.path.join(os.path.dirname(TEMPLATE), doc["measures"]), d)
    doc["effects_catalogue"] = os.path.relpath(os.path.join(os.path.dirname(TEMPLATE), doc["effects_catalogue"]), d)
    path = os.path.join(d, f"k{total}.json")
    json.dump(doc, open(path, "w", encoding="utf-8"))
    return path


def test_implausible_k2_is_warned_about_and_repeated_in_the_report():
    with tempdir() as d:
        out = os.path.join(d, "out")
        result = intsim("init", template_with(d, 3100), "--out", out, "--reps", 20, "--calibration-reps", 40,
                        "--quiet", "--lang", "de")
        warning = [line for line in result.stdout.splitlines() if line.startswith("Warnung:")]
        check(len(warning) == 1, result.stdout[:2000])
        check("/integrations/total" in warning[0] and "Integrationsquote K2" in warning[0] and "62,0 %" in warning[0]
              and "10 % bis 50 %" in warning[0], warning[0])
        check(result.stdout.index("Warnung:") < result.stdout.index("Runde 1"), "the warning comes before calibration")
        html = open(os.path.join(out, "musterstadt-2025", "report.html"), encoding="utf-8").read()
        check("Warnungen zu den Eingangszahlen" in html and "62,0 %" in html, "the report repeats the warning")
        plain = intsim("init", template_with(d, 1180), "--out", os.path.join(d, "plain"), "--reps", 5,
                       "--calibration-reps", 20, "--quiet")
        check("warning" not in plain.stdout.lower(), "the template's own figures pass without a warning")


def test_impossible_k2_is_refused_before_any_calibration():
    with tempdir() as d:
        out = os.path.join(d, "out")
        result = intsim("init", template_with(d, 7000), "--out", out, "--quiet", check=False)
        check(result.returncode == 2, f"exit {result.returncode}: {result.stderr}")
        message = result.stderr.strip()
        check(message.count("\n") == 0 and "k7000.json: /integrations/total:" in message, message)
        check("is 140.0 %, above 100 %: no jobcenter can have it" in message, message)
        check(result.stdout == "", "nothing printed of a calibration")
        check(not os.path.exists(out), "nothing written")


if __name__ == "__main__":
    main([test_implausible_k2_is_warned_about_and_repeated_in_the_report,
          test_impossible_k2_is_refused_before_any_calibration])
