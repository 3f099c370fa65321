# The two set-up commands of README.md:
#   make run   installs what is missing, builds build/samsim (release) and runs scenarios/default.yaml
#   make test  installs what is missing, builds, and runs every test (release and ASan+UBSan)
#   make fuzz  builds the libFuzzer targets (fuzz preset) and runs each for FUZZ_SECONDS
#   make lint  clang-tidy and clang-format on the code changed since LINT_BASE (see scripts/lint.sh)
JOBS ?= $(shell nproc)
OUT ?= out/default
FUZZ_SECONDS ?= 600

.PHONY: deps build run test test-release test-asan dev dev-build fuzz fuzz-build lint bench clean

deps:
	@scripts/install-deps.sh

build: deps
	cmake --preset release >/dev/null
	cmake --build --preset release -j $(JOBS)

run: build
	./build/samsim run scenarios/default.yaml --out $(OUT)

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
