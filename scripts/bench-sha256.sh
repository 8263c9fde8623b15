#!/usr/bin/env bash
# Throughput of CheckupCore's SHA-256 (Sources/CheckupCore/SHA256.swift, with the SHA-instruction
# block function in Sources/CSHA256 where the revision has it), next to sha256sum.
#
# Compiles SHA256.swift on its own as a release (-O, whole-module) library module, the way
# SwiftPM builds CheckupCore (and sha256.c with clang -O2 as SwiftPM does), plus a small driver
# in a second module (callers such as SelfCheckPipeline are in other modules too). The driver
# hashes PIECES pieces of PIECE_KB KiB (150 MiB by default, ~ the 10,000 self-check files of the
# import benchmark) with `SHA256.hex(bytes)`, as the import does per file, and prints the best
# MB/s (10^6 bytes/s) of RUNS rounds; where the revision has both compressions it prints the
# portable Swift one too, on the same pieces. It then times `sha256sum` on the same bytes written
# to one file (in the page cache) for reference, and checks that all agree on the digest.
#
# Usage: scripts/bench-sha256.sh           the working tree's SHA256.swift
#        scripts/bench-sha256.sh REV       SHA256.swift as of git revision REV (e.g. main)
#        PIECES=2000 RUNS=3 scripts/bench-sha256.sh
set -euo pipefail

PIECES=${PIECES:-10000}
PIECE_KB=${PIECE_KB:-15}
RUNS=${RUNS:-5}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

if [ $# -ge 1 ]; then
    git -C "$ROOT" show "$1:Sources/CheckupCore/SHA256.swift" > "$WORK/SHA256.swift"
    if git -C "$ROOT" cat-file -e "$1:Sources/CSHA256/sha256.c" 2>/dev/null; then
        mkdir -p "$WORK/CSHA256"
        git -C "$ROOT" show "$1:Sources/CSHA256/sha256.c" > "$WORK/CSHA256/sha256.c"
        git -C "$ROOT" show "$1:Sources/CSHA256/include/csha256.h" > "$WORK/CSHA256/csha256.h"
    fi
    LABEL="SHA256.swift at $1"
else
    cp "$ROOT/Sources/CheckupCore/SHA256.swift" "$WORK/SHA256.swift"
    if [ -f "$ROOT/Sources/CSHA256/sha256.c" ]; then
        mkdir -p "$WORK/CSHA256"
        cp "$ROOT/Sources/CSHA256/sha256.c" "$ROOT/Sources/CSHA256/include/csha256.h" "$WORK/CSHA256/"
    fi
    LABEL="SHA256.swift (working tree)"
fi
# Revisions with both compressions can be asked for the portable one.
PORTABLE_FLAG=()
grep -q 'init(portable: Bool)' "$WORK/SHA256.swift" && PORTABLE_FLAG=(-D PORTABLE)

cat > "$WORK/main.swift" <<'SWIFT'
import Foundation
import CheckupSHA

let env = ProcessInfo.processInfo.environment
let pieces = Int(env["PIECES"] ?? "") ?? 10_000
let pieceBytes = (Int(env["PIECE_KB"] ?? "") ?? 15) * 1024
let runs = Int(env["RUNS"] ?? "") ?? 5
let outPath = CommandLine.arguments[1]

// Deterministic, incompressible-looking bytes (xorshift), one array per "file".
var seed: UInt64 = 0x9E37_79B9_7F4A_7C15
var files: [[UInt8]] = []
files.reserveCapacity(pieces)
for _ in 0..<pieces {
    files.append([UInt8](unsafeUninitializedCapacity: pieceBytes) { buffer, count in
        for i in 0..<pieceBytes {
            seed ^= seed << 13; seed ^= seed >> 7; seed ^= seed << 17
            buffer[i] = UInt8(truncatingIfNeeded: seed >> 32)
        }
        count = pieceBytes
    })
}
let total = Double(pieces * pieceBytes)

var sink = 0
func measure(_ label: String, _ hash: ([UInt8]) -> String) {
    var best = Double.infinity
    for _ in 0..<runs {
        let start = ContinuousClock.now
        for file in files { sink &+= Int(hash(file).utf8.first ?? 0) }
        let elapsed = ContinuousClock.now - start
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
        best = min(best, seconds)
    }
    print(String(format: "%@ %8.1f MB/s  (%.1f µs per %d-byte piece, best of %d)",
                 label, total / best / 1e6, best / Double(pieces) * 1e6, pieceBytes, runs))
}
measure("swift  ") { SHA256.hex($0) }
#if PORTABLE
measure("portable") { bytes in
    var hasher = SHA256Hasher(portable: true)
    hasher.update(bytes)
    return SHA256.hexEncoded(hasher.finalize())
}
#endif

var whole = SHA256Hasher()
_ = FileManager.default.createFile(atPath: outPath, contents: nil)
let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: outPath))
for file in files {
    whole.update(file)
    try handle.write(contentsOf: file)
}
try handle.close()
print("digest  \(SHA256.hexEncoded(whole.finalize()))  (sink \(sink & 1))")
#if PORTABLE
var portableWhole = SHA256Hasher(portable: true)
for file in files { portableWhole.update(file) }
print("portable-digest  \(SHA256.hexEncoded(portableWhole.finalize()))")
#endif
SWIFT

echo "== $LABEL: compiling (-O, whole-module)" >&2
C_FLAGS=()
C_LINK=()
if [ -d "$WORK/CSHA256" ]; then
    printf 'module CSHA256 {\n    header "csha256.h"\n    export *\n}\n' > "$WORK/CSHA256/module.modulemap"
    clang -O2 -c -I "$WORK/CSHA256" "$WORK/CSHA256/sha256.c" -o "$WORK/csha256.o"
    C_FLAGS=(-I "$WORK/CSHA256")
    C_LINK=("$WORK/csha256.o")
fi
(cd "$WORK" &&
    swiftc -O -wmo -parse-as-library -module-name CheckupSHA -package-name checkup -emit-module -emit-library -static \
        "${C_FLAGS[@]}" SHA256.swift -o libCheckupSHA.a &&
    swiftc -O -wmo -package-name checkup "${PORTABLE_FLAG[@]}" "${C_FLAGS[@]}" -I . -L . -lCheckupSHA main.swift \
        "${C_LINK[@]}" -o bench)

echo "== hashing $PIECES pieces of $PIECE_KB KiB, $RUNS rounds" >&2
OUT=$(PIECES=$PIECES PIECE_KB=$PIECE_KB RUNS=$RUNS "$WORK/bench" "$WORK/data.bin")
echo "$OUT" | grep -E '^(swift|portable) '
SWIFT_DIGEST=$(echo "$OUT" | awk '/^digest/ {print $2}')
PORTABLE_DIGEST=$(echo "$OUT" | awk '/^portable-digest/ {print $2}')
if [ -n "$PORTABLE_DIGEST" ] && [ "$PORTABLE_DIGEST" != "$SWIFT_DIGEST" ]; then
    echo "DIGEST MISMATCH: default $SWIFT_DIGEST, portable $PORTABLE_DIGEST" >&2
    exit 1
fi

BYTES=$(stat -c %s "$WORK/data.bin")
cat "$WORK/data.bin" > /dev/null
BEST=
for _ in $(seq "$RUNS"); do
    START=$(date +%s%N)
    SUM_DIGEST=$(sha256sum "$WORK/data.bin" | cut -d' ' -f1)
    END=$(date +%s%N)
    NS=$((END - START))
    if [ -z "$BEST" ] || [ "$NS" -lt "$BEST" ]; then BEST=$NS; fi
done
awk -v b="$BYTES" -v ns="$BEST" -v r="$RUNS" \
    'BEGIN { printf "sha256sum %6.1f MB/s  (one %d-byte file in the page cache, best of %d)\n", b / (ns / 1e9) / 1e6, b, r }'
if [ "$SWIFT_DIGEST" = "$SUM_DIGEST" ]; then
    echo "digests agree: $SUM_DIGEST"
else
    echo "DIGEST MISMATCH: swift $SWIFT_DIGEST, sha256sum $SUM_DIGEST" >&2
    exit 1
fi
