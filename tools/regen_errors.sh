#!/usr/bin/env bash
# tools/regen_errors.sh — regenerates the expected first lines (NAME.err) of the compile-error
# corpus from real Go 1.19.
#
# Usage: tools/regen_errors.sh [DIR_OR_FILE.go ...]     (default: tests/errors, recursively)
#
# For every NAME.go it runs `go build NAME.go` in the file's directory, exactly as
# tests/errors/README.md describes, and writes Go's first diagnostic without the leading `./`
# to NAME.err. Go prints `# command-line-arguments` first, then one `./NAME.go:L:C: message`
# line per error; continuation lines (have/want, other declaration of) start with a tab.
# A program must yield exactly one error line, or the script names it and exits 1 after
# processing the rest; their .err files are left untouched. Set GO to use another binary
# (it must still report go1.19.x).
set -euo pipefail

GO=${GO:-/usr/bin/go}
root=$(cd "$(dirname "$0")/.." && pwd)

die() {
    echo "regen_errors: $*" >&2
    exit 1
}

[[ -x $GO ]] || die "$GO not found; install golang-go (Go 1.19)"
version=$("$GO" env GOVERSION) || die "cannot run $GO"
[[ $version == go1.19 || $version == go1.19.* ]] || die "$GO is $version, want go1.19.x"

# Keep the user's environment from changing what `go build` prints.
export GOFLAGS= GO111MODULE= GOOS= GOARCH= CGO_ENABLED=0

targets=("$@")
[[ ${#targets[@]} -gt 0 ]] || targets=("$root/tests/errors")

files=()
for t in "${targets[@]}"; do
    if [[ -f $t ]]; then
        files+=("$t")
    elif [[ -d $t ]]; then
        while IFS= read -r f; do files+=("$f"); done < <(find "$t" -name '*.go' -type f | LC_ALL=C sort)
    else
        die "no such file or directory: $t"
    fi
done
[[ ${#files[@]} -gt 0 ]] || die "no .go files under ${targets[*]}"

# A program that compiles by mistake must not leave a binary in the tree.
bin_dir=$(mktemp -d)
trap 'rm -rf "$bin_dir"' EXIT

bad=0
written=0
for f in "${files[@]}"; do
    dir=$(dirname "$f")
    name=$(basename "$f")
    stem=${name%.go}
    set +e
    out=$(cd "$dir" && "$GO" build -o "$bin_dir/$stem" "$name" 2>&1)
    status=$?
    set -e
    if [[ $status -eq 0 ]]; then
        echo "FAIL $f: compiles without error" >&2
        bad=$((bad + 1))
        continue
    fi
    header=$(sed -n 1p <<<"$out")
    first=$(sed -n 2p <<<"$out")
    # Error lines start with ./NAME.go:L:C: (or ./NAME.go:L:); anything else that is not a tab continuation
    # (a loader error, "too many errors") also disqualifies the program.
    errors=$(sed 1d <<<"$out" | grep -v $'^\t' | grep -v '^$' || true)
    count=$(grep -c . <<<"$errors" || true)
    if [[ $header != "# command-line-arguments" ]]; then
        echo "FAIL $f: unexpected go output:" >&2
        echo "$out" | sed 's/^/    /' >&2
        bad=$((bad + 1))
        continue
    fi
    # Go leaves the column out when it is 255 or more (cmd/internal/src/pos.go colMax).
    if [[ $count -ne 1 || ! $first =~ ^\./${stem//./\\.}\.go:[0-9]+(:[0-9]+)?:\  ]]; then
        echo "FAIL $f: want exactly one error line, got $count:" >&2
        echo "$out" | sed 's/^/    /' >&2
        bad=$((bad + 1))
        continue
    fi
    printf '%s\n' "${first#./}" >"$dir/$stem.err"
    written=$((written + 1))
done

echo "regen_errors: $written .err files written, $bad failed ($version)"
[[ $bad -eq 0 ]]
