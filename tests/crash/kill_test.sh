#!/usr/bin/env bash
# Crash safety: a scrape killed with SIGKILL at several moments mid-run (40 comment pages served
# slowly from loopback) leaves a database that passes PRAGMA integrity_check, and the next run
# completes with every comment stored exactly once. Each kill waits for a marker, not a time:
# the server has been asked for the run's Nth page, or the run has written new rows; a probe
# run (exit 4) then confirms the run still holds the lock, so the kills really land mid-run on
# any machine, fast or slow.
# usage: kill_test.sh SUASANA_BIN SERVE_BIN SOURCE_DIR
set -euo pipefail
suasana=$(realpath "$1") serve=$(realpath "$2") src=$(cd "$3" && pwd)
# shellcheck source=../support/loopback.sh
. "$src/tests/support/loopback.sh"
loopback_work suasana-crash

pages=40 per_page=25
mkdir -p "$work/site"
for p in $(seq 1 "$pages"); do
  {
    echo "<!DOCTYPE html><html><head><meta charset=utf-8><title>Halaman $p</title></head><body>"
    echo "<h1 class=entry-title>Ujian ketahanan</h1><ol class=comment-list>"
    for c in $(seq 1 "$per_page"); do
      id=$(( (p - 1) * per_page + c ))
      echo "<li id=comment-$id class=comment><div class=comment-author><b class=fn>Pembaca $id</b></div>"
      echo "<div class=comment-metadata><time datetime=2023-07-2${c: -1}T10:00:00+07:00>x</time></div>"
      echo "<div class=comment-content><p>Komentar nomor $id, bagus sekali.</p></div></li>"
    done
    echo "</ol>"
    [ "$p" -lt "$pages" ] && echo "<nav class=comment-navigation><div class=nav-next><a href=page-$((p + 1)).html>Berikutnya</a></div></nav>"
    echo "</body></html>"
  } >"$work/site/page-$p.html"
done

loopback_serve "$serve" "$work/site"

cat >"$work/config.toml" <<TOML
[fetch]
delay_ms = 0
[lexicon]
dir = "$src/lexicon"
[scrapers]
dir = "$src/scrapers"
[[target]]
name = "crash"
url = "http://127.0.0.1:$port/slow/60/page-1.html"
scraper = "wordpress"
TOML
cd "$work"
check_integrity() {
  local result
  result=$(sqlite3 suasana.db "pragma integrity_check" 2>&1)
  [ "$result" = ok ] || { echo "integrity check failed after $1: $result"; exit 1; }
}

page_requests() { grep -c ' /slow/60/page-' .server.log || true; }
stored() { sqlite3 suasana.db 'select count(*) from comments' 2>/dev/null || echo 0; }
# Waits until the run's marker: "pages:N" (N more page requests than before it started) or
# "rows" (more comments stored than before it started); fails if the run ends first.
wait_for() {
  local marker=$1 before_pages=$2 before_rows=$3
  while :; do
    case "$marker" in
      pages:*) [ $(($(page_requests) - before_pages)) -ge "${marker#pages:}" ] && return ;;
      rows) [ "$(stored)" -gt "$before_rows" ] && return ;;
    esac
    kill -0 "$pid" 2>/dev/null || { echo "the run ended before its marker ($marker)"; exit 1; }
    sleep 0.02
  done
}

for marker in pages:1 pages:4 rows pages:12 pages:25; do
  before_pages=$(page_requests) before_rows=$(stored)
  "$suasana" --quiet --now 2023-07-30T12:00:00 scrape >/dev/null 2>&1 &
  pid=$!
  wait_for "$marker" "$before_pages" "$before_rows"
  set +e
  "$suasana" --quiet --now 2023-07-30T12:00:00 scrape >/dev/null 2>&1
  probe=$?
  set -e
  [ "$probe" = 4 ] || { echo "the run killed at $marker was not running (probe exit $probe)"; exit 1; }
  kill -KILL "$pid"
  wait "$pid" 2>/dev/null || true
  [ -e suasana.db ] && check_integrity "SIGKILL at $marker"
  echo "killed at $marker: $(stored) comments stored"
done

"$suasana" --now 2023-07-30T12:00:00 scrape
check_integrity "the final run"
total=$(sqlite3 suasana.db "select count(*) from comments")
distinct=$(sqlite3 suasana.db "select count(distinct site_comment_id) from comments")
deleted=$(sqlite3 suasana.db "select count(*) from comments where deleted_at is not null")
expected=$((pages * per_page))
[ "$total" = "$expected" ] && [ "$distinct" = "$expected" ] && [ "$deleted" = 0 ] ||
  { echo "after the final run: $total comments, $distinct distinct, $deleted deleted; expected $expected"; exit 1; }
echo "crash test ok: $expected comments, each once"
