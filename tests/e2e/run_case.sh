#!/usr/bin/env bash
# Runs one end-to-end case: serves samples/ (or the case's site/) on 127.0.0.1 (a free port),
# runs the commands of
# the case with the real binary in a fresh folder, and compares the transcript with the golden
# file. UPDATE_GOLDEN=1 rewrites the golden file instead (review the diff before committing);
# with CI set (CI=true, as every CI service and .ci/run set it) that is refused: in CI a golden
# file is only ever compared.
#
# usage: run_case.sh CASE_DIR SUASANA_BIN SERVE_BIN SOURCE_DIR
#
# A case folder holds:
#   commands      one command per line: `suasana ARGS`, `sqlite3 SQL`, or `sh SCRIPT` (the
#                 script finds the binary in $SUASANA);
#                 @PORT@, @WORK@ and @SRC@ are substituted; lines starting with # are skipped
#   expected.txt  the transcript: each command, its stdout, its stderr (lines prefixed "! ")
#                 and "[exit N]"; the port, the work folder and the source folder appear as
#                 @PORT@, @WORK@ and @SRC@
#   README        what the case exercises
#   site/         optional: served instead of samples/ (from the work folder, so commands can
#                 change it between runs)
#   site-root     optional: a folder of samples/ to serve as the server's root (for sites whose
#                 links are absolute paths)
#   api-routes.json  optional: comment APIs the server answers as the portal would (method,
#                 Origin and other headers, query, JSON body checked; the answer file chosen by
#                 e.g. variables.page); see tests/support/api_routes.hpp. Copied like the other
#                 files (so @PORT@ works in it) and read by the server on every request.
#   The server logs every request (method, target, Origin, Content-Type, body) to
#   requests.log in the work folder, for commands that check what was sent.
#   any other file or folder (config.toml, broken scrapers...) is copied into the work folder,
#   with the
#   same substitutions, before the first command; commands run there, with HOME set to it.
set -u
if [ "${UPDATE_GOLDEN:-0}" = 1 ] && [ -n "${CI:-}" ] && [ "${CI:-}" != false ]; then
  echo "run_case.sh: UPDATE_GOLDEN=1 refused: CI is set ('$CI'); goldens are only compared in CI" >&2
  exit 1
fi
case_dir=$(cd "$1" && pwd) suasana=$(realpath "$2") serve=$(realpath "$3") src=$(cd "$4" && pwd)
# shellcheck source=../support/loopback.sh
. "$src/tests/support/loopback.sh"
loopback_work suasana-e2e

# The port is only known once the server runs, so files are copied (with @PORT@ filled in)
# after it starts; a case's own site/ is served from the work folder, where commands may change
# it between runs (simulated days), else samples/ is served.
site="$src/samples"
[ -f "$case_dir/site-root" ] && site="$src/samples/$(cat "$case_dir/site-root")"
[ -d "$case_dir/site" ] && site="$work/site" && mkdir -p "$site"
loopback_serve "$serve" "$site" --request-log "$work/requests.log" \
  --api-routes "$work/api-routes.json"

substitute() { sed -e "s#@PORT@#$port#g" -e "s#@WORK@#$work#g" -e "s#@SRC@#$src#g"; }
(cd "$case_dir" && find . -type f ! -name commands ! -name expected.txt ! -name README ! -name site-root) |
  while IFS= read -r rel; do
    mkdir -p "$work/$(dirname "$rel")"
    substitute <"$case_dir/$rel" >"$work/$rel"
  done

transcript="$work/.transcript"
: >"$transcript"
cd "$work" || exit 1
export HOME="$work" TZ=UTC LC_ALL=C.UTF-8 SUASANA="$suasana"
unset SUASANA_CONFIG XDG_CONFIG_HOME
while IFS= read -r line || [ -n "$line" ]; do
  case "$line" in ''|'#'*) continue ;; esac
  echo "\$ $line" >>"$transcript"
  cmd=$(printf '%s\n' "$line" | substitute)
  case "$cmd" in
    suasana\ *) eval "set -- ${cmd#suasana }"; "$suasana" "$@" >.out 2>.err ;;
    sqlite3\ *) eval "set -- ${cmd#sqlite3 }"; sqlite3 suasana.db "$@" >.out 2>.err ;;
    sh\ *) sh -c "${cmd#sh }" >.out 2>.err ;;
    *) echo "unknown command in $case_dir/commands: $line"; exit 1 ;;
  esac
  rc=$?
  cat .out >>"$transcript"
  sed 's/^/! /' .err >>"$transcript"
  echo "[exit $rc]" >>"$transcript"
done <"$case_dir/commands"

# Put the placeholders back so the golden file is the same on every machine.
sed -i -e "s#$work#@WORK@#g" -e "s#$src#@SRC@#g" -e "s#127\.0\.0\.1:$port#127.0.0.1:@PORT@#g" \
  "$transcript"
if [ "${UPDATE_GOLDEN:-0}" = 1 ]; then
  cp "$transcript" "$case_dir/expected.txt"
  echo "updated $case_dir/expected.txt"
  exit 0
fi
if ! diff -u "$case_dir/expected.txt" "$transcript"; then
  echo "FAILED: $(basename "$case_dir") (UPDATE_GOLDEN=1 regenerates; review before committing)"
  echo "--- server log"; cat "$work/.server.log"
  exit 1
fi
