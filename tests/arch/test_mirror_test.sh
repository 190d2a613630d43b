#!/usr/bin/env bash
# Tests mirror src: the check holds on the tree, and on a scratch copy it fails for a new source
# file that has neither a test nor a row in TESTING.md, passes once it has either, and fails for
# a row naming a file that does not exist (so a passing check means something).
#
# usage: test_mirror_test.sh <source dir>
set -uo pipefail
src=$(cd "${1:?usage: test_mirror_test.sh <source dir>}" && pwd)
check="$src/tests/arch/check_test_mirror.sh"
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

# 1. The tree as it is: every source file has its test or its row.
"$check" "$src" || fail "a source file has neither a test nor a row in TESTING.md (above)"

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
fresh_copy() {
    rm -rf "$scratch/tree" && mkdir -p "$scratch/tree/tests"
    cp -r "$src/src" "$scratch/tree/src" && cp -r "$src/tests/unit" "$scratch/tree/tests/unit"
    cp "$src/TESTING.md" "$scratch/tree/TESTING.md"
}
row_line=$(grep -m1 -n '^| `src/.*\.cpp` |' "$src/TESTING.md" | cut -d: -f1)
add_row() {  # <row>: inserted before the table's first row
    sed -i "${row_line}i $1" "$scratch/tree/TESTING.md"
}

# 2. A new source file without a test fails, naming the file.
fresh_copy
printf 'int untested() { return 1; }\n' >"$scratch/tree/src/util/untested.cpp"
if out=$("$check" "$scratch/tree" 2>&1); then
    fail "a new untested source file passed"
elif ! grep -qF "src/util/untested.cpp:" <<<"$out"; then
    fail "the report does not name src/util/untested.cpp: $out"
fi

# 3. ... and passes with its test, or with a row that names what covers it ...
touch "$scratch/tree/tests/unit/util/untested_test.cpp"
"$check" "$scratch/tree" >/dev/null 2>&1 || fail "a source file with its test failed"
rm "$scratch/tree/tests/unit/util/untested_test.cpp"
add_row '| `src/util/untested.cpp` | `tests/unit/util/strings_test.cpp` |'
"$check" "$scratch/tree" >/dev/null 2>&1 || fail "a source file with a row failed"

# 4. ... but not with a row that names nothing.
fresh_copy
printf 'int untested() { return 1; }\n' >"$scratch/tree/src/util/untested.cpp"
add_row '| `src/util/untested.cpp` |  |'
"$check" "$scratch/tree" >/dev/null 2>&1 && fail "a row with an empty second column passed"

# 5. A row naming a file that no longer exists fails.
fresh_copy
add_row '| `src/util/gone.cpp` | `tests/unit/util/strings_test.cpp` |'
if out=$("$check" "$scratch/tree" 2>&1); then
    fail "a row naming a missing file passed"
elif ! grep -qF "src/util/gone.cpp" <<<"$out"; then
    fail "the report does not name src/util/gone.cpp: $out"
fi

[ "$failures" -eq 0 ] && echo "tests mirror src: checked, and a scratch copy with an untested file fails"
exit $((failures > 0))
