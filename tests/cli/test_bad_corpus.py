"""The bad-input corpus: every file listed in tests/bad/cases.json, run through the real
binary, must give exit code 2 and exactly one line on stderr that names the file, the
JSON pointer (or line) and what was expected -- never a crash, an uncaught exception, a
sanitizer report or a hang -- and must write nothing.

A case is {"file", "fragment", "pointer"} plus optional "command" (a list; {file} is the
case's file, {out} an output directory, {scenario} the valid tests/bad/base.json) and
"names" (the file the message must name when it is not the case's own, e.g. a broken
parent). The actuals cases (tests/bad/actuals, `calibrate`) and the monthly CSV cases
(tests/bad/csv, `track`) carry their own command."""
import json
import os
import subprocess

from cli_support import BINARY, ROOT, check, main, tempdir

CORPUS = os.path.join("tests", "bad")
DEFAULT_COMMAND = ["run", "{file}", "--reps", "2", "--quiet", "--out", "{out}"]
# Words that only appear when something other than a clean input error happened.
CRASH_WORDS = ["internal error", "terminate called", "what():", "Traceback", "Sanitizer",
               "runtime error:", "Assertion", "Segmentation", "core dumped", "std::"]
TIMEOUT_SECONDS = 60


def load_cases():
    with open(os.path.join(ROOT, CORPUS, "cases.json")) as f:
        return json.load(f)["cases"]


def case_command(case, out):
    """The case's command with {file}, {out} and {scenario} replaced (also inside an
    argument, as in {out}/calibrated.json)."""
    substitutions = {"{file}": os.path.join(CORPUS, case["file"]), "{out}": out,
                     "{scenario}": os.path.join(CORPUS, "base.json")}
    command = []
    for arg in case.get("command", DEFAULT_COMMAND):
        for key, value in substitutions.items():
            arg = arg.replace(key, value)
        command.append(arg)
    return command


def run_case(case, workdir, index):
    file = os.path.join(CORPUS, case["file"])
    out = os.path.join(workdir, f"out-{index}")
    command = case_command(case, out)
    try:
        result = subprocess.run([BINARY, *command], cwd=ROOT, capture_output=True, timeout=TIMEOUT_SECONDS)
    except subprocess.TimeoutExpired:
        return [f"hung for more than {TIMEOUT_SECONDS} s"]
    stderr = result.stderr.decode("utf-8", errors="replace")
    problems = []
    if result.returncode != 2:
        problems.append(f"exit code {result.returncode}, expected 2")
    if not stderr.endswith("\n") or stderr.count("\n") != 1:
        problems.append(f"expected exactly one line on stderr, found {stderr.count(chr(10))}")
    if not stderr.startswith("intsim: "):
        problems.append("the message does not start with 'intsim: '")
    names = case.get("names", file)
    if names not in stderr:
        problems.append(f"the message does not name the file {names}")
    if case["pointer"] not in stderr:
        problems.append(f"the message does not name {case['pointer']!r}")
    if case["fragment"] not in stderr:
        problems.append(f"the message does not say {case['fragment']!r}")
    for word in CRASH_WORDS:
        if word in stderr:
            problems.append(f"the message contains {word!r}")
    if os.path.exists(out):
        problems.append(f"the output directory was created: {os.listdir(out)}")
    if result.stdout:
        problems.append(f"wrote to stdout: {result.stdout[:200]!r}")
    return [f"{case['file']} {' '.join(command[1:])}: {p}\n      stderr: {stderr.strip()!r}" for p in problems]


def test_corpus_is_large_and_complete():
    cases = load_cases()
    check(len(cases) >= 40, f"only {len(cases)} cases")
    listed = {case["file"] for case in cases}
    on_disk = set()
    for directory, _, files in os.walk(os.path.join(ROOT, CORPUS)):
        for name in files:
            on_disk.add(os.path.relpath(os.path.join(directory, name), os.path.join(ROOT, CORPUS)))
    # Every file is a case, except the manifest and the parents that cases extend.
    unlisted = sorted(f for f in on_disk - listed - {"cases.json"} if "/parents/" not in f)
    check(not unlisted, f"files in {CORPUS} without a case: {unlisted}")
    missing = sorted(listed - on_disk)
    check(not missing, f"cases without a file: {missing}")


def test_base_scenario_is_valid():
    # Otherwise every case might fail for the base's reason, not its own.
    result = subprocess.run([BINARY, "validate", os.path.join(CORPUS, "base.json")], cwd=ROOT,
                            capture_output=True, text=True, timeout=TIMEOUT_SECONDS)
    check(result.returncode == 0, result.stderr)


def test_every_case_fails_cleanly():
    failures = []
    with tempdir() as workdir:
        for index, case in enumerate(load_cases()):
            failures += run_case(case, workdir, index)
        check(not os.listdir(workdir), f"stray files: {os.listdir(workdir)}")
    check(not failures, f"{len(failures)} problems:\n  " + "\n  ".join(failures))


def test_existing_outputs_survive_every_case():
    # The same broken inputs against an output directory that holds a previous run.
    with tempdir() as workdir:
        out = os.path.join(workdir, "out")
        os.makedirs(out)
        sentinel = os.path.join(out, "results.json")
        with open(sentinel, "w") as f:
            f.write('{"previous": "run"}\n')
        for case in load_cases()[::7]:
            command = case_command(case, out)
            result = subprocess.run([BINARY, *command], cwd=ROOT, capture_output=True, timeout=TIMEOUT_SECONDS)
            check(result.returncode == 2, f"{case['file']}: exit code {result.returncode}")
            check(os.listdir(out) == ["results.json"], f"{case['file']}: {os.listdir(out)}")
            with open(sentinel) as f:
                check(f.read() == '{"previous": "run"}\n', f"{case['file']} overwrote results.json")


if __name__ == "__main__":
    main([test_corpus_is_large_and_complete, test_base_scenario_is_valid, test_every_case_fails_cleanly,
          test_existing_outputs_survive_every_case])
