#!/bin/sh
# Prints a config with one target per page served from site/ (the generated pages).
cat <<CONFIG
[fetch]
delay_ms = 0
concurrency = 8
per_host = 8

[lexicon]
dir = "@SRC@/lexicon"

[scrapers]
dir = "@SRC@/scrapers"
CONFIG
find site -name '*.html' | sort | while IFS= read -r page; do
  name=$(basename "$page" .html)
  printf '\n[[target]]\nname = "%s"\nurl = "http://127.0.0.1:@PORT@/%s"\n' "$name" "${page#site/}"
done
