#!/usr/bin/env bash
# Benchmark of `checkup enterprise import`: generates a township list of ROWS enterprises with
# valid credit codes (python3), imports it RUNS times into a fresh database and once more into
# the filled one (every row an update), and prints rows/s for each run.
#
# Usage: scripts/bench-enterprise-import.sh          (ROWS=50000 RUNS=3 by default)
#        ROWS=200000 RUNS=1 scripts/bench-enterprise-import.sh
#        SCRATCH=.build-rel scripts/bench-enterprise-import.sh   (another scratch directory)
#        CHECKUP_BIN=path/to/checkup scripts/bench-enterprise-import.sh   (skip the build)
# Goal (issue 14, item 18): at least 50,000 rows/s, all rows in one transaction.
set -euo pipefail

ROWS=${ROWS:-50000}
RUNS=${RUNS:-3}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
command -v python3 >/dev/null || { echo "bench-enterprise-import: python3 is needed" >&2; exit 2; }

if [ -z "${CHECKUP_BIN:-}" ]; then
    echo "== building checkup (release)" >&2
    SCRATCH=${SCRATCH:-.build-release}
    swift build -c release --scratch-path "$SCRATCH" --product checkup >&2
    CHECKUP_BIN="$ROOT/$SCRATCH/release/checkup"
fi

WORK=$(mktemp -d "${TMPDIR:-/tmp}/checkup-bench-enterprises.XXXXXX")
if [ -z "${KEEP:-}" ]; then trap 'rm -rf "$WORK"' EXIT; fi
cp "$CHECKUP_BIN" "$WORK/checkup"
BIN="$WORK/checkup"
mkdir -p "$WORK/catalog"

CSV="$WORK/enterprises.csv"
python3 - "$ROWS" "$CSV" <<'PY'
import random, sys
rows, path = int(sys.argv[1]), sys.argv[2]
alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY"
weights = [pow(3, i, 31) for i in range(17)]
townships = ["孝顺镇", "傅村镇", "曹宅镇", "澧浦镇", "岭下镇", "江东镇", "塘雅镇", "赤松镇"]
industries = ["机械", "化工", "纺织", "五金", "食品", "建材", ""]
random.seed(14)
with open(path, "w", encoding="utf-8", newline="") as out:
    out.write("统一社会信用代码,企业名称,乡镇,行业,地址,联系人\n")
    for n in range(rows):
        body = "91330703" + "".join(random.choice(alphabet) for _ in range(9))
        body = body[:8] + f"{n:09d}"[-9:] if n % 2 else body   # unique, half of them by number
        check = alphabet[(31 - sum(alphabet.index(c) * w for c, w in zip(body, weights)) % 31) % 31]
        town = townships[n % len(townships)]
        out.write(f"{body}{check},金华市{town}第{n}号五金制品有限公司,{town},{industries[n % len(industries)]},"
                  f"\"{town}工业区{n % 300}号, 2幢\",王{n % 97}\n")
PY
BYTES=$(wc -c < "$CSV")
echo "== $ROWS rows, $(awk -v b="$BYTES" 'BEGIN { printf "%.1f", b / 1048576 }') MB: $CSV" >&2

now() { date +%s.%N; }
run() { # label database
    local start end seconds
    start=$(now)
    "$BIN" enterprise import "$CSV" --database "$2" --catalog "$WORK/catalog" > "$WORK/out.txt"
    end=$(now)
    seconds=$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.3f", b - a }')
    echo "   $1: $seconds s, $(awk -v r="$ROWS" -v s="$seconds" 'BEGIN { printf "%d", r / s }') rows/s — $(tail -1 "$WORK/out.txt")"
}
for n in $(seq 1 "$RUNS"); do
    rm -f "$WORK/station.sqlite"*
    run "run $n (fresh database)" "$WORK/station.sqlite"
done
run "into the filled database (every row an update)" "$WORK/station.sqlite"
