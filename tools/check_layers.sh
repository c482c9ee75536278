#!/usr/bin/env bash
# tools/check_layers.sh — no #include goes up the layering (DESIGN.md section 0):
# support <- gc <- vm <- stdlib; lang sees support and vm's data headers only;
# include/vitro exposes nothing internal.
set -euo pipefail
cd "$(dirname "$0")/.."
bad=0
check() { # folder, forbidden include prefixes...
  local dir=$1; shift
  [ -d "$dir" ] || return 0
  for t in "$@"; do
    if grep -rEn "#\s*include\s*\"$t" "$dir" --include='*.h' --include='*.cpp' --include='*.re' --include='*.y' --include='*.def'; then
      echo "check_layers: $dir must not include $t"; bad=1
    fi
  done
}
check support gc/ vm/ lang/ stdlib/ cmd/
check gc vm/ lang/ stdlib/ cmd/
check vm lang/ stdlib/ cmd/
check stdlib cmd/
check lang stdlib/ cmd/ gc/heap vm/interp
check include/vitro support/ gc/ vm/ lang/ stdlib/
[ "$bad" = 0 ] && echo "check_layers: ok"
exit $bad
