#!/usr/bin/env bash
# tools/check_format.sh — fails when a tracked C++ file is not clang-format (14) clean.
set -euo pipefail
cd "$(dirname "$0")/.."
files=$(git ls-files '*.cpp' '*.h' 2>/dev/null || true)
[ -n "$files" ] || { echo "check_format: no files"; exit 0; }
if ! clang-format --dry-run --Werror $files; then
  echo "check_format: run 'make format'"
  exit 1
fi
echo "check_format: ok"
