#!/usr/bin/env bash
# tools/regen_golden.sh — regenerates the expected results of the golden programs with real Go.
#
# Usage: tools/regen_golden.sh [FILE.go|DIR]...   (default: tests/golden)
#
# For every NAME.go it builds a binary (never `go run`, which rewrites exit statuses) with
# Go 1.19, or with Go 1.23 when the first line is exactly `// vitro:go1.22`, runs it in the
# program's directory with no arguments and stdin from /dev/null, and writes:
#   NAME.out   exact stdout (always written, possibly empty)
#   NAME.code  the exit status, only when it is not 0
#   NAME.err   the first line of stderr, only when the exit status is not 0
# A program that fails to build or runs longer than the time limit stops the script with
# status 1. GO119 and GO123 override the two toolchains.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
go119=${GO119:-/usr/bin/go}
go123=${GO123:-/usr/lib/go-1.23/bin/go}
limit=${GOLDEN_TIMEOUT:-30}
export GOTOOLCHAIN=local GOFLAGS=

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

die() {
    echo "regen_golden: $*" >&2
    exit 1
}

[[ -x $go119 ]] || die "Go 1.19 not found at $go119"
[[ -x $go123 ]] || die "Go 1.23 not found at $go123"

regen() {
    local src=$1
    local dir name stem gobin status
    dir=$(cd "$(dirname "$src")" && pwd)
    name=$(basename "$src" .go)
    stem=$dir/$name
    gobin=$go119
    if [[ $(head -n 1 "$src") == "// vitro:go1.22" ]]; then
        gobin=$go123
    fi
    # Build in an empty directory so that no go.mod around the tree can change the build.
    rm -rf "$work/src" && mkdir "$work/src"
    cp "$src" "$work/src/$name.go"
    if ! (cd "$work/src" && "$gobin" build -o "$work/bin" "$name.go") 2>"$work/build.log"; then
        cat "$work/build.log" >&2
        die "$src does not build with $gobin"
    fi
    status=0
    (cd "$dir" && timeout "$limit" "$work/bin" </dev/null >"$stem.out" 2>"$work/stderr") \
        || status=$?
    if [[ $status == 124 ]]; then
        die "$src ran longer than ${limit}s"
    fi
    rm -f "$stem.code" "$stem.err"
    if [[ $status != 0 ]]; then
        echo "$status" >"$stem.code"
        head -n 1 "$work/stderr" >"$stem.err"
    fi
    printf '%-50s %s\n' "${src#"$root"/}" "exit $status"
}

targets=("$@")
[[ ${#targets[@]} -gt 0 ]] || targets=("$root/tests/golden")
count=0
for t in "${targets[@]}"; do
    if [[ -d $t ]]; then
        while IFS= read -r f; do
            regen "$f"
            count=$((count + 1))
        done < <(find "$t" -name '*.go' | sort)
    elif [[ -f $t ]]; then
        regen "$t"
        count=$((count + 1))
    else
        die "no such file or directory: $t"
    fi
done
echo "regen_golden: $count programs regenerated"
