#!/usr/bin/env bash
# Benchmark of `checkup import` on filled Excel self-check forms (issue 19).
#
# Generates a RESULTS-item checklist and ENTERPRISES enterprises (scripts/gen-selfchecks.py),
# makes one blank form per enterprise with `checkup selfcheck template --format xlsx`, fills
# FORMS/ENTERPRISES copies of each (scripts/fill-forms.py: 自查时间 as a date serial, every 结果
# answered, notes on the fails), then for each of RUNS rounds imports the folder into a fresh
# database under /usr/bin/time -v and prints the time, forms/s and peak memory; a last round
# re-imports into the filled database (every form a duplicate: read, hashed as the self-check it
# stands for, skipped).
#
# Usage: scripts/bench-forms.sh                 (FORMS=2000 RESULTS=200 ENTERPRISES=500 RUNS=3)
#        FORMS=500 RUNS=1 scripts/bench-forms.sh
#        SCRATCH=.build-rel scripts/bench-forms.sh   (build in another scratch directory)
#        KEEP=1 scripts/bench-forms.sh               (keep the generated forms; the path is printed)
# Needs: python3, /usr/bin/time (package time).
# Goal (issue 19): 2,000 filled forms of 200 items imported in <= 20 s on the station machine.
set -euo pipefail

FORMS=${FORMS:-2000}
RESULTS=${RESULTS:-200}
ENTERPRISES=${ENTERPRISES:-500}
RUNS=${RUNS:-3}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
[ -x /usr/bin/time ] || { echo "bench-forms: /usr/bin/time is missing (apt-get install time)" >&2; exit 1; }

SCRATCH=${SCRATCH:-.build-release}
if [ -z "${CHECKUP_BIN:-}" ]; then
    echo "== building checkup (release)" >&2
    swift build -c release --scratch-path "$SCRATCH" --product checkup >&2
    BIN="$ROOT/$SCRATCH/release/checkup"
else
    BIN=$CHECKUP_BIN
fi

WORK=$(mktemp -d "${TMPDIR:-/tmp}/checkup-bench-forms.XXXXXX")
if [ -z "${KEEP:-}" ]; then trap 'rm -rf "$WORK"' EXIT; else echo "== keeping $WORK" >&2; fi
PER=$(( (FORMS + ENTERPRISES - 1) / ENTERPRISES ))
BLANKS=$(( (FORMS + PER - 1) / PER ))
echo "== generating a $RESULTS-item checklist, $BLANKS blank forms, $FORMS filled forms in $WORK" >&2
python3 scripts/gen-selfchecks.py --out "$WORK" --files 0 --results "$RESULTS" --enterprises "$ENTERPRISES" 2>/dev/null
SETUP_DB="$WORK/setup.sqlite"
"$BIN" enterprise import "$WORK/enterprises.csv" --database "$SETUP_DB" --catalog "$WORK/catalog" > /dev/null
mkdir -p "$WORK/blanks"
tail -n +2 "$WORK/enterprises.csv" | head -n "$BLANKS" | cut -d, -f1 | while read -r code; do
    "$BIN" selfcheck template --checklist bench --enterprise "$code" --format xlsx -o "$WORK/blanks/$code.xlsx" \
        --database "$SETUP_DB" --catalog "$WORK/catalog" 2>/dev/null
done
python3 scripts/fill-forms.py --blanks "$WORK/blanks" --out "$WORK/forms" --per-form "$PER"
# Exactly FORMS of them.
ls "$WORK/forms" | sort | tail -n +$((FORMS + 1)) | while read -r extra; do rm "$WORK/forms/$extra"; done
COUNT=$(ls "$WORK/forms" | wc -l)
MB=$(du -sm "$WORK/forms" | cut -f1)
cat "$WORK"/forms/* > /dev/null
echo "== $COUNT forms, ${MB} MB; checkup $("$BIN" --version 2>/dev/null || true); $(nproc) processors" >&2

times=()
for run in $(seq 1 "$RUNS"); do
    DB="$WORK/run-$run.sqlite"
    "$BIN" enterprise import "$WORK/enterprises.csv" --database "$DB" --catalog "$WORK/catalog" > /dev/null
    /usr/bin/time -v "$BIN" import "$WORK/forms" --database "$DB" --catalog "$WORK/catalog" \
        > "$WORK/import-$run.txt" 2> "$WORK/time-$run.txt" || { cat "$WORK/time-$run.txt" >&2; exit 1; }
    seconds=$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; print s }' "$WORK/time-$run.txt")
    cpu=$(awk -F': ' '/User time/ { u = $2 } /System time/ { s = $2 } END { print u + s }' "$WORK/time-$run.txt")
    rss=$(awk -F': ' '/Maximum resident set size/ { print $2 }' "$WORK/time-$run.txt")
    times+=("$seconds")
    echo "   run $run: $seconds s (${cpu} s CPU), $(awk -v n="$COUNT" -v s="$seconds" 'BEGIN { printf "%.0f", n / s }') forms/s, peak ${rss} KB: $(tail -1 "$WORK/import-$run.txt")" >&2
done
/usr/bin/time -v "$BIN" import "$WORK/forms" --database "$WORK/run-1.sqlite" --catalog "$WORK/catalog" \
    > "$WORK/rerun.txt" 2> "$WORK/time-rerun.txt"
rerun=$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; print s }' "$WORK/time-rerun.txt")
echo "   re-import (all duplicates): $rerun s: $(tail -1 "$WORK/rerun.txt")" >&2
median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }')
echo "bench-forms: $COUNT forms of $RESULTS items: median ${median} s over $RUNS runs (goal <= 20 s); re-import ${rerun} s"
