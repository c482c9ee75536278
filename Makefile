# vitro — thin driver over CMake presets (see CMakePresets.json and README.md).
#
#   make          release build (build/release/vitro)
#   make run      install missing packages, build, run the demo
#   make test     install missing packages, build (dev, -Werror), run every test
#   make asan     ASan+UBSan build and tests      make tsan   ThreadSanitizer build and tests
#   make format   clang-format every source       make check  formatting, file sizes, layering
#   make bench    peer benchmarks side by side (once the interpreter exists)

SHELL := /bin/bash
# Debian packages the build needs. (g++ and make are assumed: they run this file.)
DEB_PACKAGES := g++ cmake ninja-build re2c bison libfmt-dev catch2 clang-format
JOBS ?= $(shell nproc 2>/dev/null || echo 2)

.PHONY: all release dev run test asan tsan gcstress format check bench deps

all: release

# Installs missing packages with apt-get when root or passwordless sudo is available;
# otherwise prints the exact command and stops.
deps:
	@missing=""; for p in $(DEB_PACKAGES); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "install ok installed" || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ]; then SUDO=""; \
	  elif command -v sudo >/dev/null && sudo -n true 2>/dev/null; then SUDO="sudo"; \
	  else echo "vitro needs these Debian packages:$$missing"; \
	       echo "run: sudo apt-get update && sudo apt-get install -y$$missing"; exit 1; fi; \
	  echo "installing:$$missing"; \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $$missing; \
	fi

release: deps
	cmake --preset release >/dev/null
	cmake --build --preset release -j $(JOBS)

dev: deps
	cmake --preset dev >/dev/null
	cmake --build --preset dev -j $(JOBS)

run: release
	@echo "== GODEBUG=gctrace=1 vitro run tests/golden/peers/binarytrees.go  (one gctrace line per collection, on stderr)"
	GODEBUG=gctrace=1 ./build/release/vitro run tests/golden/peers/binarytrees.go
	@echo "== vitro run examples/mistake.go  (a compile error: Go's message, exit status 1)"
	-./build/release/vitro run examples/mistake.go

test: dev
	ctest --preset dev -j $(JOBS)
	@$(MAKE) --no-print-directory check

asan: deps
	cmake --preset asan >/dev/null
	cmake --build --preset asan -j $(JOBS)
	ctest --preset asan -j $(JOBS)

tsan: deps
	cmake --preset tsan >/dev/null
	cmake --build --preset tsan -j $(JOBS)
	ctest --preset tsan -j $(JOBS)

gcstress: deps
	cmake --preset gcstress >/dev/null
	cmake --build --preset gcstress -j $(JOBS)
	ctest --preset gcstress -j $(JOBS)

format:
	tools/check_format.sh --fix

check:
	tools/check_format.sh
	tools/check_sizes.sh
	tools/check_layers.sh

bench: release
	@bench/run.sh
