#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the read-model tests, on 127.0.0.1 with trust auth.
#   eval "$(scripts/postgres-test-server.sh start [port])"   # a free port from 55432; exports PHARMATRACE_TEST_POSTGRES(_DIR)
#   scripts/postgres-test-server.sh stop "$PHARMATRACE_TEST_POSTGRES_DIR"
# Uses Debian's postgresql (/usr/lib/postgresql/<version>/bin); as root, the cluster runs as the
# postgres user, since PostgreSQL refuses to run as root.
set -euo pipefail

bin_dir() {
  local dir
  dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  [ -n "$dir" ] && [ -x "$dir/initdb" ] || { echo "PostgreSQL is not installed: apt-get install -y postgresql" >&2; exit 1; }
  echo "$dir"
}

as_owner() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

case "${1:-}" in
  start)
    port=${2:-}
    if [ -z "$port" ]; then
      # The first free port from 55432: several clusters (other checkouts, CI jobs) may run at once.
      for candidate in $(seq 55432 55531); do
        if ! (exec 3<>"/dev/tcp/127.0.0.1/$candidate") 2>/dev/null; then port=$candidate; break; fi
      done
      [ -n "$port" ] || { echo "no free port in 55432-55531" >&2; exit 1; }
    fi
    bin=$(bin_dir)
    dir=$(mktemp -d /tmp/pharmatrace-pg.XXXXXX)
    trap 'rm -rf "$dir"' ERR
    [ "$(id -u)" -ne 0 ] || chown postgres:postgres "$dir"
    as_owner "$bin/initdb" -D "$dir/data" -U postgres --auth=trust -E UTF8 >"$dir/initdb.log" 2>&1 \
      || { cat "$dir/initdb.log" >&2; rm -rf "$dir"; exit 1; }
    as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
      -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200" start >/dev/null \
      || { cat "$dir/server.log" >&2; rm -rf "$dir"; exit 1; }
    trap - ERR
    echo "export PHARMATRACE_TEST_POSTGRES='Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres;Pooling=true'"
    echo "export PHARMATRACE_TEST_POSTGRES_DIR='$dir'"
    ;;
  stop)
    dir=${2:-${PHARMATRACE_TEST_POSTGRES_DIR:-}}
    [ -n "$dir" ] && [ -d "$dir/data" ] || { echo "usage: $0 stop <dir printed by start>" >&2; exit 1; }
    as_owner "$(bin_dir)/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null || true
    rm -rf "$dir"
    ;;
  *)
    echo "usage: $0 start [port] | stop <dir>" >&2
    exit 2
    ;;
esac
