#!/usr/bin/env bash
# The output README.md shows for its main command is what the real binary prints: this runs the
# main job (scrape the bundled samples, then the summary of the sample days) into a temporary
# database and requires the README's abridged ```text block after "The main command prints" to
# be the first lines of that output.
# usage: readme_output.sh SUASANA_BIN SOURCE_DIR
set -euo pipefail
suasana=$(realpath "$1") src=$(cd "$2" && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/suasana-docs.XXXXXX")
trap 'rm -rf "$work"' EXIT
run() { "$suasana" --config "$src/config.toml" --db "$work/s.db" --now 2023-07-24T08:00:00 "$@"; }
{ run scrape && run summary --date 2023-07-23 --days 3; } >"$work/out.txt"

awk '/^The main command prints/ { want = 1; next }
     want && /^```text/ { on = 1; next }
     on && /^```/ { exit }
     on' "$src/README.md" >"$work/shown.txt"
lines=$(wc -l <"$work/shown.txt")
[ "$lines" -ge 5 ] || { echo "README.md shows only $lines lines of the main command's output"; exit 1; }
if ! head -n "$lines" "$work/out.txt" | diff -u "$work/shown.txt" -; then
  echo "README.md's output of the main command differs from what the binary prints (above)"
  exit 1
fi
echo "README's $lines lines of main-command output match"
