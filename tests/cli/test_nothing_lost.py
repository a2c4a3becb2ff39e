"""Nothing lost: an interrupted run (SIGINT, SIGTERM) stops with exit code 130/143 and
leaves the output directory exactly as it was; a full disk or an output directory that
cannot exist gives exit code 2 and one message, and no partial file."""
import os
import resource
import signal
import subprocess
import time

from cli_support import BINARY, ROOT, check, intsim, main, tempdir

SCENARIO = os.path.join(ROOT, "scenarios", "lahn-dill-2022.json")
SMALL = os.path.join(ROOT, "tests", "bad", "base.json")
PREVIOUS = '{"previous": "run"}\n'


def snapshot(directory):
    """Every file below `directory` with its content: what must survive unchanged."""
    files = {}
    for parent, _, names in os.walk(directory):
        for name in names:
            path = os.path.join(parent, name)
            with open(path, "rb") as f:
                files[os.path.relpath(path, directory)] = f.read()
    return files


def previous_run(directory):
    out = os.path.join(directory, "out")
    os.makedirs(out)
    with open(os.path.join(out, "results.json"), "w") as f:
        f.write(PREVIOUS)
    return out


def interrupt_long_run(signum, expected_code):
    with tempdir() as d:
        out = previous_run(d)
        before = snapshot(d)
        # 100,000 replications take many minutes: the signal arrives mid-run.
        process = subprocess.Popen([BINARY, "run", SCENARIO, "--reps", "100000", "--threads", "2", "--out", out],
                                   stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        time.sleep(1.0)
        if process.poll() is not None:
            raise AssertionError(f"the run ended before the signal: {process.communicate()}")
        process.send_signal(signum)
        try:
            stdout, stderr = process.communicate(timeout=60)
        except subprocess.TimeoutExpired:
            process.kill()
            raise AssertionError("the run did not stop within 60 s of the signal")
        check(process.returncode == expected_code, f"exit code {process.returncode}, expected {expected_code}: {stderr}")
        check(stderr.startswith("intsim: interrupted") and stderr.count("\n") == 1, repr(stderr))
        check(stdout == "", repr(stdout))
        check(snapshot(d) == before, f"the output directory changed: {sorted(snapshot(d))}")


def test_sigint_stops_cleanly():
    interrupt_long_run(signal.SIGINT, 130)


def test_sigterm_stops_cleanly():
    interrupt_long_run(signal.SIGTERM, 143)


def test_interrupted_run_creates_no_directory():
    with tempdir() as d:
        out = os.path.join(d, "new", "out")
        process = subprocess.Popen([BINARY, "run", SCENARIO, "--reps", "100000", "--out", out],
                                   stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        time.sleep(1.0)
        process.send_signal(signal.SIGINT)
        process.communicate(timeout=60)
        check(process.returncode == 130, f"exit code {process.returncode}")
        check(os.listdir(d) == [], f"left behind: {os.listdir(d)}")


def test_output_below_a_regular_file():
    # Root ignores permissions, so an unwritable directory is made the robust way: a
    # directory cannot exist below a regular file.
    with tempdir() as d:
        blocker = os.path.join(d, "file")
        with open(blocker, "w") as f:
            f.write("not a directory\n")
        result = intsim("run", SMALL, "--reps", 2, "--quiet", "--out", os.path.join(blocker, "out"), check=False)
        check(result.returncode == 2, f"exit code {result.returncode}: {result.stderr}")
        # Refused before any computation (the --out check), naming the file in the way.
        check(result.stderr.count("\n") == 1 and "no output directory can be made below it" in result.stderr and
              blocker in result.stderr, result.stderr)
        check(os.listdir(d) == ["file"], os.listdir(d))


def limit_file_size():
    # Writing beyond RLIMIT_FSIZE fails with EFBIG, like a full disk, as long as SIGXFSZ
    # is ignored (an ignored signal stays ignored across exec).
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (1000, 1000))


def test_write_failure_leaves_previous_outputs():
    with tempdir() as d:
        out = previous_run(d)
        before = snapshot(d)
        result = subprocess.run([BINARY, "run", SMALL, "--reps", "2", "--quiet", "--out", out],
                                capture_output=True, text=True, preexec_fn=limit_file_size, timeout=120)
        check(result.returncode == 2, f"exit code {result.returncode}: {result.stderr}")
        check(result.stderr.count("\n") == 1, repr(result.stderr))
        check(os.path.join(out, "results.json") in result.stderr and "cannot write" in result.stderr, result.stderr)
        check(snapshot(d) == before, f"the output directory changed: {sorted(snapshot(d))}")
        check(sorted(os.listdir(out)) == ["results.json"], os.listdir(out))


def test_full_disk():
    # A real full disk: a tiny tmpfs, when this machine lets us mount one (root, and a
    # container that allows it); otherwise the file-size limit above stands in for it.
    with tempdir() as d:
        disk = os.path.join(d, "disk")
        os.makedirs(disk)
        mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=16k", "tmpfs", disk],
                                 capture_output=True).returncode == 0
        if not mounted:
            print("     (cannot mount a tmpfs here: full disk covered by the file-size limit test)")
            return
        try:
            out = previous_run(disk)
            with open(os.path.join(disk, "filler"), "wb") as f:
                try:
                    f.write(b"x" * 64 * 1024)
                except OSError:
                    pass  # the disk is full now
            before = snapshot(disk)
            result = intsim("run", SMALL, "--reps", 2, "--quiet", "--out", out, check=False)
            check(result.returncode == 2, f"exit code {result.returncode}: {result.stderr}")
            check(result.stderr.count("\n") == 1 and "No space left on device" in result.stderr, result.stderr)
            check(snapshot(disk) == before, "the full disk's contents changed")
            check(sorted(os.listdir(out)) == ["results.json"], os.listdir(out))
        finally:
            subprocess.run(["umount", disk], check=True)


if __name__ == "__main__":
    main([test_sigint_stops_cleanly, test_sigterm_stops_cleanly, test_interrupted_run_creates_no_directory,
          test_output_below_a_regular_file, test_write_failure_leaves_previous_outputs, test_full_disk])
