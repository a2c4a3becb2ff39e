"""intsim under mpirun: 2 and 3 ranks give the same bytes as one process (run and
batch); bad input on any rank gives exit code 2 and one message; an interrupted rank
ends the whole job. Skipped (exit 77) when mpirun is missing or intsim was built
without MPI."""
import json
import os
import shutil
import signal
import subprocess
import sys
import time

from cli_support import (BINARY, ROOT, check, intsim, main, results_bytes_without_run_facts, tempdir)

SKIP = 77
MPIRUN = shutil.which("mpirun")
SCENARIO = os.path.join(ROOT, "scenarios", "lahn-dill-2022.json")
HESSE = os.path.join(ROOT, "scenarios", "hesse-26")
# 31 replications: the blocks differ in size (16 + 15, 11 + 10 + 10).
REPS = 31
MPI_TIMEOUT = 240  # a deadlock fails the test instead of hanging ctest


def mpirun_command(ranks, *args):
    return [MPIRUN, "--allow-run-as-root", "--oversubscribe", "-np", str(ranks), BINARY, *map(str, args)]


def mpirun(ranks, *args, check_exit=True):
    result = subprocess.run(mpirun_command(ranks, *args), capture_output=True, text=True, timeout=MPI_TIMEOUT)
    if check_exit and result.returncode != 0:
        raise AssertionError(f"mpirun -np {ranks} intsim {' '.join(map(str, args))} exited "
                             f"{result.returncode}:\n{result.stderr}")
    return result


def intsim_lines(stderr):
    """intsim's own messages (mpirun adds its banner about non-zero exit codes)."""
    return [line for line in stderr.splitlines() if line.startswith("intsim:")]


def skip_unless_mpi_works():
    if MPIRUN is None:
        print("SKIP: mpirun not found (install openmpi-bin)")
        sys.exit(SKIP)
    probe = mpirun(2, "batch", os.path.join(ROOT, "no-such-list"), check_exit=False)
    if "built without MPI" in probe.stderr:
        print("SKIP: intsim was built without MPI (INTSIM_MPI=OFF)")
        sys.exit(SKIP)


def test_run_on_2_and_3_ranks_gives_the_same_bytes():
    with tempdir() as out:
        single = os.path.join(out, "single")
        intsim("run", SCENARIO, "--reps", REPS, "--seed", 9, "--threads", 2, "--out", single, "--quiet")
        expected = results_bytes_without_run_facts(os.path.join(single, "results.json"))
        for ranks in (2, 3):
            path = os.path.join(out, f"ranks-{ranks}")
            result = mpirun(ranks, "run", SCENARIO, "--reps", REPS, "--seed", 9, "--threads", 1, "--out", path, "--quiet")
            check(results_bytes_without_run_facts(os.path.join(path, "results.json")) == expected,
                  f"{ranks} ranks differ from one process")
            run = json.load(open(os.path.join(path, "results.json")))["run"]
            check(run["ranks"] == ranks and run["threads"] == 1, f"run facts {run}")
            check(result.stdout.count("integrations_total") == 1, "only rank 0 prints the summary")
            check(f"{ranks} ranks x 1 thread" in result.stdout, result.stdout)


def test_batch_on_2_ranks_gives_the_same_bytes():
    files = [os.path.join(HESSE, f) for f in ("jc-01-synthetic.json", "jc-14-synthetic.json")]
    with tempdir() as out:
        listing = os.path.join(out, "two.txt")
        with open(listing, "w") as f:
            f.write("\n".join(files) + "\n")
        single, ranked = os.path.join(out, "single"), os.path.join(out, "ranked")
        intsim("batch", listing, "--reps", 9, "--seed", 3, "--out", single, "--quiet")
        mpirun(2, "batch", listing, "--reps", 9, "--seed", 3, "--threads", 1, "--out", ranked, "--quiet")
        for name in ("batch-summary.json", "jc-01-synthetic/results.json", "jc-14-synthetic/results.json"):
            check(results_bytes_without_run_facts(os.path.join(single, name)) ==
                  results_bytes_without_run_facts(os.path.join(ranked, name)), f"{name} differs on 2 ranks")
        check(open(os.path.join(single, "batch-summary.csv")).read() ==
              open(os.path.join(ranked, "batch-summary.csv")).read(), "CSV differs on 2 ranks")


def test_bad_input_on_any_rank_gives_one_message_and_exit_2():
    with tempdir() as out:
        bad = os.path.join(out, "bad.json")
        with open(bad, "w") as f:
            json.dump({"extends": SCENARIO, "population": {"elb": -5}}, f)
        target = os.path.join(out, "results")
        # Bad on every rank.
        result = mpirun(3, "run", bad, "--reps", 6, "--out", target, "--quiet", check_exit=False)
        check(result.returncode == 2, f"exit code {result.returncode}")
        check(len(intsim_lines(result.stderr)) == 1 and "/population/elb" in result.stderr, result.stderr)
        check(not os.path.exists(target), "nothing written")
        # Bad on rank 1 only (MPMD launch: rank 0 gets the good file).
        command = mpirun_command(1, "run", SCENARIO, "--reps", 6, "--out", target, "--quiet") + \
            [":", "-np", "1", BINARY, "run", bad, "--reps", "6", "--out", target, "--quiet"]
        result = subprocess.run(command, capture_output=True, text=True, timeout=MPI_TIMEOUT)
        check(result.returncode == 2, f"exit code {result.returncode}: {result.stderr}")
        lines = intsim_lines(result.stderr)
        check(len(lines) == 1 and lines[0].startswith("intsim: rank 1: ") and "/population/elb" in lines[0],
              result.stderr)
        check(not os.path.exists(target), "nothing written")


def test_batch_failure_under_mpi_names_scenario_and_rank():
    with tempdir() as out:
        listing = os.path.join(out, "list.txt")
        with open(listing, "w") as f:
            f.write(os.path.join(HESSE, "jc-01-synthetic.json") + "\nmissing.json\n")
        target = os.path.join(out, "results")
        result = mpirun(2, "batch", listing, "--reps", 4, "--threads", 1, "--out", target, "--quiet", check_exit=False)
        check(result.returncode == 2, f"exit code {result.returncode}: {result.stderr}")
        lines = intsim_lines(result.stderr)
        check(sum("scenario missing failed on rank 0" in line for line in lines) == 1, result.stderr)
        check(os.path.exists(os.path.join(target, "jc-01-synthetic", "results.json")), "the good one is written")


def rank_pids(mpirun_pid):
    """Processes whose parent is mpirun: the ranks (Open MPI starts local ranks itself)."""
    pids = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                fields = open(f"/proc/{entry}/stat").read().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == mpirun_pid:
                pids.append(int(entry))
    return sorted(pids)


def test_a_signal_to_one_rank_ends_every_rank():
    with tempdir() as out:
        target = os.path.join(out, "results")
        # Far more work than the test waits for; 2 ranks, one thread each.
        process = subprocess.Popen(mpirun_command(2, "run", SCENARIO, "--reps", 4000, "--threads", 1, "--out",
                                                  target, "--quiet"),
                                   stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        try:
            pids = []
            for _ in range(300):  # wait for both ranks to start
                pids = rank_pids(process.pid)
                if len(pids) == 2:
                    break
                time.sleep(0.1)
            check(len(pids) == 2, f"ranks not found: {pids}")
            time.sleep(3)  # let them reach the replications (signal handlers installed)
            os.kill(pids[-1], signal.SIGTERM)
            _, stderr = process.communicate(timeout=MPI_TIMEOUT)
        finally:
            if process.poll() is None:
                process.kill()
        # Rank 0 was not interrupted: rank 1 waits a few seconds for it, then aborts the job.
        check(process.returncode != 0, "an interrupted job does not succeed")
        check(len(intsim_lines(stderr)) == 1 and "rank 1 interrupted" in stderr, stderr)
        check(not os.path.exists(target), "nothing written")


if __name__ == "__main__":
    skip_unless_mpi_works()
    main([test_run_on_2_and_3_ranks_gives_the_same_bytes, test_batch_on_2_ranks_gives_the_same_bytes,
          test_bad_input_on_any_rank_gives_one_message_and_exit_2,
          test_batch_failure_under_mpi_names_scenario_and_rank, test_a_signal_to_one_rank_ends_every_rank])
