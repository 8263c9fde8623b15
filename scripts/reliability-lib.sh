# Shared by scripts/crash-test.sh, scripts/concurrency-test.sh and scripts/diskfull-test.sh
# (sourced, not run). Builds checkup, installs what the tests need, and gives small helpers.
#
# Environment:
#   CHECKUP_BIN   use this binary instead of building one
#   SCRATCH       SwiftPM scratch path for the build (default .build-reliability)
#   CONFIG        release (default) or debug

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

# Installs missing commands with apt-get (as root; else says what to install).
need_packages() {
    local missing=()
    command -v sqlite3 >/dev/null 2>&1 || missing+=(sqlite3)
    command -v python3 >/dev/null 2>&1 || missing+=(python3)
    pkg-config --exists libxml-2.0 2>/dev/null || missing+=(libxml2-dev)
    [ -f /usr/include/sqlite3.h ] || missing+=(libsqlite3-dev)
    [ ${#missing[@]} -eq 0 ] && return 0
    if [ "$(id -u)" = 0 ]; then
        echo "== installing ${missing[*]} with apt-get" >&2
        (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}") >&2
    else
        echo "missing packages: ${missing[*]} (install them with apt-get)" >&2
        exit 2
    fi
}

# Sets BIN to a built checkup.
build_checkup() {
    if [ -n "${CHECKUP_BIN:-}" ]; then
        BIN=$CHECKUP_BIN
        return 0
    fi
    local scratch=${SCRATCH:-.build-reliability} config=${CONFIG:-release}
    echo "== building checkup ($config, $scratch)" >&2
    (cd "$ROOT" && swift build -c "$config" --scratch-path "$scratch" --product checkup >&2)
    BIN=$(cd "$ROOT" && swift build -c "$config" --scratch-path "$scratch" --show-bin-path)/checkup
    [ -x "$BIN" ] || { echo "no binary at $BIN" >&2; exit 2; }
}

# A catalog holding the shipped checklists, their schemas, and (when given) more checklists.
# make_catalog DIR [EXTRA.xml...]
make_catalog() {
    local dir=$1
    shift
    mkdir -p "$dir"
    cp -r "$ROOT/checklists/." "$dir/"
    for extra in "$@"; do cp "$extra" "$dir/"; done
}

# integrity DB: prints the result of PRAGMA integrity_check ("ok" when sound).
integrity() {
    sqlite3 -bail "$1" "PRAGMA integrity_check;" 2>&1 | tr '\n' ' ' | sed 's/ $//'
}

# Random integer in [0, N).
rand_below() {
    echo $(( (RANDOM * 32768 + RANDOM) % $1 ))
}

# Copies the binary into DIR and uses the copy, so a rebuild while the test runs (by you or by
# someone else working in the same tree) cannot swap it out underneath.
snapshot_binary() {
    cp "$BIN" "$1/checkup" && BIN=$1/checkup
}

# The ids of gm-general's items that apply to a machinery (机械) enterprise, one a line.
machinery_items() {
    "$1" checklist show gm-general --format json | python3 -c '
import json, sys
def walk(sections):
    for s in sections:
        yield from s.get("items", [])
        yield from walk(s.get("sections", []))
for item in walk(json.load(sys.stdin)["sections"]):
    if not item["industries"] or "机械" in item["industries"]:
        print(item["id"])'
}
