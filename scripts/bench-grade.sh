#!/usr/bin/env bash
# Benchmark of risk-based supervision (not a test): a district of 20,000 enterprises in 10
# townships of 2,000, each with two completed inspections and one self-check on the demo's
# gm-general snapshot (the demo's items, some failed: about 1.3 million findings; the self-checks
# stored as an import stores them, every item passed), 10 hazards
# each (200,000: every status and both severities, some overdue), risk tags and grid members;
# then times `grade` over the whole district, `grade --township` and `plan --township` (json and
# ics) with /usr/bin/time, and prints wall time and peak memory.
# Goals (issue 17): grading the 20,000 enterprises ≤ 2 s; plan for one township ≤ 200 ms.
#   scripts/bench-grade.sh        N=5000 scripts/bench-grade.sh (smaller)
#   CHECKUP_BIN=path/to/checkup scripts/bench-grade.sh   (skip the build); KEEP=1 keeps the station
set -euo pipefail
cd "$(dirname "$0")/.."
command -v sqlite3 >/dev/null || apt-get install -y -qq sqlite3 >/dev/null
[ -x /usr/bin/time ] || apt-get install -y -qq time >/dev/null
if [ -z "${CHECKUP_BIN:-}" ]; then
  swift build -c release --scratch-path .build-release --product checkup >&2
  CHECKUP_BIN=.build-release/release/checkup
fi
BIN=$CHECKUP_BIN
W=$(mktemp -d /tmp/bench-grade.XXXXXX)
if [ -z "${KEEP:-}" ]; then trap 'rm -rf "$W"' EXIT; else echo "keeping $W" >&2; fi
$BIN demo --output "$W/demo" >/dev/null
DB=$W/station.sqlite
printf 'credit_code,name,township\n' > $W/empty.csv
$BIN enterprise import $W/empty.csv --database $DB >/dev/null   # creates the database with the current schema
N=${N:-20000}
sqlite3 $DB <<SQL
PRAGMA synchronous=OFF;
ATTACH '$W/demo/checkup.sqlite' AS src;
INSERT INTO checklist_snapshot SELECT * FROM src.checklist_snapshot WHERE checklist_id = 'gm-general';
CREATE TEMP TABLE items AS SELECT DISTINCT item_id, (SELECT count(*) FROM src.finding f2 WHERE f2.session_id = 9 AND f2.item_id < f.item_id) AS k FROM src.finding f WHERE session_id = 9;
BEGIN;
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < $N)
INSERT INTO enterprise (credit_code, name, township, industry, address, contact, code_valid, registered_at,
  risk_tags, standardisation, employees, grid, grid_member)
SELECT printf('9133078%010dX', i), printf('金华市第%d五金机械制造有限公司', i), printf('镇%02d', i % 10), '机械',
  printf('工业园区%d号', i), '王经理', 1, '2025-01-01 00:00:00.000',
  CASE i % 7 WHEN 0 THEN 'hazchem' WHEN 1 THEN 'dust' WHEN 2 THEN 'major-hazard-installation' WHEN 3 THEN 'dust confined-space' ELSE '' END,
  CASE i % 4 WHEN 0 THEN '2' WHEN 1 THEN '3' ELSE 'none' END, 10 + i % 200, printf('第%d网格', i % 50), printf('网格员%d', i % 50) FROM n;
-- Sessions 3i-2 and 3i-1: inspections (the second the latest); 3i: a self-check between them.
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < $N * 3)
INSERT INTO session (id, kind, enterprise_code, checklist_id, checklist_version, checklist_hash, profile_id, inspectors, status, started_at, completed_at)
SELECT i, CASE WHEN i % 3 = 0 THEN 'self-check' ELSE 'inspection' END, printf('9133078%010dX', (i - 1) / 3 + 1), 'gm-general', '2026.1',
  (SELECT hash FROM checklist_snapshot), 'no-ammonia', '["张三"]', 'completed',
  strftime('%Y-%m-%d %H:%M:%f', '2026-01-02 01:00:00', printf('+%d days', ((i - 1) / 3) % 200 + CASE i % 3 WHEN 1 THEN 0 WHEN 0 THEN 30 ELSE 60 END)),
  strftime('%Y-%m-%d %H:%M:%f', '2026-01-02 03:00:00', printf('+%d days', ((i - 1) / 3) % 200 + CASE i % 3 WHEN 1 THEN 0 WHEN 0 THEN 30 ELSE 60 END)) FROM n;
INSERT INTO finding (session_id, item_id, result, note, major, fixed_on_site, evidence, recorded_by, recorded_at, seq)
SELECT s.id, it.item_id, CASE WHEN (s.id * 7 + it.k) % ((s.id % 9) + 2) = 0 THEN 'fail' ELSE 'pass' END,
  CASE WHEN (s.id * 7 + it.k) % ((s.id % 9) + 2) = 0 THEN '发现问题' END, 0, 0, '[]', '张三', s.started_at, it.k
FROM session s, items it WHERE s.kind = 'inspection';
-- Self-checks as an import stores them: one JSON row each, every item passed.
INSERT INTO selfcheck_answers (session_id, recorded_by, recorded_at, answers)
SELECT s.id, '企业', s.started_at, (SELECT '[' || group_concat('["' || item_id || '","pass"]', ',') || ']' FROM items)
FROM session s WHERE s.kind = 'self-check';
WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < $N * 10 - 1)
INSERT INTO hazard (session_id, item_id, enterprise_code, source, severity, layer, item_title, description, basis, remedy, evidence, status, found_at, deadline, rectified_at, verified_at, verified_by)
SELECT s.id, printf('GM-%02d', n.i % 10), s.enterprise_code, 'inspection',
  CASE WHEN n.i % 97 = 0 THEN 'major' ELSE 'general' END, 'physical',
  '安全出口畅通', '车间门外堆放成品包装箱，占用疏散通道', '《消防法》第二十八条', '立即清理', '[]',
  CASE WHEN n.i % 10 < 7 THEN 'verified' WHEN n.i % 10 = 7 THEN 'open' ELSE 'rectifying' END,
  s.completed_at, strftime('%Y-%m-%d %H:%M:%f', s.completed_at, printf('+%d days', 15 + (n.i / 10) % 120)),
  CASE WHEN n.i % 10 < 7 THEN strftime('%Y-%m-%d %H:%M:%f', s.completed_at, '+7 days') END,
  CASE WHEN n.i % 10 < 7 THEN strftime('%Y-%m-%d %H:%M:%f', s.completed_at, '+10 days') END,
  CASE WHEN n.i % 10 < 7 THEN '张三' END
FROM n JOIN session s ON s.id = (n.i / 10) * 3 + 2;
COMMIT;
ANALYZE;
SQL
sqlite3 $DB "select count(*) from enterprise; select count(*) from session; select count(*) from finding; select count(*) from hazard;" | paste -sd' ' | awk '{print "enterprises " $1 ", sessions " $2 ", findings " $3 ", hazards " $4}'
NOW=2026-12-01T09:00:00+08:00
run() {
  local label=$1; shift
  /usr/bin/time -v $BIN "$@" --database $DB --now $NOW > $W/out 2> $W/time.txt || { cat $W/time.txt; exit 1; }
  echo "$label: $(grep 'Elapsed' $W/time.txt | awk '{print $NF}') wall, $(grep -E 'User time|System time' $W/time.txt | awk '{s += $NF} END {printf "%.2f s", s}') CPU, $(grep 'Maximum resident' $W/time.txt | awk '{printf "%.0f MB", $NF/1024}') peak"
}
for round in $(seq ${ROUNDS:-3}); do
  run "grade (all $N) json" grade --format json
  run "grade --township 镇03 json" grade --township 镇03 --format json
  run "plan --township 镇03 json" plan --township 镇03 --format json
  run "plan --township 镇03 ics" plan --township 镇03 --format ics --assign 张三,李四 --per-day 8
done
$BIN grade --database $DB --now $NOW | sed -n 2,3p
