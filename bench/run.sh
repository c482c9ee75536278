#!/usr/bin/env bash
# bench/run.sh — the side-by-side peer benchmark runner (make bench).
# The interpreter arrives with the next issue; until then there is nothing of vitro's to time.
set -euo pipefail
echo "make bench: nothing to run yet — vitro only type-checks so far (the interpreter is the next issue)."
echo "The peer programs and their measured results are in ../shared/bench/peers/."
