"""intsim init on a synthetic jobcenter of ten times Lahn-Dill's size (108,500 eLb): the
checks of test_init_jobcenters.py. At this size chance is small against the figures
(integrations: about 160 a replication on 26,000, so 0.14 % with 20 replications), and
few replications suffice."""
from cli_support import main
from test_init_jobcenters import LAHN_DILL_ELB, check_jobcenter, scaled


def test_ten_times_lahn_dill():
    check_jobcenter(scaled(10 * LAHN_DILL_ELB / 5000, "ten"), calibration_reps=20, reps=20, check_reps=30)


if __name__ == "__main__":
    main([test_ten_times_lahn_dill])
