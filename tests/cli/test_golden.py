"""Golden outputs: every case of tests/golden/golden.py must reproduce its stored files
byte for byte (run facts aside). A difference is either a bug or a change meant to move
the numbers; then renew them (tests/golden/README.md) and say why in the commit."""
import difflib
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "golden"))
from cli_support import BINARY, check, main  # noqa: E402
import golden  # noqa: E402


def first_difference(expected, actual, name):
    diff = difflib.unified_diff(expected.decode("utf-8", "replace").splitlines(),
                                actual.decode("utf-8", "replace").splitlines(),
                                f"expected/{name}", f"now/{name}", n=1, lineterm="")
    return "\n".join(list(diff)[:12])


def make_test(case, extra=()):
    def test():
        outputs = golden.produce(os.path.abspath(BINARY), case, extra)
        for file, actual in outputs.items():
            expected = golden.stored(case, file)
            check(expected is not None, f"{case}/{file}: no golden file; run tests/golden/renew")
            check(actual == expected, f"{case}/{file} differs from the golden output:\n" +
                  first_difference(expected, actual, f"{case}/{file}"))
    test.__name__ = f"test_{case.replace('-', '_')}" + ("_" + "_".join(a.strip("-") for a in extra) if extra else "")
    return test


def test_every_case_has_golden_files_and_nothing_else():
    stored = sorted(os.listdir(golden.EXPECTED)) if os.path.isdir(golden.EXPECTED) else []
    check(stored == sorted(golden.CASES), f"expected/ holds {stored}, cases are {sorted(golden.CASES)}")


if __name__ == "__main__":
    # The cases run with all cores; two of them again on one thread: the same bytes.
    main([test_every_case_has_golden_files_and_nothing_else] + [make_test(c) for c in golden.CASES] +
         [make_test(c, ("--threads", "1")) for c in ("run-programme", "compare-programme")])
