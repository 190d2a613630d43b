#!/usr/bin/env bash
# Every Catch2 case must reach ctest: catch_discover_tests hands the names to CMake as a list,
# where a ';' splits a name in two and an unbalanced '[' swallows the names after it (25
# integration cases once ran as one empty entry that "passed"). This refuses such names, and
# checks ctest holds as many unit and integration entries as the executables list cases.
# usage: test_names.sh SOURCE_DIR UNIT_TESTS INTEGRATION_TESTS BUILD_TESTS_DIR
set -euo pipefail
src=$1 unit=$2 integration=$3 build_tests=$4
bad=$(grep -hoE 'TEST_CASE\("[^"]*"' "$src"/tests/unit/*.cpp "$src"/tests/unit/*/*.cpp \
  "$src"/tests/integration/*.cpp \
  "$src"/tests/support/*_test.cpp | grep -E '[][;]' || true)
if [ -n "$bad" ]; then
  echo "test names with ; [ or ] (ctest would lose cases):"
  echo "$bad"
  exit 1
fi
for exe in "$unit" "$integration"; do
  name=$(basename "$exe")
  # (Catch2 exits with the number of cases listed, so the status says nothing here.)
  listed=$("$exe" --list-test-names-only | grep -c . || true)
  registered=$(cat "$build_tests"/"$name"_tests-*.cmake | grep -o 'add_test(' | wc -l)
  if [ "$listed" != "$registered" ]; then
    echo "$name lists $listed cases but ctest registered $registered"
    exit 1
  fi
  echo "$name: $listed cases, all registered"
done
