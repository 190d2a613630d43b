#!/usr/bin/env bash
# Prints the fenced code block that follows the marker `<!-- NAME -->` in a Markdown file (the
# next fence after the marker, blank lines allowed between). .ci/run and the docs tests find the
# README's commands and outputs this way, never by counting fences. Exits 1 when the marker or
# its block is missing, or the block is empty.
#
# usage: readme_block.sh FILE NAME      e.g. readme_block.sh README.md "command: test"
set -euo pipefail
file=${1:?usage: readme_block.sh FILE NAME} name=${2:?usage: readme_block.sh FILE NAME}
block=$(awk -v marker="<!-- $name -->" '
    $0 == marker { found = 1; next }
    found && !on && /^```/ { on = 1; next }
    found && !on && !/^[[:space:]]*$/ { exit }
    on && /^```/ { exit }
    on { print }' "$file")
[ -n "$block" ] || { echo "readme_block: no code block after '<!-- $name -->' in $file" >&2; exit 1; }
printf '%s\n' "$block"
