"""intsim init on a synthetic jobcenter of ten times Lahn-Dill's size (108,500 eLb), and
on a small one of yet another structure (few LZB, old): the checks of
test_init_jobcenters.py. At 10x chance is small against the figures (integrations:
about 160 a replication on 26,000, so 0.14 % with 20 replications), and few
replications suffice."""
from cli_support import main
from test_init_jobcenters import LAHN_DILL_ELB, check_jobcenter, scaled


def test_ten_times_lahn_dill():
    check_jobcenter(scaled(10 * LAHN_DILL_ELB / 5000, "ten"), calibration_reps=20, reps=20, check_reps=30)


def test_few_ltr_and_old():
    """3,000 eLb, a third LZB, 45 % over 50 and 5 % under 25, many single parents."""
    k = scaled(3000 / 5000, "old")
    k["elb"] = {"average": 3000, "end": 2950}
    k["ltr"] = {"average": 1000, "end": 990}
    k["shares"] = {"women": 0.55, "single_parents": 0.2, "u25": 0.05, "50+": 0.45}
    k["integrations"] = {"total": 690, "women": 330, "single_parents": 120, "ltr": 130}
    del k["own_attributes"]
    k["measures"] = [row for row in k["measures"] if "profile" not in row.get("eligible", "")]
    check_jobcenter(k, calibration_reps=300, reps=100, check_reps=300)


if __name__ == "__main__":
    main([test_ten_times_lahn_dill, test_few_ltr_and_old])
