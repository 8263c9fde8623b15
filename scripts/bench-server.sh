#!/usr/bin/env bash
# Load benchmark of `checkup serve` (issue 20; not a test): a township of 2,000 enterprises, each
# with one imported self-check (scripts/gen-selfchecks.py: 50 items, the fails become hazards),
# served on SQLite and on PostgreSQL (a throwaway cluster); `wrk` with 64 connections for 30 s on
# the dashboard (/) and on /api/v1/enterprises, signed in with a township user's API token.
# Prints requests/s, latency percentiles and errors for each. Goal: no errors, p99 ≤ 200 ms.
#
#   scripts/bench-server.sh                       (both backends, 2,000 enterprises, 30 s)
#   N=500 DURATION=10s BACKENDS=sqlite scripts/bench-server.sh
#   CHECKUP_BIN=.build/debug/checkup scripts/bench-server.sh
#
# Needs wrk (apt-get install wrk), python3, and PostgreSQL's binaries for the server part.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v wrk >/dev/null || apt-get install -y -qq wrk >/dev/null
if [ -z "${CHECKUP_BIN:-}" ]; then
  swift build -c release --scratch-path .build-release --product checkup >&2
  CHECKUP_BIN=.build-release/release/checkup
fi
BIN=$(cd "$(dirname "$CHECKUP_BIN")" && pwd)/$(basename "$CHECKUP_BIN")
N=${N:-2000}
DURATION=${DURATION:-30s}
BACKENDS=${BACKENDS:-sqlite postgres}
NOW=2026-11-30T17:00:00+08:00
W=$(mktemp -d /tmp/bench-server.XXXXXX)
source scripts/pg-throwaway.sh
STARTED=
SERVER_PID=
cleanup() {
  if [ -n "$SERVER_PID" ]; then kill "$SERVER_PID" 2>/dev/null || true; wait "$SERVER_PID" 2>/dev/null || true; fi
  if [ -n "$STARTED" ]; then pg_throwaway_stop "$STARTED"; fi
  rm -rf "$W"
}
trap cleanup EXIT

python3 scripts/gen-selfchecks.py --out "$W/gen" --files "$N" --results 50 --enterprises "$N" >/dev/null

for backend in $BACKENDS; do
  if [ "$backend" = postgres ]; then
    if [ -z "$STARTED" ]; then pg_throwaway_start; STARTED=$PG_THROWAWAY_DIR; fi
    DB=$CHECKUP_TEST_POSTGRES
  else
    DB=$W/station.sqlite
  fi
  S=(--database "$DB" --catalog "$W/gen/catalog")
  "$BIN" enterprise import "$W/gen/enterprises.csv" "${S[@]}" >/dev/null
  start=$(date +%s.%N)
  "$BIN" import "$W/gen/files" "${S[@]}" --now "$NOW" >/dev/null
  echo "== $backend: $N enterprises and self-checks imported in $(python3 -c "print(round($(date +%s.%N) - $start, 1))") s"
  printf '%s' 'bench password' | "$BIN" user add bench --role township --township 孝顺镇 --password-stdin "${S[@]}" >/dev/null
  TOKEN=$("$BIN" user token bench "${S[@]}" 2>/dev/null)
  "$BIN" serve --listen 127.0.0.1:0 "${S[@]}" 2> "$W/serve-$backend.log" &
  SERVER_PID=$!
  started=$(date +%s.%N)
  PORT=
  for _ in $(seq 1 200); do
    PORT=$(grep -o 'http://127.0.0.1:[0-9]*' "$W/serve-$backend.log" | head -1 | sed 's/.*://') || true
    [ -n "$PORT" ] && break
    sleep 0.05
  done
  [ -n "$PORT" ] || { cat "$W/serve-$backend.log"; exit 1; }
  echo "   listening after $(python3 -c "print(round($(date +%s.%N) - $started, 2))") s"
  # The API first: wrk stops waiting at its end, but the server still finishes every request
  # queued on the store's threads, which would delay the next run's.
  for path in /api/v1/enterprises /; do
    read -r status seconds < <(curl -s -o /dev/null -w '%{http_code} %{time_total}\n' \
      -H "Authorization: Bearer $TOKEN" "http://127.0.0.1:$PORT$path")
    [ "$status" = 200 ] || { echo "   $path answered $status"; tail -5 "$W/serve-$backend.log"; exit 1; }
    echo "   one request of $path alone: $seconds s"
    echo "-- $backend $path (wrk -c64 -t2 -d$DURATION)"
    wrk -c64 -t2 -d"$DURATION" --latency -H "Authorization: Bearer $TOKEN" "http://127.0.0.1:$PORT$path" \
      | grep -E 'Requests/sec|Latency  |50%|90%|99%|Non-2xx|Socket errors|requests in'
  done
  kill -TERM "$SERVER_PID"
  wait "$SERVER_PID" && echo "   stopped cleanly (exit 0)"
  SERVER_PID=
done
