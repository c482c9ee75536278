#!/usr/bin/env bash
# tools/check_format.sh — fails when a C++ file of the tree (tracked or new, not ignored) is not
# clang-format (14) clean. With --fix, formats them in place instead (`make format`).
set -euo pipefail
cd "$(dirname "$0")/.."
mapfile -t files < <(git ls-files --cached --others --exclude-standard '*.cpp' '*.h' | while read -r f; do
  [ -f "$f" ] && echo "$f"; done)
[ ${#files[@]} -gt 0 ] || { echo "check_format: no files"; exit 0; }
if [ "${1:-}" = --fix ]; then
  clang-format -i "${files[@]}"
  exit 0
fi
if ! clang-format --dry-run --Werror "${files[@]}"; then
  echo "check_format: run 'make format'"
  exit 1
fi
echo "check_format: ok"
