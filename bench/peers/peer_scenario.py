"""The parameters of bench/scenarios/peer-core.json as the peers need them.

Reads only what the peer-core scenario uses and refuses anything else, so that a change
to the scenario cannot silently make the peers simulate a different model than intsim.
"""
import json
import math
from dataclasses import dataclass

HISTORY_MASK = (1 << 24) - 1
LTR_MIN_MONTHS = 21


@dataclass
class PeerScenario:
    months: int
    elb: int
    female_share: float
    single_parent_share: float
    ltr_share: float
    spell_shares: list          # share of non-LZB persons with a spell of d months, d = 1..20
    inflow_mean: float
    integration_base: float
    integration_female: float
    integration_ltr: float
    exit_base: float
    exit_ltr: float
    stays_share: float
    slots: int
    duration: int
    lock_in: float
    post: float
    post_months: int


def load(path):
    with open(path, encoding="utf-8") as f:
        doc = json.load(f)
    pop = doc["population"]
    attrs = pop["attributes"]
    if set(attrs) != {"sex", "single_parent"} or "by" in attrs["single_parent"]:
        raise ValueError("peer-core: only sex and an unconditional single_parent attribute are implemented")
    spell = [0.0] * 20
    start = 1
    for band in pop["non_ltr_spell_months"]:
        for d in range(start, band["max"] + 1):
            spell[d - 1] = band["share"] / (band["max"] - start + 1)
        start = band["max"] + 1
    hz = doc["hazards"]
    (measure,) = doc["measures"].values()
    if measure.get("eligible") != {"ltr": True} or measure.get("priority", "random") != "random":
        raise ValueError("peer-core: the peers implement one random-order slot measure for LZB")
    if doc.get("allocation", {}).get("women_share_rule", True):
        raise ValueError("peer-core: the peers implement no women-share rule")
    effect = measure.get("effect", {})
    return PeerScenario(
        months=doc.get("months", 12),
        elb=pop["elb"],
        female_share=attrs["sex"]["shares"][attrs["sex"]["levels"].index("female")],
        single_parent_share=attrs["single_parent"]["shares"][attrs["single_parent"]["levels"].index("yes")],
        ltr_share=pop["ltr_share"],
        spell_shares=spell,
        inflow_mean=doc["inflow"]["monthly_mean"],
        integration_base=hz["integration"]["base"],
        integration_female=hz["integration"].get("factors", {}).get("sex", {}).get("female", 1.0),
        integration_ltr=hz["integration"].get("ltr", 1.0),
        exit_base=hz["exit"]["base"],
        exit_ltr=hz["exit"].get("ltr", 1.0),
        stays_share=hz.get("stays_in_benefit_share", 0.0),
        slots=round(measure["capacity"]["slots"]),
        duration=round(measure.get("duration_months", 1)),
        lock_in=effect.get("lock_in", 1.0),
        post=effect.get("post", 1.0),
        post_months=effect.get("post_months", 0),
    )


def start_strata(s):
    """(female, single_parent, spell months, expected count), LZB first, as intsim's population.cpp."""
    cells = [(f, p, (s.female_share if f else 1 - s.female_share) *
              (s.single_parent_share if p else 1 - s.single_parent_share))
             for p in (False, True) for f in (False, True)]
    strata = [(f, p, 24, s.elb * share * s.ltr_share) for f, p, share in cells]
    for d, spell_share in enumerate(s.spell_shares, start=1):
        strata += [(f, p, d, s.elb * share * (1 - s.ltr_share) * spell_share) for f, p, share in cells]
    total = sum(x[3] for x in strata)
    return [(f, p, d, e * s.elb / total) for f, p, d, e in strata]


def systematic_counts(expected, offset):
    """Systematic sampling: every count is the floor or ceiling of its expectation."""
    counts, cumulative, before = [], 0.0, 0
    for e in expected:
        cumulative += e
        upto = math.floor(cumulative + offset + 1e-9)
        counts.append(upto - before)
        before = upto
    return counts


def competing(h_int, h_exit):
    """(P(integration), P(leave the state)) of one month: 1 - exp(-(h_int + h_exit)) split by share."""
    total = h_int + h_exit
    p_leave = -math.expm1(-total)
    return p_leave * h_int / total, p_leave


INDICATORS = ["integrations_total", "integrations_women", "integrations_ltr", "elb_avg", "elb_end",
              "ltr_avg", "ltr_end", "measure_entries", "measure_occupancy_avg"]
