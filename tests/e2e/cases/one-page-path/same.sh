#!/bin/sh
# usage: same.sh TARGET SCRAPER
# Reads the served page site/TARGET.html three ways: `scrape --target TARGET` into scrape.db,
# `ingest` of the saved file into ingest.db (with the same author key, so pseudonyms can agree),
# and `extract` of the same file; then prints what scrape stored and says whether the other two
# agree on the comments (ids, parents, authors, UTC times, bodies, scores, labels), the warnings
# (their text, without the place each names) and the outcome (exit code and the line's counts).
set -u
target=$1 scraper=$2
url="http://127.0.0.1:@PORT@/$target.html" now=2023-07-24T08:00:00
"$SUASANA" --now $now scrape --target "$target" >scrape.out 2>scrape.err; echo "exit $?" >>scrape.out
"$SUASANA" --db ingest.db --now $now ingest "site/$target.html" --url "$url" --scraper "$scraper" \
  >ingest.out 2>ingest.err; echo "exit $?" >>ingest.out
"$SUASANA" --now $now extract "site/$target.html" --url "$url" --scraper "$scraper" \
  >extract.json 2>extract.err; echo "exit $?" >extract.rc

stored() {  # the comments of the page's article in database $1
  sqlite3 "$1" "select c.site_comment_id, coalesce(p.site_comment_id, '-'), coalesce(c.author, '-'),
    coalesce(c.posted_at, '-'), c.body, printf('%.4f', c.score), c.label
    from comments c join articles a on a.id = c.article_id
    left join comments p on p.id = c.parent_id where a.url = '$url' order by c.id"
}
stored scrape.db >scrape.rows
stored ingest.db >ingest.rows
# extract prints JSON lines; sqlite3's JSON functions read them back as rows.
sed -e '1s/^/[/' -e '$!s/$/,/' -e '$s/$/]/' extract.json >extract.array
sqlite3 :memory: "select json_extract(value, '\$.id'), coalesce(json_extract(value, '\$.parent_id'), '-'),
  coalesce(json_extract(value, '\$.author'), '-'), coalesce(json_extract(value, '\$.time'), '-'),
  json_extract(value, '\$.body'), printf('%.4f', json_extract(value, '\$.score')),
  json_extract(value, '\$.label') from json_each(readfile('extract.array'))" >extract.rows
warnings() { sed -n 's/^suasana: warning: [^ ]*: //p' "$1"; }
outcome() { sed 's/^[^ ]*: //' "$1"; }  # the line without the name of the target or file
warnings scrape.err >scrape.warn
outcome scrape.out >scrape.outcome
cat scrape.rows scrape.warn scrape.outcome
for other in ingest extract; do
  cmp -s scrape.rows $other.rows && echo "$other: same comments" || diff scrape.rows $other.rows
  warnings $other.err >$other.warn
  cmp -s scrape.warn $other.warn && echo "$other: same warnings" || diff scrape.warn $other.warn
done
outcome ingest.out | cmp -s scrape.outcome - && echo "ingest: same outcome" ||
  outcome ingest.out | diff scrape.outcome -
tail -n 1 scrape.out | cmp -s - extract.rc && echo "extract: same exit code" || cat extract.rc
