#!/usr/bin/env bash
# Benchmark of `checkup sync push` (not a test): a laptop station with 50 completed inspections
# (the demo's gm-general answers, each with its history, 3 hazards each with their history) and
# one evidence photo per session (EVIDENCE_KB each, default 300 KB, random bytes so nothing
# compresses), pushed on loopback to a throwaway PostgreSQL cluster; then a second push (nothing
# new) and `sync status`. Prints wall times and the ratio of the push to its goal.
# Goal (issue 16): pushing a laptop with 50 sessions and their evidence ≤ 5 s on loopback.
#   scripts/bench-sync.sh          SESSIONS=200 EVIDENCE_KB=1000 scripts/bench-sync.sh
#   CHECKUP_BIN=path/to/checkup scripts/bench-sync.sh   (skip the build); KEEP=1 keeps the files
set -euo pipefail
cd "$(dirname "$0")/.."
command -v sqlite3 >/dev/null || apt-get install -y -qq sqlite3 >/dev/null
if [ -z "${CHECKUP_BIN:-}" ]; then
  swift build -c release --scratch-path .build-release --product checkup >&2
  CHECKUP_BIN=.build-release/release/checkup
fi
BIN=$CHECKUP_BIN
SESSIONS=${SESSIONS:-50}
EVIDENCE_KB=${EVIDENCE_KB:-300}
W=$(mktemp -d /tmp/bench-sync.XXXXXX)
source scripts/pg-throwaway.sh
cleanup() { pg_throwaway_stop; if [ -z "${KEEP:-}" ]; then rm -rf "$W"; else echo "keeping $W" >&2; fi; }
trap cleanup EXIT
pg_throwaway_start
SERVER=$CHECKUP_TEST_POSTGRES

$BIN demo --output "$W/demo" >/dev/null
DB=$W/laptop.sqlite
printf 'credit_code,name,township\n' > $W/empty.csv
$BIN enterprise import $W/empty.csv --database $DB >/dev/null   # the current schema
# Evidence photos, stored as the evidence store keeps them (evidence/<2 hex>/<sha256>).
mkdir -p $W/evidence
for i in $(seq 1 $SESSIONS); do
  head -c $((EVIDENCE_KB * 1024)) /dev/urandom > $W/photo
  sha=$(sha256sum $W/photo | cut -d' ' -f1)
  mkdir -p $W/evidence/${sha:0:2}
  mv $W/photo $W/evidence/${sha:0:2}/$sha
  echo "$i,$sha" >> $W/evidence.csv
done
# Sessions copied from the demo's first completed gm-general inspection; the laptop's triggers
# give every new row its global id.
sqlite3 $DB <<SQL
ATTACH '$W/demo/checkup.sqlite' AS src;
CREATE TEMP TABLE photo (i INTEGER PRIMARY KEY, sha TEXT);
.mode csv
.import $W/evidence.csv photo
BEGIN;
INSERT INTO enterprise SELECT * FROM src.enterprise;
INSERT INTO checklist_snapshot SELECT * FROM src.checklist_snapshot;
CREATE TEMP TABLE model AS SELECT * FROM src.session WHERE kind = 'inspection' AND status = 'completed' ORDER BY id LIMIT 1;
CREATE TEMP TABLE ents AS SELECT row_number() OVER (ORDER BY credit_code) - 1 AS k, credit_code FROM src.enterprise;
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < $SESSIONS)
INSERT INTO session (id, kind, enterprise_code, checklist_id, checklist_version, checklist_hash, profile_id, inspectors, status, started_at, completed_at)
SELECT n.i, 'inspection', e.credit_code,
  m.checklist_id, m.checklist_version, m.checklist_hash, m.profile_id, m.inspectors, 'completed',
  strftime('%Y-%m-%d %H:%M:%f', '2026-11-02 01:00:00', printf('+%d minutes', n.i * 30)),
  strftime('%Y-%m-%d %H:%M:%f', '2026-11-02 01:20:00', printf('+%d minutes', n.i * 30))
FROM n, model m JOIN ents e ON e.k = n.i % (SELECT count(*) FROM ents);
INSERT INTO evidence (sha256, size, first_name, stored_at)
SELECT sha, $EVIDENCE_KB * 1024, printf('IMG_%04d.jpg', i), '2026-11-02 01:00:00.000' FROM photo;
INSERT INTO finding (session_id, item_id, result, note, major, fixed_on_site, evidence, recorded_by, recorded_at, seq)
SELECT s.id, f.item_id, f.result, f.note, f.major, f.fixed_on_site,
  CASE WHEN f.seq = 1 THEN printf('[{"originalName":"IMG_%04d.jpg","sha256":"%s","size":%d}]', s.id, p.sha, $EVIDENCE_KB * 1024) ELSE '[]' END,
  f.recorded_by, s.started_at, f.seq
FROM session s JOIN photo p ON p.i = s.id, src.finding f WHERE f.session_id = (SELECT id FROM model);
INSERT INTO finding_history (session_id, item_id, old_result, new_result, old_note, new_note, changed_by, changed_at)
SELECT session_id, item_id, NULL, result, NULL, note, recorded_by, recorded_at FROM finding;
WITH RECURSIVE k(j) AS (SELECT 1 UNION ALL SELECT j + 1 FROM k WHERE j < 3)
INSERT INTO hazard (session_id, item_id, enterprise_code, source, severity, layer, item_title, description, basis, remedy, evidence, status, found_at, deadline)
SELECT s.id, printf('BENCH-%d', k.j), s.enterprise_code, 'inspection', 'general', 'physical', '安全出口畅通',
  '车间门外堆放成品包装箱，占用疏散通道', '《消防法》第二十八条', '立即清理', '[]', 'open', s.completed_at,
  strftime('%Y-%m-%d %H:%M:%f', s.completed_at, '+30 days')
FROM session s, k;
INSERT INTO hazard_history (hazard_id, from_status, to_status, changed_by, changed_at, note)
SELECT id, NULL, 'open', '张三', found_at, NULL FROM hazard;
COMMIT;
SQL
echo "laptop: $(sqlite3 $DB 'SELECT count(*) FROM session') sessions, $(sqlite3 $DB 'SELECT count(*) FROM finding_history') answers," \
  "$(sqlite3 $DB 'SELECT count(*) FROM hazard') hazards, $(sqlite3 $DB 'SELECT count(*) FROM evidence') evidence files of ${EVIDENCE_KB} KB"

seconds() { python3 -c 'import time; print(time.time())'; }
run() {
  local start end
  start=$(seconds)
  "$@" > $W/out 2> $W/err || { cat $W/out $W/err >&2; return 1; }
  end=$(seconds)
  python3 -c "print(f'{$end - $start:.2f}')"
}
PUSH=$(run $BIN sync push --to $SERVER --database $DB --format json)
SENT=$(python3 -c "import json; print(json.load(open('$W/out'))['counts']['total'])")
AGAIN=$(run $BIN sync push --to $SERVER --database $DB --format json)
AGAIN_SENT=$(python3 -c "import json; print(json.load(open('$W/out'))['counts']['total'])")
STATUS=$(run $BIN sync status --to $SERVER --database $DB)
echo "push:        ${PUSH} s  (${SENT} rows; goal ≤ 5 s: $(python3 -c "print(f'{$PUSH / 5:.2f}')") of it)"
echo "second push: ${AGAIN} s  (${AGAIN_SENT} rows)"
echo "sync status: ${STATUS} s"
