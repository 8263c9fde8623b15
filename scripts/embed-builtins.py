#!/usr/bin/env python3
"""Writes the files Checkup carries inside its binary, so that a release binary copied onto the
PATH works from any folder: the XSDs, the default supervision policy and the shipped checklists,
current and previous editions (CheckupStore), and the demo's samples (checkup). Run it after
editing anything under checklists/, policies/ or samples/; BuiltInFilesTests
and .ci/run (`--check`) fail while an embedded copy differs from its file.

    python3 scripts/embed-builtins.py            # write them
    python3 scripts/embed-builtins.py --check    # exit 1 if a copy is out of date (.ci/run)
"""
import base64
import pathlib
import sys

root = pathlib.Path(__file__).resolve().parent.parent
HEADER = "// Written by scripts/embed-builtins.py from the files named below; edit those, then run it.\n"


def literal(text: str) -> str:
    """A Swift raw multi-line string literal holding `text` exactly."""
    assert '"""#' not in text and "\\#" not in text and "\r" not in text
    return '#"""\n' + text + ("\n" if text.endswith("\n") else "\\#\n") + '"""#'


def store_file() -> str:
    schemas = {
        "checklistSchema": "checklists/schema/checklist-1.xsd",
        "selfCheckSchema": "checklists/schema/selfcheck-1.xsd",
        "supervisionPolicySchema": "checklists/schema/supervision-policy-1.xsd",
        "defaultSupervisionPolicy": "policies/supervision-default.xml",
    }
    out = [HEADER, "/// The files every station has without a catalog directory: the XSDs (never read from a\n"
           "/// user's folder), the default supervision policy and the shipped checklists, the built-in\n"
           "/// default catalog.\n",
           "enum BuiltInFiles {\n"]
    for name, path in schemas.items():
        out.append(f"    /// `{path}`.\n    static let {name} = {literal((root / path).read_text('utf-8'))}\n\n")
    out.append("    /// The shipped checklists by file name, in name order: the current editions\n"
               "    /// (`checklists/*.xml`), then the earlier editions still read by self-check files made\n"
               "    /// from them (`checklists/previous/*.xml`, named `previous/NAME`).\n")
    out.append("    static let checklists: [(name: String, text: String)] = [\n")
    current = sorted((root / "checklists").glob("*.xml"))
    previous = sorted((root / "checklists" / "previous").glob("*.xml"))
    for path in current + previous:
        name = path.relative_to(root / "checklists").as_posix()
        out.append(f'        ("{name}", {literal(path.read_text("utf-8"))}),\n')
    out.append("    ]\n}\n")
    return "".join(out)


def samples_file() -> str:
    out = [HEADER, "/// The demo's sample files (`samples/`), base64 (one self-check is GBK), by relative path.\n",
           "enum DemoSamples {\n    static let files: [(path: String, base64: String)] = [\n"]
    for path in sorted((root / "samples").rglob("*")):
        if path.is_file():
            rel = path.relative_to(root / "samples").as_posix()
            out.append(f'        ("{rel}", "{base64.b64encode(path.read_bytes()).decode()}"),\n')
    out.append("    ]\n}\n")
    return "".join(out)


outputs = {
    root / "Sources/CheckupStore/Catalog/BuiltInFiles.swift": store_file(),
    root / "Sources/checkup/Demo/DemoSamples.swift": samples_file(),
}
if "--check" in sys.argv:
    stale = [str(path.relative_to(root)) for path, text in outputs.items()
             if not path.exists() or path.read_text("utf-8") != text]
    if stale:
        sys.exit("embedded copies out of date (run python3 scripts/embed-builtins.py): " + ", ".join(stale))
else:
    for path, text in outputs.items():
        path.write_text(text, "utf-8")
