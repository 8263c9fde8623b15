#!/usr/bin/env bash
# Run the whole test suite under AddressSanitizer and/or ThreadSanitizer.
#   scripts/sanitize.sh [address|thread|all]      (default: all)
#   SANITIZE_SKIP=REGEX scripts/sanitize.sh thread  (tests to leave out, as `swift test --skip`)
# Each sanitizer builds into its own scratch path (.build-asan, .build-tsan) so the builds do not
# invalidate each other or the plain .build. The CLI end-to-end tests spawn the `checkup` binary
# from the same build, so it runs instrumented too. Exits non-zero if any run fails; prints the
# build and test time of each.
# ThreadSanitizer reads scripts/tsan.supp when present (races inside system libraries, never
# ours; every entry says why).
# LeakSanitizer is off (detect_leaks=0): on Linux it cannot follow the bit-packed side-table
# pointers of Swift objects, so it reports cycles of live Foundation objects as leaks; even an
# XCTest run of zero tests "leaks" (swift-corelibs-xctest#521, #342). A run with it on here gave
# 0 direct leaks and 5000+ indirect ones, all rooted in Foundation Process/FileHandle objects that
# the CLI test helper creates, none with a frame in Sources/. Set ASAN_OPTIONS to override.
set -uo pipefail
cd "$(dirname "$0")/.."
mode=${1:-all}
case "$mode" in
  address) sanitizers=(address) ;;
  thread)  sanitizers=(thread) ;;
  all)     sanitizers=(address thread) ;;
  *) echo "usage: scripts/sanitize.sh [address|thread|all]" >&2; exit 2 ;;
esac

export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=0:halt_on_error=1}"
supp="$PWD/scripts/tsan.supp"
tsan_opts="halt_on_error=0:second_deadlock_stack=1"
[ -f "$supp" ] && tsan_opts="suppressions=$supp:$tsan_opts"
export TSAN_OPTIONS="${TSAN_OPTIONS:-$tsan_opts}"

failed=()
summary=()
for s in "${sanitizers[@]}"; do
  case "$s" in address) scratch=.build-asan ;; thread) scratch=.build-tsan ;; esac
  log="$scratch/sanitize-$s.log"
  mkdir -p "$scratch"
  echo "== $s: building into $scratch" >&2
  t0=$(date +%s)
  swift build --build-tests --sanitize="$s" --scratch-path "$scratch" 2>&1 | tee "$log" >&2
  build_status=${PIPESTATUS[0]}
  t1=$(date +%s)
  test_status=1
  if [ "$build_status" -eq 0 ]; then
    echo "== $s: testing" >&2
    skip=()
    [ -n "${SANITIZE_SKIP:-}" ] && skip=(--skip "$SANITIZE_SKIP")
    swift test --skip-build --sanitize="$s" --scratch-path "$scratch" "${skip[@]}" 2>&1 | tee -a "$log" >&2
    test_status=${PIPESTATUS[0]}
  fi
  t2=$(date +%s)
  # A sanitizer report in a spawned child (the CLI tests) or one that did not fail the run.
  reports=$(grep -cE '^(==[0-9]+==ERROR: (Address|Leak)Sanitizer|WARNING: ThreadSanitizer)' "$log" || true)
  line="$s: build $((t1 - t0))s, tests $((t2 - t1))s, build exit $build_status, test exit $test_status, sanitizer reports $reports"
  summary+=("$line")
  if [ "$build_status" -ne 0 ] || [ "$test_status" -ne 0 ] || [ "$reports" -ne 0 ]; then
    failed+=("$s")
  fi
done

echo >&2
printf '%s\n' "${summary[@]}" >&2
if [ ${#failed[@]} -gt 0 ]; then
  echo "FAILED under: ${failed[*]} (logs in .build-asan/, .build-tsan/)" >&2
  exit 1
fi
echo "sanitizers clean: ${sanitizers[*]}" >&2
