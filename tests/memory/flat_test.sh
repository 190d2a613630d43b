#!/usr/bin/env bash
# Bounded memory: what a scrape keeps grows with its targets by a few KiB each (the target's
# plan and its request in the wave), never by its pages or comments. 60 and then 600 one-page
# targets (20 comments each, all of one scraper) are scraped from loopback into fresh databases;
# the larger run may use at most 6 MiB more at its peak (11 KiB per target; measured 3.1-3.6
# MiB, 6-7 KiB per target, the more when the machine is busy and more pages wait their turn).
# A run that keeps each target's compiled scraper and its comments' ids until the end used
# 13 MiB more and fails this. Not run under the sanitizers (tests/CMakeLists.txt).
# usage: flat_test.sh SUASANA_BIN SERVE_BIN RSS_BIN SOURCE_DIR
set -euo pipefail
suasana=$(realpath "$1") serve=$(realpath "$2") rss=$(realpath "$3") src=$(cd "$4" && pwd)
# shellcheck source=../support/loopback.sh
. "$src/tests/support/loopback.sh"
loopback_work suasana-memory

pages=600 per_page=20
mkdir -p "$work/site"
for p in $(seq 1 "$pages"); do
  {
    echo "<!DOCTYPE html><html><head><meta charset=utf-8><title>Artikel $p</title></head><body>"
    echo "<h1 class=entry-title>Artikel nomor $p</h1><ol class=comment-list>"
    for c in $(seq 1 "$per_page"); do
      id=$(( (p - 1) * per_page + c ))
      echo "<li id=comment-$id class=comment><div class=comment-author><b class=fn>Pembaca $c</b></div>"
      echo "<div class=comment-metadata><time datetime=2023-07-21T10:00:00+07:00>x</time></div>"
      echo "<div class=comment-content><p>Komentar $id, pelayanannya bagus tapi agak lambat.</p></div></li>"
    done
    echo "</ol></body></html>"
  } >"$work/site/a$p.html"
done

loopback_serve "$serve" "$work/site"

# Writes a config with the first $1 pages as targets into $2.
config() {
  {
    printf '[database]\npath = "%s"\n' "$work/$1.db"
    printf '[fetch]\ndelay_ms = 0\nrobots = false\nconcurrency = 8\nper_host = 8\n'
    printf '[lexicon]\ndir = "%s"\n[scrapers]\ndir = "%s"\n' "$src/lexicon" "$src/scrapers"
    for p in $(seq 1 "$1"); do
      printf '[[target]]\nname = "a%d"\nurl = "http://127.0.0.1:%s/a%d.html"\nscraper = "wordpress"\n' \
        "$p" "$port" "$p"
    done
  } >"$2"
}

peak() {
  config "$1" "$work/$1.toml"
  "$rss" "$suasana" --config "$work/$1.toml" scrape --jobs 2 -q 2>"$work/$1.err" ||
    { echo "scrape of $1 targets failed:"; cat "$work/$1.err"; exit 1; }
  local stored
  stored=$(sqlite3 "$work/$1.db" "select count(*) from comments")
  [ "$stored" -eq $(( $1 * per_page )) ] || { echo "$1 targets: $stored comments stored"; exit 1; }
  sed -n 's/^peak_rss_kib=//p' "$work/$1.err"
}

small=$(peak 60)
large=$(peak 600)
echo "peak RSS: 60 targets ${small} KiB, 600 targets ${large} KiB"
if [ $(( large - small )) -gt 6144 ]; then
  echo "memory grows with the number of targets: +$(( large - small )) KiB for 540 more"
  exit 1
fi
