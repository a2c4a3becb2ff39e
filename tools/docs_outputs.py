#!/usr/bin/python3
"""The example outputs in README.md and docs/*.md, rerun; and their relative links, followed.

An example output in the documentation sits between two markers:

    <!-- output: intsim run scenarios/lahn-dill-2022.json --reps 200 --quiet -->
    ```
    ...what the command prints...
    ```
    <!-- end output -->

The command line is split like a shell's words (no shell runs it); `intsim` is the built
binary, run as `intsim` so that its messages read as a user sees them. Several commands may
be joined by ` && `: they run in order, each must succeed, and the block shows what the
last one prints. After the commands, ` | ` filters may trim what is shown, in order: `head N`
and `tail N` (the first or last N lines), `lines A-B` (lines A to B, from 1), `from RE`
(from the first line that matches the regular expression RE, one word: \s for a space),
`before RE` (up to the first line that matches, not included), `width N` (each line cut
to N characters, ending in "..." where it was cut); so a block can show the part of a long
output that the text speaks of and still be checked. Each block runs in its own empty scratch directory in which `scenarios`
is the repository's scenarios/ folder, so relative paths read as in the documentation,
outputs land in the scratch directory (out/...) and nothing in the repository changes.
stdout and stderr are shown together, as a terminal shows them; the exit code is not
checked for a single command (an example may show an error message).

A block whose marker reads `<!-- output, make docs only: COMMAND -->` takes too long for
the test (an optimiser search): `make docs` reruns it, the check leaves it out and says so.

  --write   rerun every block and write what the commands print (make docs). A line whose
            only difference is a run fact (below) keeps the documentation's line, so a
            rewrite changes only what really moved.
  --check   rerun every block and fail, naming the file, the line and the first differing
            line, when a block is stale (ctest docs.outputs).
  --links   fail when a relative link or image of README.md or docs/*.md names a file that
            does not exist, or a #heading that the Markdown file does not have
            (ctest docs.links).

Results depend only on (scenario, seed, replications) (docs/numerics.md), so a block is
compared byte for byte, except the run facts that vary between runs and machines, which
both sides mask before comparing (MASKS below): the thread count ("2 threads"), wall and
CPU seconds ("1.97 s", "(2 threads, 0.84 s)"), throughput ("13.7 M person-months/s") and
the version (`intsim --version`, "intsim 0.1.0").
"""

from __future__ import annotations

import argparse
import os
import re
import shlex
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BEGIN = re.compile(r"^<!-- output(?P<slow>, make docs only)?: (?P<command>.+?) -->\s*$")
END = "<!-- end output -->"

# What differs between two runs of the same command with the same (scenario, seed, reps).
MASKS = [
    (re.compile(r"\b\d+ threads?\b"), "<threads>"),
    (re.compile(r"\b\d+ ranks?\b"), "<ranks>"),
    (re.compile(r"\b\d+(?:\.\d+)? M person-months/s\b"), "<rate>"),
    (re.compile(r"\b\d+(?:\.\d+)? ?(?:s|ms)\b(?! *(?:of|per))"), "<seconds>"),
    (re.compile(r"\bintsim \d+\.\d+\.\d+\S*"), "intsim <version>"),
    (re.compile(r"^\d+\.\d+\.\d+\S*$"), "<version>"),
]

TIMEOUT_SECONDS = 300


def mask(line: str) -> str:
    for pattern, replacement in MASKS:
        line = pattern.sub(replacement, line)
    return line


def documents(root: Path) -> list[Path]:
    return [root / "README.md"] + sorted((root / "docs").glob("*.md"))


class Block:
    def __init__(self, path: Path, begin: int, end: int, command: str, body: list[str], slow: bool):
        self.path, self.begin, self.end, self.command, self.body = path, begin, end, command, body
        self.slow = slow


def fence_states(lines: list[str]) -> list[bool]:
    """For each line, whether it is a fence line or inside a fenced code block (``` or ````)."""
    states = []
    fence = None
    for line in lines:
        run = re.match(r"^(`{3,})", line)
        if fence is None and run:
            fence = run.group(1)
            states.append(True)
        elif fence is not None:
            if line.strip() == fence:
                fence = None
            states.append(True)
        else:
            states.append(False)
    return states


def find_blocks(path: Path, lines: list[str]) -> list[Block]:
    """Blocks of one file; begin/end are the indices of the fence lines of the output.
    A marker inside a code block (an example of the syntax) is no marker."""
    blocks = []
    fenced = fence_states(lines)
    i = 0
    while i < len(lines):
        match = BEGIN.match(lines[i]) if not fenced[i] else None
        if not match:
            if lines[i].strip() == END and not fenced[i]:
                raise SystemExit(f"{path}:{i + 1}: '{END}' without an opening '<!-- output: ... -->'")
            i += 1
            continue
        start = i
        if i + 1 >= len(lines) or lines[i + 1].rstrip() != "```":
            raise SystemExit(f"{path}:{start + 1}: an output marker must be followed by a ``` fence")
        j = i + 2
        while j < len(lines) and lines[j].rstrip() != "```":
            j += 1
        if j + 1 >= len(lines) or lines[j + 1].strip() != END:
            raise SystemExit(f"{path}:{start + 1}: the fenced output must end with ``` and then '{END}'")
        blocks.append(Block(path, i + 1, j, match.group("command"), lines[i + 2:j], bool(match.group("slow"))))
        i = j + 2
    return blocks


def trimmed(lines: list[str], filters: list[str], where: str) -> list[str]:
    """The output lines after the block's ` | ` filters (see the module's text)."""
    for spec in filters:
        words = spec.split()
        try:
            if words[0] in ("head", "tail", "width") and len(words) == 2:
                n = int(words[1])
                if words[0] == "head":
                    lines = lines[:n]
                elif words[0] == "tail":
                    lines = lines[-n:] if n > 0 else []
                else:
                    lines = [line if len(line) <= n else line[:n - 3].rstrip() + "..." for line in lines]
                continue
            if words[0] in ("from", "before") and len(words) == 2:
                pattern = re.compile(words[1])
                k = next((k for k, line in enumerate(lines) if pattern.search(line)), None)
                if k is None:
                    raise SystemExit(f"{where}: no line of the output matches '{spec}'")
                lines = lines[k:] if words[0] == "from" else lines[:k]
                continue
            if words[0] == "lines" and len(words) == 2:
                first, last = (int(x) for x in words[1].split("-"))
                lines = lines[first - 1:last]
                continue
        except ValueError:
            pass
        raise SystemExit(f"{where}: unknown output filter '{spec}' (head N, tail N, lines A-B, from RE, before RE, width N)")
    return lines


def run_block(block: Block, binary: Path, root: Path) -> list[str]:
    commands, *filters = [part.strip() for part in block.command.split(" | ")]
    commands = [c.strip() for c in commands.split(" && ")]
    with tempfile.TemporaryDirectory(prefix="intsim-docs-") as scratch:
        os.symlink(root / "scenarios", Path(scratch) / "scenarios")
        env = dict(os.environ, INTSIM_STORE="off", LC_ALL="C.UTF-8", COLUMNS="100")
        output = ""
        for n, command in enumerate(commands):
            words = shlex.split(command)
            if not words or words[0] != "intsim":
                raise SystemExit(f"{block.path}:{block.begin}: a documented command starts with 'intsim': {command}")
            done = subprocess.run(words, executable=str(binary), cwd=scratch, env=env,
                                  stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                                  timeout=TIMEOUT_SECONDS)
            output = done.stdout.decode("utf-8")
            if done.returncode != 0 and n + 1 < len(commands):
                raise SystemExit(f"{block.path}:{block.begin}: '{command}' failed (exit {done.returncode}):\n{output}")
    lines = output.rstrip("\n").split("\n") if output.strip() else []
    return trimmed(lines, filters, f"{block.path}:{block.begin}")


def merged(old: list[str], new: list[str]) -> list[str]:
    """The new lines, but an old line that differs only in run facts stays as it was."""
    if len(old) != len(new):
        return new
    return [o if mask(o) == mask(n) else n for o, n in zip(old, new)]


def outputs(root: Path, binary: Path, write: bool) -> int:
    stale = 0
    count = 0
    skipped = 0
    started = time.monotonic()
    for path in documents(root):
        lines = path.read_text(encoding="utf-8").split("\n")
        blocks = find_blocks(path, lines)
        if not blocks:
            continue
        relative = path.relative_to(root)
        for block in reversed(blocks):  # from the end, so earlier indices stay valid
            if block.slow and not write:
                skipped += 1
                continue
            count += 1
            new = run_block(block, binary, root)
            old_masked = [mask(line) for line in block.body]
            new_masked = [mask(line) for line in new]
            if old_masked == new_masked:
                continue
            if write:
                lines[block.begin + 1:block.end] = merged(block.body, new)
                print(f"{relative}:{block.begin}: rewrote the output of: {block.command}")
                continue
            stale += 1
            k = next((k for k, (a, b) in enumerate(zip(old_masked, new_masked)) if a != b),
                     min(len(old_masked), len(new_masked)))
            documented = block.body[k] if k < len(block.body) else "(end of the block)"
            printed = new[k] if k < len(new) else "(end of the output)"
            print(f"{relative}:{block.begin + 2 + k}: stale output of: {block.command}\n"
                  f"  documented: {documented}\n"
                  f"  printed:    {printed}", file=sys.stderr)
        if write:
            path.write_text("\n".join(lines), encoding="utf-8")
    seconds = time.monotonic() - started
    if stale:
        print(f"{stale} of {count} example outputs are stale; `make docs` rewrites them "
              f"(then read the diff: the prose around them may need to follow)", file=sys.stderr)
        return 1
    print(f"{count} example outputs {'rewritten where they moved' if write else 'current'} ({seconds:.1f} s)"
          + (f"; {skipped} marked 'make docs only' not rerun" if skipped else ""))
    return 0


LINK = re.compile(r"!?\[[^\]]*\]\(([^)\s]+)(?:\s+\"[^\"]*\")?\)")


def slug(heading: str) -> str:
    """GitHub's anchor of a heading: lower case, punctuation dropped, spaces to hyphens."""
    text = re.sub(r"[`*_]", "", heading.strip().lower())
    text = re.sub(r"[^\w\- ]", "", text)
    return text.replace(" ", "-")


def anchors(path: Path) -> set[str]:
    seen: dict[str, int] = {}
    result = set()
    lines = path.read_text(encoding="utf-8").split("\n")
    for line, fenced in zip(lines, fence_states(lines)):
        if fenced:
            continue
        match = re.match(r"^#{1,6}\s+(.*?)\s*#*\s*$", line)
        if match:
            base = slug(match.group(1))
            n = seen.get(base, 0)
            seen[base] = n + 1
            result.add(base if n == 0 else f"{base}-{n}")
    return result


def links(root: Path) -> int:
    broken = 0
    checked = 0
    for path in documents(root):
        lines = path.read_text(encoding="utf-8").split("\n")
        for number, (line, fenced) in enumerate(zip(lines, fence_states(lines)), start=1):
            if fenced:
                continue
            for target in LINK.findall(re.sub(r"`[^`]*`", "", line)):
                if re.match(r"^[a-z][a-z0-9+.-]*:", target, re.IGNORECASE):
                    continue  # http:, https:, mailto: ...
                checked += 1
                file_part, _, anchor = target.partition("#")
                destination = (path.parent / file_part).resolve() if file_part else path
                where = f"{path.relative_to(root)}:{number}"
                if not destination.exists():
                    print(f"{where}: link to {target}: no such file", file=sys.stderr)
                    broken += 1
                elif anchor and destination.suffix == ".md" and anchor not in anchors(destination):
                    print(f"{where}: link to {target}: {destination.name} has no heading #{anchor}",
                          file=sys.stderr)
                    broken += 1
    if broken:
        print(f"{broken} of {checked} relative links are broken", file=sys.stderr)
        return 1
    print(f"{checked} relative links lead somewhere")
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    mode = parser.add_mutually_exclusive_group(required=True)
    mode.add_argument("--write", action="store_true")
    mode.add_argument("--check", action="store_true")
    mode.add_argument("--links", action="store_true")
    parser.add_argument("--binary", type=Path, help="the built intsim (for --write and --check)")
    parser.add_argument("--root", type=Path, default=Path(__file__).resolve().parent.parent)
    args = parser.parse_args()
    root = args.root.resolve()
    if args.links:
        return links(root)
    if args.binary is None:
        parser.error("--write and --check need --binary build/intsim")
    return outputs(root, args.binary.resolve(), args.write)


if __name__ == "__main__":
    sys.exit(main())
