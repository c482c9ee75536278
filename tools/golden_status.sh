#!/usr/bin/env bash
# tools/golden_status.sh — which golden programs does a vitro binary run exactly as Go does?
#
# Usage: tools/golden_status.sh [--vitro BIN] [--timeout S] [--list] [FILE.go|DIR]...
#        (default: every NAME.go under tests/golden)
#
# Runs `vitro run NAME.go` for every NAME.go (in its own folder, no arguments, stdin from
# /dev/null, 10 s limit unless --timeout; VITRO or --vitro picks the binary, default /work/main/build/dev/vitro)
# and applies the rules of the golden_run CTest test (tests/tools/golden_runner.cpp): the exit
# status must equal NAME.code (0 if absent), stdout must equal NAME.out byte for byte, and when
# NAME.err exists the first stderr line must equal it (trailing newlines ignored); stderr of a
# program without NAME.err is not compared. `// vitro:go1.22` needs nothing here: vitro reads it.
# One line per program: `PASS path` or `FAIL path: reason` (stdout differs at line N, exit
# status, stderr, timeout, or vitro's `not supported yet` message), then the counts.
#
# --list prints instead, on stdout, a new run_list.txt: its leading comment block, then every
# passing path relative to tests/golden, sorted, except peers/* (run_list_peers.txt lists them)
# and paths named in a comment of run_list.txt (programs left out on purpose). The PASS/FAIL
# lines go to stderr:   tools/golden_status.sh --list >tests/golden/run_list.txt
# Exit status: 1 if a program failed (0 with --list), 2 on a usage error. Needs bash + coreutils.
set -uo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
golden=$root/tests/golden
vitro=${VITRO:-/work/main/build/dev/vitro}
limit=10
list=0
targets=()
while [[ $# -gt 0 ]]; do
    case $1 in
    --vitro) vitro=${2:?--vitro needs a path}; shift 2 ;;
    --list) list=1; shift ;;
    --timeout) limit=${2:?--timeout needs seconds}; shift 2 ;;
    -h | --help) sed -n '2,20p' "${BASH_SOURCE[0]}" | cut -c3-; exit 0 ;;
    *) targets+=("$1"); shift ;;
    esac
done
[[ ${#targets[@]} -gt 0 ]] || targets=("$golden")
[[ -x $vitro ]] || { echo "golden_status: no vitro binary at $vitro" >&2; exit 2; }
vitro=$(cd "$(dirname "$vitro")" && pwd)/$(basename "$vitro")

files=()
for t in "${targets[@]}"; do
    if [[ -d $t ]]; then
        while IFS= read -r f; do files+=("$(cd "$(dirname "$f")" && pwd)/$(basename "$f")"); done \
            < <(find "$t" -type f -name '*.go')
    elif [[ -f $t ]]; then
        files+=("$(cd "$(dirname "$t")" && pwd)/$(basename "$t")")
    else
        echo "golden_status: no such file or directory: $t" >&2; exit 2
    fi
done
mapfile -t files < <(printf '%s\n' "${files[@]}" | sort -u)

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
report() { if [[ $list == 1 ]]; then echo "$@" >&2; else echo "$@"; fi; }
# strip_nl TEXT: TEXT without trailing \n and \r, as golden_runner's trim_newline.
strip_nl() { local s=$1; while [[ $s == *$'\n' || $s == *$'\r' ]]; do s=${s%?}; done; printf '%s' "$s"; }

# first_diff_line A B: number of the first line where files A and B differ (line endings count).
first_diff_line() {
    local -a a b
    mapfile a <"$1"
    mapfile b <"$2"
    local i n=$((${#a[@]} > ${#b[@]} ? ${#a[@]} : ${#b[@]}))
    for ((i = 0; i < n; i++)); do
        [[ ${a[i]-} == "${b[i]-}" ]] || { echo $((i + 1)); return; }
    done
    echo "?"
}

passed=0 failed=0 unsup=0 timeouts=0 passing=()
for f in "${files[@]}"; do
    rel=${f#"$golden"/}
    stem=${f%.go}
    status=0
    (cd "$(dirname "$f")" && exec timeout -k 2 "$limit" "$vitro" run "$(basename "$f")") \
        </dev/null >"$tmp/out" 2>"$tmp/err" || status=$?
    want_code=0
    [[ -f $stem.code ]] && want_code=$(strip_nl "$(<"$stem.code")")
    if [[ -f $stem.out ]]; then cp "$stem.out" "$tmp/want"; else : >"$tmp/want"; fi
    got_err=$(head -n 1 "$tmp/err")
    got_err=$(strip_nl "$got_err")
    unsupported=$(grep -m 1 -E 'not (supported|implemented) yet' "$tmp/err" || true)
    why=
    if [[ $status == 124 || $status == 137 ]]; then
        why="timeout (${limit}s)"
        timeouts=$((timeouts + 1))
    elif [[ -n $unsupported && $status != "$want_code" ]]; then
        why=$unsupported
        unsup=$((unsup + 1))
    elif [[ $status != "$want_code" ]]; then
        why="exit status $status, want $want_code${got_err:+: $got_err}"
    elif [[ $(cksum <"$tmp/out") != $(cksum <"$tmp/want") ]]; then
        why="stdout differs at line $(first_diff_line "$tmp/out" "$tmp/want")"
    elif [[ -f $stem.err ]]; then
        want_err=$(strip_nl "$(<"$stem.err")")
        [[ $got_err == "$want_err" ]] || why="stderr: got \`$got_err\`, want \`$want_err\`"
    fi
    if [[ -z $why ]]; then
        passed=$((passed + 1))
        passing+=("$rel")
        report "PASS $rel"
    else
        failed=$((failed + 1))
        report "FAIL $rel: $why"
    fi
done
report "$passed passed, $failed failed ($unsup not supported yet, $timeouts timeouts)"

if [[ $list == 1 ]]; then
    runlist=$golden/run_list.txt
    header=$(sed -n '/^#/!q;p' "$runlist" 2>/dev/null)
    [[ -n $header ]] && printf '%s\n' "$header"
    for p in "${passing[@]}"; do
        [[ $p == peers/* || $p == /* ]] && continue
        grep '^#' "$runlist" 2>/dev/null | grep -qF "$p" && continue
        printf '%s\n' "$p"
    done
    exit 0
fi
[[ $failed == 0 ]]
