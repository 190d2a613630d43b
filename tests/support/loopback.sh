# Sourced by the shell tests that serve files from 127.0.0.1 with suasana-test-serve: one work
# folder, removed at exit together with the server, and the server started on a free port.
#   loopback_work NAME                   sets $work to a new folder under $TMPDIR (NAME.XXXXXX)
#   loopback_serve SERVE_BIN ROOT [ARG...]
#                                        serves ROOT (extra ARGs go to the server), sets $port;
#                                        the server's stderr is $work/.server.log
# bash only (the callers run under `set -euo pipefail`).

server_pid=""

loopback_cleanup() {
  [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null && wait "$server_pid" 2>/dev/null
  rm -rf "$work"
}

loopback_work() {
  work=$(mktemp -d "${TMPDIR:-/tmp}/$1.XXXXXX")
  trap loopback_cleanup EXIT
}

loopback_serve() {
  local serve=$1 root=$2
  shift 2
  "$serve" "$root" --port-file "$work/.port" "$@" >/dev/null 2>"$work/.server.log" </dev/null &
  server_pid=$!
  for _ in $(seq 1 100); do
    [ -s "$work/.port" ] && break
    sleep 0.05
  done
  port=$(cat "$work/.port" 2>/dev/null) || { echo "test server did not start"; exit 1; }
}
