# The two set-up commands of README.md:
#   make run   installs what is missing, builds build/samsim (release), compares the five designs of
#              scenarios/designs/ in a crisis (common random numbers) and writes out/designs/report.html;
#              the terminal shows the verdict table and the report's path
#   make test  installs what is missing (tools the tests use included), builds samsim and the
#              tests, and runs every test: release, then ASan+UBSan with warnings as errors (the
#              ASan pass neither builds nor runs the tests labelled slow: docs/reliability.md)
#   make fuzz  builds the libFuzzer targets (fuzz preset) and runs each for FUZZ_SECONDS
#   make lint  clang-format and clang-tidy on the whole tree (scripts/lint.sh; LINT_ARGS=--changed
#              checks with clang-tidy only what changed since the merge base with main)
#   make format  clang-format on the whole tree, in place
JOBS ?= $(shell nproc)
OUT ?= out/designs
# The designs in their natural order, from no arena to the most open one; the report compares them
# with line-only, the design without an arena. 30 replicates keep the 95 % intervals of the headline
# outcomes narrow enough to tell the designs apart (docs/report.md).
DESIGNS ?= line-only adhoc-crisis-group small-staff coordinator-group flexible-arena
REPLICATES ?= 30
FUZZ_SECONDS ?= 600

.PHONY: deps build run run-normal test test-release test-asan dev dev-build fuzz fuzz-build lint format bench clean

deps:
	@scripts/install-deps.sh

# samsim only; the tests, benchmarks and generators have their own targets.
build: deps
	cmake --preset release >/dev/null
	cmake --build --preset release -j $(JOBS) --target samsim

run: build
	./build/samsim compare $(DESIGNS:%=scenarios/designs/%.yaml) --replicates $(REPLICATES) --out $(OUT)
	./build/samsim report $(OUT)

# The designs in normal times, with the crisis group kept as a standing arena and the flexible
# arena that decides (scenarios/normal/; line only is the reference).
NORMAL ?= line-only adhoc-crisis-group adhoc-crisis-group-continues small-staff coordinator-group flexible-arena flexible-arena-decisive
run-normal: build
	./build/samsim compare $(NORMAL:%=scenarios/normal/%.yaml) --replicates $(REPLICATES) --out out/normal
	./build/samsim report out/normal

test: test-release test-asan

# samsim_tests: samsim and every test executable (tests/CMakeLists.txt), no benchmark.
test-release: deps
	cmake --preset release >/dev/null
	cmake --build --preset release -j $(JOBS) --target samsim_tests
	ctest --preset release -j $(JOBS)

test-asan: deps
	cmake --preset asan >/dev/null
	cmake --build --preset asan -j $(JOBS) --target samsim_tests_fast
	ctest --preset asan -j $(JOBS) -LE slow -E '^test_analysis_report_browser$$'

dev: dev-build
	ctest --preset dev -j $(JOBS)

dev-build: deps
	cmake --preset dev >/dev/null
	cmake --build --preset dev -j $(JOBS)

fuzz-build: deps
	cmake --preset fuzz >/dev/null
	cmake --build --preset fuzz -j $(JOBS)

fuzz: fuzz-build
	scripts/fuzz.sh $(FUZZ_SECONDS)

# clang-tidy reads the ASan preset's compile database (configured, not built, here).
lint: deps
	cmake --preset asan >/dev/null
	JOBS=$(JOBS) scripts/lint.sh $(LINT_ARGS)

format:
	git ls-files -- sim models analysis app fuzz tests bench | grep -E '\.(cpp|hpp)$$' | xargs clang-format-14 -i

bench: build
	bench/model/run.sh

clean:
	rm -rf build build-dev build-asan build-fuzz
