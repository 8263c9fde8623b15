#!/usr/bin/env bash
# Benchmark (not a test) of issue 16's recorders: RECORDERS (default 8) inspectors record answers
# at once, each into an inspection session of its own (a different enterprise), for SECONDS
# (default 60), against one PostgreSQL database. Each recorder is a loop of `checkup record`
# calls cycling through gm-general's items with pass / na / fail (with a note), so most calls
# change an earlier answer; every call is timed from the outside (process start, connection,
# the answer's transaction and exit: what an inspector waits for).
#
# Then verifies that every answer was stored exactly once: per session, finding_history rows =
# successful records, the findings = the distinct items recorded, each holding the last result
# recorded; and prints records/s with the per-answer p50, p90, p99 and maximum.
#
#   scripts/bench-recorders.sh [SECONDS]
#   RECORDERS=4 scripts/bench-recorders.sh 20
#   CHECKUP_BIN=path/to/checkup URL=postgresql://… scripts/bench-recorders.sh
#
# URL names an empty database on a server of your own (it is filled, not dropped); without it a
# throwaway cluster is started (scripts/pg-throwaway.sh) and removed afterwards. Exit status 1
# when an answer is lost, doubled or a call failed.
set -uo pipefail

SECONDS_TO_RUN=${1:-60}
RECORDERS=${RECORDERS:-8}
case "$SECONDS_TO_RUN" in '' | *[!0-9]*) echo "usage: $0 [SECONDS]" >&2; exit 2 ;; esac
ROOT=$(cd "$(dirname "$0")/.." && pwd)
source "$ROOT/scripts/reliability-lib.sh"
source "$ROOT/scripts/pg-throwaway.sh"
SCRATCH=${SCRATCH:-.build-release}
build_checkup

WORK=$(mktemp -d "${TMPDIR:-/tmp}/checkup-recorders.XXXXXX")
snapshot_binary "$WORK"
PIDS=()
STARTED=
cleanup() {
    for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null; done
    if [ -n "$STARTED" ]; then pg_throwaway_stop "$STARTED"; fi
    if [ -n "${KEEP:-}" ]; then echo "bench-recorders: work directory kept: $WORK" >&2; else rm -rf "$WORK"; fi
}
trap cleanup EXIT
if [ -z "${URL:-}" ]; then
    pg_throwaway_start || exit 2
    STARTED=$PG_THROWAWAY_DIR
    URL=$CHECKUP_TEST_POSTGRES
fi
PSQL=${PG_THROWAWAY_BIN:+$PG_THROWAWAY_BIN/}psql
cd "$WORK"
NOW=2026-11-29T09:30:00+08:00
make_catalog catalog
export CHECKUP_CATALOG=$WORK/catalog
export CHECKUP_DATABASE=$URL

# Enterprises of valid codes (the check character computed as `enterprise add` checks it).
python3 - "$RECORDERS" > enterprises.csv <<'EOF'
import sys
chars = "0123456789ABCDEFGHJKLMNPQRTUWXY"
weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
print("credit_code,name,township,industry")
for n in range(int(sys.argv[1])):
    body = "91330703MA2R%05d" % n
    total = sum(chars.index(c) * w for c, w in zip(body, weights))
    print("%s%s,金东第%d机械有限公司,孝顺镇,机械" % (body, chars[(31 - total % 31) % 31], n))
EOF
"$BIN" enterprise import enterprises.csv > /dev/null || { echo "bench-recorders: cannot import enterprises" >&2; exit 2; }
mapfile -t CODES < <(tail -n +2 enterprises.csv | cut -d, -f1)
machinery_items "$BIN" > items.txt
mapfile -t ITEMS < items.txt
SESSIONS=()
for n in $(seq 0 $((RECORDERS - 1))); do
    SESSIONS+=("$("$BIN" session start --checklist gm-general --enterprise "${CODES[$n]}" --inspector "检查员$n" --now "$NOW")") \
        || { echo "bench-recorders: cannot start session $n" >&2; exit 2; }
done
echo "== $RECORDERS sessions (${SESSIONS[*]}), ${#ITEMS[@]} items each; recording for $SECONDS_TO_RUN s" >&2

# recorder N SESSION: records the items round and round until the deadline; logs "item result"
# of each success to rec-N.ok, its time in microseconds to rec-N.us, each failure to rec-N.fail.
recorder() {
    local n=$1 session=$2 i=0 k=0 item result note t0 t1
    : > "rec-$n.ok"; : > "rec-$n.us"; : > "rec-$n.fail"
    while [ "$(date +%s)" -lt "$DEADLINE" ]; do
        item=${ITEMS[$i]}
        case $(( (k + n) % 3 )) in
            0) result=pass note=() ;;
            1) result=na note=() ;;
            2) result=fail note=(--note "第 $k 次记录：$item 现场发现问题") ;;
        esac
        t0=$(date +%s%N)
        if "$BIN" record "$session" "$item" "$result" "${note[@]}" --now "$NOW" > /dev/null 2> "rec-$n.err"; then
            t1=$(date +%s%N)
            echo "$item $result" >> "rec-$n.ok"
            echo $(( (t1 - t0) / 1000 )) >> "rec-$n.us"
        else
            echo "status $? on record $session $item $result: $(tr '\n' ' ' < "rec-$n.err")" >> "rec-$n.fail"
        fi
        k=$((k + 1))
        i=$(( (i + 1) % ${#ITEMS[@]} ))
    done
}

START_NS=$(date +%s%N)
DEADLINE=$(( $(date +%s) + SECONDS_TO_RUN ))
for n in $(seq 0 $((RECORDERS - 1))); do
    recorder "$n" "${SESSIONS[$n]}" & PIDS+=($!)
done
wait "${PIDS[@]}"
PIDS=()
ELAPSED_MS=$(( ($(date +%s%N) - START_NS) / 1000000 ))

FAILURES=0
problem() { FAILURES=$((FAILURES + 1)); echo "bench-recorders: $*"; }
for f in rec-*.fail; do
    while IFS= read -r line; do problem "$f: $line"; done < "$f"
done
for n in $(seq 0 $((RECORDERS - 1))); do
    session=${SESSIONS[$n]}
    "$PSQL" "$URL" -Atq -F ' ' -c "SELECT item_id, result FROM finding WHERE session_id = $session ORDER BY item_id" \
        > "stored-$n.txt"
    history=$("$PSQL" "$URL" -Atq -c "SELECT count(*) FROM finding_history WHERE session_id = $session")
    records=$(wc -l < "rec-$n.ok")
    [ "$history" = "$records" ] || problem "session $session: $records records succeeded, $history history rows"
    awk '{ last[$1] = $2 } END { for (i in last) print i, last[i] }' "rec-$n.ok" | LC_ALL=C sort > "want-$n.txt"
    LC_ALL=C sort -o "stored-$n.txt" "stored-$n.txt"
    cmp -s "want-$n.txt" "stored-$n.txt" \
        || problem "session $session: stored findings differ from the last answers recorded: $(diff "want-$n.txt" "stored-$n.txt" | head -4 | tr '\n' ' ')"
done
RECORDS=$(cat rec-*.ok | wc -l)
cat rec-*.us | sort -n > all.us
pct() { awk -v p="$1" '{ v[NR] = $1 } END { if (NR == 0) { print "-"; exit } i = int(p * NR + 0.999999); if (i < 1) i = 1; if (i > NR) i = NR; printf "%.1f", v[i] / 1000 }' all.us; }
load=$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo "?")
echo "bench-recorders: $RECORDERS recorders for $(awk -v ms="$ELAPSED_MS" 'BEGIN { printf "%.1f", ms / 1000 }') s (load average $load)"
echo "  answers stored: $RECORDS ($(awk -v n="$RECORDS" -v ms="$ELAPSED_MS" 'BEGIN { printf "%.1f", n * 1000 / ms }')/s), each exactly once: $([ "$FAILURES" = 0 ] && echo yes || echo NO)"
echo "  per answer (a whole \`checkup record\`): p50 $(pct 0.50) ms, p90 $(pct 0.90) ms, p99 $(pct 0.99) ms, max $(pct 1) ms"
echo "  $FAILURES failures"
[ "$FAILURES" = 0 ]
