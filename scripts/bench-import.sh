#!/usr/bin/env bash
# Benchmark of `checkup import` against `xmllint --stream --noout` on the same files, same run.
#
# Generates FILES self-check files of RESULTS answers each (Chinese notes on most answers)
# against a generated RESULTS-item checklist in a temporary catalog (a copy of
# checklists/schema/), builds checkup in release mode, then for each of RUNS rounds:
#   - xmllint --stream --noout over every file (parse only, no schema), and
#   - checkup import of the whole directory into a fresh database (parse + validate + check +
#     store), under /usr/bin/time -v for the peak resident set size,
# and prints files/s, MB/s, peak memory, and the ratio of import throughput to xmllint's: the
# median of each round's own ratio (the two timings of a round are seconds apart, so the ratio
# holds still while this shared machine's speed drifts by ±15 % between rounds), beside the
# ratio of the median times.
# Then bench-import-stages times one reading thread's work, step by step, on STAGE_FILES files.
# A last round re-imports into the filled database (every file a duplicate).
#
# Usage: scripts/bench-import.sh            (FILES=10000 RESULTS=200 RUNS=3 by default)
#        FILES=2000 RUNS=1 scripts/bench-import.sh
#        KEEP=1 scripts/bench-import.sh     (keep the generated corpus; its path is printed)
#        SCRATCH=.build-rel scripts/bench-import.sh   (build in another scratch directory)
#        BASELINE=/path/to/other/checkup scripts/bench-import.sh
#            (also imports with another build, e.g. the previous commit's, in every round right
#            after this one, on the same corpus, and compares the two: a before/after in one run)
# Needs: python3, xmllint (package libxml2-utils), /usr/bin/time (package time).
# Goal (issue 5): import >= 40% of xmllint's throughput, peak memory < 100 MB.
set -euo pipefail

FILES=${FILES:-10000}
RESULTS=${RESULTS:-200}
RUNS=${RUNS:-3}
THREADS=${THREADS:-}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"

need() {
    if ! command -v "$1" >/dev/null 2>&1; then
        echo "bench-import: $1 is missing; installing $2 with apt-get" >&2
        if [ "$(id -u)" = 0 ]; then apt-get install -y "$2" >&2; else sudo apt-get install -y "$2" >&2; fi
    fi
}
need xmllint libxml2-utils
need python3 python3
[ -x /usr/bin/time ] || need /usr/bin/time time

echo "== building checkup (release)" >&2
SCRATCH=${SCRATCH:-.build-release}
swift build -c release --scratch-path "$SCRATCH" >&2
BIN="$ROOT/$SCRATCH/release/checkup"

WORK=$(mktemp -d "${TMPDIR:-/tmp}/checkup-bench.XXXXXX")
if [ -z "${KEEP:-}" ]; then trap 'rm -rf "$WORK"' EXIT; fi
echo "== generating $FILES files x $RESULTS results in $WORK" >&2
python3 scripts/gen-selfchecks.py --out "$WORK" --files "$FILES" --results "$RESULTS"

LIST="$WORK/files.txt"
find "$WORK/files" -name '*.xml' | sort > "$LIST"
BYTES=$(xargs -a "$LIST" cat | wc -c)
MB=$(awk -v b="$BYTES" 'BEGIN { printf "%.1f", b / 1048576 }')
# Warm the page cache so both readers start from memory.
xargs -a "$LIST" cat > /dev/null

now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.3f", b - a }'; }
median() { sort -g | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

xml_times=()
xml_cpu=()
imp_times=()
imp_cpu=()
imp_rss=()
ratios=()
base_times=()
base_cpu=()
base_ratios=()
cpu_of() { awk -F: '/User time|System time/ { s += $2 } END { printf "%.2f", s }' "$1"; }
for run in $(seq 1 "$RUNS"); do
    start=$(now)
    /usr/bin/time -v -o "$WORK/xmllint-$run.txt" xargs -a "$LIST" xmllint --stream --noout
    end=$(now)
    xml_times+=("$(elapsed "$start" "$end")")
    xml_cpu+=("$(cpu_of "$WORK/xmllint-$run.txt")")

    DB="$WORK/station-$run.sqlite"
    "$BIN" enterprise import "$WORK/enterprises.csv" --database "$DB" --catalog "$WORK/catalog" > /dev/null
    start=$(now)
    env ${THREADS:+CHECKUP_IMPORT_THREADS=$THREADS} /usr/bin/time -v -o "$WORK/time-$run.txt" \
        "$BIN" import "$WORK/files" --database "$DB" --catalog "$WORK/catalog" > "$WORK/import-$run.txt"
    end=$(now)
    imp_times+=("$(elapsed "$start" "$end")")
    imp_rss+=("$(awk -F: '/Maximum resident set size/ { gsub(/ /, "", $2); print $2 }' "$WORK/time-$run.txt")")
    imp_cpu+=("$(cpu_of "$WORK/time-$run.txt")")
    tail -1 "$WORK/import-$run.txt" >&2
    ratios+=("$(awk -v x="${xml_times[-1]}" -v i="${imp_times[-1]}" 'BEGIN { printf "%.1f", 100 * x / i }')")
    echo "   run $run: xmllint ${xml_times[-1]} s (${xml_cpu[-1]} s CPU), import ${imp_times[-1]} s (${imp_cpu[-1]} s CPU), peak ${imp_rss[-1]} KB, ratio ${ratios[-1]} %" >&2
    if [ -n "${BASELINE:-}" ]; then
        BDB="$WORK/baseline-$run.sqlite"
        "$BASELINE" enterprise import "$WORK/enterprises.csv" --database "$BDB" --catalog "$WORK/catalog" > /dev/null
        start=$(now)
        env ${THREADS:+CHECKUP_IMPORT_THREADS=$THREADS} /usr/bin/time -v -o "$WORK/base-time-$run.txt" \
            "$BASELINE" import "$WORK/files" --database "$BDB" --catalog "$WORK/catalog" > "$WORK/base-import-$run.txt"
        end=$(now)
        base_times+=("$(elapsed "$start" "$end")")
        base_cpu+=("$(cpu_of "$WORK/base-time-$run.txt")")
        base_ratios+=("$(awk -v b="${base_times[-1]}" -v i="${imp_times[-1]}" 'BEGIN { printf "%.1f", 100 * i / b }')")
        echo "   run $run: baseline import ${base_times[-1]} s (${base_cpu[-1]} s CPU); this build takes ${base_ratios[-1]} % of its time" >&2
        if ! cmp -s "$WORK/import-$run.txt" "$WORK/base-import-$run.txt"; then
            echo "   run $run: the two builds printed different import output" >&2
        fi
    fi
done

# Rerun on the last database: every file is a duplicate.
start=$(now)
/usr/bin/time -v -o "$WORK/time-rerun.txt" \
    "$BIN" import "$WORK/files" --database "$DB" --catalog "$WORK/catalog" > "$WORK/import-rerun.txt"
end=$(now)
rerun=$(elapsed "$start" "$end")
rerun_rss=$(awk -F: '/Maximum resident set size/ { gsub(/ /, "", $2); print $2 }' "$WORK/time-rerun.txt")
rerun_cpu=$(cpu_of "$WORK/time-rerun.txt")

xml=$(printf '%s\n' "${xml_times[@]}" | median)
imp=$(printf '%s\n' "${imp_times[@]}" | median)
xcpu=$(printf '%s\n' "${xml_cpu[@]}" | median)
icpu=$(printf '%s\n' "${imp_cpu[@]}" | median)
load=$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo "?")
rss=$(printf '%s\n' "${imp_rss[@]}" | sort -n | tail -1)
paired=$(printf '%s\n' "${ratios[@]}" | median)
rounds=$(printf '%s %%, ' "${ratios[@]}")
rows=$(sqlite3 "$DB" 'SELECT COALESCE(sum(json_array_length(answers)), 0) FROM selfcheck_answers' 2>/dev/null || echo "?")

awk -v files="$FILES" -v mb="$MB" -v xml="$xml" -v imp="$imp" -v rss="$rss" -v rerun="$rerun" \
    -v rerun_rss="$rerun_rss" -v runs="$RUNS" -v cores="$(nproc)" -v rows="$rows" -v xcpu="$xcpu" -v icpu="$icpu" \
    -v rcpu="$rerun_cpu" -v load="$load" -v paired="$paired" -v rounds="${rounds%, }" 'BEGIN {
    printf "\ncorpus: %d files, %.1f MB (median of %d runs, %d cores, load average %s)\n", files, mb, runs, cores, load
    printf "%-36s %8s %8s %9s %8s %10s\n", "", "seconds", "CPU s", "files/s", "MB/s", "peak RSS"
    printf "%-36s %8.2f %8.2f %9.0f %8.1f %10s\n", "xmllint --stream --noout", xml, xcpu, files / xml, mb / xml, "-"
    printf "%-36s %8.2f %8.2f %9.0f %8.1f %7.1f MB\n", "checkup import (fresh database)", imp, icpu, files / imp, mb / imp, rss / 1024
    printf "%-36s %8.2f %8.2f %9.0f %8.1f %7.1f MB\n", "checkup import (rerun: all duplicates)", rerun, rcpu, files / rerun, mb / rerun, rerun_rss / 1024
    printf "\nimport / xmllint throughput: %.0f%% (goal >= 40%%): the median of the rounds'"'"' own ratios\n", paired
    printf "  (each round times xmllint and the import back to back: %s); ratio of the medians: %.0f%%\n", rounds, 100 * xml / imp
    bound = 100 * xcpu * cores / icpu
    printf "import / xmllint, CPU seconds: %.0f%%; upper bound on %d idle cores with perfect overlap: %.0f%%\n", 100 * xcpu / icpu, cores, bound
    printf "peak memory: %.1f MB (goal < 100 MB)\n", rss / 1024
    printf "self-check answers stored: %s\n", rows
}'
if [ -n "${BASELINE:-}" ]; then
    base=$(printf '%s\n' "${base_times[@]}" | median)
    bcpu=$(printf '%s\n' "${base_cpu[@]}" | median)
    bpaired=$(printf '%s\n' "${base_ratios[@]}" | median)
    awk -v files="$FILES" -v mb="$MB" -v base="$base" -v bcpu="$bcpu" -v imp="$imp" -v paired="$bpaired" \
        -v rounds="$(printf '%s %%, ' "${base_ratios[@]}")" -v bin="$BASELINE" 'BEGIN {
        printf "\nbaseline %s\n", bin
        printf "%-36s %8.2f %8.2f %9.0f %8.1f\n", "baseline import (fresh database)", base, bcpu, files / base, mb / base
        printf "this build / baseline, time: %.1f%% (median of the rounds'"'"' own ratios: %s); ratio of the medians: %.1f%%\n",
            paired, rounds, 100 * imp / base
    }'
fi
# Where a reading thread's time goes, stage by stage (one thread, files in memory).
echo
head -n "${STAGE_FILES:-2000}" "$LIST" > "$WORK/stage-files.txt"
"$ROOT/$SCRATCH/release/bench-import-stages" "$WORK/catalog" "$WORK/stage-files.txt" 3
if [ -n "${KEEP:-}" ]; then echo "corpus kept in $WORK" >&2; fi
