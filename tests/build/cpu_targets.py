"""The translation units whose code depends on the CPU, compiled for a matrix of x86-64
targets (compile only): a CPU that this machine does not have can still be compiled for.

Issue 22: with -march=native on a CPU with AVX-512 and AVX-VNNI (Sapphire Rapids, Zen 5),
Highway 1.0.3 takes AVX3_DL as its static target and, without HWY_COMPILE_ONLY_STATIC,
stopped the build with "#error Logic error: best baseline should be included in dynamic
targets"; a machine with AVX2 only could not show it. Without that definition this test
fails for sapphirerapids and znver5 (checked when it was written). This test fails on any machine when a target
stops compiling again, or when Highway takes a narrower static target than the CPU offers
(HIGHWAY_TARGET below). The commands are taken from the build's compile_commands.json
(the same definitions, include paths and warnings, -Werror where the build has it) with
the build's -march replaced by each target's.

Usage: cpu_targets.py BUILD_DIR
"""
import concurrent.futures
import json
import os
import shlex
import shutil
import subprocess
import sys
import tempfile
import time

# The sources that differ between targets: the Highway sweep, and the Philox column loop
# with its target_clones. Everything else compiles the same scalar code for every target.
SOURCES = ("montecarlo/closer_looks.cpp", "montecarlo/simulate.cpp")

# Zen 4 and Zen 5 as g++ 12's -march=native spells them on such CPUs (g++ 12.2 knows
# neither -march=znver4 nor znver5; g++ 13 and 14 do). Zen 5 adds AVX-VNNI, which is what
# makes Highway 1.0.3 choose AVX3_DL.
ZEN4_FEATURES = ["-march=znver3", "-mavx512f", "-mavx512dq", "-mavx512ifma", "-mavx512cd", "-mavx512bw",
                 "-mavx512vl", "-mavx512bf16", "-mavx512vbmi", "-mavx512vbmi2", "-mavx512vnni",
                 "-mavx512bitalg", "-mavx512vpopcntdq", "-mgfni", "-mvaes", "-mvpclmulqdq"]
ZEN5_FEATURES = ZEN4_FEATURES + ["-mavxvnni", "-mavx512vp2intersect", "-mmovdiri", "-mmovdir64b"]

TARGETS = {
    "x86-64": ["-march=x86-64"],
    "x86-64-v2": ["-march=x86-64-v2"],
    "x86-64-v3": ["-march=x86-64-v3"],
    "x86-64-v4": ["-march=x86-64-v4"],
    "icelake-server": ["-march=icelake-server"],
    "sapphirerapids": ["-march=sapphirerapids"],
    "alderlake": ["-march=alderlake"],
    "znver3": ["-march=znver3"],
    "znver4": None,  # -march=znver4 where the compiler knows it, else ZEN4_FEATURES
    "znver5": None,  # likewise
}


# The static target Highway must choose for each (hwy::TargetName). The build defines
# HWY_DISABLE_PCLMUL_AES: without it Highway 1.0.3 wants AES-NI and CLMUL before it takes
# SSE4, AVX2 or AVX3, and -march=x86-64-v2/v3/v4 fell back to SSSE3, half the width the
# CPU has. Checked with a probe compiled with the sweep's own flags and definitions.
HIGHWAY_TARGET = {
    "x86-64": "HWY_SCALAR",
    "x86-64-v2": "HWY_SSE4",
    "x86-64-v3": "HWY_AVX2",
    "x86-64-v4": "HWY_AVX3",
    "icelake-server": "HWY_AVX3",
    "sapphirerapids": "HWY_AVX3_DL",
    "alderlake": "HWY_AVX2",
    "znver3": "HWY_AVX2",
    "znver4": "HWY_AVX3",
    "znver5": "HWY_AVX3_DL",
}

PROBE = """#include <hwy/highway.h>
static_assert(HWY_STATIC_TARGET == {expected}, "Highway's static target is not {expected}");
"""


def compiler_knows(compiler, flags):
    probe = subprocess.run([compiler, *flags, "-x", "c++", "-E", "-", "-o", os.devnull], input="",
                           capture_output=True, text=True)
    return probe.returncode == 0


def compile_command(entry, target_flags):
    words = shlex.split(entry["command"])
    out = []
    skip = False
    for w in words:
        if skip:
            skip = False
            continue
        if w == "-o":
            out += ["-o", os.devnull]
            skip = True
            continue
        if w.startswith("-march=") or w.startswith("-mtune="):
            continue
        out.append(w)
    # The target goes last, so that it is what the compiler sees whatever came before.
    return out[:1] + out[1:] + target_flags


def main():
    build = sys.argv[1]
    with open(os.path.join(build, "compile_commands.json")) as f:
        entries = json.load(f)
    chosen = [e for e in entries if any(e["file"].endswith(s) for s in SOURCES)]
    seen = {s for s in SOURCES if any(e["file"].endswith(s) for e in chosen)}
    if seen != set(SOURCES):
        print(f"FAIL: {sorted(set(SOURCES) - seen)} not in {build}/compile_commands.json")
        return 1
    # One command per source is enough (a source may appear in several targets' libraries).
    by_source = {}
    for e in chosen:
        by_source.setdefault(next(s for s in SOURCES if e["file"].endswith(s)), e)
    compiler = shlex.split(next(iter(by_source.values()))["command"])[0]

    targets = dict(TARGETS)
    for name, features in (("znver4", ZEN4_FEATURES), ("znver5", ZEN5_FEATURES)):
        targets[name] = [f"-march={name}"] if compiler_knows(compiler, [f"-march={name}"]) else features
    for name, flags in targets.items():
        if not compiler_knows(compiler, flags):
            print(f"FAIL: {compiler} does not accept the target {name} ({' '.join(flags)})")
            return 1

    jobs = [(name, src, by_source[src], flags) for name, flags in targets.items() for src in SOURCES]
    sweep = by_source[SOURCES[0]]
    probe_dir = tempfile.mkdtemp(prefix="intsim-cpu-targets-")
    for name in targets:
        probe = os.path.join(probe_dir, f"highway_target_{name}.cpp")
        with open(probe, "w") as f:
            f.write(PROBE.format(expected=HIGHWAY_TARGET[name]))
        jobs.append((name, "highway target " + HIGHWAY_TARGET[name][4:], dict(sweep, file=probe), targets[name]))

    def run(job):
        name, src, entry, flags = job
        command = compile_command(entry, flags)
        if entry is not by_source.get(src):  # a probe: the sweep's command on the probe's source
            command = [entry["file"] if w == sweep["file"] else w for w in command]
        started = time.monotonic()
        done = subprocess.run(command, cwd=entry["directory"], capture_output=True, text=True)
        return name, src, done, time.monotonic() - started

    failures = 0
    with concurrent.futures.ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
        for name, src, done, seconds in pool.map(run, jobs):
            status = "ok" if done.returncode == 0 else "FAILED"
            print(f"{name:16s} {src:28s} {status} ({seconds:.1f} s)")
            if done.returncode != 0:
                failures += 1
                print(done.stderr[-4000:])
    if failures:
        shutil.rmtree(probe_dir, ignore_errors=True)
        print(f"FAIL: {failures} of {len(jobs)} compiles failed")
        return 1
    shutil.rmtree(probe_dir, ignore_errors=True)
    print(f"all {len(jobs)} compiles passed ({len(targets)} targets x {len(SOURCES)} sources, "
          f"and Highway's static target for each)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
