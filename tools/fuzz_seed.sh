#!/usr/bin/env bash
# tools/fuzz_seed.sh — builds the seed corpus of the front-end fuzzer (tests/fuzz/README.md).
#
#   tools/fuzz_seed.sh [OUT_DIR]      default: build/fuzz/seeds
#
# Copies every .go program of the repository's tests and examples, the stdlib declaration files
# and the shared peer benchmarks (when ../shared is there) into OUT_DIR, each named by its SHA-1
# as libFuzzer names corpus files, so running it twice adds nothing twice.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
out="${1:-$root/build/fuzz/seeds}"
mkdir -p "$out"
sources=("$root/tests" "$root/examples" "$root/stdlib")
[ -d "$root/../shared/bench/peers/go" ] && sources+=("$root/../shared/bench/peers/go")
before=$(find "$out" -type f | wc -l)
while IFS= read -r -d '' f; do
  sum=$(sha1sum "$f" | cut -d' ' -f1)
  cp "$f" "$out/$sum"
done < <(find "${sources[@]}" -name '*.go' -type f -print0)
after=$(find "$out" -type f | wc -l)
echo "fuzz_seed: $out holds $after seeds ($((after - before)) new)"
