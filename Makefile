# The two set-up commands of README.md:
#   make run   installs what is missing, builds build/samsim (release), compares the five designs of
#              scenarios/designs/ in a crisis (common random numbers) and writes out/designs/report.html;
#              the terminal shows the verdict table and the report's path
#   make test  installs what is missing, builds, and runs every test (release and ASan+UBSan)
#   make fuzz  builds the libFuzzer targets (fuzz preset) and runs each for FUZZ_SECONDS
#   make lint  clang-tidy and clang-format on the code changed since LINT_BASE (see scripts/lint.sh)
JOBS ?= $(shell nproc)
OUT ?= out/designs
# The designs in their natural order, from no arena to the most open one; the report compares them
# with line-only, the design without an arena. 30 replicates keep the 95 % intervals of the headline
# outcomes narrow enough to tell the designs apart (docs/report.md).
DESIGNS ?= line-only adhoc-crisis-group small-staff coordinator-group flexible-arena
REPLICATES ?= 30
FUZZ_SECONDS ?= 600

.PHONY: deps build run test test-release test-asan dev dev-build fuzz fuzz-build lint bench clean

deps:
	@scripts/install-deps.sh

build: deps
	cmake --preset release >/dev/null
	cmake --build --preset release -j $(JOBS)

run: build
	./build/samsim compare $(DESIGNS:%=scenarios/designs/%.yaml) --replicates $(REPLICATES) --out $(OUT)
	./build/samsim report $(OUT)

test: test-release test-asan

test-release: build
	ctest --preset release -j $(JOBS)

test-asan: deps
	cmake --preset asan >/dev/null
	cmake --build --preset asan -j $(JOBS)
	ctest --preset asan -j $(JOBS) -LE slow

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

lint: dev-build
	scripts/lint.sh

bench: build
	bench/model/run.sh

clean:
	rm -rf build build-dev build-asan build-fuzz
