# The two set-up commands of README.md:
#   make run   installs what is missing, builds build/samsim (release) and runs scenarios/default.yaml
#   make test  installs what is missing, builds, and runs every test (release and ASan+UBSan)
JOBS ?= $(shell nproc)
OUT ?= out/default

.PHONY: deps build run test test-release test-asan dev bench clean

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

dev: deps
	cmake --preset dev >/dev/null
	cmake --build --preset dev -j $(JOBS)
	ctest --preset dev -j $(JOBS)

bench: build
	bench/model/run.sh

clean:
	rm -rf build build-dev build-asan
