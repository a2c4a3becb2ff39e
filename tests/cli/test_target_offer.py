"""Target offer (Zielangebot) on real runs: offers respect each indicator's direction, the
--offer column shows the offer at that probability, P(all targets met) is not a product."""
import json
import math
import os
import re

from cli_support import ROOT, check, intsim, main, tempdir, validate_results

SCENARIO = os.path.join(ROOT, "scenarios", "lahn-dill-2022.json")


def run(out, *args):
    result = intsim("run", SCENARIO, "--reps", 100, "--seed", 5, "--out", out, "--quiet", *args)
    return result.stdout, validate_results(os.path.join(out, "results.json"))


_with_offer_90 = []


def run_with_offer_90():
    """One run shared by the tests that only read it (--offer changes no figure)."""
    if not _with_offer_90:
        with tempdir() as d:
            _with_offer_90.append(run(d, "--offer", 0.9))
    return _with_offer_90[0]


def summary_value(stdout, indicator):
    """The last column (the offer) of an indicator's line in the summary table."""
    line = next(l for l in stdout.splitlines() if l.startswith(indicator + " "))
    return float(line.split()[-1].replace(",", ""))


def test_offers_respect_direction_for_every_indicator():
    stdout, doc = run_with_offer_90()
    for name, ind in doc["indicators"].items():
        p80, p90 = ind["offer"]["p80"], ind["offer"]["p90"]
        if not ind["directed"]:
            check(p80 is None and p90 is None and ind["target"] is None, f"{name}: no direction, no offer")
            continue
        if ind["direction"] == "higher":
            # Reached with 80 % / 90 %: at or below the median, the 90 % offer lower still.
            check(p90 <= p80 <= ind["p50"], f"{name}: p90 {p90}, p80 {p80}, median {ind['p50']}")
            check(p90 >= ind["min"], name)
        else:
            check(p90 >= p80 >= ind["p50"], f"{name}: p90 {p90}, p80 {p80}, median {ind['p50']}")
            check(p90 <= ind["max"], name)
    check(doc["indicators"]["ltr_avg"]["direction"] == "lower" and doc["indicators"]["integrations_total"]["direction"] == "higher",
          "directions of the contract")
    check(doc["run"]["offer_probability"] == 0.9, "offer probability recorded")
    # The summary's offer column is the p90 offer of results.json.
    for name in ("integrations_total", "ltr_avg", "elb_end"):
        shown = summary_value(stdout, name)
        check(abs(shown - doc["indicators"][name]["offer"]["p90"]) <= 0.5, f"{name}: shown {shown}")


def test_a_target_direction_turns_the_offer_around():
    # The same replications judged both ways: the 80 % offer moves from below to above
    # the median, and P(X >= t) + P(X <= t) = 1 + P(X = t) >= 1.
    with tempdir() as d:
        _, higher = run(os.path.join(d, "h"))
        _, lower = run(os.path.join(d, "l"), "--set", "targets.integrations_total.direction=lower")
        h, l = higher["indicators"]["integrations_total"], lower["indicators"]["integrations_total"]
        check(l["direction"] == "lower" and h["mean"] == l["mean"], "same replications, other direction")
        check(h["offer"]["p80"] <= h["p50"] <= l["offer"]["p80"], f"{h['offer']} / {l['offer']}")
        check(h["offer"]["p80"] < l["offer"]["p80"], "the offers differ")
        check(1 <= h["p_target_met"] + l["p_target_met"] <= 1 + 0.05, f"{h['p_target_met']} + {l['p_target_met']}")


def test_all_targets_together_is_not_the_product():
    stdout, doc = run_with_offer_90()
    met = [i["p_target_met"] for i in doc["indicators"].values() if i["target"] is not None]
    p_all = doc["p_all_targets_met"]
    check(len(met) == 6, f"six targets: {met}")
    check(p_all <= min(met), f"P(all) {p_all} above a single target's {min(met)}")
    # The integration targets move together: meeting all at once is far likelier than
    # if they were independent.
    check(p_all > 2 * math.prod(met), f"P(all) {p_all} vs product {math.prod(met)}")
    shown = re.search(r"P\(all targets met together\): (\d+) %", stdout)
    check(shown and abs(int(shown.group(1)) - 100 * p_all) <= 0.5, stdout)


if __name__ == "__main__":
    main([test_offers_respect_direction_for_every_indicator, test_a_target_direction_turns_the_offer_around,
          test_all_targets_together_is_not_the_product])
