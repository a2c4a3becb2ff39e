"""The layers of the source tree, checked from the #include lines (docs/design.md section 6).

Each folder is a layer; a file may include its own layer and the layers below it, never
one above, and the Monte Carlo month and the expected model, which stand beside each
other on the same rules, never include each other:

    engine -> model -> montecarlo | expected -> decisions -> report -> batch -> store -> server -> cli

A header and its source are one unit; the units' includes may form no loop (a loop is
two concepts that cannot be read one after the other). Below report and cli, nothing
opens a file except through engine's readers and writers: the model knows nothing of
files (no <fstream>, <filesystem>, <cstdio>, <iostream>, POSIX headers). The run store
(store/, SQLite) writes at the level of report, the workbench (server/) serves beside cli.
A batch of scenarios across MPI ranks (batch/) sits above the report writers it uses and
below the command that parses its arguments.

Usage: check_layout.py [SOURCE_DIR]   (exit 1 with one line per problem)
       check_layout.py --self-test    (the checker must find the faults of a small tree)
"""
import os
import re
import sys
import tempfile

# Rank of each layer folder; folders of equal rank are siblings that may not include
# each other.
LAYERS = {
    "engine": 0,
    "model": 1,
    "montecarlo": 2,
    "expected": 2,
    "decisions": 3,
    "report": 4,
    "batch": 5,
    "store": 6,
    "server": 7,
    "cli": 8,
}
# Standard and system headers that read or write files or the console: only the engine
# (its readers, atomic output, MPI), report (its writers), the run store, the workbench's
# server and cli may use them.
FILE_IO_HEADERS = {"fstream", "filesystem", "cstdio", "stdio.h", "iostream", "unistd.h", "fcntl.h",
                   "sys/stat.h", "sys/types.h", "dirent.h"}
FILE_IO_LAYERS = {"engine", "report", "store", "server", "cli"}

INCLUDE = re.compile(r'^\s*#\s*include\s*([<"])([^">]+)[">]')
SOURCE_ENDINGS = (".hpp", ".cpp", ".h")


def sources(root):
    for layer in LAYERS:
        top = os.path.join(root, layer)
        for folder, _, names in os.walk(top):
            for name in sorted(names):
                if name.endswith(SOURCE_ENDINGS):
                    yield os.path.relpath(os.path.join(folder, name), root).replace(os.sep, "/")


def layer_of(path):
    return path.split("/", 1)[0]


def unit_of(path):
    return os.path.splitext(path)[0]


def includes(root, path):
    with open(os.path.join(root, path), encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            m = INCLUDE.match(line)
            if m:
                yield number, m.group(1) == '"', m.group(2)


def loops(edges):
    """The strongly connected components of more than one unit (Tarjan), each sorted."""
    index, low, on_stack, stack, found = {}, {}, set(), [], []
    counter = [0]

    def visit(v):
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on_stack.add(v)
        for w in sorted(edges.get(v, ())):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    sys.setrecursionlimit(10000)
    for v in sorted(edges):
        if v not in index:
            visit(v)
    return sorted(found)


def check(root):
    problems = []
    files = list(sources(root))
    edges = {}
    for path in files:
        layer = layer_of(path)
        unit = unit_of(path)
        edges.setdefault(unit, set())
        for number, quoted, target in includes(root, path):
            where = f"{path}:{number}"
            if not quoted:
                if target in FILE_IO_HEADERS and layer not in FILE_IO_LAYERS:
                    problems.append(f"{where}: <{target}> below report and cli: files are read and written "
                                    f"through engine/ (its readers, atomic output)")
                continue
            beside = os.path.normpath(os.path.join(os.path.dirname(path), target)).replace(os.sep, "/")
            if os.path.isfile(os.path.join(root, beside)):
                target = beside  # found beside the including file, as the compiler looks first
            elif not os.path.isfile(os.path.join(root, target)):
                problems.append(f"{where}: \"{target}\" is not a file of the tree")
                continue
            to_layer = layer_of(target)
            if to_layer not in LAYERS:
                continue
            if LAYERS[to_layer] > LAYERS[layer]:
                problems.append(f"{where}: {layer}/ includes {target}, a layer above it ({to_layer}/)")
            elif LAYERS[to_layer] == LAYERS[layer] and to_layer != layer:
                problems.append(f"{where}: {layer}/ includes {target}: {layer}/ and {to_layer}/ stand beside "
                                f"each other on the model and do not include each other")
            target_unit = unit_of(target)
            if target_unit != unit:
                edges[unit].add(target_unit)
    for component in loops(edges):
        problems.append("include loop between " + ", ".join(component) +
                        " (each of these reaches the others through its header or source)")
    return problems, len(files)


def self_test():
    """The checker finds each kind of fault in a small tree, and passes a clean one."""
    def tree(files):
        root = tempfile.mkdtemp(prefix="layout-")
        for path, text in files.items():
            os.makedirs(os.path.dirname(os.path.join(root, path)), exist_ok=True)
            with open(os.path.join(root, path), "w", encoding="utf-8") as f:
                f.write(text)
        return root

    clean = {
        "engine/rng.hpp": "#pragma once\n",
        "model/scenario.hpp": '#include "engine/rng.hpp"\n',
        "model/scenario.cpp": '#include "model/scenario.hpp"\n#include <vector>\n',
        "montecarlo/simulate.hpp": '#include "model/scenario.hpp"\n',
        "expected/expected_model.cpp": '#include "model/scenario.hpp"\n',
        "cli/main.cpp": '#include "montecarlo/simulate.hpp"\n#include <iostream>\n',
    }
    faults = {
        "up a layer": {"model/population.cpp": '#include "montecarlo/simulate.hpp"\n'},
        "siblings": {"expected/expected_model.cpp": '#include "montecarlo/simulate.hpp"\n'},
        "loop": {"model/a.hpp": '#include "model/b.hpp"\n', "model/b.cpp": '#include "model/a.hpp"\n',
                 "model/b.hpp": "#pragma once\n"},
        "file I/O": {"model/scenario.cpp": '#include "model/scenario.hpp"\n#include <fstream>\n'},
        "missing file": {"model/scenario.cpp": '#include "model/nothing.hpp"\n'},
    }
    problems, count = check(tree(clean))
    if problems or count != len(clean):
        print("self-test: a clean tree was judged faulty:", problems, count)
        return 1
    for name, change in faults.items():
        problems, _ = check(tree({**clean, **change}))
        if len(problems) != 1:
            print(f"self-test: the fault '{name}' gave {len(problems)} problems instead of one: {problems}")
            return 1
    print(f"self-test: a clean tree passes, each of {len(faults)} faults is found")
    return 0


def main():
    if sys.argv[1:] == ["--self-test"]:
        return self_test()
    root = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "..", "..")
    problems, count = check(os.path.abspath(root))
    for p in problems:
        print(p)
    if count == 0:
        print("no source files found under", os.path.abspath(root))
        return 1
    print(f"{count} files in {len(LAYERS)} layers: {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
