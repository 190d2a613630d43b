#!/usr/bin/env bash
# The README's example queries are part of the documented interface: this reads every statement
# of README.md's ```sql block, runs it with sqlite3 against a database scraped from the bundled
# samples by the real binary, and compares every result with readme_queries.expected (each
# statement, then its rows). UPDATE_GOLDEN=1 rewrites that file instead (refused when CI is
# set, like the e2e goldens); review the diff before committing.
# usage: readme_queries.sh SUASANA_BIN SOURCE_DIR
set -euo pipefail
suasana=$(realpath "$1") src=$(cd "$2" && pwd)
expected="$src/tests/docs/readme_queries.expected"
work=$(mktemp -d "${TMPDIR:-/tmp}/suasana-docs.XXXXXX")
trap 'rm -rf "$work"' EXIT
"$suasana" --config "$src/config.toml" --db "$work/s.db" --quiet --now 2023-07-24T08:00:00 scrape
# --now sets the comments' clock; the runs table keeps the real time of the run: fix it here.
sqlite3 "$work/s.db" "UPDATE runs SET started_at = '2023-07-24T01:00:00Z', finished_at = '2023-07-24T01:00:01Z'"

awk '/^```sql/ { on = 1; next } /^```/ { on = 0 } on' "$src/README.md" >"$work/queries.sql"
count=0 statement=""
: >"$work/results"
while IFS= read -r line; do
  case "$line" in --*|'') continue ;; esac
  statement="$statement $line"
  case "$line" in
    *\;)
      count=$((count + 1))
      rows=$(sqlite3 -bail "$work/s.db" "$statement") || { echo "query $count failed:$statement"; exit 1; }
      [ -n "$rows" ] || { echo "query $count returned no row:$statement"; exit 1; }
      printf -- '--%s\n%s\n' "$statement" "$rows" >>"$work/results"
      statement=""
      ;;
  esac
done <"$work/queries.sql"
[ "$count" -ge 6 ] || { echo "README.md has only $count example queries (at least 6 expected)"; exit 1; }
if [ "${UPDATE_GOLDEN:-0}" = 1 ]; then
  if [ -n "${CI:-}" ] && [ "${CI:-}" != false ]; then
    echo "readme_queries.sh: UPDATE_GOLDEN=1 refused: CI is set" >&2
    exit 1
  fi
  cp "$work/results" "$expected"
  echo "updated $expected"
  exit 0
fi
if ! diff -u "$expected" "$work/results"; then
  echo "FAILED: the README's queries return other rows (UPDATE_GOLDEN=1 regenerates; review it)"
  exit 1
fi
echo "$count README queries ran and returned the expected rows"
