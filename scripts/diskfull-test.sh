#!/usr/bin/env bash
# Disk full and read-only (issue 7). Mounts a small tmpfs (needs root, or CAP_SYS_ADMIN) and:
#
#   1. database on a full file system: registers an enterprise, records answers, fills the file
#      system, then keeps recording (notes of 2 KB) and importing until commands fail; checks
#      each failure is one clear line on stderr with exit status 1 (no crash, no backtrace),
#      PRAGMA integrity_check is ok, every answer whose command succeeded is stored, and, with
#      the space freed again, recording works again;
#   2. database on a read-only file system (the same tmpfs remounted read-only): recording
#      fails clearly, reading (`session show`) is tried and reported, nothing changes;
#   3. report output directory full, then read-only: `checkup report ledger --format csv|xlsx
#      -o DIR/ledger.*` fails clearly, leaves the previous report (written while the
#      directory was writable) byte for byte intact and no temporary file behind; the same for
#      `report ledger > DIR/ledger.csv` (stdout redirected into the full file system).
#
# If mounting is not permitted, says so and falls back to `ulimit -f` (writes past the limit
# fail with EFBIG), which covers the database and report cases of a full disk but not the
# read-only ones. Unmounts everything on exit.
#
# Usage: scripts/diskfull-test.sh        (KEEP=1 keeps the work directory; CHECKUP_BIN skips the build;
#                                        NO_MOUNT=1 tries the ulimit fallback even where mounting works)
# Needs: swift, python3, sqlite3 (installed with apt-get when missing and run as root).
set -uo pipefail

source "$(dirname "$0")/reliability-lib.sh"
need_packages
build_checkup

WORK=$(mktemp -d "${TMPDIR:-/tmp}/checkup-diskfull.XXXXXX")
snapshot_binary "$WORK"
MOUNTS=()
cleanup() {
    local m
    for m in "${MOUNTS[@]}"; do umount "$m" 2>/dev/null || umount -l "$m" 2>/dev/null; done
    if [ -n "${KEEP:-}" ]; then echo "diskfull-test: work directory kept: $WORK" >&2; else rm -rf "$WORK"; fi
}
trap cleanup EXIT
cd "$WORK"

NOW=2026-11-29T09:30:00+08:00
CODE=91350100M000100Y43
export CHECKUP_CATALOG=$ROOT/checklists
FAILURES=0
CHECKS=0
ok() { CHECKS=$((CHECKS + 1)); echo "  ok: $*"; }
problem() { CHECKS=$((CHECKS + 1)); FAILURES=$((FAILURES + 1)); echo "  FAIL: $*"; }

# expect_clear_failure LABEL STATUS ERRFILE: exit status 1, exactly one line on stderr, and no
# sign of a crash.
expect_clear_failure() {
    local label=$1 status=$2 err=$3 lines
    lines=$(wc -l < "$err")
    if [ "$status" -ne 1 ]; then
        problem "$label: exit status $status, expected 1; stderr: $(head -c 400 "$err" | tr '\n' ' ')"
    elif [ "$lines" -ne 1 ]; then
        problem "$label: $lines lines on stderr, expected one: $(head -c 400 "$err" | tr '\n' ' ')"
    elif grep -qiE 'fatal error|backtrace|stack dump|crash|segmentation' "$err"; then
        problem "$label: crash output: $(head -c 400 "$err")"
    else
        ok "$label: exit 1, \"$(cat "$err")\""
    fi
}

mount_tmpfs() {  # DIR SIZE
    mkdir -p "$1"
    if mount -t tmpfs -o "size=$2" tmpfs "$1" 2>/dev/null; then
        MOUNTS+=("$1")
        return 0
    fi
    return 1
}

fill() {  # DIR [SLACK-KB]: fills the file system, then frees SLACK-KB (default 0)
    local slack=${2:-0}
    [ "$slack" -gt 0 ] && dd if=/dev/zero of="$1/filler.slack" bs=1k count="$slack" 2>/dev/null
    dd if=/dev/zero of="$1/filler.$RANDOM" bs=4k 2>/dev/null
    # A few tiny files for the last blocks.
    for i in 1 2 3 4 5 6 7 8; do head -c 512 /dev/zero > "$1/filler.small.$i" 2>/dev/null || break; done
    rm -f "$1/filler.slack"
    return 0
}

# A report fixture: a database with a completed inspection that has hazards.
make_station() {  # DB
    "$BIN" enterprise add --database "$1" --credit-code "$CODE" --name 测试 --township 孝顺镇 --industry 机械 >/dev/null \
        || { echo "cannot register the enterprise in $1" >&2; exit 1; }
    SESSION=$("$BIN" session start --database "$1" --checklist gm-general --enterprise "$CODE" --inspector 张三 --now "$NOW") \
        || { echo "cannot start a session in $1" >&2; exit 1; }
}

machinery_items "$BIN" > items.txt
mapfile -t ITEMS < items.txt
NOTE=$(python3 -c 'print("现场检查发现配电箱未设置剩余电流保护，私拉乱接。" * 80)')   # about 2 KB

# A few self-check files to import onto the full disk.
python3 "$ROOT/scripts/gen-selfchecks.py" --out gen --files 40 --results 30 --enterprises 10 --seed 3 2>/dev/null
mkdir -p catalog && cp -r "$ROOT/checklists/." catalog/ && cp gen/catalog/bench.xml catalog/

if [ -z "${NO_MOUNT:-}" ] && mkdir -p probe && mount_tmpfs "$WORK/probe" 1m; then
    umount "$WORK/probe" && MOUNTS=()
    CAN_MOUNT=1
else
    CAN_MOUNT=0
    echo "diskfull-test: mounting a tmpfs is not permitted here (not root / no CAP_SYS_ADMIN, or NO_MOUNT set):" \
         "falling back to ulimit -f (EFBIG); the read-only cases are skipped"
fi

# --- 1. database on a full file system ------------------------------------------------------

# db_full_case DB SLACK-KB: records 5 answers, fills the file system but SLACK-KB, then records
# (2 KB notes) and imports until commands fail, and checks. FILL_DIR: the file system to fill;
# LIMIT: run the commands under `ulimit -f LIMIT` instead.
db_full_case() {
    local db=$1 slack=$2 i=0 status n_ok=0 first_fail=
    make_station "$db"
    for ((i = 0; i < 5; i++)); do
        "$BIN" record "$SESSION" "${ITEMS[$i]}" pass --database "$db" --now "$NOW" >/dev/null || { problem "record before filling failed"; return; }
    done
    "$BIN" session show "$SESSION" --database "$db" --format json > before.json
    : > recorded.txt
    [ -n "${FILL_DIR:-}" ] && fill "$FILL_DIR" "$slack"
    # Record (2 KB notes, so the WAL must grow) until a command fails, at most 400 tries.
    for ((i = 0; i < 400; i++)); do
        local item=${ITEMS[$((i % ${#ITEMS[@]}))]}
        (ulimit -f "${LIMIT:-unlimited}"; trap '' XFSZ
         exec "$BIN" record "$SESSION" "$item" fail --note "$i $NOTE" --database "$db" --now "$NOW") > rec.out 2> rec.err
        status=$?
        if [ $status = 0 ]; then
            echo "$item $i" >> recorded.txt
            n_ok=$((n_ok + 1))
        else
            first_fail=$item
            break
        fi
    done
    if [ -z "$first_fail" ]; then
        problem "400 records of 2 KB all succeeded on the full file system"
        return
    fi
    echo "  $n_ok records succeeded after filling, then:"
    expect_clear_failure "record on a full disk" "$status" rec.err
    (ulimit -f "${LIMIT:-unlimited}"; trap '' XFSZ
     exec "$BIN" enterprise add --credit-code 91330703MA2HJ4C8XD --name 锦程 --township 孝顺镇 --database "$db") > ent.out 2> ent.err
    status=$?
    if [ $status = 0 ]; then
        ok "enterprise add on the full disk succeeded (it fitted in the space left)"
    else
        expect_clear_failure "enterprise add on a full disk" "$status" ent.err
    fi
    (ulimit -f "${LIMIT:-unlimited}"; trap '' XFSZ
     exec "$BIN" import gen/files --register --database "$db" --catalog catalog --now "$NOW") > imp.out 2> imp.err
    status=$?
    if [ $status = 0 ]; then
        problem "import of 40 files onto the full disk succeeded?"
    else
        expect_clear_failure "import on a full disk" "$status" imp.err
    fi
    local check
    check=$(integrity "$db")
    if [ "$check" = ok ]; then
        ok "integrity_check on the full disk: ok"
    else
        echo "  note: the database cannot be read while the disk is full ($check); checking after freeing space"
    fi
    # With space again: intact, and it works again.
    [ -n "${FILL_DIR:-}" ] && rm -f "$FILL_DIR"/filler.*
    check=$(integrity "$db")
    [ "$check" = ok ] && ok "integrity_check with space freed: ok" || problem "integrity_check with space freed: $check"
    local half
    half=$(sqlite3 "$db" "SELECT count(*) FROM session s WHERE kind = 'self-check' AND ((SELECT count(*) FROM finding WHERE session_id = s.id) + COALESCE((SELECT json_array_length(answers) FROM selfcheck_answers WHERE session_id = s.id), 0)) != 30;" 2>&1)
    [ "$half" = 0 ] && ok "no half-imported self-check ($(sqlite3 "$db" "SELECT count(*) FROM session WHERE kind = 'self-check'") imported)" \
        || problem "half-imported self-checks: $half"

    # Earlier data intact, and every record that succeeded is stored with its note.
    "$BIN" session show "$SESSION" --database "$db" --format json > after.json 2> show.err \
        || { problem "session show failed: $(cat show.err)"; return; }
    local lost
    lost=$(python3 - before.json after.json recorded.txt <<'EOF'
import json, sys
before = {f["item"]: f for f in json.load(open(sys.argv[1]))["findings"]}
after = {f["item"]: f for f in json.load(open(sys.argv[2]))["findings"]}
last = {}
for line in open(sys.argv[3]):
    item, n = line.split()
    last[item] = n
problems = []
for item, f in before.items():
    if item not in last and after.get(item) != f:
        problems.append(f"earlier answer {item} changed")
for item, n in last.items():
    note = (after.get(item) or {}).get("note") or ""
    if not note.startswith(n + " "):
        problems.append(f"record {n} of {item} lost")
print("; ".join(problems))
EOF
)
    [ -z "$lost" ] && ok "the 5 earlier answers and the $n_ok records that succeeded are all stored" || problem "$lost"
    if "$BIN" record "$SESSION" "$first_fail" pass --database "$db" --now "$NOW" > /dev/null 2> rec.err; then
        ok "with space freed, recording works again"
    else
        problem "with space freed, record still fails: $(cat rec.err)"
    fi
}

if [ $CAN_MOUNT = 1 ]; then
    mount_tmpfs "$WORK/dbfs" 2m
    echo "== 1a. database on a file system filled completely (2 MB tmpfs)"
    FILL_DIR=$WORK/dbfs LIMIT= db_full_case "$WORK/dbfs/station.sqlite" 0
    umount "$WORK/dbfs" && MOUNTS=()
    mount_tmpfs "$WORK/dbfs" 2m
    echo "== 1b. database on a file system filled but 200 KB, then recording until it is full"
    FILL_DIR=$WORK/dbfs LIMIT= db_full_case "$WORK/dbfs/station.sqlite" 200
else
    echo "== 1. database file limited to 1 MB with ulimit -f"
    FILL_DIR= LIMIT=1024 db_full_case "$WORK/station-ulimit.sqlite" 0
fi

# --- 2. database on a read-only file system -------------------------------------------------

if [ $CAN_MOUNT = 1 ]; then
    echo "== 2. database on a read-only file system"
    DB=$WORK/dbfs/station.sqlite
    "$BIN" session show "$SESSION" --database "$DB" --format json > ro-before.json 2>/dev/null
    sum_before=$(cat "$DB"* | sha256sum)
    mount -o remount,ro "$WORK/dbfs" || problem "cannot remount read-only"
    "$BIN" record "$SESSION" "${ITEMS[0]}" na --database "$DB" --now "$NOW" > rec.out 2> rec.err
    expect_clear_failure "record on a read-only file system" $? rec.err
    "$BIN" enterprise add --database "$DB" --credit-code 91330703MA2HJ4C8XD --name 锦程 --township 孝顺镇 > rec.out 2> rec.err
    expect_clear_failure "enterprise add on a read-only file system" $? rec.err
    if "$BIN" session show "$SESSION" --database "$DB" --format json > ro-after.json 2> show.err; then
        cmp -s ro-before.json ro-after.json && ok "session show on a read-only file system works and shows the same data" \
            || problem "session show on read-only shows other data"
    else
        echo "  note: session show on a read-only file system: exit $(( $? )), \"$(head -1 show.err)\" (SQLite needs to create the WAL index (-shm) to read a WAL database)"
        expect_clear_failure "session show on a read-only file system" 1 show.err
    fi
    [ "$(cat "$DB"* | sha256sum)" = "$sum_before" ] && ok "database files unchanged" || problem "database files changed on a read-only fs?"
    mount -o remount,rw "$WORK/dbfs"
    check=$(integrity "$DB")
    [ "$check" = ok ] && ok "integrity_check after remounting rw: ok" || problem "integrity_check: $check"
fi

# --- 3. report output directory full, then read-only ----------------------------------------

echo "== 3. report output directory full$([ $CAN_MOUNT = 1 ] && echo ', then read-only')"
DB=$WORK/report.sqlite
make_station "$DB"
for ((i = 0; i < 12; i++)); do
    "$BIN" record "$SESSION" "${ITEMS[$i]}" fail --note "第 $i 项：$NOTE" --database "$DB" --now "$NOW" >/dev/null \
        || { problem "record for the report fixture failed"; break; }
done
"$BIN" session complete "$SESSION" --database "$DB" --now "$NOW" >/dev/null || problem "session complete failed"
OUT=$WORK/out
if [ $CAN_MOUNT = 1 ]; then mount_tmpfs "$OUT" 1m; else mkdir -p "$OUT"; fi
"$BIN" report ledger --database "$DB" --format csv -o "$OUT/ledger.csv" --now "$NOW" 2> rep.err \
    || problem "writing the first ledger.csv failed: $(cat rep.err)"
"$BIN" report ledger --database "$DB" --format xlsx -o "$OUT/ledger.xlsx" --now "$NOW" 2> rep.err \
    || problem "writing the first ledger.xlsx failed: $(cat rep.err)"
SUMS=$(cd "$OUT" && sha256sum ledger.csv ledger.xlsx)
# More hazards, so the next ledger is larger than the space left.
S2=$("$BIN" session start --database "$DB" --checklist gm-general --enterprise "$CODE" --inspector 李四 --now "$NOW")
for ((i = 12; i < ${#ITEMS[@]}; i++)); do
    "$BIN" record "$S2" "${ITEMS[$i]}" fail --note "第 $i 项：$NOTE" --database "$DB" --now "$NOW" >/dev/null
done
"$BIN" session complete "$S2" --database "$DB" --now "$NOW" >/dev/null

report_refused() {  # LABEL
    local label=$1 fmt
    for fmt in csv xlsx; do
        if [ -n "${LIMIT:-}" ]; then
            (ulimit -f "$LIMIT"; trap '' XFSZ
             exec "$BIN" report ledger --database "$DB" --format $fmt -o "$OUT/ledger.$fmt" --now "$NOW") > rep.out 2> rep.err
        else
            "$BIN" report ledger --database "$DB" --format $fmt -o "$OUT/ledger.$fmt" --now "$NOW" > rep.out 2> rep.err
        fi
        expect_clear_failure "report ledger --format $fmt -o to a $label directory" $? rep.err
    done
    [ "$(cd "$OUT" && sha256sum ledger.csv ledger.xlsx)" = "$SUMS" ] \
        && ok "the previous ledger.csv and ledger.xlsx are byte for byte intact" \
        || problem "the previous ledger files changed"
    local left
    left=$(find "$OUT" -name '.ledger*.tmp' | wc -l)
    [ "$left" = 0 ] && ok "no temporary file left behind" || problem "$left temporary files left in $OUT"
}

if [ $CAN_MOUNT = 1 ]; then
    fill "$OUT"
    report_refused full
    # stdout redirected into the full file system.
    "$BIN" report ledger --database "$DB" --format csv --now "$NOW" > "$OUT/stdout-ledger.csv" 2> rep.err
    expect_clear_failure "report ledger > a file on a full disk (stdout)" $? rep.err
    rm -f "$OUT"/filler.* "$OUT/stdout-ledger.csv"
    mount -o remount,ro "$OUT" || problem "cannot remount read-only"
    report_refused read-only
    mount -o remount,rw "$OUT"
else
    # 48 KB: room for the database's 32 KB WAL index, not for the ledger (about 90 KB).
    LIMIT=48 report_refused "ulimit -f 48 KB"
fi

echo "diskfull-test: $CHECKS checks, $FAILURES failures$([ $CAN_MOUNT = 0 ] && echo ' (ulimit fallback: mounting not permitted)')"
[ "$FAILURES" = 0 ]
