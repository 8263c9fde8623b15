#!/usr/bin/env python3
"""Fill blank Excel self-check forms in bulk, for scripts/bench-forms.sh.

For each blank form in --blanks (made by `checkup selfcheck template --format xlsx`), writes
--per-form filled copies into --out: 自查时间 as a date serial (a different time for each copy,
so each is its own self-check), 自查人 as text, every 结果 as an inline string (符合 mostly,
不符合 with a 问题描述 about one in twelve, 不适用 one in fourteen). The workbook is edited part
by part with zipfile, as a spreadsheet program stores cells; openpyxl would take minutes for
thousands of forms. Deterministic for a given --seed.

Usage: scripts/fill-forms.py --blanks DIR --out DIR [--per-form 4] [--seed 2026]
"""
import argparse
import os
import random
import re
import sys
import zipfile

NOTES = ["灭火器压力不足，已联系更换", "安全出口被货物堵塞，当场清理", "配电箱门未关闭且无警示标识",
         "特种作业人员证书过期，已安排复审", "车间通道划线模糊，需重新划设"]
SHEET = "xl/worksheets/sheet1.xml"


def cell(reference, style, text):
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return f'<c r="{reference}"{style} t="inlineStr"><is><t>{text}</t></is></c>'


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--blanks", required=True)
    parser.add_argument("--out", required=True)
    parser.add_argument("--per-form", type=int, default=4)
    parser.add_argument("--seed", type=int, default=2026)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    os.makedirs(args.out, exist_ok=True)
    blanks = sorted(name for name in os.listdir(args.blanks) if name.endswith(".xlsx"))
    written = 0
    for index, name in enumerate(blanks):
        with zipfile.ZipFile(os.path.join(args.blanks, name)) as source:
            parts = {info.filename: source.read(info.filename) for info in source.infolist()}
        sheet = parts[SHEET].decode("utf-8")
        for copy in range(args.per_form):
            def result(match):
                roll = rng.random()
                row = match.group(2)
                if roll < 0.08:
                    return cell("H" + row, match.group(3), "不符合") + cell("I" + row, match.group(3), rng.choice(NOTES))
                return cell("H" + row, match.group(3), "不适用" if roll < 0.15 else "符合") \
                    + f'<c r="I{row}"{match.group(3)}/>'
            filled = re.sub(r'<c r="(H)([0-9]+)"( s="[0-9]+")/><c r="I\2" s="[0-9]+"/>', result, sheet)
            # 2026-01-05 08:00 plus a few hours per form and copy, as an Excel date serial.
            serial = 46027 + 1 / 3 + (index * args.per_form + copy) * 0.1
            filled = re.sub(r'<c r="D5"( s="[0-9]+")/>', lambda m: f'<c r="D5"{m.group(1)}><v>{serial!r}</v></c>', filled)
            filled = re.sub(r'<c r="D6"( s="[0-9]+")/>', lambda m: cell("D6", m.group(1), f"自查员{copy + 1}号"), filled)
            out = os.path.join(args.out, f"{name[:-5]}-{copy + 1}.xlsx")
            with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
                for part, data in parts.items():
                    target.writestr(part, filled.encode("utf-8") if part == SHEET else data)
            written += 1
    print(f"{written} filled forms in {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
