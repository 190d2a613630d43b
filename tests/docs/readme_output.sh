#!/usr/bin/env bash
# The output README.md shows for its main command is what the real binary prints: this takes the
# `suasana` invocations of the README's main command (the block after `<!-- command: main -->`),
# runs them with the built binary into a temporary database, and requires the README's abridged
# output (the block after `<!-- output: main -->`) to be the first lines of what they print.
# usage: readme_output.sh SUASANA_BIN SOURCE_DIR
set -euo pipefail
suasana=$(realpath "$1") src=$(cd "$2" && pwd)
block="$src/tests/docs/readme_block.sh"
work=$(mktemp -d "${TMPDIR:-/tmp}/suasana-docs.XXXXXX")
trap 'rm -rf "$work"' EXIT

main=$("$block" "$src/README.md" "command: main")
"$block" "$src/README.md" "output: main" >"$work/shown.txt"
# The main command is one line of steps joined by &&; the steps that run suasana are replayed.
runs=0
: >"$work/out.txt"
while IFS= read -r step; do
  step=$(sed -E 's/^[[:space:]]+|[[:space:]]+$//g' <<<"$step")
  case "$step" in
    ./build/release/suasana\ *) ;;
    *) continue ;;
  esac
  read -ra args <<<"${step#./build/release/suasana }"
  (cd "$src" && "$suasana" --db "$work/s.db" "${args[@]}") >>"$work/out.txt"
  runs=$((runs + 1))
done < <(sed 's/&&/\n/g' <<<"$main")
[ "$runs" -ge 2 ] || { echo "README.md's main command runs suasana $runs times (2 expected)"; exit 1; }

lines=$(wc -l <"$work/shown.txt")
[ "$lines" -ge 5 ] || { echo "README.md shows only $lines lines of the main command's output"; exit 1; }
if ! head -n "$lines" "$work/out.txt" | diff -u "$work/shown.txt" -; then
  echo "README.md's output of the main command differs from what the binary prints (above)"
  exit 1
fi
echo "README's $lines lines of main-command output match"
