#!/usr/bin/env bash
# Build one fuzz target with libFuzzer and AddressSanitizer and run it.
#   scripts/fuzz.sh TARGET SECONDS     TARGET: checklist | selfcheck | enterprise-csv | parsers | template | store-rows
# The seed corpus is assembled from the shipped checklists, the samples and the test fixtures
# (hostile files included); what the fuzzer adds stays in .fuzz/TARGET/corpus between runs.
# A crash, leak, hang or out-of-memory leaves its input in Fuzz/findings/TARGET/ and exits 1:
# fix it, then move the input to Fuzz/regressions/TARGET/ where the test suite replays it.
set -euo pipefail
cd "$(dirname "$0")/.."
target=${1:?usage: scripts/fuzz.sh TARGET SECONDS}
seconds=${2:?usage: scripts/fuzz.sh TARGET SECONDS}
[ -d "Fuzz/$target" ] || { echo "no fuzz target '$target' (have: $(ls Fuzz | grep -v -e regressions -e findings -e dict | tr '\n' ' '))" >&2; exit 2; }

# Debug build: optimised code merges comparisons that libFuzzer then cannot solve. The coverage
# flags are spelled out: with --sanitize=fuzzer alone, builds here have come out uninstrumented.
scratch=".build-fuzz/$target"
swift build -c debug --scratch-path "$scratch" --product "fuzz-$target" \
  --sanitize=fuzzer --sanitize=address -Xswiftc -DFUZZING \
  -Xswiftc -sanitize-coverage=edge,inline-8bit-counters,pc-table,trace-cmp >&2
binary="$scratch/debug/fuzz-$target"
probe=$("$binary" -runs=0 2>&1 || true)
if ! grep -q "inline 8-bit counters" <<< "$probe"; then
  echo "fuzz-$target was built without coverage instrumentation; libFuzzer would fuzz blind" >&2
  exit 1
fi

work=".fuzz/$target"
corpus="$work/corpus"
findings="Fuzz/findings/$target"
mkdir -p "$corpus" "$findings"
seed() { for f in "$@"; do [ -f "$f" ] && cp -n "$f" "$corpus/seed-$(basename "$f")" 2>/dev/null || true; done; }
case "$target" in
  checklist)
    seed checklists/*.xml Tests/CheckupXMLTests/Fixtures/*.xml Tests/CheckupCLITests/Fixtures/*.xml Tests/CheckupStoreTests/Fixtures/*.xml ;;
  selfcheck)
    seed samples/selfchecks/*.xml Tests/CheckupXMLTests/Fixtures/*.xml $(find Tests -path '*selfcheck*' -name '*.xml' 2>/dev/null) ;;
  enterprise-csv)
    seed samples/enterprises.csv Tests/CheckupXMLTests/Fixtures/not-xml.csv
    printf 'credit_code,name,township\n"91350100M000100Y43","甲,公司",孝顺镇\n' > "$corpus/seed-quoted.csv" ;;
  parsers)
    for s in 2026-11-29 2026-11-29T09:30 2026-11-29T09:30:00.123+08:00 2026-02-30 91350100M000100Y43 91350100m000100y4３; do
      printf '%s' "$s" > "$corpus/seed-$(printf '%s' "$s" | md5sum | cut -c1-8)"
    done ;;
  template)
    seed Sources/CheckupReports/Templates/*.mustache Fuzz/regressions/template/* ;;
  store-rows)
    # Mutations of a small valid station database (see Fuzz/store-rows): the reproducers, and
    # one mutation of each kind on a hazard's found_at.
    seed Fuzz/regressions/store-rows/*
    for kind in 0 1 2 3 4 5; do printf "\\x05\\x0d\\x00\\x0$kind\\x02\\x0a\\x00" > "$corpus/seed-kind-$kind"; done ;;
esac
dict=()
[ -f "Fuzz/dict/$target.dict" ] && dict=(-dict="Fuzz/dict/$target.dict")

echo "fuzzing $target for ${seconds}s (corpus $(ls "$corpus" | wc -l) files)" >&2
set +e
"$binary" "$corpus" "${dict[@]}" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
  -artifact_prefix="$findings/" -print_final_stats=1 2> "$work/last.log"
status=$?
set -e
tail -n 12 "$work/last.log" >&2
if [ $status -ne 0 ] || ls "$findings" | grep -q .; then
  echo "FINDING: see $findings/ and $work/last.log" >&2
  exit 1
fi
echo "no findings in ${seconds}s" >&2
