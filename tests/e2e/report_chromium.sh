#!/bin/sh
# The HTML report as a browser sees it: scrape the samples (as the README does), ingest a page
# of hostile comments, write the report, let headless Chromium build its DOM and take a
# screenshot, then check both with our own C++ tools (a fresh Debian has no python3 or jq).
# See tests/e2e/report/README.
#
# usage: report_chromium.sh SUASANA_BIN REPORT_DOM_CHECK PNG_COLOURS SOURCE_DIR
# KEEP_REPORT=DIR copies report.html, dom.html and report.png there for a look.
set -u
suasana=$(realpath "$1") dom_check=$(realpath "$2") png_colours=$(realpath "$3")
src=$(cd "$4" && pwd)
chromium=$(command -v chromium || command -v chromium-browser) || {
  echo "FAILED: chromium is not installed (scripts/install-deps --test installs it)"
  exit 1
}
work=$(mktemp -d "${TMPDIR:-/tmp}/suasana-report.XXXXXX")
trap 'rm -rf "$work"' EXIT
cd "$work" || exit 1
export HOME="$work" TZ=UTC LC_ALL=C.UTF-8
unset SUASANA_CONFIG XDG_CONFIG_HOME

fail() { echo "FAILED: $*"; exit 1; }
run() { "$suasana" --config "$src/config.toml" --db "$work/suasana.db" --now 2023-07-24T08:00:00 "$@"; }

run --quiet scrape || fail "scrape"
run --quiet ingest "$src/tests/e2e/report/hostile.html" --url 'javascript:alert(3)' \
  --scraper wordpress --story '<script>alert(6)</script>' || fail "ingest of the hostile page"
run summary --date 2023-07-23 --days 3 --format json >summary.json || fail "summary"
run report --html report.html --date 2023-07-23 --days 3 || fail "report"

# The DOM is compared with summary.json below; that reference is first checked against the
# database with SQL written here, not suasana's readers: per story and day what counts (not
# spam, scored, not deleted) and its labels, and each story's most positive and most negative
# comment (ties to the earliest). A reader that counted wrongly would fail here, not agree with
# itself in both places.
counted="c.spam = 0 AND c.scored = 1 AND c.deleted_at IS NULL AND c.posted_day BETWEEN '2023-07-21' AND '2023-07-23'"
sqlite3 suasana.db "SELECT a.story, c.posted_day, count(*), sum(c.label = 'positive'),
    sum(c.label = 'neutral'), sum(c.label = 'negative')
  FROM comments c JOIN articles a ON a.id = c.article_id WHERE $counted GROUP BY 1, 2 ORDER BY 1, 2;
  SELECT story, sign, body FROM (SELECT a.story, s.sign, c.body, row_number() OVER (
      PARTITION BY a.story, s.sign ORDER BY c.score * s.sign DESC, c.posted_at, c.id) AS r
    FROM comments c JOIN articles a ON a.id = c.article_id, (SELECT 1 AS sign UNION SELECT -1) s
    WHERE $counted AND c.score * s.sign > 0) WHERE r = 1 ORDER BY 1, 2" >expected.rows ||
  fail "sqlite3 over the database"
sqlite3 :memory: "SELECT json_extract(s.value, '\$.story'), json_extract(d.value, '\$.day'),
    json_extract(d.value, '\$.comments'), json_extract(d.value, '\$.positive'),
    json_extract(d.value, '\$.neutral'), json_extract(d.value, '\$.negative')
  FROM json_each(readfile('summary.json'), '\$.stories') s, json_each(s.value, '\$.days') d
  WHERE json_extract(d.value, '\$.comments') > 0 ORDER BY 1, 2;
  SELECT story, sign, body FROM (
    SELECT json_extract(value, '\$.story') AS story, -1 AS sign,
      json_extract(value, '\$.most_negative.body') AS body FROM json_each(readfile('summary.json'), '\$.stories')
    UNION ALL SELECT json_extract(value, '\$.story'), 1, json_extract(value, '\$.most_positive.body')
      FROM json_each(readfile('summary.json'), '\$.stories')) WHERE body IS NOT NULL ORDER BY 1, 2" \
  >summary.rows || fail "sqlite3 over summary.json"
cmp -s expected.rows summary.rows || { diff expected.rows summary.rows; fail "summary.json against the database"; }
echo "summary.json agrees with the database: $(wc -l <expected.rows) rows"
echo "report.html: $(wc -c <report.html) bytes"

# No network: every request goes to a proxy on a closed port, loopback included; a profile of
# its own; nothing from the machine's Chromium setup; /tmp rather than /dev/shm, which containers
# often keep tiny.
browse() {
  timeout 180 "$chromium" --headless --no-sandbox --disable-gpu --proxy-server=127.0.0.1:9 \
    --proxy-bypass-list='<-loopback>' --user-data-dir="$work/profile" --no-first-run \
    --disable-extensions --disable-background-networking --disable-sync --disable-default-apps \
    --disable-component-update --disable-dev-shm-usage --hide-scrollbars "$@" 2>>chromium.log
}
ms() { echo $(($(date +%s%N) / 1000000)); }

start=$(ms)
browse --dump-dom "file://$work/report.html" >dom.html || { cat chromium.log; fail "chromium --dump-dom"; }
echo "chromium --dump-dom: $(($(ms) - start)) ms"
"$dom_check" dom.html summary.json \
  --text '<script>alert(1)</script><img src=x onerror=alert(2)>' \
  --text 'javascript:alert(3)' --text '<script>alert(6)</script>' \
  --text '<img src=x onerror=alert(8)>' --text 'NftBankruptcyClub' || fail "the DOM"

start=$(ms)
browse --screenshot="$work/report.png" --window-size=1280,2400 "file://$work/report.html" \
  >/dev/null || { cat chromium.log; fail "chromium --screenshot"; }
echo "chromium --screenshot: $(($(ms) - start)) ms"
[ -s report.png ] || { cat chromium.log; fail "no screenshot"; }
"$png_colours" report.png 50 || fail "the screenshot"

if [ -n "${KEEP_REPORT:-}" ]; then
  mkdir -p "$KEEP_REPORT" && cp report.html dom.html report.png summary.json "$KEEP_REPORT/"
fi
echo "ok"
