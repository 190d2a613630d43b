#!/usr/bin/env bash
# The README's example queries are part of the documented interface: this reads every statement
# of README.md's ```sql block, runs it with sqlite3 against a database scraped from the bundled
# samples by the real binary, and requires each to succeed and return at least one row.
# usage: readme_queries.sh SUASANA_BIN SOURCE_DIR
set -euo pipefail
suasana=$(realpath "$1") src=$(cd "$2" && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/suasana-docs.XXXXXX")
trap 'rm -rf "$work"' EXIT
"$suasana" --config "$src/config.toml" --db "$work/s.db" --quiet --now 2023-07-24T08:00:00 scrape

awk '/^```sql/ { on = 1; next } /^```/ { on = 0 } on' "$src/README.md" >"$work/queries.sql"
count=0 statement=""
while IFS= read -r line; do
  case "$line" in --*|'') continue ;; esac
  statement="$statement $line"
  case "$line" in
    *\;)
      count=$((count + 1))
      rows=$(sqlite3 -bail "$work/s.db" "$statement") || { echo "query $count failed:$statement"; exit 1; }
      [ -n "$rows" ] || { echo "query $count returned no row:$statement"; exit 1; }
      statement=""
      ;;
  esac
done <"$work/queries.sql"
[ "$count" -ge 6 ] || { echo "README.md has only $count example queries (at least 6 expected)"; exit 1; }
echo "$count README queries ran"
