#!/usr/bin/env bash
# Checks every #include in src/ against the dependency rules in src/dependencies.txt:
#   - a stage includes headers of its own folder and of the stages it uses, nothing else;
#   - a third-party library's headers are included only in the stage that wraps it;
#   - a header that includes a third-party library's headers, directly or through another such
#     header, is private to its stage (other stages see our own types), unless the library is
#     marked `public` (tl::expected);
#   - every folder under src/ is a stage of the table, and every stage of the table a folder.
# Prints each violation as file:line: message and exits 1 when there is one.
#
#   check_dependencies.sh <source dir>             check <source dir>/src
#   check_dependencies.sh <source dir> --diagram   print the rules as ARCHITECTURE.md draws them
set -euo pipefail

root=${1:?usage: check_dependencies.sh <source dir> [--diagram]}
table="$root/src/dependencies.txt"
[ -f "$table" ] || { echo "check_dependencies: no rule table at $table" >&2; exit 2; }

if [ "${2:-}" = "--diagram" ]; then
    # One line per stage: what it uses, and (in brackets) the library it wraps.
    awk '
        $1 == "stage" {
            line = sprintf("%-8s", $2); uses = ""; lib = ""
            for (i = 4; i <= NF; i++) {
                if ($i == "library") { lib = $(i + 1); break }
                uses = uses (uses == "" ? "" : ", ") $i
            }
            line = line " ─► " (uses == "" ? "(none)" : uses)
            if (lib != "") line = line "  [" lib "]"
            sub(/ +$/, "", line)
            print line
        }' "$table"
    exit 0
fi

cd "$root"
# Every include line of src/, as "file<TAB>line<TAB>include" (quotes or brackets kept).
includes=$(grep -rnE --include='*.cpp' --include='*.hpp' '^[[:space:]]*#[[:space:]]*include[[:space:]]*[<"]' src |
    sed -E 's/^([^:]+):([0-9]+):[[:space:]]*#[[:space:]]*include[[:space:]]*([<"][^>"]*[>"]).*/\1\t\2\t\3/')
folders=$(find src -mindepth 1 -maxdepth 1 -type d -printf '%f\n' | sort)

awk -F'\t' -v folders="$folders" '
    # The table.
    FILENAME == ARGV[1] {
        if ($0 ~ /^[[:space:]]*(#|$)/) next
        n = split($0, w, /[[:space:]]+/)
        if (w[1] == "library") {
            lib = w[2]; mode = ""
            for (i = 3; i <= n; i++) {
                if (w[i] == "public") public_lib[lib] = 1
                else if (w[i] == "targets" || w[i] == "headers") mode = w[i]
                else if (mode == "headers") prefix[w[i]] = lib
            }
        } else if (w[1] == "stage") {
            s = w[2]; is_stage[s] = 1; allowed[s, s] = 1
            for (i = 4; i <= n; i++) {
                if (w[i] == "library") { wraps[s] = w[i + 1]; break }
                if (!(w[i] in is_stage)) table_error = table_error "\n" ARGV[1] ": stage " s " uses " w[i] ", which is not a stage above it"
                allowed[s, w[i]] = 1
            }
        } else {
            table_error = table_error "\n" ARGV[1] ": cannot read: " $0
        }
        next
    }
    # The include lines.
    {
        file = $1; line = $2; inc = $3
        split(file, p, "/"); stage = (p[3] == "" ? "main" : p[2])
        if (p[3] == "") sub(/\.cpp$/, "", stage)
        n_inc++; inc_file[n_inc] = file; inc_line[n_inc] = line; inc_text[n_inc] = inc; inc_stage[n_inc] = stage
        if (inc ~ /^</) {
            name = substr(inc, 2, length(inc) - 2)
            for (pre in prefix) {
                if (substr(name, 1, length(pre)) == pre) {
                    lib = prefix[pre]
                    if (wraps[stage] != lib) report(file, line, stage " includes " inc " (" lib "), which only " owner(lib) " may include")
                    else if (!(lib in public_lib) && file ~ /\.hpp$/) private_header[substr(file, 5)] = lib
                }
            }
        }
    }
    function owner(lib,    s) { for (s in wraps) if (wraps[s] == lib) return "src/" s "/"; return "no stage" }
    function report(file, line, message) { print file ":" line ": " message; failed = 1 }
    END {
        if (table_error != "") { print substr(table_error, 2); exit 2 }
        nf = split(folders, f, "\n")
        for (i = 1; i <= nf; i++) {
            folder_seen[f[i]] = 1
            if (!(f[i] in is_stage)) report("src/" f[i] "/", 0, "folder is not a stage in src/dependencies.txt")
        }
        for (s in is_stage) if (s != "main" && !(s in folder_seen)) report("src/dependencies.txt", 0, "stage " s " has no folder src/" s "/")
        # A header that includes a private header is private too (transitively).
        do {
            grew = 0
            for (i = 1; i <= n_inc; i++) {
                name = substr(inc_text[i], 2, length(inc_text[i]) - 2)
                self = substr(inc_file[i], 5)
                if (inc_text[i] ~ /^"/ && self ~ /\.hpp$/ && (name in private_header) && !(self in private_header)) {
                    private_header[self] = private_header[name]; grew = 1
                }
            }
        } while (grew)
        for (i = 1; i <= n_inc; i++) {
            inc = inc_text[i]; stage = inc_stage[i]
            if (inc !~ /^"/) continue
            name = substr(inc, 2, length(inc) - 2)
            if (split(name, q, "/") < 2) { report(inc_file[i], inc_line[i], "include " inc " names no stage folder (write \"<stage>/<file>\")"); continue }
            target = q[1]
            if (!(target in is_stage)) report(inc_file[i], inc_line[i], stage " includes " inc ": " target " is not a stage")
            else if (!((stage, target) in allowed)) report(inc_file[i], inc_line[i], stage " includes " inc ", but " stage " does not use " target " (src/dependencies.txt)")
            else if (target != stage && (name in private_header)) report(inc_file[i], inc_line[i], stage " includes " inc ", which exposes " private_header[name] " outside src/" target "/")
        }
        exit failed
    }' "$table" <(printf '%s\n' "$includes")
