#!/usr/bin/env bash
# Benchmark of a district on PostgreSQL (not a test; issue 16's speed goals). Generates, by SQL on
# the server, a district of 10 townships: 20,000 enterprises, 200,000 completed inspections (the
# demo's gm-general snapshot), the answers of each enterprise's latest inspection, and 2,000,000
# hazards; then times, for one township, `score --township`, `report township` (json) and
# `report ledger --township` (csv), and `hazard list --enterprise` (median of 3 runs each).
# Goals: the three township reads each ≤ 1 s, the enterprise's hazard list ≤ 50 ms.
#
#   scripts/bench-district.sh                   (a throwaway cluster, the full district)
#   SCALE=0.1 scripts/bench-district.sh         (a tenth of every count)
#   CHECKUP_BIN=.build/debug/checkup URL=postgresql://… scripts/bench-district.sh
#
# URL names an empty database on a server of your own (it is filled, not dropped); without it a
# throwaway cluster is started (scripts/pg-throwaway.sh) and removed afterwards.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -z "${CHECKUP_BIN:-}" ]; then
  swift build -c release --scratch-path .build-release --product checkup >&2
  CHECKUP_BIN=.build-release/release/checkup
fi
BIN=$CHECKUP_BIN
SCALE=${SCALE:-1}
W=$(mktemp -d /tmp/bench-district.XXXXXX)
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
ENT=$(python3 -c "print(int(20000 * $SCALE))")
SES=$(python3 -c "print(int(200000 * $SCALE))")
HAZ=$(python3 -c "print(int(2000000 * $SCALE))")

# The demo gives the schema, a real gm-general snapshot and a real set of answered items.
$BIN demo --output "$W/demo" --database "$URL" >/dev/null
start=$(date +%s.%N)
"$PSQL" "$URL" -q -v ON_ERROR_STOP=1 <<SQL
CREATE TEMP TABLE model AS
  SELECT checklist_id, checklist_version, checklist_hash, id FROM session
  WHERE kind = 'inspection' AND status = 'completed' AND checklist_id = 'gm-general' ORDER BY id LIMIT 1;
CREATE TEMP TABLE items AS SELECT item_id, result, note, seq FROM finding WHERE session_id = (SELECT id FROM model);
INSERT INTO enterprise (credit_code, name, township, industry, address, contact, code_valid, registered_at)
SELECT 'BENCH' || lpad(i::text, 13, '0'), '金东第' || i || '机械制造有限公司', '镇' || lpad((i % 10)::text, 2, '0'),
       '机械', '工业园区' || i || '号', '王经理 13800000000', false, '2026-01-01'
FROM generate_series(1, $ENT) AS i;
-- Session j belongs to enterprise j % ENT; the last ENT sessions are each enterprise's latest.
INSERT INTO session (kind, enterprise_code, checklist_id, checklist_version, checklist_hash, inspectors, status,
                     started_at, completed_at)
SELECT 'inspection', 'BENCH' || lpad((1 + j % $ENT)::text, 13, '0'), m.checklist_id, m.checklist_version,
       m.checklist_hash, '["张伟"]', 'completed',
       timestamptz '2025-01-01 01:00+00' + (j * interval '150 seconds'),
       timestamptz '2025-01-01 03:00+00' + (j * interval '150 seconds')
FROM generate_series(0, $SES - 1) AS j, model m;
CREATE TEMP TABLE latest AS SELECT max(id) AS id FROM session WHERE enterprise_code LIKE 'BENCH%' GROUP BY enterprise_code;
INSERT INTO finding (session_id, item_id, result, note, major, fixed_on_site, evidence, recorded_by, recorded_at, seq)
SELECT l.id, it.item_id, it.result, it.note, false, false, '[]', '张伟', s.started_at, it.seq
FROM latest l JOIN session s ON s.id = l.id CROSS JOIN items it;
CREATE TEMP TABLE bench_sessions AS
  SELECT row_number() OVER (ORDER BY id) - 1 AS k, id, enterprise_code, completed_at FROM session
  WHERE enterprise_code LIKE 'BENCH%';
CREATE INDEX ON bench_sessions (k);
INSERT INTO hazard (session_id, item_id, enterprise_code, source, severity, layer, item_title, description, basis,
                    remedy, evidence, status, found_at, deadline, rectified_at, verified_at, verified_by)
SELECT s.id, 'GM-' || h, s.enterprise_code, 'inspection', CASE WHEN h % 10 = 0 THEN 'major' ELSE 'general' END,
       (ARRAY['human', 'physical', 'technical', 'joint'])[1 + h % 4], '安全出口畅通',
       '车间门外堆放成品包装箱，占用疏散通道', '《消防法》第二十八条', '立即清理', '[]',
       (ARRAY['open', 'rectifying', 'rectified', 'verified'])[1 + (h / 7) % 4],
       s.completed_at, s.completed_at + interval '15 days',
       CASE WHEN (h / 7) % 4 >= 2 THEN s.completed_at + interval '7 days' END,
       CASE WHEN (h / 7) % 4 = 3 THEN s.completed_at + interval '10 days' END,
       CASE WHEN (h / 7) % 4 = 3 THEN '张三' END
FROM generate_series(0, $HAZ - 1) AS h JOIN bench_sessions s ON s.k = h % $SES;
ANALYZE;
SQL
echo "generated in $(python3 -c "print(round($(date +%s.%N) - $start, 1))") s:" \
  $("$PSQL" "$URL" -Atc "select count(*) from enterprise")  enterprises, \
  $("$PSQL" "$URL" -Atc "select count(*) from session") sessions, \
  $("$PSQL" "$URL" -Atc "select count(*) from finding") findings, \
  $("$PSQL" "$URL" -Atc "select count(*) from hazard") hazards

# The median of three runs, in seconds.
timed() {
  local times=()
  for _ in 1 2 3; do
    local t0 t1
    t0=$(date +%s.%N)
    "$@" >/dev/null
    t1=$(date +%s.%N)
    times+=("$(python3 -c "print($t1 - $t0)")")
  done
  printf '%s\n' "${times[@]}" | sort -n | sed -n 2p | xargs printf '%.3f'
}
NOW=2026-12-31T18:00:00+08:00
CODE=BENCH$(printf '%013d' 1234)
echo "score --township 镇03:            $(timed $BIN score --township 镇03 --database "$URL" --format json) s"
echo "report township 镇03 (json):      $(timed $BIN report township 镇03 --format json --database "$URL" --now $NOW -o $W/t.json) s"
echo "report ledger --township 镇03:    $(timed $BIN report ledger --township 镇03 --format csv --database "$URL" --now $NOW -o $W/l.csv) s"
echo "hazard list --enterprise:         $(timed $BIN hazard list --enterprise $CODE --database "$URL" --now $NOW --format json) s"
