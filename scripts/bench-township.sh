#!/usr/bin/env bash
# Benchmark of the township report (not a test): 2,000 enterprises in one township, 10 sessions
# each (9 inspections + 1 self-check), the demo's gm-general items answered in each (about 0.6
# million findings), 100 hazards per enterprise (200,000); then `report township` as html and json,
# timed with peak memory. Goal (issue 6): each within a few seconds and under 300 MB.
#   scripts/bench-township.sh            N=500 scripts/bench-township.sh (smaller)
set -euo pipefail
cd "$(dirname "$0")/.."
command -v sqlite3 >/dev/null || apt-get install -y -qq sqlite3 >/dev/null
[ -x /usr/bin/time ] || apt-get install -y -qq time >/dev/null
swift build -c release --scratch-path .build-release --product checkup >&2
BIN=.build-release/release/checkup
W=$(mktemp -d /tmp/bench-township.XXXXXX)
trap 'rm -rf "$W"' EXIT
# The demo's database gives a real checklist snapshot and a real set of answered items.
$BIN demo --output "$W/demo" >/dev/null
DB=$W/station.sqlite
printf 'credit_code,name,township\n' > $W/empty.csv
$BIN enterprise import $W/empty.csv --database $DB >/dev/null   # creates the database with the current schema
N=${N:-2000}
sqlite3 $DB <<SQL
PRAGMA synchronous=OFF;
ATTACH '$W/demo/checkup.sqlite' AS src;
INSERT INTO checklist_snapshot SELECT * FROM src.checklist_snapshot WHERE checklist_id = 'gm-general';
CREATE TEMP TABLE items AS SELECT DISTINCT item_id, (SELECT count(*) FROM src.finding f2 WHERE f2.session_id = 9 AND f2.item_id < f.item_id) AS k FROM src.finding f WHERE session_id = 9;
BEGIN;
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < $N)
INSERT INTO enterprise (credit_code, name, township, industry, address, contact, code_valid, registered_at)
SELECT printf('9133078%010dX', i), printf('金华市第%d五金机械制造有限公司', i), '孝顺镇', '机械', printf('工业园区%d号', i), '王经理', 1, '2026-01-01 00:00:00.000' FROM n;
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < $N * 10)
INSERT INTO session (id, kind, enterprise_code, checklist_id, checklist_version, checklist_hash, profile_id, inspectors, status, started_at, completed_at)
SELECT i, CASE WHEN i % 10 = 0 THEN 'self-check' ELSE 'inspection' END, printf('9133078%010dX', (i - 1) / 10 + 1), 'gm-general', '2026.1',
  (SELECT hash FROM checklist_snapshot), 'no-ammonia', '["张三"]', 'completed',
  strftime('%Y-%m-%d %H:%M:%f', '2026-01-02 01:00:00', printf('+%d days', i % 330)),
  strftime('%Y-%m-%d %H:%M:%f', '2026-01-02 03:00:00', printf('+%d days', i % 330)) FROM n;
INSERT INTO finding (session_id, item_id, result, note, major, fixed_on_site, evidence, recorded_by, recorded_at, seq)
SELECT s.id, it.item_id, CASE WHEN (s.id + it.k) % 4 = 0 THEN 'fail' ELSE 'pass' END,
  CASE WHEN (s.id + it.k) % 4 = 0 THEN '发现问题' END, 0, 0, '[]', '张三', s.started_at, it.k
FROM session s, items it;
WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < $N * 100 - 1)
INSERT INTO hazard (session_id, item_id, enterprise_code, source, severity, layer, item_title, description, basis, remedy, evidence, status, found_at, deadline, rectified_at, verified_at, verified_by)
SELECT s.id, printf('GM-%02d', n.i % 10), s.enterprise_code, CASE WHEN s.kind = 'self-check' THEN 'self-check' ELSE 'inspection' END,
  CASE WHEN n.i % 10 = 0 THEN 'major' ELSE 'general' END, CASE n.i % 4 WHEN 0 THEN 'human' WHEN 1 THEN 'physical' WHEN 2 THEN 'technical' ELSE 'joint' END,
  '安全出口畅通', '车间门外堆放成品包装箱，占用疏散通道', '《消防法》第二十八条', '立即清理', '[]',
  CASE (n.i / 7) % 4 WHEN 0 THEN 'open' WHEN 1 THEN 'rectifying' WHEN 2 THEN 'rectified' ELSE 'verified' END,
  s.completed_at, strftime('%Y-%m-%d %H:%M:%f', s.completed_at, '+15 days'),
  CASE WHEN (n.i / 7) % 4 >= 2 THEN strftime('%Y-%m-%d %H:%M:%f', s.completed_at, '+7 days') END,
  CASE WHEN (n.i / 7) % 4 = 3 THEN strftime('%Y-%m-%d %H:%M:%f', s.completed_at, '+10 days') END,
  CASE WHEN (n.i / 7) % 4 = 3 THEN '张三' END
FROM n JOIN session s ON s.id = n.i / 10 + 1;
COMMIT;
SQL
sqlite3 $DB "select count(*) from enterprise; select count(*) from session; select count(*) from finding; select count(*) from hazard;"
for f in html json; do
  /usr/bin/time -v $BIN report township 孝顺镇 --database $DB --catalog checklists --format $f --now 2026-12-31T18:00:00+08:00 -o $W/township.$f 2> $W/time-$f.txt || { cat $W/time-$f.txt; exit 1; }
  echo "$f: $(grep 'Elapsed' $W/time-$f.txt | awk '{print $NF}') wall, $(grep 'Maximum resident' $W/time-$f.txt | awk '{printf "%.0f MB", $NF/1024}') peak"
done
