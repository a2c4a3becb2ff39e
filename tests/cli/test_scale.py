"""Scale: the synthetic Germany-size scenario (3.9 million eLb) runs one replication
within a stated memory bound, and the smallest cases (nobody, one person, ten years,
measures without places) give valid results. Memory, not time, is asserted: the time
per replication is measured and documented in docs/reliability.md."""
import os
import resource

from cli_support import ROOT, check, intsim, main, tempdir, validate_results

GERMANY = os.path.join(ROOT, "scenarios", "synthetic", "germany.json")
SMALL = os.path.join(ROOT, "tests", "bad", "base.json")
# Measured peak: about 220 MB for one replication on one thread (docs/reliability.md).
# The bound leaves room for other allocators and library versions; a layout change that
# doubles the bytes per person would still show.
GERMANY_PEAK_BOUND_MB = 600


def test_germany_size_replication_fits_in_memory():
    with tempdir() as out:
        intsim("run", GERMANY, "--reps", 1, "--threads", 1, "--quiet", "--out", out)
        peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        doc = validate_results(os.path.join(out, "results.json"))
        check(peak_mb < GERMANY_PEAK_BOUND_MB, f"peak RSS {peak_mb:.0f} MB")
        # The stock is stable by construction (Lahn-Dill scaled): within 3 % of 3.9 million.
        elb = doc["indicators"]["elb_avg"]["mean"]
        check(abs(elb - 3.9e6) / 3.9e6 < 0.03, f"eLb average {elb}")
        check(doc["run"]["person_months"] > 12 * 3.8e6, f"person-months {doc['run']['person_months']}")
        # Demand is large, so the slot measures are full: the scaled Aktivierungszentrum
        # holds its 89,862 places on average.
        az = next(m for m in doc["measures"] if m["id"] == "aktivierungszentrum")
        check(abs(az["occupancy_avg"]["mean"] - 89862) < 1, f"occupancy {az['occupancy_avg']['mean']}")


def test_small_cases_give_valid_results():
    with tempdir() as d:
        for name, sets in [
            ("nobody", ["population.elb=0", "inflow.monthly_mean=0"]),
            ("one-person", ["population.elb=1", "inflow.monthly_mean=0"]),
            ("ten-years", ["months=120"]),
            ("no-places", ["measures.coaching.capacity.slots=0", "measures.wage_subsidy.capacity.entries=0",
                           "measures.training.capacity.budget=0"]),
        ]:
            out = os.path.join(d, name)
            arguments = ["run", SMALL, "--reps", 5, "--quiet", "--out", out]
            for assignment in sets:
                arguments += ["--set", assignment]
            intsim(*arguments)
            doc = validate_results(os.path.join(out, "results.json"))
            if name == "nobody":
                check(doc["indicators"]["integrations_total"]["max"] == 0, "no integrations without people")
                check(doc["indicators"]["integration_rate"]["mean"] == 0, "0 / 0 reported as 0")
            if name == "one-person":
                check(doc["indicators"]["elb_avg"]["max"] <= 1, "one person at most")
            if name == "ten-years":
                check(len(doc["monthly"]) == 120 and doc["monthly"][-1]["month"] == "2031-12", "120 months")
            if name == "no-places":
                check(all(m["entries"]["mean"] == 0 for m in doc["measures"]), "nobody enters")


if __name__ == "__main__":
    main([test_germany_size_replication_fits_in_memory, test_small_cases_give_valid_results])
