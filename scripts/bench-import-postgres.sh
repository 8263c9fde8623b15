#!/usr/bin/env bash
# Benchmark of `checkup import` into PostgreSQL against the same import into SQLite, on the same
# files, in the same run (issue 16: PostgreSQL >= 50 % of SQLite's throughput).
#
# Generates FILES self-check files of RESULTS answers each (scripts/gen-selfchecks.py), builds
# checkup in release mode, then for each of RUNS rounds imports the whole directory into a fresh
# SQLite database and into a fresh database on a PostgreSQL server, back to back, and prints
# each round's times, files/s and the ratio of PostgreSQL's throughput to SQLite's (the median
# of the rounds' own ratios is the headline). A last round imports the same files again into
# the filled PostgreSQL database (every file a duplicate), and the stored rows are counted.
#
#   scripts/bench-import-postgres.sh                  (FILES=10000 RESULTS=200 RUNS=3)
#   FILES=2000 RUNS=1 scripts/bench-import-postgres.sh
#   CHECKUP_BIN=.build/debug/checkup URL=postgresql://… scripts/bench-import-postgres.sh
#
# URL names a database on a server of your own whose role may create databases (one is created
# per round and left there); without it a throwaway cluster is started (scripts/pg-throwaway.sh)
# and removed afterwards.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
FILES=${FILES:-10000}
RESULTS=${RESULTS:-200}
RUNS=${RUNS:-3}
if [ -z "${CHECKUP_BIN:-}" ]; then
  swift build -c release --scratch-path .build-release --product checkup >&2
  CHECKUP_BIN=$ROOT/.build-release/release/checkup
fi
BIN=$CHECKUP_BIN
W=$(mktemp -d /tmp/bench-import-pg.XXXXXX)
source scripts/pg-throwaway.sh
STARTED=
cleanup() { rm -rf "$W"; if [ -n "$STARTED" ]; then pg_throwaway_stop "$STARTED"; fi; }
trap cleanup EXIT
if [ -z "${URL:-}" ]; then
  pg_throwaway_start
  STARTED=$PG_THROWAWAY_DIR
  URL=$CHECKUP_TEST_POSTGRES
fi
PSQL=${PG_THROWAWAY_BIN:+$PG_THROWAWAY_BIN/}psql

echo "== generating $FILES files x $RESULTS results in $W" >&2
python3 scripts/gen-selfchecks.py --out "$W" --files "$FILES" --results "$RESULTS" >&2
MB=$(find "$W/files" -name '*.xml' -print0 | xargs -0 cat | wc -c | awk '{ printf "%.1f", $1 / 1048576 }')
find "$W/files" -name '*.xml' -print0 | xargs -0 cat >/dev/null   # warm the page cache

now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.3f", b - a }'; }
median() { sort -g | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

sqlite_times=()
pg_times=()
ratios=()
for run in $(seq 1 "$RUNS"); do
  DB="$W/station-$run.sqlite"
  "$BIN" enterprise import "$W/enterprises.csv" --database "$DB" --catalog "$W/catalog" >/dev/null
  start=$(now)
  "$BIN" import "$W/files" --database "$DB" --catalog "$W/catalog" >"$W/sqlite-$run.txt"
  end=$(now)
  sqlite_times+=("$(elapsed "$start" "$end")")

  NAME=bench_import_${run}_$$
  "$PSQL" "$URL" -q -c "CREATE DATABASE $NAME" >/dev/null
  PGDB=$(python3 -c 'import sys, urllib.parse as u; p = u.urlsplit(sys.argv[1]); print(u.urlunsplit(p._replace(path="/" + sys.argv[2])))' "$URL" "$NAME")
  "$BIN" enterprise import "$W/enterprises.csv" --database "$PGDB" --catalog "$W/catalog" >/dev/null
  start=$(now)
  "$BIN" import "$W/files" --database "$PGDB" --catalog "$W/catalog" >"$W/pg-$run.txt"
  end=$(now)
  pg_times+=("$(elapsed "$start" "$end")")
  ratios+=("$(awk -v s="${sqlite_times[-1]}" -v p="${pg_times[-1]}" 'BEGIN { printf "%.1f", 100 * s / p }')")
  echo "   run $run: SQLite ${sqlite_times[-1]} s, PostgreSQL ${pg_times[-1]} s: ${ratios[-1]} % of SQLite's throughput" >&2
  if ! cmp -s <(tail -1 "$W/sqlite-$run.txt") <(tail -1 "$W/pg-$run.txt"); then
    echo "   run $run: the summaries differ:" >&2
    tail -1 "$W/sqlite-$run.txt" "$W/pg-$run.txt" >&2
  fi
done

start=$(now)
"$BIN" import "$W/files" --database "$PGDB" --catalog "$W/catalog" >"$W/pg-rerun.txt"
end=$(now)
rerun=$(elapsed "$start" "$end")
counts=$("$PSQL" "$PGDB" -Atc "SELECT (SELECT count(*) FROM selfcheck_file) || ' files, ' || (SELECT count(*) FROM session) || ' sessions, ' || (SELECT count(*) FROM hazard) || ' hazards, ' || (SELECT count(*) FROM hazard_history) || ' history entries'")
sqlite_counts=$(sqlite3 "$DB" "SELECT (SELECT count(*) FROM selfcheck_file) || ' files, ' || (SELECT count(*) FROM session) || ' sessions, ' || (SELECT count(*) FROM hazard) || ' hazards, ' || (SELECT count(*) FROM hazard_history) || ' history entries'" 2>/dev/null || echo "?")

s=$(printf '%s\n' "${sqlite_times[@]}" | median)
p=$(printf '%s\n' "${pg_times[@]}" | median)
paired=$(printf '%s\n' "${ratios[@]}" | median)
load=$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo "?")
awk -v files="$FILES" -v mb="$MB" -v s="$s" -v p="$p" -v rerun="$rerun" -v runs="$RUNS" -v load="$load" \
    -v paired="$paired" -v rounds="$(printf '%s %%, ' "${ratios[@]}")" 'BEGIN {
  printf "\ncorpus: %d files, %.1f MB (median of %d runs, %d cores, load average %s)\n", files, mb, runs, 2, load
  printf "%-40s %8s %9s %8s\n", "", "seconds", "files/s", "MB/s"
  printf "%-40s %8.2f %9.0f %8.1f\n", "checkup import, SQLite (fresh)", s, files / s, mb / s
  printf "%-40s %8.2f %9.0f %8.1f\n", "checkup import, PostgreSQL (fresh)", p, files / p, mb / p
  printf "%-40s %8.2f %9.0f %8.1f\n", "checkup import, PostgreSQL (all duplicates)", rerun, files / rerun, mb / rerun
  printf "\nPostgreSQL / SQLite throughput: %.0f%% (goal >= 50%%): median of the rounds'"'"' own ratios (%s); ratio of the medians: %.0f%%\n", paired, rounds, 100 * s / p
}'
echo "stored on PostgreSQL: $counts"
echo "stored on SQLite:     $sqlite_counts"
