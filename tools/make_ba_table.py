#!/usr/bin/python3
"""A SYNTHETIC § 48a key-figure table in the layout of scenarios/ba-tables/layout-2025.json:
every column the layout names, one row per jobcenter and month, for a few dozen made-up
jobcenters (ids 99001.., names "Synthetisches Jobcenter NN"), written as German Excel saves
CSV (UTF-8 with BOM, ';', decimal comma, CRLF). The figures are consistent with the key
figures' definitions (K2 = 100 x integrations of 12 months / average eLb of those months,
to one decimal; subgroup numerators below the total) and with each other from month to
month, but they are invented: no row is a real jobcenter's.

Usage: tools/make_ba_table.py OUT.csv [--jobcenters 36] [--first 2021-01] [--months 24] [--seed 26]
"""
import argparse
import json
import os
import random

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LAYOUT = os.path.join(ROOT, "scenarios", "ba-tables", "layout-2025.json")


def german(x, decimals=0):
    text = f"{x:,.{decimals}f}"  # 12,345.6
    return text.replace(",", "\0").replace(".", ",").replace("\0", ".")


def months(first, count):
    year, month = map(int, first.split("-"))
    for _ in range(count):
        yield year, month
        month += 1
        if month > 12:
            year, month = year + 1, 1


def jobcenter_rows(rng, number, first, count):
    elb = rng.uniform(3000, 60000)
    k2 = rng.uniform(0.18, 0.34)           # integrations a year per eLb
    women, parents, ltr_part = rng.uniform(0.36, 0.44), rng.uniform(0.06, 0.11), rng.uniform(0.38, 0.5)
    ltr_share = rng.uniform(0.55, 0.75)
    history = []                           # (elb, integrations, women, single parents, ltr) a month
    year, month = map(int, first.split("-"))
    back = year * 12 + month - 1 - 11  # 11 months before the first row: its 12-month sums need them
    all_months = list(months(f"{back // 12}-{back % 12 + 1:02d}", count + 11))
    for year, month in all_months:
        elb *= 1 + rng.gauss(0, 0.004)
        season = 1 + 0.15 * (month in (3, 4, 8, 9)) - 0.2 * (month == 12)
        total = max(0, round(elb * k2 / 12 * season * rng.uniform(0.9, 1.1)))
        w = round(total * women * rng.uniform(0.9, 1.1))
        sp = round(total * parents * rng.uniform(0.8, 1.2))
        lz = round(total * ltr_part * rng.uniform(0.9, 1.1))
        history.append((round(elb), total, min(w, total), min(sp, total), min(lz, total)))
    rows = []
    for t in range(11, len(all_months)):
        window = history[t - 11:t + 1]
        year, month = all_months[t]
        integrations = sum(h[1] for h in window)
        elb_avg = sum(h[0] for h in window) / 12
        rows.append({
            "id": f"{99000 + number}", "name": f"Synthetisches Jobcenter {number:02d}", "month": f"{month:02d}.{year}",
            "integrations_12m": german(integrations), "elb_avg_12m": german(elb_avg, 1),
            "k2": german(round(100 * integrations / round(elb_avg, 1), 1), 1),
            "integrations_women_12m": german(sum(h[2] for h in window)),
            "integrations_single_parents_12m": german(sum(h[3] for h in window)),
            "integrations_ltr_12m": german(sum(h[4] for h in window)),
            "ltr": german(round(history[t][0] * ltr_share)),
        })
    return rows


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out")
    parser.add_argument("--jobcenters", type=int, default=36)
    parser.add_argument("--first", default="2021-01")
    parser.add_argument("--months", type=int, default=24)
    parser.add_argument("--seed", type=int, default=26)
    args = parser.parse_args()
    layout = json.load(open(LAYOUT, encoding="utf-8"))
    keys = list(layout["figures"])
    header = [layout["jobcenter_column"], layout["name_column"], layout["month_column"]] + [layout["figures"][k] for k in keys]
    rng = random.Random(args.seed)
    lines = [";".join(header)]
    for number in range(1, args.jobcenters + 1):
        for row in jobcenter_rows(rng, number, args.first, args.months):
            lines.append(";".join([row["id"], row["name"], row["month"]] + [row[k] for k in keys]))
    with open(args.out, "w", encoding="utf-8", newline="") as f:
        f.write("\ufeff" + "\r\n".join(lines) + "\r\n")


if __name__ == "__main__":
    main()
