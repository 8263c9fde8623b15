#!/usr/bin/env bash
# Checks that the modules keep to the house's layering and that every import is declared.
#
# Reads the declared target dependencies from `swift package dump-package`, then every
# `import X` line (also `@testable import`, `@_exported import`, `import struct X.Y`, imports
# inside `#if`) of each target's Swift files, and fails with one line per finding when:
#   - a target imports a first-party module or a package's module it does not declare in
#     Package.swift (compiling through another target's dependency is not declaring it);
#   - a module imports, or declares, a first-party module at the same or a higher layer;
#   - an import names a module that is neither a target, a declared product's module nor a
#     known system module.
# Layers, low to high (a module may use only those below it):
#   CLibXML2 < CheckupSupport < CheckupXML < CheckupCore < CheckupStore < CheckupReports
#   < CheckupImport < CheckupServer < checkup < every other executable and test target.
# CheckupReports renders values: it must not use CheckupStore either (a rule of its own).
#
# Usage: scripts/check-deps.sh        (exit 0: clean; 1: findings, each on its own line)
# Needs: swift, python3.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"

# dump-package waits for a running build's lock; give it a scratch path of its own.
MANIFEST=$(swift package --scratch-path "${CHECK_DEPS_SCRATCH:-.build-deps}" dump-package)

python3 - "$MANIFEST" <<'PY'
import json, os, re, sys

manifest = json.loads(sys.argv[1])

# First-party library layers, low to high. Absent targets (CheckupSupport, CheckupServer until
# they exist) are tolerated.
LAYERS = ["CLibXML2", "CheckupSupport", "CheckupXML", "CheckupCore", "CheckupStore", "CheckupReports",
          "CheckupImport", "CheckupServer", "checkup"]
# Pairs that the layers alone would allow but the design does not.
FORBIDDEN = {
    ("CheckupReports", "CheckupStore"): "reports render values from CheckupCore; reads belong to the store's queries",
}
# Findings tolerated for now, each with the change that removes it. Delete a line when it lands.
ALLOWED = set()
# Modules of the toolchain and the platform: always allowed.
SYSTEM = {
    "Foundation", "FoundationEssentials", "FoundationInternationalization", "FoundationNetworking",
    "FoundationXML", "CoreFoundation", "Glibc", "Musl", "Darwin", "Android", "Bionic", "WinSDK", "ucrt",
    "WASILibc", "Dispatch", "Synchronization", "Observation", "Distributed", "RegexBuilder",
    "_Concurrency", "_StringProcessing", "Swift", "SwiftShims", "Testing", "XCTest", "os", "PackageDescription",
}
# Modules a product brings besides its own name.
PRODUCT_MODULES = {
    "GRDB": {"GRDB", "GRDBSQLite"},
    "ArgumentParser": {"ArgumentParser"},
    "Crypto": {"Crypto"},
    "Mustache": {"Mustache"},
    "ZIPFoundation": {"ZIPFoundation"},
}

targets = {t["name"]: t for t in manifest["targets"]}
rank = {name: index for index, name in enumerate(LAYERS)}
TOP = len(LAYERS)  # executables and tests not in LAYERS

def layer(name):
    return rank.get(name, TOP)

def source_dir(target):
    if target.get("path"):
        return target["path"]
    base = "Tests" if target["type"] == "test" else "Sources"
    return os.path.join(base, target["name"])

def declared(target):
    """(first-party targets, modules of declared products) of a target."""
    own, external = set(), set()
    for dependency in target.get("dependencies", []):
        kind, value = next(iter(dependency.items()))
        name = value[0]
        if kind == "product":
            external |= PRODUCT_MODULES.get(name, {name})
        elif name in targets:
            own.add(name)
        else:
            external |= PRODUCT_MODULES.get(name, {name})
    return own, external

IMPORT = re.compile(r"^\s*(?:@\w+(?:\([^)]*\))?\s+)*(?:(?:public|package|internal|fileprivate|private)\s+)?"
                    r"import\s+(?:(?:typealias|struct|class|enum|protocol|let|var|func)\s+)?([A-Za-z_][A-Za-z0-9_]*)")

findings = []
def report(where, message, pair=None):
    if pair is not None and pair in ALLOWED:
        return
    findings.append(f"{where}: {message}")

for name, target in sorted(targets.items()):
    own, external = declared(target)
    for dependency in sorted(own):
        if name in rank and layer(dependency) >= layer(name):
            report("Package.swift", f"{name} declares {dependency}, which is at the same or a higher layer",
                   (name, dependency))
        elif (name, dependency) in FORBIDDEN:
            report("Package.swift", f"{name} declares {dependency}: {FORBIDDEN[(name, dependency)]}", (name, dependency))
    if target["type"] == "system":
        continue
    directory = source_dir(target)
    for root, _, files in os.walk(directory):
        for file in sorted(files):
            if not file.endswith(".swift"):
                continue
            path = os.path.join(root, file)
            with open(path, encoding="utf-8") as handle:
                for number, line in enumerate(handle, 1):
                    match = IMPORT.match(line)
                    if not match:
                        continue
                    module = match.group(1)
                    where = f"{path}:{number}"
                    if module == name or module in SYSTEM:
                        continue
                    if module in targets or module in LAYERS:
                        if module not in own:
                            report(where, f"{name} imports {module} without declaring it in Package.swift")
                        if name in rank and layer(module) >= layer(name):
                            report(where, f"{name} imports {module}, which is at the same or a higher layer",
                                   (name, module))
                        elif (name, module) in FORBIDDEN:
                            report(where, f"{name} imports {module}: {FORBIDDEN[(name, module)]}", (name, module))
                    elif module not in external:
                        report(where, f"{name} imports {module}, which is not among its declared dependencies "
                                      f"(nor a known system module)")

for finding in findings:
    print(f"check-deps: {finding}")
if findings:
    print(f"check-deps: {len(findings)} finding(s); see the rules at the top of scripts/check-deps.sh", file=sys.stderr)
    sys.exit(1)
print(f"check-deps: {len(targets)} targets, every import declared and below its importer")
PY
