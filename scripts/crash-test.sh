#!/usr/bin/env bash
# Crash safety (issue 7): ROUNDS times over (default 100), start either an interactive
# inspection (`checkup inspect` fed its answers line by line through a FIFO) or an import of a
# folder of self-check files (`checkup import DIR`), alternately, kill it with SIGKILL at a
# random moment, and check:
#
#   1. the database passes PRAGMA integrity_check;
#   2. inspect: every answer whose confirmation ("已记录 ITEM") was printed before the kill is
#      in the session exactly once (`session show N --format json` findings, and one history
#      row), with the value given; nothing else is stored but at most the one answer that was
#      committed and not yet confirmed;
#      import: no self-check file is half-imported (for every selfcheck_file row, its session's
#      findings = the number of <result> elements of that file; no self-check session without
#      its ledger row), and every file reported as imported before the kill is stored;
#   3. the interrupted work resumes or reruns to the state of an uninterrupted run: inspect is
#      run again with the answers not yet stored, the session completed, and its findings and
#      hazards compared with a reference run that was never interrupted; the import is run again
#      and its sessions, findings and ledger compared with a clean single import into a fresh
#      database.
#
# Prints one line per failure and `crash-test: N rounds, F failures`; exit status 1 on any
# failure. Every round starts from a fresh copy of a template database.
#
# Usage: scripts/crash-test.sh [ROUNDS]
#        KEEP=1 scripts/crash-test.sh 10     keep the work directory (its path is printed)
#        SEED=42 scripts/crash-test.sh       reproducible kill moments
#        CHECKUP_BIN=path/to/checkup ...     skip the build
# Needs: swift, python3, sqlite3 (installed with apt-get when missing and run as root).
set -uo pipefail

ROUNDS=${1:-100}
case "$ROUNDS" in '' | *[!0-9]*) echo "usage: $0 [ROUNDS]" >&2; exit 2 ;; esac
source "$(dirname "$0")/reliability-lib.sh"
need_packages
build_checkup
RANDOM=${SEED:-$$}

WORK=$(mktemp -d "${TMPDIR:-/tmp}/checkup-crash.XXXXXX")
snapshot_binary "$WORK"
cleanup() {
    [ -n "${FEEDER:-}" ] && kill "$FEEDER" 2>/dev/null
    [ -n "${VICTIM:-}" ] && kill -9 "$VICTIM" 2>/dev/null
    if [ -n "${KEEP:-}" ]; then echo "crash-test: work directory kept: $WORK" >&2; else rm -rf "$WORK"; fi
}
trap cleanup EXIT
cd "$WORK"

CODE=91350100M000100Y43
NOW=2026-11-29T09:30:00+08:00
export CHECKUP_CATALOG=$WORK/catalog
checkup() { "$BIN" "$@"; }

# --- fixtures --------------------------------------------------------------------------------

echo "== fixtures in $WORK" >&2
# Two corpora on the same generated 40-item checklist: 50 files (one batch, one transaction)
# for most import rounds, and 1,200 files (three batches of up to 500) for every third one, so
# that a kill can also land between two committed batches.
python3 "$ROOT/scripts/gen-selfchecks.py" --out gen --files 50 --results 40 --enterprises 25 --seed 7 2>/dev/null
python3 "$ROOT/scripts/gen-selfchecks.py" --out big --files 1200 --results 40 --enterprises 100 --seed 8 2>/dev/null
make_catalog catalog gen/catalog/bench.xml
# Expected findings per file, by SHA-256 of its bytes.
find gen/files big/files -name '*.xml' | sort | while read -r f; do
    printf '%s %s\n' "$(sha256sum < "$f" | cut -c1-64)" "$(grep -c '<result ' "$f")"
done > expected-results.txt

checkup enterprise add --database template.sqlite --credit-code "$CODE" --name 测试 --township 孝顺镇 \
    --industry 机械 >/dev/null || { echo "crash-test: cannot register the enterprise" >&2; exit 1; }
for csv in gen/enterprises.csv big/enterprises.csv; do
    checkup enterprise import "$csv" --database template.sqlite >/dev/null \
        || { echo "crash-test: cannot import $csv" >&2; exit 1; }
done
sqlite3 template.sqlite "PRAGMA wal_checkpoint(TRUNCATE);" >/dev/null
rm -f template.sqlite-wal template.sqlite-shm

# The items the session asks (gm-general for an enterprise of 机械), in checklist order, and a
# deterministic answer for each: fail with a note every 7th, na every 5th, else pass.
checkup checklist show gm-general --format json | python3 -c '
import json, sys
doc = json.load(sys.stdin)
def walk(sections):
    for s in sections:
        for item in s.get("items", []):
            yield item
        yield from walk(s.get("sections", []))
n = 0
for item in walk(doc["sections"]):
    if item["industries"] and "机械" not in item["industries"]:
        continue
    if n % 7 == 3:
        print(item["id"], "fail", "y" if n % 2 else "n", "y" if n % 3 == 0 else "n")
    elif n % 5 == 4:
        print(item["id"], "na")
    else:
        print(item["id"], "pass")
    n += 1
' > answers.txt
NITEMS=$(wc -l < answers.txt)

# answer_lines FILE-OF-ITEMS: the lines typed for those items (jump to each, answer it), then q.
answer_lines() {
    while read -r id result major fixed; do
        echo "j $id"
        case $result in
            pass) echo p ;;
            na) echo n ;;
            fail) printf 'f\n%s\n%s\n%s\n\n' "检查发现 $id 不符合要求，现场拍照" "$major" "$fixed" ;;
        esac
    done < "$1"
    echo q
}

# feed LINES-FILE DELAY: writes the lines one by one, sleeping DELAY seconds after each.
feed() {
    if [ "$2" = 0 ]; then cat "$1"; return; fi
    while IFS= read -r line; do
        printf '%s\n' "$line" || return 0
        sleep "$2"
    done < "$1"
}

# run_inspect DB LINES-FILE DELAY OUT [KILL-AFTER-SECONDS]: runs inspect fed through a FIFO;
# with a kill time, SIGKILLs it then. Sets KILLED=1 when the kill landed before it ended.
run_inspect() {
    local db=$1 lines=$2 delay=$3 out=$4 kill_after=${5:-}
    rm -f feed.fifo && mkfifo feed.fifo
    "$BIN" inspect --database "$db" --checklist gm-general --enterprise "$CODE" --inspector 张三 \
        --now "$NOW" < feed.fifo > "$out" 2> "$out.err" &
    VICTIM=$!
    feed "$lines" "$delay" > feed.fifo &
    FEEDER=$!
    KILLED=0
    if [ -n "$kill_after" ]; then
        sleep "$kill_after"
        if kill -9 "$VICTIM" 2>/dev/null; then KILLED=1; fi
    fi
    wait "$VICTIM" 2>/dev/null
    local status=$?
    kill "$FEEDER" 2>/dev/null
    wait "$FEEDER" 2>/dev/null
    VICTIM= FEEDER=
    [ "$KILLED" = 1 ] && [ "$status" -ne 137 ] && KILLED=0   # it had ended on its own
    return 0
}

session_of() {  # the inspection session of DB, or nothing
    sqlite3 "$1" "SELECT id FROM session WHERE kind = 'inspection' ORDER BY id;" | tr '\n' ' ' | sed 's/ $//'
}

# normalized_state DB SESSION: the findings (session show JSON) and hazards, without ids.
normalized_state() {
    { checkup session show "$2" --database "$1" --format json
      echo; echo '----'
      checkup hazard list --database "$1" --format json --now "$NOW"; } | python3 -c '
import json, sys
show, hazards = sys.stdin.read().split("----")
s = json.loads(show)
keys = ("item", "result", "note", "major", "fixed_on_site", "evidence", "recorded_by", "recorded_at")
f = sorted([[x.get(k) for k in keys] for x in s["findings"]], key=str)
keys = ("item", "severity", "status", "description", "deadline", "found_at", "layer", "source", "verified_by")
h = sorted([[x.get(k) for k in keys] for x in json.loads(hazards)], key=str)
print(json.dumps({"status": s["status"], "answered": s["progress"]["answered"], "total": s["progress"]["total"],
                  "findings": f, "hazards": h}, ensure_ascii=False, indent=1))'
}

answer_lines answers.txt > all-lines.txt

# Reference: one uninterrupted run, then complete.
cp template.sqlite ref-inspect.sqlite
run_inspect ref-inspect.sqlite all-lines.txt 0 ref-inspect.out
REF_SESSION=$(session_of ref-inspect.sqlite)
checkup session complete "$REF_SESSION" --database ref-inspect.sqlite --now "$NOW" >/dev/null
normalized_state ref-inspect.sqlite "$REF_SESSION" > ref-inspect.state
if ! python3 -c 'import json,sys; s=json.load(open(sys.argv[1])); sys.exit(0 if s["answered"]==s["total"]==int(sys.argv[2]) and s["status"]=="completed" else 1)' \
    ref-inspect.state "$NITEMS"; then
    echo "crash-test: the uninterrupted inspection did not answer all $NITEMS items:" >&2
    cat ref-inspect.state ref-inspect.out.err >&2
    exit 1
fi
# How long an uninterrupted run takes with each feeding delay, to spread the kills over it.
declare -A DURATION
for delay in 0 0.005; do
    cp template.sqlite timing.sqlite
    t0=$(date +%s%N)
    run_inspect timing.sqlite all-lines.txt "$delay" timing.out
    DURATION[$delay]=$(( ($(date +%s%N) - t0) / 1000000 ))
done
echo "== inspect: $NITEMS items; an uninterrupted run takes ${DURATION[0]} ms fed at once, ${DURATION[0.005]} ms fed slowly" >&2

# Reference import: one clean import into a fresh database.
import_counts() {
    sqlite3 "$1" "SELECT (SELECT count(*) FROM session WHERE kind = 'self-check'),
                         (SELECT count(*) FROM finding f JOIN session s ON s.id = f.session_id WHERE s.kind = 'self-check')
                           + (SELECT COALESCE(sum(json_array_length(answers)), 0) FROM selfcheck_answers),
                         (SELECT count(*) FROM selfcheck_file),
                         (SELECT count(*) FROM session WHERE status = 'superseded');"
}
declare -A IMPORT_MS REF_IMPORT NFILES
for corpus in gen big; do
    cp template.sqlite "ref-$corpus.sqlite"
    t0=$(date +%s%N)
    checkup import "$corpus/files" --database "ref-$corpus.sqlite" --now "$NOW" > "ref-$corpus.out" 2>&1 \
        || { echo "crash-test: the clean import of $corpus failed:" >&2; cat "ref-$corpus.out" >&2; exit 1; }
    IMPORT_MS[$corpus]=$(( ($(date +%s%N) - t0) / 1000000 ))
    REF_IMPORT[$corpus]=$(import_counts "ref-$corpus.sqlite")
    NFILES[$corpus]=$(find "$corpus/files" -name '*.xml' | wc -l)
    [ "$(cut -d'|' -f1 <<<"${REF_IMPORT[$corpus]}")" = "${NFILES[$corpus]}" ] \
        || { echo "crash-test: clean import stored ${REF_IMPORT[$corpus]}, expected ${NFILES[$corpus]} sessions" >&2; exit 1; }
    echo "== import: ${NFILES[$corpus]} files; a clean import takes ${IMPORT_MS[$corpus]} ms and stores sessions|findings|files|superseded = ${REF_IMPORT[$corpus]}" >&2
done

# --- rounds ----------------------------------------------------------------------------------

FAILURES=0
KILLED_MID=0
INSPECT_PARTIAL=0   # inspect rounds killed with some but not all answers stored
IN_FLIGHT=0         # ... with one answer committed but its confirmation not yet printed
IMPORT_NONE=0 IMPORT_SOME=0 IMPORT_ALL=0   # import rounds by files stored at the kill
fail() {
    FAILURES=$((FAILURES + 1))
    echo "crash-test: round $ROUND ($KIND, kill at ${KILL_MS} ms): $*"
    if [ -n "${KEEP:-}" ]; then mkdir -p "failed/$ROUND" && cp -r r.* "failed/$ROUND/" 2>/dev/null; fi
}

inspect_round() {
    local delay=0
    [ $((ROUND % 4)) = 1 ] && delay=0.005
    KILL_MS=$(rand_below $(( ${DURATION[$delay]} + 20 )))
    rm -f r.*
    cp template.sqlite r.sqlite
    run_inspect r.sqlite all-lines.txt "$delay" r.out "$(printf '%d.%03d' $((KILL_MS / 1000)) $((KILL_MS % 1000)))"
    [ "$KILLED" = 1 ] && KILLED_MID=$((KILLED_MID + 1))

    local check
    check=$(integrity r.sqlite)
    [ "$check" = ok ] || { fail "integrity_check after the kill: $check"; return; }

    local session
    session=$(session_of r.sqlite)
    grep -o '已记录 [^：]*' r.out | cut -d' ' -f2 > r.confirmed
    if [ -z "$session" ]; then
        [ -s r.confirmed ] && fail "no session, yet $(wc -l < r.confirmed) answers were confirmed"
    else
        case $session in *' '*) fail "more than one inspection session: $session"; return ;; esac
        checkup session show "$session" --database r.sqlite --format json > r.show.json \
            || { fail "session show $session failed: $(cat r.show.json)"; return; }
        sqlite3 r.sqlite "SELECT item_id, count(*) FROM finding_history WHERE session_id = $session GROUP BY item_id;" > r.history
        local problems
        problems=$(python3 - r.show.json r.confirmed r.history answers.txt <<'EOF'
import json, sys
show = json.load(open(sys.argv[1]))
confirmed = open(sys.argv[2]).read().split()
history = dict(line.split("|") for line in open(sys.argv[3]).read().split())
answers = {}
for line in open(sys.argv[4]):
    p = line.split()
    answers[p[0]] = p[1:]
found = {}
problems = []
for f in show["findings"]:
    if f["item"] in found:
        problems.append(f"{f['item']} stored twice")
    found[f["item"]] = f
for item in confirmed:
    if confirmed.count(item) > 1:
        problems.append(f"{item} confirmed twice")
    if item not in found:
        problems.append(f"{item} confirmed but not stored")
for item, f in found.items():
    want = answers.get(item)
    if want is None:
        problems.append(f"{item} stored but never answered")
        continue
    if f["result"] != want[0]:
        problems.append(f"{item} stored as {f['result']}, answered {want[0]}")
    if want[0] == "fail" and (f.get("major") != (want[1] == "y") or f.get("fixed_on_site") != (want[2] == "y") or not f.get("note")):
        problems.append(f"{item} fail stored with other details: {f}")
    if history.get(item) != "1":
        problems.append(f"{item} has {history.get(item, 0)} history rows, not 1")
extra = [i for i in found if i not in confirmed]
if len(extra) > 1:
    problems.append(f"stored but not confirmed: {extra} (at most the one in flight may be)")
print("; ".join(problems))
EOF
)
        [ -z "$problems" ] || { fail "$problems"; return; }
    fi
    local n_confirmed n_stored
    n_confirmed=$(wc -l < r.confirmed)
    n_stored=$([ -n "$session" ] && sqlite3 r.sqlite "SELECT count(*) FROM finding WHERE session_id = $session;" || echo 0)
    if [ "$n_stored" -gt 0 ] && [ "$n_stored" -lt "$NITEMS" ]; then INSPECT_PARTIAL=$((INSPECT_PARTIAL + 1)); fi
    [ "$n_stored" -gt "$n_confirmed" ] && IN_FLIGHT=$((IN_FLIGHT + 1))

    # Resume with the answers not stored yet, then complete: same state as the reference.
    if [ -n "$session" ]; then
        sqlite3 r.sqlite "SELECT item_id FROM finding WHERE session_id = $session;" | sort > r.stored
    else
        : > r.stored
    fi
    awk 'BEGIN { while ((getline line < "r.stored") > 0) stored[line] = 1 } !($1 in stored)' answers.txt > r.remaining
    answer_lines r.remaining > r.lines
    run_inspect r.sqlite r.lines 0 r.resume.out
    session=$(session_of r.sqlite)
    case $session in '' | *' '*) fail "after resuming, inspection sessions are '$session'"; return ;; esac
    checkup session complete "$session" --database r.sqlite --now "$NOW" > r.complete.out 2>&1 \
        || { fail "session complete after resume: $(cat r.complete.out)"; return; }
    normalized_state r.sqlite "$session" > r.state
    cmp -s r.state ref-inspect.state || { fail "resumed state differs from the uninterrupted run: $(diff ref-inspect.state r.state | head -5 | tr '\n' ' ')"; return; }
    check=$(integrity r.sqlite)
    [ "$check" = ok ] || fail "integrity_check after resuming: $check"
}

import_round() {
    local corpus=gen
    [ $((ROUND % 6)) = 0 ] && corpus=big
    KIND="import of ${NFILES[$corpus]}"
    KILL_MS=$(rand_below $(( ${IMPORT_MS[$corpus]} * 12 / 10 + 20 )))
    rm -f r.*
    cp template.sqlite r.sqlite
    "$BIN" import "$corpus/files" --database r.sqlite --format json --now "$NOW" > r.out 2> r.err &
    VICTIM=$!
    sleep "$(printf '%d.%03d' $((KILL_MS / 1000)) $((KILL_MS % 1000)))"
    KILLED=0
    kill -9 "$VICTIM" 2>/dev/null && KILLED=1
    wait "$VICTIM" 2>/dev/null
    [ $? -eq 137 ] || KILLED=0
    VICTIM=
    [ "$KILLED" = 1 ] && KILLED_MID=$((KILLED_MID + 1))

    local check
    check=$(integrity r.sqlite)
    [ "$check" = ok ] || { fail "integrity_check after the kill: $check"; return; }

    # Every ledger row's session holds exactly the file's results (in selfcheck_answers, or as
    # finding rows in databases from before it); every self-check session has its ledger row.
    sqlite3 -separator ' ' r.sqlite "SELECT f.content_hash, ((SELECT count(*) FROM finding WHERE session_id = f.session_id) + COALESCE((SELECT json_array_length(answers) FROM selfcheck_answers WHERE session_id = f.session_id), 0))
                                     FROM selfcheck_file f;" | sort > r.stored
    local half
    half=$(awk 'NR == FNR { want[$1] = $2; next }
                !($1 in want) { print "unknown file " $1; next }
                want[$1] != $2 { print "file " substr($1, 1, 12) " has " $2 " findings of " want[$1] }' \
           expected-results.txt r.stored)
    [ -z "$half" ] || { fail "half-imported: $half"; return; }
    local orphans
    orphans=$(sqlite3 r.sqlite "SELECT count(*) FROM session WHERE kind = 'self-check'
                                AND id NOT IN (SELECT session_id FROM selfcheck_file);")
    [ "$orphans" = 0 ] || { fail "$orphans self-check sessions without their selfcheck_file row"; return; }
    # Files reported imported (outcomes are printed only after their batch is committed).
    local reported stored_count
    reported=$(grep -c '"status" *: *"imported"' r.out || true)
    stored_count=$(wc -l < r.stored)
    [ "$reported" -le "$stored_count" ] \
        || { fail "$reported files reported imported, only $stored_count stored"; return; }
    if [ "$stored_count" = 0 ]; then IMPORT_NONE=$((IMPORT_NONE + 1))
    elif [ "$stored_count" = "${NFILES[$corpus]}" ]; then IMPORT_ALL=$((IMPORT_ALL + 1))
    else IMPORT_SOME=$((IMPORT_SOME + 1)); fi

    # Rerun: the same final state as one clean import.
    "$BIN" import "$corpus/files" --database r.sqlite --now "$NOW" > r.rerun.out 2>&1 \
        || { fail "rerunning the import failed: $(tail -3 r.rerun.out | tr '\n' ' ')"; return; }
    local counts
    counts=$(import_counts r.sqlite)
    [ "$counts" = "${REF_IMPORT[$corpus]}" ] \
        || { fail "after rerun sessions|findings|files|superseded = $counts, clean import ${REF_IMPORT[$corpus]}"; return; }
    check=$(integrity r.sqlite)
    [ "$check" = ok ] || fail "integrity_check after the rerun: $check"
}

START=$(date +%s)
for ((ROUND = 1; ROUND <= ROUNDS; ROUND++)); do
    if [ $((ROUND % 2)) = 1 ]; then KIND=inspect; inspect_round; else KIND=import; import_round; fi
    if [ $((ROUND % 10)) = 0 ]; then
        echo "   $ROUND/$ROUNDS rounds, $FAILURES failures, $KILLED_MID killed mid-run ($(( $(date +%s) - START )) s)" >&2
    fi
done

echo "   inspect rounds killed part-way through the answers: $INSPECT_PARTIAL (with an answer committed but not yet confirmed: $IN_FLIGHT)" >&2
echo "   import rounds by files stored at the kill: none $IMPORT_NONE, some $IMPORT_SOME, all $IMPORT_ALL (a batch of up to 500 files is one transaction)" >&2
echo "crash-test: $ROUNDS rounds ($(( (ROUNDS + 1) / 2 )) inspect, $(( ROUNDS / 2 )) import; $KILLED_MID killed mid-run, the rest had finished), $FAILURES failures"
[ "$FAILURES" = 0 ]
