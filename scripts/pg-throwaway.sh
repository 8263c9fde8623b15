#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for tests and CI: initdb in a temporary folder (run as the
# postgres user: initdb refuses root), trust authentication, listening on 127.0.0.1 only, on a
# free port. Nothing outside the folder is touched; `stop` removes it.
#
#   source scripts/pg-throwaway.sh      # defines pg_throwaway_start / pg_throwaway_stop
#   pg_throwaway_start                  # exports CHECKUP_TEST_POSTGRES and PG_THROWAWAY_DIR
#   trap pg_throwaway_stop EXIT
#
#   scripts/pg-throwaway.sh start       # prints `export CHECKUP_TEST_POSTGRES=…; export PG_THROWAWAY_DIR=…`
#   scripts/pg-throwaway.sh stop DIR    # stops the cluster in DIR and removes DIR
#   scripts/pg-throwaway.sh crash DIR   # stops it at once (pg_ctl -m immediate), keeping its data
#   scripts/pg-throwaway.sh restart DIR # starts it again, on the same port
#   scripts/pg-throwaway.sh password DIR ROLE PASSWORD
#                                       # a login role that must give PASSWORD (scram-sha-256)
#
# Installs the `postgresql` package with apt when no server binaries are found (as root only).
# The URL names the role `checkup` and the database `checkup_test`; tests create a database of
# their own per test on the same server.

pg_throwaway_bin() {
  local dir
  dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  if [ -z "$dir" ]; then
    if [ "$(id -u)" = 0 ]; then
      apt-get update -qq >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
      dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
    fi
  fi
  [ -n "$dir" ] || { echo "pg-throwaway: no PostgreSQL server binaries (apt-get install postgresql)" >&2; return 1; }
  echo "$dir"
}

# Runs a command as the postgres user when we are root (initdb and postgres refuse root).
pg_throwaway_as() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

pg_throwaway_start() {
  local bin dir port
  bin=$(pg_throwaway_bin) || return 1
  dir=$(mktemp -d /tmp/checkup-pg.XXXXXX)
  chmod 755 "$dir"
  if [ "$(id -u)" = 0 ]; then chown postgres "$dir"; fi
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
  pg_throwaway_as "$bin/initdb" -D "$dir/data" -A trust -U checkup -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
    || { cat "$dir/initdb.log" >&2; return 1; }
  # Enough connections for the parallel tests and the concurrency benchmarks; fsync stays on.
  pg_throwaway_as "$bin/pg_ctl" -D "$dir/data" -l "$dir/log" -w \
    -o "-k $dir -p $port -c listen_addresses=127.0.0.1 -c max_connections=200" start >/dev/null \
    || { cat "$dir/log" >&2; return 1; }
  pg_throwaway_as "$bin/psql" -h 127.0.0.1 -p "$port" -U checkup -d postgres -q -c "CREATE DATABASE checkup_test" >/dev/null
  echo "$port" >"$dir/port"
  export PG_THROWAWAY_DIR="$dir" PG_THROWAWAY_BIN="$bin"
  export CHECKUP_TEST_POSTGRES="postgresql://checkup@127.0.0.1:$port/checkup_test"
}

pg_throwaway_stop() {
  local dir=${1:-${PG_THROWAWAY_DIR:-}} bin
  [ -n "$dir" ] && [ -d "$dir/data" ] || return 0
  bin=${PG_THROWAWAY_BIN:-$(pg_throwaway_bin)}
  pg_throwaway_as "$bin/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$dir"
}

# Stops the cluster in DIR at once, as a crash or a pulled plug would (its data kept).
pg_throwaway_crash() {
  local dir=$1 bin
  bin=${PG_THROWAWAY_BIN:-$(pg_throwaway_bin)}
  pg_throwaway_as "$bin/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null
}

# Starts the cluster in DIR again on the port it had.
pg_throwaway_restart() {
  local dir=$1 bin port
  bin=${PG_THROWAWAY_BIN:-$(pg_throwaway_bin)}
  port=$(cat "$dir/port")
  pg_throwaway_as "$bin/pg_ctl" -D "$dir/data" -l "$dir/log" -w \
    -o "-k $dir -p $port -c listen_addresses=127.0.0.1 -c max_connections=200" start >/dev/null \
    || { tail -n 20 "$dir/log" >&2; return 1; }
}

# Adds a login role ROLE that must authenticate with PASSWORD (scram-sha-256 over TCP; every
# other role keeps trust), and reloads the server's configuration.
pg_throwaway_password() {
  local dir=$1 role=$2 password=$3 bin port
  bin=${PG_THROWAWAY_BIN:-$(pg_throwaway_bin)}
  port=$(cat "$dir/port")
  pg_throwaway_as "$bin/psql" -h 127.0.0.1 -p "$port" -U checkup -d postgres -q -v ON_ERROR_STOP=1 \
    -c "SET password_encryption = 'scram-sha-256'" \
    -c "CREATE ROLE \"$role\" LOGIN PASSWORD '$password'" \
    -c "GRANT ALL ON DATABASE checkup_test TO \"$role\"" >/dev/null
  pg_throwaway_as "$bin/psql" -h 127.0.0.1 -p "$port" -U checkup -d checkup_test -q -v ON_ERROR_STOP=1 \
    -c "GRANT ALL ON SCHEMA public TO \"$role\"" >/dev/null
  { echo "host all $role 127.0.0.1/32 scram-sha-256"; cat "$dir/data/pg_hba.conf"; } >"$dir/pg_hba.new"
  pg_throwaway_as cp "$dir/pg_hba.new" "$dir/data/pg_hba.conf"
  pg_throwaway_as "$bin/pg_ctl" -D "$dir/data" reload >/dev/null
}

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
  set -euo pipefail
  case "${1:-}" in
    start)
      pg_throwaway_start
      echo "export CHECKUP_TEST_POSTGRES=$CHECKUP_TEST_POSTGRES; export PG_THROWAWAY_DIR=$PG_THROWAWAY_DIR"
      ;;
    stop)
      pg_throwaway_stop "${2:-}"
      ;;
    crash)
      pg_throwaway_crash "$2"
      ;;
    restart)
      pg_throwaway_restart "$2"
      ;;
    password)
      pg_throwaway_password "$2" "$3" "$4"
      ;;
    *)
      echo "usage: scripts/pg-throwaway.sh start | stop DIR | crash DIR | restart DIR | password DIR ROLE PASSWORD" >&2
      exit 2
      ;;
  esac
fi
