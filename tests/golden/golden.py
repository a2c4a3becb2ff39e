"""The golden outputs: what each case runs and how its files are compared.

A case is an intsim command on the small scenarios in tests/golden/scenarios (and
tests/data). Its outputs are stored under tests/golden/expected/<case>/ and must come out
byte for byte the same, except the lines that the code does not promise to repeat: the
run facts `threads`, `ranks` and `wall_seconds` (they depend on the machine), which are
dropped before storing and before comparing. Everything else - every figure, every key,
their order and formatting - is the promise of determinism: results depend only on
(scenario, seed, replications), never on thread count or build flags.

Renew with tests/golden/renew after a change that is meant to move the numbers, and
say in the commit message why they moved (tests/golden/README.md)."""
import glob
import os
import shutil
import subprocess
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
EXPECTED = os.path.join(HERE, "expected")
PROGRAMME = "tests/golden/scenarios/small-programme.json"
VARIANT = "tests/golden/scenarios/small-programme-more-activation.json"
MONTHLY = "tests/golden/scenarios/small-programme-monthly.csv"
SMALL = "tests/data/small-jobcenter.json"

# name: (arguments after the binary, with {out} for the output folder; files to keep)
CASES = {
    "run-programme": (["run", PROGRAMME, "--reps", "200", "--seed", "7", "--format", "json,csv", "--out", "{out}",
                       "--quiet"],
                      ["results.json", "indicators.csv", "monthly.csv", "measures.csv"]),
    "run-programme-24-months": (["run", PROGRAMME, "--set", "months=24", "--reps", "100", "--seed", "11",
                                 "--format", "json", "--out", "{out}", "--quiet"],
                                ["results.json"]),
    "run-small-csv-de": (["run", SMALL, "--reps", "100", "--seed", "3", "--format", "csv", "--csv-dialect", "de",
                          "--out", "{out}", "--quiet"],
                         ["indicators.csv", "monthly.csv", "measures.csv"]),
    "expect-programme": (["expect", PROGRAMME, "--out", "{out}"], ["results.json"]),
    "expect-programme-24-months": (["expect", PROGRAMME, "--set", "months=24", "--out", "{out}"], ["results.json"]),
    "compare-programme": (["compare", PROGRAMME, VARIANT, "--reps", "100", "--seed", "5", "--out", "{out}",
                           "--quiet"],
                          ["compare.json"]),
    "track-programme": (["track", PROGRAMME, "--actuals", MONTHLY, "--reps", "100", "--seed", "9", "--out", "{out}",
                         "--quiet"],
                        ["track.json"]),
}

VOLATILE_KEYS = ("threads", "ranks", "wall_seconds")


def normalised(path):
    """The file's bytes without the lines of volatile JSON keys (CSV files are kept whole)."""
    data = open(path, "rb").read()
    if not path.endswith(".json"):
        return data
    lines = data.split(b"\n")
    keep = [l for l in lines if not any(l.lstrip().startswith(b'"%s":' % k.encode()) for k in VOLATILE_KEYS)]
    return b"\n".join(keep)


def run_case(binary, name, out, extra=()):
    """Runs one case into `out`; returns {file name: normalised bytes}. A file may lie in a
    sub-folder of `out` (e.g. track's per-month folder); it must be found exactly once."""
    args, files = CASES[name]
    command = [binary] + [a.replace("{out}", out) for a in args] + list(extra)
    result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=600)
    if result.returncode != 0:
        raise AssertionError(f"{name}: {' '.join(command)} exited {result.returncode}:\n{result.stderr}")
    outputs = {}
    for file in files:
        found = glob.glob(os.path.join(out, "**", file), recursive=True)
        if len(found) != 1:
            raise AssertionError(f"{name}: expected one {file} under {out}, found {found}")
        outputs[file] = normalised(found[0])
    return outputs


def produce(binary, name, extra=()):
    with tempfile.TemporaryDirectory(prefix="intsim-golden-") as tmp:
        return run_case(binary, name, os.path.join(tmp, "out"), extra)


def stored(name, file):
    path = os.path.join(EXPECTED, name, file)
    return open(path, "rb").read() if os.path.exists(path) else None


def renew(binary, names=None):
    for name in names or CASES:
        outputs = produce(binary, name)
        folder = os.path.join(EXPECTED, name)
        shutil.rmtree(folder, ignore_errors=True)
        os.makedirs(folder)
        for file, data in outputs.items():
            with open(os.path.join(folder, file), "wb") as f:
                f.write(data)
        print(f"renewed {name}: {', '.join(outputs)}")
