"""intsim init: the shipped template from key figures to a calibrated plan with a target
offer; both scenarios validate; the base year's Monte Carlo meets its figures; degenerate
figure sets are refused with nothing written."""
import json
import os
import re

from cli_support import ROOT, check, intsim, main, tempdir, validate_results
from test_init_jobcenters import LAHN_DILL_ELB, scaled

TEMPLATE = os.path.join(ROOT, "scenarios", "own-jobcenter", "keyfigures-template.json")
CATALOGUE = os.path.join(ROOT, "scenarios", "effects", "catalogue.json")

# The base-year figures init calibrates to, and where they stand in the key-figure file.
FIGURES = {"integrations_total": ("integrations", "total"), "integrations_women": ("integrations", "women"),
           "integrations_single_parents": ("integrations", "single_parents"),
           "integrations_ltr": ("integrations", "ltr"), "elb_avg": ("elb", "average"),
           "ltr_avg": ("ltr", "average"), "ltr_end": ("ltr", "end")}


def figure(keyfigures, name):
    section, key = FIGURES[name]
    return keyfigures[section][key]


def check_base_year_meets(base, keyfigures, out, reps, seed):
    """An independent Monte Carlo run of the written base year at its central levels (as
    calibrated, without the spreads; another seed than the calibration's) against the figures: within 1 %, or 3 standard errors of that run's
    mean where its own noise is larger (a figure of 20 single-parent integrations cannot
    be resolved to 1 % by a few hundred replications)."""
    central = [a for name in ("integration_sd", "exit_sd", "inflow_sd", "measure_effect_sd")
               for a in ("--set", f"uncertainty.{name}=0")]
    intsim("run", base, "--reps", reps, "--seed", seed, "--quiet", "--format", "json", "--out", out, *central)
    indicators = validate_results(os.path.join(out, "results.json"))["indicators"]
    for name in FIGURES:
        actual = figure(keyfigures, name)
        mean, se = indicators[name]["mean"], indicators[name]["mc_se"]
        check(abs(mean - actual) <= max(0.01 * actual, 3 * se), f"{name}: {mean:.1f} vs {actual} (se {se:.2f})")


def test_template_from_key_figures_to_an_offer():
    with tempdir() as d:
        out = os.path.join(d, "musterstadt")
        result = intsim("init", TEMPLATE, "--out", out, "--reps", 200, "--calibration-reps", 200, "--quiet")
        text = result.stdout
        check("which figures inform which parameters" in text, text[:500])
        check("identified" in text and "meets every figure" in text, text)
        check("offer p80" in text and "integrations_total" in text, text)
        base = os.path.join(out, "musterstadt-2024.json")
        plan = os.path.join(out, "musterstadt-2025.json")
        for path in (base, plan, os.path.join(out, "musterstadt-2025", "results.json"),
                     os.path.join(out, "musterstadt-2025", "report.html")):
            check(os.path.exists(path), path)
        # Both scenarios load as validate loads them; the plan extends the base year.
        intsim("validate", base)
        validated = intsim("validate", plan).stdout
        check('jobcenter_id: "99999"' in validated, validated)
        plan_doc = json.load(open(plan))
        check(plan_doc["extends"] == "musterstadt-2024.json", plan_doc["extends"])
        results = validate_results(os.path.join(out, "musterstadt-2025", "results.json"))
        check(results["indicators"]["integrations_total"]["target"] == 1220, results["indicators"]["integrations_total"])
        check(results["indicators"]["integrations_total"]["offer"]["p80"] is not None, "offer")
        # Every default says where it comes from: uncertainty, re-entry, the spell profile.
        base_doc = json.load(open(base))
        check("K2" in base_doc["uncertainty"]["source"], base_doc["uncertainty"])
        check("25.4 %" in base_doc["inflow"]["reentry"]["source"], base_doc["inflow"]["reentry"])
        check("stationary" in base_doc["population"]["comment"], base_doc["population"]["comment"])
        check("fitted by intsim init" in base_doc["note"], base_doc.get("note"))
        # Counted hires state employers' demand and deadweight (docs/effects.md section 8):
        # the table's 55 EGZ and 3 § 16e entries a year times 1.2, 30 % that would have come
        # anyway, each an assumption; no other measure gets them.
        measures = base_doc["measures"]
        for key, planned in (("egz", 55), ("paragraph_16e", 3)):
            demand = measures[key].get("employer_demand", {})
            check(abs(demand.get("entries_per_year", 0) - planned * 1.2) < 1e-9 and demand.get("deadweight_share") == 0.3
                  and f"planned {planned} hires" in demand.get("assumption", ""), measures[key])
        others = [k for k, m in measures.items() if "employer_demand" in m and k not in ("egz", "paragraph_16e")]
        check(not others, others)
        # The run the lead can repeat: the plan's results are those of `intsim run` on the file.
        intsim("run", plan, "--reps", 200, "--quiet", "--format", "json", "--out", os.path.join(d, "again"))
        again = json.load(open(os.path.join(d, "again", "results.json")))
        check(again["scenario"]["sha256"] == results["scenario"]["sha256"], "same resolved scenario")
        check(again["indicators"] == results["indicators"], "same numbers")
        check_base_year_meets(base, json.load(open(TEMPLATE)), os.path.join(d, "check"), 300, 11)


def test_degenerate_figures_are_refused_and_nothing_is_written():
    keyfigures = json.load(open(TEMPLATE))
    keyfigures["shares"]["single_parents"] = 0.0  # single-parent integrations without single parents
    keyfigures["effects_catalogue"] = CATALOGUE
    with tempdir() as d:
        path = os.path.join(d, "kf.json")
        json.dump(keyfigures, open(path, "w"))
        os.symlink(os.path.join(os.path.dirname(TEMPLATE), "measures-template.csv"), os.path.join(d, "measures-template.csv"))
        out = os.path.join(d, "out")
        result = intsim("init", path, "--out", out, "--reps", 10, "--calibration-reps", 10, check=False)
        check(result.returncode == 2, f"exit {result.returncode}: {result.stderr}")
        check(result.stderr.count("\n") == 1 and path in result.stderr, result.stderr)
        check("/integrations/single_parents: expected 0" in result.stderr, result.stderr)
        check(not os.path.exists(out), "nothing written")
        check(result.stdout == "", result.stdout)


def test_bad_key_figures_name_file_field_and_line():
    with tempdir() as d:
        keyfigures = json.load(open(TEMPLATE))
        keyfigures["measures"] = "m.csv"
        keyfigures["effects_catalogue"] = CATALOGUE
        path = os.path.join(d, "kf.json")
        json.dump(keyfigures, open(path, "w"))
        csv = os.path.join(d, "m.csv")
        open(csv, "w").write("id,type,capacity,unit,cost,eligible\nagh,work_opportunities,50,slots,280,ltr\n"
                             "coach,coaching_stabilisation,30,slots,650,profil=support\n")
        result = intsim("init", path, "--out", os.path.join(d, "out"), check=False)
        check(result.returncode == 2, result.stderr)
        check(re.search(re.escape(csv) + r": line 3: column \"eligible\": \"profil=support\": no attribute \"profil\" "
                        r"\(did you mean \"profile\"\?\)", result.stderr), result.stderr)
        check(not os.path.exists(os.path.join(d, "out")), "nothing written")


def test_an_earlier_init_is_not_overwritten():
    """A second init into the same folder is refused (the scenarios may have been edited
    since), naming the file; nothing changes. --force replaces them."""
    keyfigures = json.load(open(TEMPLATE))
    keyfigures["effects_catalogue"] = CATALOGUE
    keyfigures["measures"] = [{"id": "az", "type": "activation_classroom", "capacity": 120, "unit": "slots",
                               "cost": 800, "eligible": "ltr"}]
    with tempdir() as d:
        path = os.path.join(d, "kf.json")
        json.dump(keyfigures, open(path, "w"))
        out = os.path.join(d, "out")
        os.makedirs(out)
        base = os.path.join(out, "musterstadt-2024.json")
        open(base, "w").write('{"edited": "by hand"}\n')
        result = intsim("init", path, "--out", out, "--reps", 10, "--calibration-reps", 10, "--quiet", check=False)
        check(result.returncode == 2, f"exit {result.returncode}: {result.stderr}")
        check(result.stderr.count("\n") == 1 and base in result.stderr and "--force" in result.stderr, result.stderr)
        check(open(base).read() == '{"edited": "by hand"}\n', "unchanged")
        check(sorted(os.listdir(out)) == ["musterstadt-2024.json"], os.listdir(out))
        intsim("init", path, "--out", out, "--reps", 20, "--calibration-reps", 100, "--quiet", "--force")
        check(json.load(open(base))["jobcenter_id"] == "99999", "replaced")
        # The catalogue's effect, marked as such, by the measure's type.
        effect = json.load(open(base))["measures"]["az"]["effect"]
        check(effect["from_catalogue"] == "activation_classroom" and "measure type" in effect["note"], effect)


def test_threads_do_not_change_what_init_writes():
    """Rule 3: the scenarios and the plan's numbers depend on the key figures and the
    seed, not on the thread count."""
    keyfigures = scaled(0.1 * LAHN_DILL_ELB / 5000, "threads")
    written = []
    with tempdir() as d:
        path = os.path.join(d, "threads.json")
        with open(path, "w") as f:
            json.dump(keyfigures, f)
        for threads in (1, 2):
            out = os.path.join(d, f"out-{threads}")
            intsim("init", path, "--out", out, "--reps", 40, "--calibration-reps", 100, "--threads", threads, "--quiet")
            files = [open(os.path.join(out, name), "rb").read() for name in ("threads-2024.json", "threads-2025.json")]
            with open(os.path.join(out, "threads-2025", "results.json")) as f:
                files.append(json.load(f)["indicators"])
            written.append(files)
    check(written[0] == written[1], "init with 1 and 2 threads differ")


if __name__ == "__main__":
    main([test_template_from_key_figures_to_an_offer, test_degenerate_figures_are_refused_and_nothing_is_written,
          test_bad_key_figures_name_file_field_and_line, test_an_earlier_init_is_not_overwritten,
          test_threads_do_not_change_what_init_writes])
