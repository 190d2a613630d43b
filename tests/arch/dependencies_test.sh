#!/usr/bin/env bash
# The dependency check holds on src/, ARCHITECTURE.md draws the rule table it checks, and the
# check fails when a scratch copy of src/ breaks a rule (so a passing check means something).
#
# usage: dependencies_test.sh <source dir>
set -uo pipefail
src=$(cd "${1:?usage: dependencies_test.sh <source dir>}" && pwd)
check="$src/tests/arch/check_dependencies.sh"
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

# 1. The tree as it is keeps the rules.
"$check" "$src" || fail "src/ breaks the dependency rules (above)"

# 2. ARCHITECTURE.md's block between the markers is the table as the script draws it...
drawn=$(awk '/<!-- dependency rules: begin/ { on = 1; next } /<!-- dependency rules: end/ { on = 0 }
             on && !/^```/' "$src/ARCHITECTURE.md")
expected=$("$check" "$src" --diagram)
[ -n "$drawn" ] || fail "ARCHITECTURE.md has no block between the dependency rules markers"
[ "$drawn" = "$expected" ] ||
    fail "ARCHITECTURE.md's dependency rules differ from src/dependencies.txt:
$(diff <(printf '%s\n' "$expected") <(printf '%s\n' "$drawn"))"

# ... and its folder table has a row for every stage of the table.
for stage in $(awk '$1 == "stage" && $2 != "main" { print $2 }' "$src/src/dependencies.txt"); do
    grep -qF "| \`src/$stage/\` | \`suasana_$stage\` |" "$src/ARCHITECTURE.md" ||
        fail "ARCHITECTURE.md's folder table has no row for src/$stage/"
done

# 3. Each broken rule in a scratch copy fails, naming the file and line.
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
expect_violation() {  # <description> <file under src/> <line to add> <text the report names>
    rm -rf "$scratch/tree" && mkdir -p "$scratch/tree/tests" && cp -r "$src/src" "$scratch/tree/src"
    printf '%s\n' "$3" >>"$scratch/tree/src/$2"
    if out=$("$check" "$scratch/tree" 2>&1); then
        fail "$1: the check passed"
    elif ! grep -qF "$4" <<<"$out"; then
        fail "$1: the report does not name '$4': $out"
    fi
}
expect_violation "report including store" report/svg.cpp '#include "store/database.hpp"' \
    "src/report/svg.cpp:"
expect_violation "curl outside fetch" report/svg.cpp '#include <curl/curl.h>' \
    "which only src/fetch/ may include"
expect_violation "Gumbo outside extract" app/summary.cpp '#include <gumbo.h>' \
    "which only src/extract/ may include"
expect_violation "ICU outside text" score/spam.cpp '#include <unicode/uchar.h>' "src/score/spam.cpp:"
expect_violation "toml++ outside config" app/context.cpp '#include <toml++/toml.h>' "toml++"
expect_violation "nlohmann outside json" extract/counts.cpp '#include <nlohmann/json.hpp>' \
    "nlohmann-json"
expect_violation "SQLite outside store" app/summary.cpp '#include <sqlite3.h>' "SQLiteCpp"
expect_violation "libcrypto outside crypto" store/author_key.cpp '#include <openssl/rand.h>' \
    "which only src/crypto/ may include"
expect_violation "util using a stage" util/strings.cpp '#include "text/zone.hpp"' \
    "util does not use text"
expect_violation "a library header leaking out of its folder" app/summary.cpp \
    '#include "config/toml_reader.hpp"' "exposes toml++ outside src/config/"
expect_violation "a library header leaking through another header" app/summary.cpp \
    '#include "fetch/transfer.hpp"' "exposes libcurl outside src/fetch/"
rm -rf "$scratch/tree" && cp -r "$src/src" "$scratch/src" && mkdir "$scratch/src/newstage"
"$check" "$scratch" >/dev/null 2>&1 && fail "a folder missing from the table passed"

[ "$failures" -eq 0 ] && echo "dependency rules: checked, drawn, and enforced"
exit $((failures > 0))
