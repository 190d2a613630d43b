#!/usr/bin/env bash
# scrapers/README.md teaches writing a scraper without C++: its worked example (the page and
# the scraper file, taken from the README itself) must extract what the README says it does.
# usage: scraper_readme_example.sh SUASANA_BIN SOURCE_DIR
set -euo pipefail
suasana=$(realpath "$1") src=$(cd "$2" && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/suasana-docs.XXXXXX")
trap 'rm -rf "$work"' EXIT
readme="$src/scrapers/README.md"
# The example's page is the first ```html block after "## Worked example", its scraper the next
# ```toml block.
awk '/^## Worked example/ { on = 1 } on && /^```html/ { grab = 1; next } grab && /^```/ { exit } grab' \
  "$readme" >"$work/page.html"
awk '/^## Worked example/ { on = 1 } on && /^```toml/ { grab = 1; next } grab && /^```/ { exit } grab' \
  "$readme" >"$work/example.toml"
[ -s "$work/page.html" ] && [ -s "$work/example.toml" ] || { echo "worked example not found in $readme"; exit 1; }
out=$("$suasana" --now 2023-07-24T08:00:00 extract "$work/page.html" --scraper "$work/example.toml" \
      --url https://wartakampung.example/berita/77/jalan-desa --why)
echo "$out"
check() { grep -q -- "$1" <<<"$out" || { echo "missing from the output: $1"; exit 1; }; }
check '"id":"501","parent_id":null,"author":"Bu Ani"'
check '"body":"Jalan desa akhirnya diaspal!"'
check '"likes":1200'
check '"time":"2023-07-22T02:15:00Z"'
# --now is 08:00 WIB = 01:00Z; "2 jam lalu" is two hours before that.
check '"id":"502","parent_id":"501","author":"Pak Budi","time":"2023-07-23T23:00:00Z"'
[ "$(wc -l <<<"$out")" = 2 ] || { echo "expected exactly two comments"; exit 1; }
echo "the README's worked example works"
