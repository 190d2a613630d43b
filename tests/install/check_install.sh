#!/usr/bin/env bash
# `cmake --install` into a temporary prefix, then run the installed binary the way cron does:
# from $HOME, with the config in ~/.config/suasana/config.toml that names no lexicon or scraper
# folder, so both must be found in the installed data folder (<prefix>/share/suasana).
# usage: check_install.sh BUILD_DIR SOURCE_DIR
set -euo pipefail
build=$1 src=$(cd "$2" && pwd)
prefix=$(mktemp -d "${TMPDIR:-/tmp}/suasana-install.XXXXXX")
trap 'rm -rf "$prefix"' EXIT
cmake --install "$build" --prefix "$prefix" >/dev/null

for f in bin/suasana share/suasana/lexicon/words.tsv share/suasana/scrapers/gate-square.toml \
         share/suasana/config.example.toml; do
  [ -e "$prefix/$f" ] || { echo "not installed: $f"; exit 1; }
done

export HOME="$prefix/home"
unset SUASANA_CONFIG XDG_CONFIG_HOME
mkdir -p "$HOME/.config/suasana"
cat >"$HOME/.config/suasana/config.toml" <<TOML
[database]
path = "$HOME/mood.db"

[[target]]
name = "animal-war"
url = "file://$src/samples/gate-square/post-status-31415926.html"
scraper = "gate-square"
TOML
cd "$HOME"
# A source tree must not be what makes this work: hide it from the binary's fallbacks by
# checking the reported folders.
out=$("$prefix/bin/suasana" check)
echo "$out"
grep -q "lexicon:  $prefix/share/suasana/lexicon" <<<"$out" || { echo "lexicon not from the prefix"; exit 1; }
# The learned layer is on by default, its weights installed with the lexicon and found there;
# the training comments are not installed.
grep -q "learned:  $prefix/share/suasana/lexicon/learned.tsv" <<<"$out" ||
  { echo "the shipped learned layer is not on by default"; exit 1; }
[ ! -e "$prefix/share/suasana/training" ] || { echo "training data installed"; exit 1; }
grep -q "scrapers: $prefix/share/suasana/scrapers" <<<"$out" || { echo "scrapers not from the prefix"; exit 1; }
"$prefix/bin/suasana" --quiet --now 2023-07-24T08:00:00 scrape
[ "$(sqlite3 "$HOME/mood.db" 'select count(*) from comments')" = 10 ] || { echo "scrape stored the wrong count"; exit 1; }
"$prefix/bin/suasana" --now 2023-07-24T08:00:00 summary --date 2023-07-23 --days 3 | grep -q animal-war
echo "install ok"
