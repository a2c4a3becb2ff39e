"""Shared helpers for the command-line tests: run the real binary, validate outputs.

Each test script takes the path of the intsim binary as its only argument, runs from
the project root, and exits non-zero on the first failed check."""
import json
import os
import subprocess
import sys
import tempfile

import jsonschema

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
OWN_SCHEMA = os.path.join(ROOT, "docs", "results.schema.json")
# The shared contract lives beside a developer checkout; a user's clone has none.
REFERENCE_SCHEMA = os.path.join(os.path.dirname(ROOT), "shared", "contract", "results.schema.json")

BINARY = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "build", "intsim")


def intsim(*args, check=True, timeout=600):
    """Runs intsim; returns CompletedProcess with text output."""
    result = subprocess.run([BINARY, *map(str, args)], capture_output=True, text=True, timeout=timeout)
    if check and result.returncode != 0:
        raise AssertionError(f"intsim {' '.join(map(str, args))} exited {result.returncode}:\n{result.stderr}")
    return result


def validate_results(path):
    """Checks a results.json against our schema and, where present, the reference contract."""
    with open(path) as f:
        document = json.load(f)
    schemas = [OWN_SCHEMA] + ([REFERENCE_SCHEMA] if os.path.exists(REFERENCE_SCHEMA) else [])
    for schema_path in schemas:
        with open(schema_path) as f:
            schema = json.load(f)
        errors = list(jsonschema.Draft202012Validator(schema).iter_errors(document))
        if errors:
            raise AssertionError(f"{path} fails {schema_path}:\n" + "\n".join(
                f"  /{'/'.join(map(str, e.path))}: {e.message}" for e in errors[:10]))
    return document


def without_run_facts(document):
    """The document without the keys that may differ between thread or rank counts."""
    document = json.loads(json.dumps(document))
    for key in ("threads", "ranks", "wall_seconds"):
        document["run"].pop(key, None)
    return document


def results_bytes_without_run_facts(path):
    """results.json text with the three run-dependent lines blanked, for byte comparison."""
    lines = open(path).read().splitlines()
    return "\n".join(l for l in lines if not any(f'"{k}":' in l for k in ("threads", "ranks", "wall_seconds")))


def check(condition, message):
    if not condition:
        raise AssertionError(message)


def tempdir():
    return tempfile.TemporaryDirectory(prefix="intsim-cli-")


def main(tests):
    failed = 0
    for test in tests:
        try:
            test()
            print(f"ok   {test.__name__}")
        except Exception as e:  # report every failing test, not only the first
            failed += 1
            print(f"FAIL {test.__name__}: {e}")
    print(f"{len(tests) - failed} passed, {failed} failed")
    sys.exit(1 if failed else 0)


def validate_document(path, schema_name):
    """Checks an output file (compare.json, track.json, ...) against docs/<schema_name>."""
    with open(path) as f:
        document = json.load(f)
    with open(os.path.join(ROOT, "docs", schema_name)) as f:
        schema = json.load(f)
    errors = list(jsonschema.Draft202012Validator(schema).iter_errors(document))
    if errors:
        raise AssertionError(f"{path} fails {schema_name}:\n" + "\n".join(
            f"  /{'/'.join(map(str, e.path))}: {e.message}" for e in errors[:10]))
    return document


# English words that have no place in German prose: function words and the words of
# messages that were once left untranslated (issue 24). Matched case-sensitively as whole
# words, so German nouns (Integration, Plan) and identifiers (integrations_total,
# --reps, file names) do not count.
ENGLISH_WORDS = ("the", "of", "and", "with", "from", "for", "only", "than", "which", "where", "when", "this",
                 "that", "are", "is", "be", "not", "no", "none", "per", "each", "every", "raise", "draws",
                 "levels", "level", "integration", "integrations", "exit", "exits", "inflow", "months", "observed",
                 "spend", "budget", "plan's", "mix", "best", "rank", "year", "years", "whole", "horizon",
                 "interval", "extra", "more", "fewer", "less", "partial", "target", "targets", "met",
                 "The", "Only", "Each", "Extra", "Rank", "Year")


def english_words(text):
    """The English words in a German text (report.html's visible text, or console output)."""
    import html as html_module
    import re
    text = re.sub(r"<(style|script)[^>]*>.*?</\1>", " ", text, flags=re.S)
    text = re.sub(r"<[^>]+>", " ", text)
    text = html_module.unescape(text)
    text = re.sub(r"\S*[/_.=-]\S*", " ", text)  # file names, identifiers, options, scenario names
    text = re.sub(r"\b[0-9a-f]{16,}\b", " ", text)  # hashes (sha256): "43d1a27be02c" holds no word
    found = set()
    for word in re.findall(r"[^\W\d_]+(?:'s)?", text):  # whole words: "bestätigt" is not "best"
        if word in ENGLISH_WORDS:
            found.add(word)
    return sorted(found)
