#!/usr/bin/env bash
# Concurrency (issue 7): for SECONDS (default 60), six processes write into one station
# database at once:
#
#   - four recorders, each a loop of `checkup record` calls: recorders 1 and 2 each into their
#     own inspection session (each of a different enterprise), recorders 3 and 4 both into one
#     session of a third enterprise, on different items (3 the even items, 4 the odd ones);
#     each cycles through the items of gm-general with pass / na / fail (with a note), so most
#     calls change an earlier answer;
#   - two importers, each a loop of `checkup import DIR` over its own folders of 25 generated
#     self-check files (scripts/gen-selfchecks.py; the two sets are distinct).
#
# Then checks: every command exited 0 (a "database is locked" or any other failure is
# reported with its stderr), no write was lost (per session: one history row per successful
# record, the findings = the distinct items recorded, each holding the last value recorded for
# it), the imports are exact (self-check sessions = ledger rows = files in the folders
# imported, each with its 20 findings), and PRAGMA integrity_check is ok. Prints records/s and
# files imported; exit status 1 on any failure.
#
# Usage: scripts/concurrency-test.sh [SECONDS]
#        KEEP=1 scripts/concurrency-test.sh 10   keep the work directory
#        CHECKUP_BIN=path/to/checkup ...          skip the build
# Needs: swift, python3, sqlite3 (installed with apt-get when missing and run as root).
set -uo pipefail

SECONDS_TO_RUN=${1:-60}
case "$SECONDS_TO_RUN" in '' | *[!0-9]*) echo "usage: $0 [SECONDS]" >&2; exit 2 ;; esac
source "$(dirname "$0")/reliability-lib.sh"
need_packages
build_checkup

WORK=$(mktemp -d "${TMPDIR:-/tmp}/checkup-concurrency.XXXXXX")
snapshot_binary "$WORK"
PIDS=()
cleanup() {
    for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null; done
    if [ -n "${KEEP:-}" ]; then echo "concurrency-test: work directory kept: $WORK" >&2; else rm -rf "$WORK"; fi
}
trap cleanup EXIT
cd "$WORK"

NOW=2026-11-29T09:30:00+08:00
RESULTS=20
CHUNK=25
# Enough files that the importers do not run out (they managed about 190 files/s each on 2 cores
# while the recorders ran, since self-check answers are stored one row per file), with room to
# spare.
FILES=${FILES:-$(( (SECONDS_TO_RUN * 800 / CHUNK + 2) * CHUNK ))}
export CHECKUP_CATALOG=$WORK/catalog
export CHECKUP_DATABASE=$WORK/station.sqlite

echo "== fixtures in $WORK: $FILES self-check files of $RESULTS results" >&2
python3 "$ROOT/scripts/gen-selfchecks.py" --out gen --files "$FILES" --results "$RESULTS" --enterprises 300 \
    --seed 11 2>/dev/null
make_catalog catalog gen/catalog/bench.xml
# Folders of CHUNK files, alternately for importer A and importer B.
python3 - "$CHUNK" <<'EOF'
import os, sys
chunk = int(sys.argv[1])
files = sorted(os.path.join(d, f) for d, _, fs in os.walk("gen/files") for f in fs if f.endswith(".xml"))
for i, path in enumerate(files):
    n = i // chunk
    target = os.path.join("chunks", "AB"[n % 2], f"{n:05d}")
    os.makedirs(target, exist_ok=True)
    os.rename(path, os.path.join(target, os.path.basename(path)))
EOF
"$BIN" enterprise import gen/enterprises.csv > /dev/null || { echo "cannot import enterprises" >&2; exit 1; }
mapfile -t CODES < <(sed -n '2,4p' gen/enterprises.csv | cut -d, -f1)
session_start() {
    "$BIN" session start --checklist gm-general --enterprise "$1" --inspector "检查员$2" --now "$NOW"
}
S1=$(session_start "${CODES[0]}" 1) && S2=$(session_start "${CODES[1]}" 2) && S3=$(session_start "${CODES[2]}" 3) \
    || { echo "cannot start sessions" >&2; exit 1; }
machinery_items "$BIN" > items.txt
mapfile -t ITEMS < items.txt
echo "== sessions $S1, $S2 (one recorder each), $S3 (two recorders); ${#ITEMS[@]} items each" >&2

# recorder N SESSION STEP OFFSET: records items OFFSET, OFFSET+STEP, ... round and round until
# the deadline; logs "item result" of each success to rec-N.ok, each failure to rec-N.fail.
recorder() {
    local n=$1 session=$2 step=$3 offset=$4 i=$4 k=0 item result note
    : > "rec-$n.ok"
    : > "rec-$n.fail"
    while [ "$(date +%s)" -lt "$DEADLINE" ]; do
        item=${ITEMS[$i]}
        case $(( (k + n) % 3 )) in
            0) result=pass note=() ;;
            1) result=na note=() ;;
            2) result=fail note=(--note "第 $k 次记录：$item 现场发现问题") ;;
        esac
        if "$BIN" record "$session" "$item" "$result" "${note[@]}" --now "$NOW" > /dev/null 2> "rec-$n.err"; then
            echo "$item $result" >> "rec-$n.ok"
        else
            echo "status $? on record $session $item $result: $(tr '\n' ' ' < "rec-$n.err")" >> "rec-$n.fail"
        fi
        k=$((k + 1))
        i=$((i + step))
        [ "$i" -ge "${#ITEMS[@]}" ] && i=$offset
    done
}

# importer SET: imports its folders one after the other until the deadline; logs each folder
# imported to imp-SET.ok, each failure to imp-SET.fail.
importer() {
    local set=$1 dir
    : > "imp-$set.ok"
    : > "imp-$set.fail"
    for dir in chunks/"$set"/*; do
        [ "$(date +%s)" -lt "$DEADLINE" ] || return 0
        if "$BIN" import "$dir" --now "$NOW" > "imp-$set.out" 2> "imp-$set.err"; then
            echo "$dir" >> "imp-$set.ok"
        else
            echo "status $? on import $dir: $(tr '\n' ' ' < "imp-$set.err" | cut -c1-300)" >> "imp-$set.fail"
        fi
    done
    echo "importer $set ran out of files before the deadline" >> "imp-$set.fail"
}

echo "== running 4 recorders and 2 importers for $SECONDS_TO_RUN s" >&2
START_NS=$(date +%s%N)
DEADLINE=$(( $(date +%s) + SECONDS_TO_RUN ))
recorder 1 "$S1" 1 0 & PIDS+=($!)
recorder 2 "$S2" 1 0 & PIDS+=($!)
recorder 3 "$S3" 2 0 & PIDS+=($!)
recorder 4 "$S3" 2 1 & PIDS+=($!)
importer A & PIDS+=($!)
importer B & PIDS+=($!)
wait "${PIDS[@]}"
PIDS=()
ELAPSED_MS=$(( ($(date +%s%N) - START_NS) / 1000000 ))

# --- checks ----------------------------------------------------------------------------------

FAILURES=0
problem() { FAILURES=$((FAILURES + 1)); echo "concurrency-test: $*"; }

for f in rec-*.fail imp-*.fail; do
    while IFS= read -r line; do problem "$f: $line"; done < "$f"
done
LOCKED=$(cat rec-*.fail imp-*.fail | grep -ci 'locked\|busy' || true)

check=$(integrity "$CHECKUP_DATABASE")
[ "$check" = ok ] || problem "integrity_check: $check"

# Records: per session, history rows = successful records, findings = distinct items, each
# holding the last value recorded.
verify_session() {  # SESSION OK-FILES...
    local session=$1
    shift
    sqlite3 -separator ' ' "$CHECKUP_DATABASE" \
        "SELECT item_id, result FROM finding WHERE session_id = $session ORDER BY item_id;" > "stored-$session.txt"
    local history
    history=$(sqlite3 "$CHECKUP_DATABASE" "SELECT count(*) FROM finding_history WHERE session_id = $session;")
    local records
    records=$(cat "$@" | wc -l)
    [ "$history" = "$records" ] || problem "session $session: $records records succeeded, $history history rows"
    # The last result recorded per item (items of one session are never shared by two recorders).
    cat "$@" | awk '{ last[$1] = $2 } END { for (i in last) print i, last[i] }' | sort > "want-$session.txt"
    if ! cmp -s "want-$session.txt" "stored-$session.txt"; then
        problem "session $session: stored findings differ from the last answers recorded: $(diff "want-$session.txt" "stored-$session.txt" | head -4 | tr '\n' ' ')"
    fi
    echo "$records records, $(wc -l < "stored-$session.txt") findings"
}
R1=$(verify_session "$S1" rec-1.ok)
R2=$(verify_session "$S2" rec-2.ok)
R3=$(verify_session "$S3" rec-3.ok rec-4.ok)
RECORDS=$(cat rec-*.ok | wc -l)

# Imports: self-check sessions = ledger rows = files in the folders imported, each whole.
IMPORTED_FILES=$(cat imp-*.ok | while read -r dir; do ls "$dir"; done | wc -l)
read -r SC_SESSIONS SC_FILES SC_FINDINGS BAD_SESSIONS < <(sqlite3 -separator ' ' "$CHECKUP_DATABASE" "
    SELECT (SELECT count(*) FROM session WHERE kind = 'self-check'),
           (SELECT count(*) FROM selfcheck_file),
           (SELECT count(*) FROM finding f JOIN session s ON s.id = f.session_id WHERE s.kind = 'self-check')
             + (SELECT COALESCE(sum(json_array_length(answers)), 0) FROM selfcheck_answers),
           (SELECT count(*) FROM session s WHERE kind = 'self-check'
              AND ((SELECT count(*) FROM finding WHERE session_id = s.id) + COALESCE((SELECT json_array_length(answers) FROM selfcheck_answers WHERE session_id = s.id), 0)) != $RESULTS);")
[ "$SC_SESSIONS" = "$IMPORTED_FILES" ] || problem "$IMPORTED_FILES files imported, $SC_SESSIONS self-check sessions"
[ "$SC_FILES" = "$IMPORTED_FILES" ] || problem "$IMPORTED_FILES files imported, $SC_FILES selfcheck_file rows"
[ "$SC_FINDINGS" = $((IMPORTED_FILES * RESULTS)) ] || problem "$SC_FINDINGS self-check findings, expected $((IMPORTED_FILES * RESULTS))"
[ "$BAD_SESSIONS" = 0 ] || problem "$BAD_SESSIONS self-check sessions without exactly $RESULTS findings"

SECS=$(awk -v ms="$ELAPSED_MS" 'BEGIN { printf "%.1f", ms / 1000 }')
echo "concurrency-test: ${SECS} s; records: $RECORDS ($(awk -v n="$RECORDS" -v ms="$ELAPSED_MS" 'BEGIN { printf "%.1f", n * 1000 / ms }')/s; session $S1: $R1; $S2: $R2; $S3 (two recorders): $R3); imports: $IMPORTED_FILES files in $(cat imp-*.ok | wc -l) runs ($(awk -v n="$IMPORTED_FILES" -v ms="$ELAPSED_MS" 'BEGIN { printf "%.1f", n * 1000 / ms }') files/s); 'database is locked' or busy: $LOCKED; integrity_check: $check; $FAILURES failures"
[ "$FAILURES" = 0 ]
