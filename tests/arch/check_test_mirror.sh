#!/usr/bin/env bash
# Tests mirror src: every src/<stage>/<file>.cpp has tests/unit/<stage>/<file>_test.cpp, or a row
# in TESTING.md's table "Files tested by another file's tests" naming the tests that cover it.
# Prints each source file that has neither (and each row naming a file that no longer exists).
#
# usage: check_test_mirror.sh <source dir>
set -uo pipefail
src=$(cd "${1:?usage: check_test_mirror.sh <source dir>}" && pwd)
table_heading="Files tested by another file's tests"

# The rows of the table: "| `src/<stage>/<file>.cpp` | <what covers it> |", between the
# table's heading and the next heading.
rows=$(awk -v heading="$table_heading" '
    /^#/ { on = index($0, heading) > 0; next }
    on && /^\| `src\/[^`]*\.cpp` \|/' "$src/TESTING.md")
[ -n "$rows" ] || { echo "TESTING.md has no rows under a heading \"$table_heading\""; exit 1; }

failures=0
covered_by_row() {  # <src/stage/file.cpp>: a row names it and says what covers it
    grep -F "| \`$1\` |" <<<"$rows" | grep -qE '^\| `[^`]*` \| *[^ |][^|]*\|'
}
while IFS= read -r file; do
    rel=${file#"$src"/src/}
    [ -f "$src/tests/unit/${rel%.cpp}_test.cpp" ] && continue
    covered_by_row "src/$rel" && continue
    echo "src/$rel: no tests/unit/${rel%.cpp}_test.cpp and no row in TESTING.md's \"$table_heading\""
    failures=$((failures + 1))
done < <(find "$src/src" -mindepth 2 -name '*.cpp' | sort)

while IFS= read -r named; do
    [ -f "$src/$named" ] ||
        { echo "TESTING.md's \"$table_heading\" names $named, which does not exist"; failures=$((failures + 1)); }
done < <(sed -E 's/^\| `([^`]*)`.*/\1/' <<<"$rows")

[ "$failures" -eq 0 ] && echo "tests mirror src: every source file has its test or a row in TESTING.md"
exit $((failures > 0))
