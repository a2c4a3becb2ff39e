#!/usr/bin/env python3
"""Writes scenarios/lahn-dill-2021.json (the calibrated base year) and
scenarios/lahn-dill-2022.json (the 2022 programme, extending the base year). Kept so that
the derivation of every number (shares from the seed's counts, the split of the EGT, the
fitted parameters) can be re-read and re-run. The fitted values below were produced by

  intsim calibrate scenarios/lahn-dill-2021.json --actuals scenarios/actuals/lahn-dill-2021.json
  intsim calibrate scenarios/lahn-dill-2022.json --actuals scenarios/actuals/lahn-dill-2022-plan.json

(docs/validation.md shows the fit)."""
import json, sys

SEED = "AMP 2022 Kommunales Jobcenter Lahn-Dill"
elb, women, single_parents, ltr_avg = 10850, 5559, 1320, 7103
share_women = women / elb
share_sp = single_parents / elb
sp_female_share = 0.92  # assumption
p_sp_f = share_sp * sp_female_share / share_women
p_sp_m = share_sp * (1 - sp_female_share) / (1 - share_women)

def flag(share, source):
    return {"levels": ["no", "yes"], "shares": [round(1 - share, 6), round(share, 6)], "assumption": source}

# Parameters fitted by `intsim calibrate` (see the module docstring); everything else in
# the hazards is an assumption, as marked.
# Refitted after the warm start (issue 23): recent leavers come back from the first month,
# so fewer newcomers meet the same stock; refitted again when the catalogue's effects were
# matched on the share employed (issue 23, item 3).
FIT_2021 = {"integration_base": 0.0436103, "female": 0.399844, "single_parent": 1.09738, "integration_ltr": 0.596227,
            "inflow": 252.753, "exit_ltr": 0.260939, "exit_base": 0.0636254, "ltr_share": 0.64089}
FIT_2022 = {"integration_base": 0.045997, "inflow": 293.54, "exit_ltr": 0.207864}

start_2021 = 11300  # assumption, see below
scenario = {
  "name": "lahn-dill-2021",
  "description": "Kommunales Jobcenter Lahn-Dill, base year 2021, calibrated to the 2021 results the seed expects "
                 "(section 2.2). The measure programme of 2021 is not in the seed; the 2022 programme stands in for it.",
  "start": "2021-01",
  "months": 12,
  "catalogue": "effects/catalogue.json",
  "population": {
    "elb": start_2021,
    "assumption": "stock at the start of 2021: the seed gives the 2021 average (10,983) and September 2021 (10,687) with exits exceeding inflows since April 2021, so the year began above the average",
    "attributes": {
      "sex": {"levels": ["male", "female"], "shares": [round(1 - share_women, 6), round(share_women, 6)],
              "source": f"{SEED}, section 2.3: 5,559 women of 10,850 eLb (2022 yearly averages; used for 2021 too)"},
      "single_parent": {"levels": ["no", "yes"], "by": "sex",
                         "shares": {"male": [round(1 - p_sp_m, 6), round(p_sp_m, 6)],
                                    "female": [round(1 - p_sp_f, 6), round(p_sp_f, 6)]},
                         "source": f"{SEED}, section 2.3: 1,320 single parents of 10,850 eLb",
                         "assumption": "92 % of single parents are women (national SGB II pattern)"},
      "age_band": {"levels": ["u25", "25-49", "50+"], "shares": [0.12, 0.58, 0.30],
                   "assumption": "age structure of SGB II eLb in Hesse; the seed gives none"},
      "severe_disability": flag(0.04, "4 % severely disabled; the seed gives no share"),
      "eu_citizen": flag(0.05, "5 % EU citizens (esp. Romania, Bulgaria) in the Wetzlar target group; the seed gives no share"),
      "health": flag(0.08, "8 % with a health-stabilisation need; the seed gives no share"),
      "addiction": flag(0.02, "2 % with an addiction problem; the seed gives no share"),
      "parental_leave": flag(0.03, "3 % returning from parental leave; the seed gives no share"),
    },
    "ltr_share": FIT_2021["ltr_share"],
    "note": "LZB share at the start of 2021: about 7,250 LZB of 11,300, fitted by intsim calibrate to the 2021 LZB average 7,171 and year-end 7,110 (seed section 2.2)",
    "non_ltr_spell_months": [
      {"max": 3, "share": 0.26}, {"max": 6, "share": 0.22}, {"max": 12, "share": 0.28}, {"max": 20, "share": 0.24}],
    "comment": "spell lengths of the non-LZB: a declining profile (assumption; no figure in the seed)",
  },
  "inflow": {
    "monthly_mean": FIT_2021["inflow"],
    "season": [1.15, 1.05, 1.0, 0.95, 0.95, 0.95, 1.0, 1.05, 1.0, 0.95, 0.95, 1.0],
    "assumption": "new customers per month: fitted by intsim calibrate to the 2021 average stock 10,983; the season is an assumption",
    "mix": {
      "age_band": {"shares": [0.22, 0.60, 0.18], "assumption": "newcomers are younger than the stock"},
      "sex": {"shares": [0.53, 0.47], "source": f"{SEED}, section 2.3: men have more inflow and exit dynamics than women"}
    },
    "reentry": {"within_months": 12, "monthly_rate": 0.03,
                "assumption": "a quarter to a third of leavers come back within a year"}
  },
  "hazards": {
    "integration": {
      "base": FIT_2021["integration_base"],
      "factors": {
        "sex": {"female": FIT_2021["female"]},
        "single_parent": {"yes": FIT_2021["single_parent"]},
        "age_band": {"u25": 1.25, "50+": 0.6},
        "severe_disability": {"yes": 0.6},
        "health": {"yes": 0.55},
        "addiction": {"yes": 0.5},
        "parental_leave": {"yes": 0.5},
        "source": f"women and single-parent factors fitted to {SEED}, section 2.2: 785 women and 223 single parents among 2,575 integrations in 2021",
        "assumption": "the age and group factors"
      },
      "ltr": FIT_2021["integration_ltr"],
      "months_in_benefit": [{"max": 6, "factor": 1.2}, {"max": 12, "factor": 1.0}, {"max": 24, "factor": 0.9}],
      "season": [0.8, 0.95, 1.1, 1.1, 1.05, 1.0, 0.95, 1.1, 1.1, 1.05, 0.95, 0.85],
      "source": f"base and LZB factor fitted by intsim calibrate to {SEED}, section 2.2: 2,575 integrations, 1,186 of LZB in 2021",
      "assumption": "the months-in-benefit profile and the monthly season of hiring"
    },
    "exit": {
      "base": FIT_2021["exit_base"],
      "factors": {"sex": {"female": 0.8}, "age_band": {"u25": 1.2, "50+": 1.2},
                  "source": f"{SEED}, section 2.3: men have more exit dynamics than women (the factor itself is an assumption)"},
      "ltr": FIT_2021["exit_ltr"],
      "months_in_benefit": [{"max": 3, "factor": 1.5}, {"max": 12, "factor": 1.0}, {"max": 24, "factor": 0.8}],
      "source": f"base and LZB factor fitted by intsim calibrate to {SEED}, section 2.2: LZB average 7,171 and year-end 7,110 in 2021",
      "assumption": "exits other than integration (other benefits, moving away, pension, partner's income); the months-in-benefit profile"
    },
    "stays_in_benefit_share": 0.563,
    "source": "BA, January 2019: 43.7 % of integrations ended benefit three months later (docs/design.md glossary)"
  },
  "uncertainty": {
    "integration_sd": 0.05, "exit_sd": 0.05, "inflow_sd": 0.08, "measure_effect_sd": 0.2,
    "assumption": "log-scale spread of the yearly levels: nobody can predict the labour market (seed section 1); measure_effect_sd spreads effects stated as factors (effects stated as published carry their own 90 % range)"
  },
  "allocation": {"women_share_rule": True,
                 "source": f"{SEED}, section 4: women take part in measures at least in proportion to their share of the stock"},
  "budget": {"operative_egt": 9697845, "egt_total": 13016091, "administration": 15074284,
             "source": f"{SEED}, section 2.2: the 2022 EGT",
             "assumption": "2021 had the same money as 2022"},
  "targets": {
    "integrations_women": {"value": 723, "source": f"{SEED}, section 2.2: the 2021 target for women was 723"},
  },
}

plan_2022 = {
  "extends": "lahn-dill-2021.json",
  "name": "lahn-dill-2022",
  "description": "Kommunales Jobcenter Lahn-Dill, labour-market and integration programme (AMP) 2022 as planned: "
                 "the 2022 stock, targets, EGT and every measure of seed section 3, on the hazards calibrated to 2021.",
  "start": "2022-01",
  "population": {
    "elb": elb,
    "assumption": "the stock at the start of 2022 equals the planned 2022 average 10,850 (seed section 2.3; September 2021: 10,687)",
    "ltr_share": round(7110 / elb, 6),
    "note": f"{SEED}, section 2.2: LZB stock at the end of 2021 7,110, as a share of the start stock",
  },
  "inflow": {
    "monthly_mean": FIT_2022["inflow"],
    "assumption": "fitted by intsim calibrate (with the integration level and the LZB exit factor) so that the expected 2022 average stock is the planned 10,850 (seed section 2.3)",
  },
  "hazards": {
    "integration": {
      "base": FIT_2022["integration_base"],
      "assumption": f"the labour market recovers: the 2021 level times {FIT_2022['integration_base'] / FIT_2021['integration_base']:.3f}, the factor that meets the plan of 2,707 integrations (fitted by intsim calibrate); seed section 2.1 reports +12.9 % integrations of the unemployed and +63.1 % reported vacancies, which makes a recovery of this size plausible",
    },
    "exit": {
      "ltr": FIT_2022["exit_ltr"],
      "assumption": "LZB leave more slowly than in 2021: the factor that meets the planned LZB average of 7,103 (BA forecast, seed section 2.2; fitted by intsim calibrate)",
    },
  },
  "budget": {"source": f"{SEED}, section 2.2: EGT 13,016,091 EUR, of it 9,697,845 EUR for operative measures",
             "assumption": None},
  "targets": {
    "integrations_total": {"value": 2707, "source": f"{SEED}, section 2.2: +5.1 % on 2,575"},
    "integrations_women": {"value": 824, "source": f"{SEED}, section 2.2: +5 % on 785"},
    "integrations_single_parents": {"value": 234, "source": f"{SEED}, section 2.2: +5 % on 223"},
    "integrations_ltr": {"value": 1245, "source": f"{SEED}, section 2.2: +5 % on 1,186"},
    "integration_rate": {"value": 24.9, "source": f"{SEED}, section 2.2: integration rate 24.9 %"},
    "ltr_avg": {"value": 7103, "direction": "lower", "source": f"{SEED}, section 2.2: LZB yearly average 7,103 (BA forecast -0.2 %)"}
  },
  "baseline": {
    "integrations_total": 2575, "integrations_women": 785, "integrations_single_parents": 223,
    "integrations_ltr": 1186, "elb_avg": 10983, "ltr_avg": 7171, "ltr_end": 7110,
    "integration_rate": 23.4, "ltr_integration_rate": 16.7,
    "source": f"{SEED}, section 2.2: 2021 as expected when the target offer was made"
  },
}

# What employers take up of a measure whose entry is a counted hire, and the share of its
# hires that would have happened anyway (docs/effects.md section 8). Both assumptions: no
# study found gives either for German subsidised hires (docs/evidence/measure-effects.md,
# "Deadweight of wage subsidies").
DEMAND_MARGIN, DEADWEIGHT = 1.2, 0.3
def employer_demand(planned_entries):
    return {"entries_per_year": round(planned_entries * DEMAND_MARGIN, 6), "deadweight_share": DEADWEIGHT,
            "assumption": f"employers take up at most the planned {planned_entries} hires a year times {DEMAND_MARGIN} "
                          f"(a margin assumed, not observed); {DEADWEIGHT:.0%} of the hires would have happened anyway "
                          "(assumed: evaluations warn of substantial deadweight of wage subsidies without a German "
                          "share; docs/evidence/measure-effects.md, 'Deadweight of wage subsidies')",
            "source": "deadweight named, not quantified: IAB-Kurzbericht 12/2008 (Bernhard, Brussig, Gartner, Stephan); "
                      "Boockmann, Zwick, Ammermueller, Maier, JEEA 10(4) 2012; Heyer, Koch, Stephan, Wolff, ZAF 2012; "
                      "Marx, University of Antwerp 2005"}

def effect(entry):
    return {"from_catalogue": entry}

def slot_measure(name, slots, per_slot_month, duration, eligible, entry, source, assumption, **extra):
    m = {"name": name, "capacity": {"slots": slots, "source": source},
         "duration_months": duration, "duration": "geometric",
         "eligible": eligible, "effect": effect(entry),
         "cost": {"per_slot_month": per_slot_month, "assumption": assumption}}
    m.update(extra)
    return m

S3 = f"{SEED}, section 3"
price = "price per slot-month: the seed gives none; chosen so that the planned programme spends the operative EGT"
measures = {
  "jobaktiv": slot_measure("JobAktiv (GWAB), both sites", 93, 750, 3, {"new_customer_months": 2},
                           "application_training", f"{S3}: 93 slots; section 4: entry measure at application", price,
                           priority="newest"),
  "aktivierungszentrum": slot_measure("Aktivierungszentrum (GWAB)", 250, 800, 6, {"ltr": True},
                           "activation_classroom", f"{S3}: 250 slots, the central measure for LZB", price,
                           priority="longest_in_benefit"),
  "wege_in_faire_arbeit": slot_measure("Wege in faire Arbeit, Wetzlar", 36, 700, 4, {"eu_citizen": "yes"},
                           "coaching_placement", f"{S3}: 36 slots, until summer 2022", price,
                           end="2022-08"),
  "gesundheitaktiv": slot_measure("GesundheitAktiv (Softdoor), both sites", 45, 650, 6, {"health": "yes"},
                           "coaching_stabilisation", f"{S3}: average 45 occupied slots, about 90 entries", price),
  "aktivierung_vermittlung_sb": slot_measure("Aktivierung und Vermittlung (BWHW), severely disabled", 26, 700, 6,
                           {"severe_disability": "yes"}, "coaching_placement", f"{S3}: 26 slots", price),
  "perspektive_elternzeit": slot_measure("Perspektive nach Elternzeit (IB), both sites", 26, 650, 6, {"parental_leave": "yes"},
                           "coaching_placement", f"{S3}: 26 slots", price),
  "stabil": slot_measure("STABIL (Diakonie Dillenburg), co-financed", 5, 600, 6, {"addiction": "yes"},
                           "coaching_stabilisation", f"{S3}: 5 slots", price),
  "charli": slot_measure("CharLi (BWHW), hard-to-reach young people, § 16h", 15, 700, 6, {"age_band": "u25"},
                           "coaching_stabilisation", f"{S3}: 8 slots Wetzlar + 7 Dillenburg", price),
  "soul_25plus": slot_measure("SOUL (BWHW), over 25", 24, 600, 6, {"age_band": ["25-49", "50+"]},
                           "coaching_stabilisation", f"{S3}: 24 slots", price),
  "soul_u25": slot_measure("SOUL (BWHW), under 25", 18, 600, 6, {"age_band": "u25"},
                           "coaching_stabilisation", f"{S3}: 18 slots", price),
  "arbeitsgelegenheiten": slot_measure("Arbeitsgelegenheiten § 16d (work opportunities)", 108, round(360000 / (108 * 12), 2), 6,
                           {"ltr": True}, "work_opportunities",
                           f"{S3}: 108 slots, 360,000 EUR", "per slot-month = 360,000 EUR / (108 slots x 12 months)"),
  "egz": {"name": "Eingliederungszuschüsse (EGZ, wage subsidies)",
          "capacity": {"entries": 110, "source": f"{S3}: 110 subsidised hires"},
          "integration_on_entry": True, "leaves_benefit": True, "effect": effect("wage_subsidy"),
          "employer_demand": employer_demand(110),
          "cost": {"per_entry": round(250000 / 110, 2), "fixed": 160000,
                   "source": f"{S3}: 410,000 EUR", "assumption": "160,000 EUR for hires of 2021 still subsidised, the rest spread over the 110 new hires"}},
  "paragraph_16e": {"name": "§ 16e SGB II (integration of the long-term unemployed)",
          "capacity": {"entries": 6, "source": f"{S3}: 12 new § 16e/§ 16i cases", "assumption": "half of them § 16e"},
          "eligible": {"ltr": True},
          "integration_on_entry": True, "leaves_benefit": True, "duration_months": 24,
          "effect": effect("integration_long_term_unemployed"),
          "employer_demand": employer_demand(6),
          "cost": {"per_entry": 7500, "fixed": 555000,
                   "source": f"{S3}: 1,200,000 EUR for § 16e and § 16i incl. continuing cases and coaching",
                   "assumption": "half of the money for each paragraph; 7,500 EUR of 2022 spending per new case"}},
  "paragraph_16i": {"name": "§ 16i SGB II (participation in the labour market)",
          "capacity": {"entries": 6, "source": f"{S3}: 12 new § 16e/§ 16i cases", "assumption": "half of them § 16i"},
          "eligible": {"min_months_in_benefit": 24},
          "integration_on_entry": True, "counts_as_integration": False,
          "duration_months": 24, "effect": effect("participation_16i"),
          "note": "since 2019 a § 16i start counts as an active measure, not as a K2 integration",
          "cost": {"per_entry": 7500, "fixed": 555000,
                   "source": f"{S3}: 1,200,000 EUR for § 16e and § 16i incl. continuing cases and coaching",
                   "assumption": "half of the money for each paragraph; 7,500 EUR of 2022 spending per new case"}},
  "individual_support": {"name": "Individual support: placement budget, § 16f, § 16c, Einstiegsgeld",
          "capacity": {"budget": 580000, "source": f"{S3}: 580,000 EUR, entries until the money is spent"},
          "duration_months": 1, "effect": effect("individual_support"),
          "cost": {"per_entry": 500, "assumption": "500 EUR per case"}},
  "fbw": {"name": "Further vocational training (FbW)",
          "capacity": {"entries": 100, "source": f"{S3}: 100 new entries plus running cases, 770,000 EUR"},
          "duration_months": 8, "eligible": {"age_band": ["25-49", "50+"]},
          "effect": effect("further_training"),
          "cost": {"per_participant_month": 700, "fixed": 392000,
                   "assumption": "700 EUR per participant-month; 392,000 EUR for courses that started before 2022"}},
  "ausbildung_eq": {"name": "Out-of-school training and entry qualification (EQ, BaE)",
          "capacity": {"slots": 80, "assumption": "80 places; the seed names only the money"},
          "duration_months": 12, "duration": "geometric", "eligible": {"age_band": "u25"},
          "effect": effect("youth_preparation"),
          "cost": {"per_slot_month": round(1460000 / (80 * 12), 2), "source": f"{S3}: 1,460,000 EUR"}},
  "produktionsschulen": {"name": "Co-financing: Produktionsschulen Erdbach and Südkreis, Kloster Altenberg",
          "capacity": {"slots": 20, "assumption": "20 places; the seed names neither places nor money"},
          "duration_months": 10, "duration": "geometric", "eligible": {"age_band": "u25"},
          "effect": effect("youth_preparation"),
          "cost": {"fixed": 267845, "assumption": "the remainder of the operative EGT"}},
  "bamf_courses": {"name": "Integration and job-related German courses (BAMF)", "funded_by": "third_party",
          "capacity": {"slots": 300, "assumption": "300 participants; funded by the BAMF, no EGT cost"},
          "duration_months": 6, "duration": "geometric", "eligible": {"ltr": False},
          "effect": effect("language_courses"), "source": f"{S3}: measures paid by third parties"},
  "bvb": {"name": "Vocational preparation (BVB) of the employment agency", "funded_by": "third_party",
          "capacity": {"slots": 30, "assumption": "30 young participants"}, "duration_months": 10, "duration": "geometric",
          "eligible": {"age_band": "u25"}, "effect": effect("youth_preparation"),
          "source": f"{S3}: measures paid by third parties"},
  "frau_stark": {"name": "Frau Stark (IB, Dillenburg)", "funded_by": "third_party",
          "capacity": {"slots": 15, "assumption": "15 places, Hessian labour-market budget / REACT-EU"},
          "duration_months": 6, "duration": "geometric", "eligible": {"sex": "female"},
          "effect": effect("coaching_placement"), "source": f"{S3}: measures paid by third parties"},
  "brueckenbildung": {"name": "BrückenBildung (IB), women with a migration background", "funded_by": "third_party",
          "capacity": {"slots": 15, "assumption": "15 places"}, "duration_months": 6, "duration": "geometric",
          "eligible": {"sex": "female"}, "effect": effect("coaching_placement"),
          "source": f"{S3}: measures paid by third parties"},
  "lahn": {"name": "LA(H)N (BWHW, Dillenburg), crafts", "funded_by": "third_party",
          "capacity": {"slots": 12, "assumption": "12 places"}, "duration_months": 6, "duration": "geometric",
          "effect": effect("coaching_placement"), "source": f"{S3}: measures paid by third parties"},
}
measures["note"] = "the programme of seed section 3 (2022); 2021 is assumed to have run the same programme"
scenario["measures"] = measures
folder = sys.argv[1] if len(sys.argv) > 1 else "scenarios"
for name, document in (("lahn-dill-2021.json", scenario), ("lahn-dill-2022.json", plan_2022)):
    with open(f"{folder}/{name}", "w") as f:
        json.dump(document, f, indent=2, ensure_ascii=False)
        f.write("\n")
