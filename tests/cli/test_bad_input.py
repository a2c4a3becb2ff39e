"""Bad input: exit code 2, one message naming file and JSON pointer, nothing written."""
import json
import os

from cli_support import ROOT, check, intsim, main, tempdir

SCENARIO = os.path.join(ROOT, "scenarios", "lahn-dill-2022.json")


def run_bad(out, *args):
    result = intsim(*args, "--out", out, check=False)
    check(result.returncode == 2, f"exit code {result.returncode}, stderr: {result.stderr}")
    check(not os.path.exists(os.path.join(out, "results.json")), "a failed run wrote results.json")
    return result.stderr


def variant(directory, name, patch):
    path = os.path.join(directory, name)
    with open(path, "w") as f:
        json.dump({"extends": SCENARIO, **patch}, f)
    return path


def test_unknown_key_names_pointer_and_nearest_key():
    with tempdir() as d:
        path = variant(d, "typo.json", {"measures": {"egz": {"capacty": {"entries": 3}}}})
        err = run_bad(os.path.join(d, "out"), "run", path, "--reps", 5)
        check(path in err and "/measures/egz/capacty" in err and 'did you mean "capacity"' in err, err)
        check(err.count("\n") == 1, f"one line: {err!r}")


def test_out_of_range_and_wrong_type():
    with tempdir() as d:
        for name, patch, fragment in [
            ("share.json", {"population": {"ltr_share": 1.5}}, "/population/ltr_share"),
            ("months.json", {"months": 0}, "/months"),
            ("type.json", {"inflow": {"monthly_mean": "many"}}, "/inflow/monthly_mean"),
            ("negative.json", {"measures": {"aktivierungszentrum": {"capacity": {"slots": -250}}}},
             "/measures/aktivierungszentrum/capacity/slots"),
        ]:
            err = run_bad(os.path.join(d, "out"), "run", variant(d, name, patch), "--reps", 5)
            check(fragment in err, err)
            check("Traceback" not in err and "terminate" not in err, err)


def test_existing_outputs_survive_a_failed_run():
    with tempdir() as d:
        out = os.path.join(d, "out")
        intsim("run", SCENARIO, "--reps", 5, "--out", out, "--quiet")
        before = {name: open(os.path.join(out, name), "rb").read() for name in os.listdir(out)}
        check("results.json" in before and "report.html" in before, f"outputs of the good run: {sorted(before)}")
        bad = variant(d, "bad.json", {"months": 500})
        result = intsim("run", bad, "--reps", 5, "--out", out, check=False)
        check(result.returncode == 2, result.stderr)
        check(sorted(os.listdir(out)) == sorted(before), f"stray files: {os.listdir(out)}")
        for name, content in before.items():
            check(open(os.path.join(out, name), "rb").read() == content, f"existing {name} overwritten")


def test_missing_file_malformed_json_and_cycles():
    with tempdir() as d:
        out = os.path.join(d, "out")
        err = run_bad(out, "run", os.path.join(d, "nope.json"))
        check("nope.json" in err and "cannot open" in err, err)
        broken = os.path.join(d, "broken.json")
        open(broken, "w").write('{"name": "x",\n "start": }')
        err = run_bad(out, "run", broken)
        check("line 2" in err and "invalid JSON" in err, err)
        a, b = os.path.join(d, "a.json"), os.path.join(d, "b.json")
        json.dump({"extends": "b.json"}, open(a, "w"))
        json.dump({"extends": "a.json"}, open(b, "w"))
        err = run_bad(out, "run", a)
        check("extends cycle" in err, err)


def test_bad_set_and_bad_flags():
    with tempdir() as d:
        out = os.path.join(d, "out")
        err = run_bad(out, "run", SCENARIO, "--set", "measures.nosuch.capacity.slots=3")
        check("/measures/nosuch" in err, err)
        err = run_bad(out, "run", SCENARIO, "--set", "measures.egz.capacity.entries=-4")
        check("/measures/egz/capacity/entries" in err, err)
        err = run_bad(out, "run", SCENARIO, "--reps", 0)
        check("reps" in err, err)
        err = run_bad(out, "run", SCENARIO, "--threads", "many")
        check("threads" in err, err)
        result = intsim("frobnicate", check=False)
        check(result.returncode == 2, result.stderr)
        result = intsim("validate", variant(d, "v.json", {"months": -1}), check=False)
        check(result.returncode == 2 and "/months" in result.stderr, result.stderr)


def test_unknown_commands_and_options_get_the_nearest_name():
    for args, fragment in [(["runn", SCENARIO], 'unknown command "runn" (did you mean "run"?)'),
                           (["run", SCENARIO, "--rep", "100"], 'unknown option --rep of intsim run (did you mean "--reps"?)'),
                           (["compare", SCENARIO, SCENARIO, "--seeds=3"], 'did you mean "--seed"?'),
                           (["optimise", SCENARIO, "--lang", "de", "--budgte", "5"], 'did you mean "--budget"?'),
                           (["--verison"], 'did you mean "--version"?'),
                           ([], "expected a command: run")]:
        result = intsim(*args, check=False)
        check(result.returncode == 2, f"{args}: exit {result.returncode}")
        check(fragment in result.stderr and result.stderr.count("\n") == 1, f"{args}: {result.stderr!r}")


def test_bad_out_is_refused_before_any_computation():
    """--out that is a file, or lies where nothing can be written, ends the command at once
    (exit 2, one message naming it): 100 million replications would otherwise run first."""
    with tempdir() as d:
        a_file = os.path.join(d, "a-file")
        open(a_file, "w").write("keep me")
        places = [(a_file, "is a file"), (os.path.join(a_file, "below"), "is a file")]
        if os.geteuid() == 0:  # root writes anywhere but to a read-only file system
            if not os.access("/sys", os.W_OK) or os.path.ismount("/sys"):
                places.append(("/sys/intsim-test-out", "cannot write"))
        else:
            locked = os.path.join(d, "locked")
            os.mkdir(locked, 0o555)
            places.append((os.path.join(locked, "out"), "cannot write"))
        huge = ["--reps", "100000000", "--quiet"]
        for out, fragment in places:
            for args in (["run", SCENARIO, *huge], ["compare", SCENARIO, SCENARIO, *huge],
                         ["track", SCENARIO, "--actuals", os.path.join(ROOT, "scenarios", "actuals",
                                                                       "lahn-dill-2022-monthly.csv"), *huge]):
                result = intsim(*args, "--out", out, check=False, timeout=60)
                check(result.returncode == 2, f"{args[0]} --out {out}: exit {result.returncode} {result.stderr}")
                check(out in result.stderr and fragment in result.stderr and result.stderr.count("\n") == 1,
                      f"{args[0]} --out {out}: {result.stderr!r}")
        # calibrate writes one file: a directory there, or a place below a file, is refused
        # before the first round of calibration.
        actuals = os.path.join(d, "actuals.json")
        json.dump({"integrations_total": 2700}, open(actuals, "w"))
        for out, fragment in ((d, "is a directory"), (os.path.join(a_file, "p.json"), "is a file")):
            result = intsim("calibrate", SCENARIO, "--actuals", actuals, "--out", out, check=False, timeout=60)
            check(result.returncode == 2 and fragment in result.stderr and "round" not in result.stdout,
                  f"calibrate --out {out}: {result.returncode} {result.stderr!r} {result.stdout!r}")
        check(open(a_file).read() == "keep me", "the file named by --out is untouched")


if __name__ == "__main__":
    main([test_unknown_key_names_pointer_and_nearest_key, test_out_of_range_and_wrong_type,
          test_existing_outputs_survive_a_failed_run, test_missing_file_malformed_json_and_cycles,
          test_bad_set_and_bad_flags, test_unknown_commands_and_options_get_the_nearest_name,
          test_bad_out_is_refused_before_any_computation])
