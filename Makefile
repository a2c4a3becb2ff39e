# The two commands: `make run` and `make test`. Everything else is optional.
BUILD      ?= build
JOBS       ?= $(shell nproc)
SCENARIO   ?= scenarios/lahn-dill-2022.json
CMAKE_ARGS ?=
# Compile for this machine (-march=native): on for run, test and bench; NATIVE=OFF gives a
# portable build, ARCH=x86-64-v4 (or any -march target the compiler knows) a build for
# other CPUs. All give the same bytes (docs/numerics.md, tests/golden).
NATIVE     ?= ON
ARCH       ?=

DEBIAN_PACKAGES = g++ cmake make libboost-dev librandom123-dev libeigen3-dev libtbb-dev libhwy-dev \
  nlohmann-json3-dev catch2 libcli11-dev libfmt-dev libssl-dev libsqlite3-dev libcpp-httplib-dev pkgconf \
  python3-jsonschema \
  libopenmpi-dev openmpi-bin
# Only `make test` needs these (the browser test of report.html); `make run` stays lean.
TEST_PACKAGES = chromium

BENCH_PACKAGES = libbenchmark-dev python3-numpy python3-simpy3 time

.PHONY: run test build configure deps clean sanitize fuzz bench cpu-check serve docs

deps:
	@missing=""; for p in $(DEBIAN_PACKAGES) $(EXTRA_PACKAGES); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "install ok installed" || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "Installing missing Debian packages:$$missing"; \
	  if [ "$$(id -u)" = 0 ]; then SUDO=""; else SUDO=sudo; fi; \
	  $$SUDO apt-get update -q && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -q $$missing; \
	fi

# Configured on every build (a no-op when nothing changed), so NATIVE=OFF takes effect.
configure: deps
	cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=Release -DINTSIM_NATIVE=$(NATIVE) -DINTSIM_ARCH=$(ARCH) $(CMAKE_ARGS)

build: configure
	cmake --build $(BUILD) -j $(JOBS)

# `make run` builds only what it runs: the intsim binary, not the tests.
run: configure
	cmake --build $(BUILD) -j $(JOBS) --target intsim
	$(BUILD)/intsim run $(SCENARIO)

# The workbench on the shipped three-year plan: open http://127.0.0.1:8080/ (docs/workbench.md).
serve: configure
	cmake --build $(BUILD) -j $(JOBS) --target intsim
	$(BUILD)/intsim serve scenarios/lahn-dill-2022-2024.json

test: EXTRA_PACKAGES = $(TEST_PACKAGES)
test: build
	cd $(BUILD) && ctest --output-on-failure -j $(JOBS)

# Benchmarks (not part of `make test`): builds with -DINTSIM_BENCH=ON and runs the
# harness; writes bench/results/<date>-<host>.json and appends to bench/RESULTS.md.
# BENCH_ARGS="--quick" checks the harness in a minute; "--skip-10k" skips the longest run.
bench: EXTRA_PACKAGES = $(BENCH_PACKAGES)
bench: deps
	cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=Release -DINTSIM_NATIVE=$(NATIVE) -DINTSIM_ARCH=$(ARCH) -DINTSIM_BENCH=ON $(CMAKE_ARGS)
	cmake --build $(BUILD) -j $(JOBS)
	/usr/bin/python3 bench/run_bench.py --build $(BUILD) $(BENCH_ARGS)
	/usr/bin/python3 bench/workbench_load.py --build $(BUILD)

clean:
	rm -rf $(BUILD)

# Reruns every example output of README.md and docs/*.md (the blocks between
# `<!-- output: COMMAND -->` and `<!-- end output -->`) and writes what the commands print
# now; ctest docs.outputs fails when one is stale (tools/docs_outputs.py). Then makes the
# screenshots in docs/ anew from the commands that produce the pages, in headless
# Chromium (tools/docs_screenshots.py names each picture's command).
docs: configure
	cmake --build $(BUILD) -j $(JOBS) --target intsim
	/usr/bin/python3 tools/docs_outputs.py --write --binary $(BUILD)/intsim
	/usr/bin/python3 tools/docs_outputs.py --links
	/usr/bin/python3 tools/docs_screenshots.py $(BUILD)/intsim

# Optional checks (docs/reliability.md): the tests under ASan+UBSan and TSan, and
# bounded fuzzing of the scenario loader with libFuzzer (clang). Each uses its own
# build directory (build-asan, build-tsan, build-fuzz).
FUZZ_SECONDS ?= 60
sanitize: deps
	JOBS=$(JOBS) CMAKE_ARGS="$(CMAKE_ARGS)" tests/sanitizers/run

fuzz: DEBIAN_PACKAGES += clang libclang-rt-dev
fuzz: deps
	JOBS=$(JOBS) FUZZ_SECONDS=$(FUZZ_SECONDS) tests/fuzz/run

# Optional: the golden bytes of a portable build run under qemu-user as other CPUs (no
# FMA/AVX; AVX2), docs/numerics.md "Every x86-64 CPU". Not part of CI.
cpu-check: DEBIAN_PACKAGES += qemu-user
cpu-check: deps
	JOBS=$(JOBS) tests/build/cpu_check
