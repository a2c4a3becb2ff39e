"""intsim init on synthetic jobcenters: 0.1x, 1x and 10x the size of Lahn-Dill (10,850 eLb)
and one of another structure (few single parents, a high LZB share, young, a jobcenter's
own attribute, newcomers and the December before given). Each must end with a calibrated
base year whose Monte Carlo meets its figures, parameters inside their bounds, two
scenarios that validate, and a plan whose P(target met) and offers are sane.

Lean on purpose (CI budget): few replications, fewer the larger the jobcenter (its
relative Monte Carlo error shrinks with its size). The 10x jobcenter is in
test_init_large.py (its own ctest, to keep each under a minute)."""
import copy
import csv
import json
import os

from cli_support import ROOT, check, intsim, main, tempdir, validate_results

TEMPLATE_DIR = os.path.join(ROOT, "scenarios", "own-jobcenter")
CATALOGUE = os.path.join(ROOT, "scenarios", "effects", "catalogue.json")
LAHN_DILL_ELB = 10850

# Where each base-year figure stands in the key figures.
FIGURES = {"integrations_total": ("integrations", "total"), "integrations_women": ("integrations", "women"),
           "integrations_single_parents": ("integrations", "single_parents"),
           "integrations_ltr": ("integrations", "ltr"), "elb_avg": ("elb", "average"),
           "ltr_avg": ("ltr", "average"), "ltr_end": ("ltr", "end")}

# The calibration fits the central levels (decisions/calibrate/calibration_rounds.hpp).
CENTRAL = [a for name in ("integration_sd", "exit_sd", "inflow_sd", "measure_effect_sd")
           for a in ("--set", f"uncertainty.{name}=0")]

# The calibration's bounds (decisions/calibrate/calibration.cpp), which parse_scenario accepts.
BOUNDS = {"/hazards/integration/base": (1e-5, 2), "/hazards/exit/base": (1e-5, 2), "/hazards/exit/ltr": (0.02, 50),
          "/hazards/integration/ltr": (0.02, 50), "/hazards/integration/factors/sex/female": (0.02, 50),
          "/hazards/integration/factors/single_parent/yes": (0.02, 50), "/population/ltr_share": (0.01, 0.99)}


def template_measures():
    """The template's German Excel CSV as JSON rows (the inline form of the table)."""
    with open(os.path.join(TEMPLATE_DIR, "measures-template.csv"), encoding="utf-8-sig") as f:
        lines = [line for line in f if not line.startswith("#")]
    rows = []
    for row in csv.DictReader(lines, delimiter=";"):
        out = {}
        for column, value in row.items():
            value = value.strip()
            if not value:
                continue
            if column in ("capacity", "cost", "fixed_cost", "duration_months"):
                value = float(value.replace(".", "").replace(",", "."))
            out[column] = value
        rows.append(out)
    return rows


def scaled(factor, name):
    """The template jobcenter with every count, capacity, amount of money and count target
    times `factor`: the same structure at another size."""
    with open(os.path.join(TEMPLATE_DIR, "keyfigures-template.json")) as f:
        k = json.load(f)
    k["name"], k["jobcenter_id"] = name, "synthetic-" + name
    for section in ("elb", "ltr"):
        for key in ("average", "end"):
            k[section][key] = round(k[section][key] * factor)
    for key in ("total", "women", "single_parents", "ltr"):
        k["integrations"][key] = round(k["integrations"][key] * factor)
    for indicator, target in k["plan"]["targets"].items():
        if isinstance(target, (int, float)):
            k["plan"]["targets"][indicator] = round(target * factor)
        elif isinstance(target, dict):
            target["value"] = round(target["value"] * factor)
    for key in ("operative_egt", "egt_total"):
        k["plan"][key] = round(k["plan"][key] * factor)
    k["effects_catalogue"] = CATALOGUE
    k["measures"] = template_measures()
    for row in k["measures"]:
        for key in ("capacity", "fixed_cost"):
            if key in row:
                row[key] = max(1.0, round(row[key] * factor)) if key == "capacity" else round(row[key] * factor)
    return k


def other_structure():
    """About Lahn-Dill's size, but few single parents, 80 % LZB, young, a support-need
    attribute of its own that measures filter on, newcomers and last December known."""
    k = scaled(LAHN_DILL_ELB / 5000, "other")
    k["elb"] = {"average": 10800, "end": 10650, "start": 10900}
    k["ltr"] = {"average": 8640, "end": 8600, "start": 8700}
    k["shares"] = {"women": 0.47, "single_parents": 0.03, "u25": 0.25, "50+": 0.15}
    k["own_attributes"] = {"need": {"levels": ["low", "high"], "shares": [0.4, 0.6], "integration_factors": [1.5, 0.7],
                                    "source": "synthetic"}}
    k["integrations"] = {"total": 2100, "women": 840, "single_parents": 40, "ltr": 1300}
    # 180 newcomers a month: with the warm start's returners coming back from the first
    # month, 260 (the figure of the cold start) on a stock that falls by 250 left the LZB no
    # other exit at all (their exit factor at its bound, 0.02).
    k["newcomers_monthly"] = 180
    for row in k["measures"]:
        if row["id"] == "coaching":
            row["eligible"] = "need=high"
    return k


def run_init(keyfigures, d, calibration_reps, reps):
    path = os.path.join(d, keyfigures["name"] + ".json")
    with open(path, "w") as f:
        json.dump(keyfigures, f)
    out = os.path.join(d, "out-" + keyfigures["name"])
    result = intsim("init", path, "--out", out, "--reps", reps, "--calibration-reps", calibration_reps, "--quiet")
    check("meets every figure" in result.stdout, result.stdout)
    return out, result.stdout


def check_jobcenter(keyfigures, calibration_reps, reps, check_reps):
    name, base_year, plan_year = keyfigures["name"], keyfigures["base_year"], keyfigures["plan"]["year"]
    with tempdir() as d:
        out, _ = run_init(keyfigures, d, calibration_reps, reps)
        base = os.path.join(out, f"{name}-{base_year}.json")
        plan = os.path.join(out, f"{name}-{plan_year}.json")
        # Both written scenarios load as validate loads them.
        intsim("validate", base)
        intsim("validate", plan)

        # Every fitted parameter inside its bounds, and not on them.
        with open(base) as f:
            base_doc = json.load(f)
        for pointer, (low, high) in BOUNDS.items():
            node = base_doc
            for token in pointer.strip("/").split("/"):
                node = node.get(token) if isinstance(node, dict) else None
            if isinstance(node, (int, float)):
                check(low < node < high, f"{name}: {pointer} = {node} outside ({low}, {high})")

        # An independent Monte Carlo run of the written base year at its central levels
        # (as calibrated; another seed than the calibration's): each fitted figure within
        # 1 %, or 3 standard errors of that run's mean where its chance is larger (20
        # single-parent integrations a year cannot be resolved to 1 % by a few hundred
        # replications). The LZB year end is not fitted when the December before is
        # given: it must follow from the rest within 3 %.
        check_out = os.path.join(d, "check")
        intsim("run", base, "--reps", check_reps, "--seed", 97, "--quiet", "--format", "json", "--out", check_out,
               *CENTRAL)
        indicators = validate_results(os.path.join(check_out, "results.json"))["indicators"]
        for figure, (section, key) in FIGURES.items():
            actual = keyfigures[section][key]
            mean, se = indicators[figure]["mean"], indicators[figure]["mc_se"]
            fitted = not (figure == "ltr_end" and "start" in keyfigures["ltr"])
            check(abs(mean - actual) <= max((0.01 if fitted else 0.03) * actual, 3 * se),
                  f"{name}: {figure} {mean:.1f} vs {actual} (se {se:.2f})")

        # The plan: targets with a probability, offers below the mean for "more is
        # better", the year not far from the base year.
        results = validate_results(os.path.join(out, f"{name}-{plan_year}", "results.json"))
        plan_indicators = results["indicators"]
        for indicator, target in keyfigures["plan"]["targets"].items():
            if indicator == "comment":
                continue
            s = plan_indicators[indicator]
            check(0 <= s["p_target_met"] <= 1, f"{name}: {indicator} P(met) {s['p_target_met']}")
            offer = s["offer"]["p80"]
            if s["direction"] == "higher":
                check(0 < offer <= s["mean"], f"{name}: {indicator} offer {offer} vs mean {s['mean']}")
            else:
                check(offer >= s["mean"], f"{name}: {indicator} offer {offer} vs mean {s['mean']}")
        ratio = plan_indicators["integrations_total"]["mean"] / keyfigures["integrations"]["total"]
        check(0.7 < ratio < 1.3, f"{name}: plan integrations {ratio:.2f} x the base year's")
        return base_doc


def test_a_tenth_of_lahn_dill():
    check_jobcenter(scaled(0.1 * LAHN_DILL_ELB / 5000, "tenth"), calibration_reps=400, reps=200, check_reps=400)


def test_lahn_dill_size():
    check_jobcenter(scaled(LAHN_DILL_ELB / 5000, "one"), calibration_reps=200, reps=100, check_reps=200)


def test_another_structure():
    base = check_jobcenter(other_structure(), calibration_reps=200, reps=100, check_reps=200)
    # Newcomers given: the eLb average frees the other-exit level, and the start is the December before.
    check(base["inflow"]["monthly_mean"] == 180, base["inflow"])
    check(base["population"]["elb"] == 10900, base["population"]["elb"])
    check(base["population"]["attributes"]["need"]["shares"] == [0.4, 0.6], base["population"]["attributes"])
    check(base["measures"]["coaching"]["eligible"] == {"need": ["high"]}, base["measures"]["coaching"])
    # With most of the stock LZB and the start given, the eLb and LZB averages move almost
    # together under the two exit levels (0.40 % per prior sd on the warm start): init goes on
    # (the figures above are all met) and says in the file whose split the prior decided.
    note = base["hazards"].get("note", "")
    check("only weakly" in note and "/hazards/exit/base" in note and "/hazards/exit/ltr" in note, base["hazards"])


if __name__ == "__main__":
    main([test_a_tenth_of_lahn_dill, test_lahn_dill_size, test_another_structure])
