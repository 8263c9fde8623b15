#!/usr/bin/env bash
# Benchmark of `checkup report ledger` (issue 6, hazard ledger): a station of 2,000 enterprises
# with 10 completed sessions each and 10 hazards per session (200,000 hazards), generated
# straight into the real schema with sqlite3; then the ledger as CSV, XLSX and JSON, each timed
# with /usr/bin/time -v (wall seconds and peak RSS). Goal: a few seconds and < 300 MB each.
#
#   scripts/bench-ledger.sh            # build release, generate, measure
#   ENTERPRISES=200 scripts/bench-ledger.sh      # smaller station
#   BENCH_DIR=/tmp/b KEEP=1 scripts/bench-ledger.sh   # keep the database and outputs
#   CHECK=1 scripts/bench-ledger.sh    # also compare XLSX and CSV with scripts/check-xlsx.py (slow)
#   CHECKUP_BIN=path/to/checkup scripts/bench-ledger.sh   # measure that binary (an older build, say)
#
# Needs sqlite3 and /usr/bin/time (apt-get install sqlite3 time).
set -euo pipefail
cd "$(dirname "$0")/.."

ENTERPRISES=${ENTERPRISES:-2000}
SESSIONS=${SESSIONS:-10}          # per enterprise
PER_SESSION=${PER_SESSION:-10}    # hazards per session
NOW=${NOW:-2026-12-31T18:00:00+08:00}
WORK=${BENCH_DIR:-$(mktemp -d /tmp/checkup-bench-ledger.XXXXXX)}
mkdir -p "$WORK"
[ -n "${KEEP:-}" ] || trap 'rm -rf "$WORK"' EXIT

for tool in sqlite3 /usr/bin/time; do
  command -v "$tool" >/dev/null 2>&1 || { echo "missing $tool (apt-get install sqlite3 time)" >&2; exit 2; }
done

if [ -n "${CHECKUP_BIN:-}" ]; then
  BIN=$CHECKUP_BIN
else
  echo "== building release" >&2
  swift build -c release --scratch-path .build-release >&2
  BIN=.build-release/release/checkup
fi
DB="$WORK/station.sqlite"
rm -f "$DB" "$DB-wal" "$DB-shm"

echo "== generating $ENTERPRISES enterprises × $SESSIONS sessions × $PER_SESSION hazards" >&2
# Importing an empty enterprise list creates the database with the current schema (commands
# that only read never create one), so the rows below go into exactly the tables the store reads.
printf 'credit_code,name,township\n' > "$WORK/empty.csv"
"$BIN" enterprise import "$WORK/empty.csv" --database "$DB" >/dev/null
start=$(date +%s.%N)
sqlite3 "$DB" <<SQL
PRAGMA synchronous = OFF;
BEGIN;
CREATE TEMP TABLE town(id INTEGER PRIMARY KEY, name TEXT);
INSERT INTO town VALUES (0,'孝顺镇'),(1,'傅村镇'),(2,'曹宅镇'),(3,'澧浦镇'),(4,'岭下镇');
CREATE TEMP TABLE layer(id INTEGER PRIMARY KEY, name TEXT);
INSERT INTO layer VALUES (0,'human'),(1,'physical'),(2,'technical'),(3,'joint');
CREATE TEMP TABLE state(id INTEGER PRIMARY KEY, name TEXT);
INSERT INTO state VALUES (0,'open'),(1,'rectifying'),(2,'rectified'),(3,'verified');

WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < $ENTERPRISES)
INSERT INTO enterprise (credit_code, name, township, industry, address, contact, code_valid, registered_at)
SELECT printf('9133078%010dX', i),
       printf('金华市%s第%d五金机械制造有限公司', (SELECT name FROM town WHERE id = i % 5), i),
       (SELECT name FROM town WHERE id = i % 5), '机械', printf('工业园区%d号', i), '王经理 13800000000', 1,
       '2026-01-01 00:00:00.000'
FROM n;

INSERT INTO checklist_snapshot (hash, checklist_id, version, content)
VALUES ('bench-snapshot', 'gongmao-general', '1.0', X'3C636865636B6C6973742F3E');

WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < $ENTERPRISES * $SESSIONS)
INSERT INTO session (id, kind, enterprise_code, checklist_id, checklist_version, checklist_hash, profile_id,
                     inspectors, status, started_at, completed_at)
SELECT i, 'inspection', printf('9133078%010dX', (i - 1) / $SESSIONS + 1), 'gongmao-general', '1.0', 'bench-snapshot',
       NULL, '["张三","李四"]', 'completed',
       strftime('%Y-%m-%d %H:%M:%f', '2026-01-02 01:00:00', printf('+%d days', i % 330)),
       strftime('%Y-%m-%d %H:%M:%f', '2026-01-02 03:30:00', printf('+%d days', i % 330))
FROM n;

WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < $ENTERPRISES * $SESSIONS * $PER_SESSION - 1),
h AS (SELECT i, i / $PER_SESSION + 1 AS sid, i % $PER_SESSION AS k, (i / 7) % 4 AS st FROM n)
INSERT INTO hazard (session_id, item_id, enterprise_code, source, severity, layer, item_title, description, basis,
                    remedy, evidence, status, found_at, deadline, responsible, measures, funds, time_limit, plan,
                    rectified_at, verified_at, verified_by)
SELECT s.id, printf('GM-%02d', h.k), s.enterprise_code,
       CASE WHEN h.i % 10 = 9 THEN 'self-check' ELSE 'inspection' END,
       CASE WHEN h.k = 0 THEN 'major' ELSE 'general' END,
       (SELECT name FROM layer WHERE id = h.k % 4),
       printf('第%d项：安全出口、疏散通道保持畅通，不得堵塞、锁闭', h.k),
       CASE WHEN h.i % 1000 = 0 THEN '=HYPERLINK("http://x","y") <script>alert(1)</script>'
            ELSE printf('车间%d号门外堆放成品包装箱约%d平方米，占用疏散通道，"消防"标识被遮挡，应急照明%d盏损坏', h.i % 9, h.i % 40 + 2, h.i % 5) END,
       '《中华人民共和国消防法》第二十八条：任何单位、个人不得损坏、挪用或者擅自拆除、停用消防设施、器材，不得埋压、圈占、遮挡消火栓或者占用防火间距，不得占用、堵塞、封闭疏散通道、安全出口、消防车通道。',
       '立即清理通道内堆放物品，恢复安全出口和疏散通道畅通；修复损坏的应急照明和疏散指示标志。',
       '[]', (SELECT name FROM state WHERE id = h.st),
       s.completed_at,
       strftime('%Y-%m-%d %H:%M:%f', s.completed_at, CASE WHEN h.k = 0 THEN '+60 days' ELSE '+15 days' END),
       CASE WHEN h.st > 0 THEN printf('责任人%d', h.sid % 97) END,
       CASE WHEN h.st > 0 THEN '清理堆放物，更换应急灯' END,
       CASE WHEN h.st > 0 THEN '5000元' END,
       CASE WHEN h.st > 0 THEN '15日' END,
       CASE WHEN h.st > 0 THEN '专人值守' END,
       CASE WHEN h.st >= 2 THEN strftime('%Y-%m-%d %H:%M:%f', s.completed_at, '+7 days') END,
       CASE WHEN h.st = 3 THEN strftime('%Y-%m-%d %H:%M:%f', s.completed_at, '+10 days') END,
       CASE WHEN h.st = 3 THEN '张三' END
FROM h JOIN session s ON s.id = h.sid;
COMMIT;
SQL
end=$(date +%s.%N)
hazards=$(sqlite3 "$DB" "SELECT count(*) FROM hazard")
awk -v h="$hazards" -v s="$start" -v e="$end" -v d="$(du -h "$DB" | cut -f1)" 'BEGIN { printf "   %s hazards in %.1f s (%s)\n", h, e - s, d }' >&2

measure() {
  local format=$1 out="$WORK/ledger.$1"
  /usr/bin/time -v "$BIN" report ledger --database "$DB" --format "$format" --now "$NOW" -o "$out" \
    2> "$WORK/time-$format.txt" || { cat "$WORK/time-$format.txt" >&2; exit 1; }
  local wall rss size
  wall=$(grep 'Elapsed (wall clock)' "$WORK/time-$format.txt" | awk '{print $NF}' \
         | awk -F: '{ if (NF == 3) print $1 * 3600 + $2 * 60 + $3; else print $1 * 60 + $2 }')
  rss=$(grep 'Maximum resident set size' "$WORK/time-$format.txt" | awk '{print $NF}')
  user=$(grep 'User time' "$WORK/time-$format.txt" | awk '{print $NF}')
  sys=$(grep 'System time' "$WORK/time-$format.txt" | awk '{print $NF}')
  size=$(du -k "$out" | cut -f1)
  awk -v f="$format" -v w="$wall" -v u="$user" -v y="$sys" -v r="$rss" -v s="$size" -v h="$hazards" \
    'BEGIN { printf "%-5s %6.2f s wall (%5.2f s user + %4.2f s sys)  %6.1f MB peak RSS  %6.1f MB file  (%s rows)\n", f, w, u, y, r / 1024, s / 1024, h }'
}

echo "== report ledger ($hazards hazards, release build, $(nproc) cores, load average $(cut -d' ' -f1 /proc/loadavg))"
measure csv
measure xlsx
measure json
if [ -n "${CHECK:-}" ]; then
  echo "== scripts/check-xlsx.py" >&2
  python3 scripts/check-xlsx.py "$WORK/ledger.xlsx" "$WORK/ledger.csv"
fi
[ -z "${KEEP:-}" ] || echo "kept $WORK" >&2
