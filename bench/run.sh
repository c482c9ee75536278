#!/usr/bin/env bash
# bench/run.sh — the side-by-side peer benchmark runner (`make bench`, after a release build).
#
# Runs the peer programs of ../shared/bench/peers (go/NAME.go, lua/NAME.lua) under
#   vitro          build/release/vitro run go/NAME.go
#   Lua 5.4        lua5.4 lua/NAME.lua
#   LuaJIT -joff   luajit -joff lua/NAME.lua   (interpreter only)
#   Go             the binary of `go build go/NAME.go` (built once, build time not measured)
# RUNS rounds per benchmark (default 3); within a round the implementations run one after the
# other, the first one rotating each round, so slow drift of the machine hits all alike. Wall
# time is whole-process (start-up included) from bash's monotonic-enough EPOCHREALTIME; the
# table shows medians and, for each peer, the median over rounds of its time divided by Lua
# 5.4's time in the same round. vitro's stdout must equal Go's byte for byte (else "MISMATCH");
# a program vitro cannot run yet (non-zero exit, e.g. "not implemented yet") shows "n/a" and
# is not retried.
#
#   bench/run.sh                      all benchmarks, 3 rounds
#   RUNS=5 bench/run.sh fib loop      only fib and loop (names or shell patterns), 5 rounds
#   TIMEOUT=300 bench/run.sh          seconds before a run is killed (default 120)
#
# Missing tools (lua5.4, luajit, golang-go) are installed with apt-get when running as root or
# with passwordless sudo; otherwise their column is skipped with a note. Progress goes to
# stderr, the Markdown report to stdout.
set -uo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
peers="$root/../shared/bench/peers"
vitro="${VITRO:-$root/build/release/vitro}"
runs="${RUNS:-3}"
timeout_s="${TIMEOUT:-120}"
all_benches=(fib loop sieve nbody spectralnorm fannkuch binarytrees mapbench strbuild sortbench chanpingpong spawn alloc)

note() { echo "bench: $*" >&2; }

if [ ! -d "$peers/go" ]; then
  echo "bench: the peer programs are not at $peers" >&2
  exit 1
fi
if ! [[ "$runs" =~ ^[1-9][0-9]*$ ]]; then
  echo "bench: RUNS must be a positive integer, not '$runs'" >&2
  exit 1
fi

# --- benchmark selection --------------------------------------------------------------------
benches=()
if [ $# -eq 0 ]; then
  benches=("${all_benches[@]}")
else
  for b in "${all_benches[@]}"; do
    for pat in "$@"; do
      # shellcheck disable=SC2053  # a pattern on purpose
      if [[ "$b" == $pat ]]; then benches+=("$b"); break; fi
    done
  done
  if [ ${#benches[@]} -eq 0 ]; then
    echo "bench: no benchmark matches: $* (names: ${all_benches[*]})" >&2
    exit 1
  fi
fi

# --- tools ------------------------------------------------------------------------------------
notes=()
ensure_tool() { # command, Debian package
  command -v "$1" >/dev/null 2>&1 && return 0
  local sudo=""
  if [ "$(id -u)" != 0 ]; then
    if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then sudo="sudo"; else return 1; fi
  fi
  note "installing $2"
  $sudo apt-get update -qq >/dev/null 2>&1
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "$2" >/dev/null 2>&1
  command -v "$1" >/dev/null 2>&1
}
have_lua=1 have_luajit=1 have_go=1 have_vitro=1
ensure_tool lua5.4 lua5.4 || { have_lua=0; notes+=("lua5.4 is not installed (and could not be): Lua 5.4 column skipped, no ratios."); }
ensure_tool luajit luajit || { have_luajit=0; notes+=("luajit is not installed (and could not be): LuaJIT column skipped."); }
ensure_tool go golang-go || { have_go=0; notes+=("go is not installed (and could not be): Go column skipped, outputs not checked."); }
if [ ! -x "$vitro" ]; then
  have_vitro=0
  notes+=("$vitro does not exist (run \`make release\`): vitro column skipped.")
fi

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

if [ "$have_go" = 1 ]; then
  for b in "${benches[@]}"; do
    if ! (cd "$peers" && go build -o "$tmp/$b" "go/$b.go") 2>"$tmp/$b.build"; then
      note "go build $b failed: $(head -1 "$tmp/$b.build")"
    fi
  done
fi

# --- measuring ----------------------------------------------------------------------------------
# run_one IMPL BENCH ROUND: runs once; appends the wall time to $tmp/IMPL.BENCH.times, keeps the
# output in $tmp/IMPL.BENCH.out.ROUND; returns the exit status.
run_one() {
  local impl=$1 b=$2 round=$3 cmd
  case $impl in
    vitro) cmd=("$vitro" run "go/$b.go") ;;
    lua54) cmd=(lua5.4 "lua/$b.lua") ;;
    luajit) cmd=(luajit -joff "lua/$b.lua") ;;
    go) cmd=("$tmp/$b") ;;
  esac
  local start end status
  start=$EPOCHREALTIME
  (cd "$peers" && env -u GOGC -u GODEBUG -u GOMAXPROCS -u GOMEMLIMIT timeout "$timeout_s" "${cmd[@]}") \
    >"$tmp/$impl.$b.out.$round" 2>"$tmp/$impl.$b.err.$round" </dev/null
  status=$?
  end=$EPOCHREALTIME
  if [ $status = 0 ]; then
    echo "$start $end" | awk '{ printf "%.6f\n", $2 - $1 }' >>"$tmp/$impl.$b.times"
  fi
  return $status
}

median() { # file of numbers -> median (empty if none)
  [ -s "$1" ] || return 0
  sort -g "$1" | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

impls=()
[ "$have_vitro" = 1 ] && impls+=(vitro)
[ "$have_lua" = 1 ] && impls+=(lua54)
[ "$have_luajit" = 1 ] && impls+=(luajit)
[ "$have_go" = 1 ] && impls+=(go)

declare -A status_of # impl.bench -> ok | na | mismatch | fail
for b in "${benches[@]}"; do
  active=()
  for impl in "${impls[@]}"; do
    if [ "$impl" = go ] && [ ! -x "$tmp/$b" ]; then status_of[$impl.$b]=fail; continue; fi
    status_of[$impl.$b]=ok
    active+=("$impl")
  done
  for ((round = 0; round < runs; round++)); do
    n=${#active[@]}
    for ((k = 0; k < n; k++)); do
      impl=${active[$(((k + round) % n))]}
      [ "${status_of[$impl.$b]}" = ok ] || [ "${status_of[$impl.$b]}" = mismatch ] || continue
      note "$b: $impl (round $((round + 1))/$runs)"
      if ! run_one "$impl" "$b" "$round"; then
        if [ "$impl" = vitro ]; then
          status_of[$impl.$b]=na
          note "$b: vitro cannot run it yet: $(head -1 "$tmp/vitro.$b.err.$round")"
        else
          status_of[$impl.$b]=fail
          note "$b: $impl failed: $(head -1 "$tmp/$impl.$b.err.$round")"
        fi
      fi
    done
    # Same-round ratios to Lua 5.4.
    if [ "$have_lua" = 1 ] && [ -f "$tmp/lua54.$b.out.$round" ] && [ "${status_of[lua54.$b]}" = ok ]; then
      lua_t=$(tail -1 "$tmp/lua54.$b.times")
      for impl in "${active[@]}"; do
        [ "$impl" = lua54 ] && continue
        case "${status_of[$impl.$b]}" in ok | mismatch) ;; *) continue ;; esac
        t=$(tail -1 "$tmp/$impl.$b.times" 2>/dev/null) || continue
        [ -n "$t" ] && awk -v a="$t" -v l="$lua_t" 'BEGIN { printf "%.6f\n", a / l }' >>"$tmp/$impl.$b.ratios"
      done
    fi
  done
  # Outputs: every vitro (and Lua) run against Go's first output.
  ref="$tmp/go.$b.out.0"
  if [ -f "$ref" ] && [ "${status_of[go.$b]}" = ok ]; then
    for impl in vitro lua54 luajit; do
      [ "${status_of[$impl.$b]:-}" = ok ] || continue
      for ((round = 0; round < runs; round++)); do
        out="$tmp/$impl.$b.out.$round"
        if [ -f "$out" ] && ! cmp -s "$out" "$ref"; then status_of[$impl.$b]=mismatch; fi
      done
    done
  fi
done

# --- report ---------------------------------------------------------------------------------------
cell() { # impl bench -> "median (ratio)" or n/a
  local impl=$1 b=$2 st=${status_of[$1.$2]:-} m r
  case $st in
    na) echo "n/a"; return ;;
    fail) echo "failed"; return ;;
    "") echo "-"; return ;;
  esac
  m=$(median "$tmp/$impl.$b.times")
  [ -z "$m" ] && { echo "-"; return; }
  m=$(awk -v m="$m" 'BEGIN { printf "%.3f", m }')
  if [ "$impl" != lua54 ] && [ -s "$tmp/$impl.$b.ratios" ]; then
    r=$(median "$tmp/$impl.$b.ratios")
    m="$m ($(awk -v r="$r" 'BEGIN { printf (r < 0.1 ? "%.3fx" : "%.2fx"), r }'))"
  fi
  [ "$st" = mismatch ] && m="$m MISMATCH"
  echo "$m"
}

echo "# vitro peer benchmarks"
echo
echo "- date (UTC): $(date -u '+%Y-%m-%d %H:%M')"
echo "- machine: \`nproc\` = $(nproc), $(uname -sr)"
echo "- vitro: $("$vitro" version 2>/dev/null | head -1)"
tools=""
[ "$have_go" = 1 ] && tools="$tools $(go version);"
[ "$have_lua" = 1 ] && tools="$tools $(lua5.4 -v 2>&1 | head -1);"
[ "$have_luajit" = 1 ] && tools="$tools $(luajit -v 2>&1 | head -1 | cut -d' ' -f1-2);"
echo "- tools:${tools%;}"
echo "- method: $runs rounds per benchmark, implementations interleaved (the first one rotating);"
echo "  whole-process wall time, median seconds; in parentheses the median over rounds of the"
echo "  time divided by Lua 5.4's time in the same round. vitro's stdout is compared with Go's."
echo
header="| benchmark |"
rule="|---|"
for impl in "${impls[@]}"; do
  case $impl in vitro) l="vitro" ;; lua54) l="Lua 5.4" ;; luajit) l="LuaJIT -joff" ;; go) l="Go" ;; esac
  header="$header $l |"
  rule="$rule---:|"
done
echo "$header"
echo "$rule"
for b in "${benches[@]}"; do
  line="| $b |"
  for impl in "${impls[@]}"; do line="$line $(cell "$impl" "$b") |"; done
  echo "$line"
done
echo
if [ "$have_vitro" = 1 ]; then
  echo "vitro outputs:"
  for b in "${benches[@]}"; do
    case "${status_of[vitro.$b]:-}" in
      ok) echo "- $b: equal to Go's ($runs/$runs runs)" ;;
      mismatch) echo "- $b: MISMATCH (differs from Go's output)" ;;
      na) echo "- $b: n/a (vitro cannot run it yet)" ;;
    esac
  done
fi
for n in "${notes[@]}"; do echo "- note: $n"; done
exit 0
