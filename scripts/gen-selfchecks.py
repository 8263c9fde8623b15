#!/usr/bin/env python3
"""Generate a self-check corpus for benchmarking `checkup import`.

Writes into OUT:
  catalog/schema/...      a copy of the repository's checklists/schema/
  catalog/bench.xml       a checklist "bench" version 2026.1 with --results items
  enterprises.csv         --enterprises enterprises of 孝顺镇 with valid credit codes
  files/NN/NNNNN.xml      --files self-check files, each answering every item of the
                          checklist, with Chinese notes on about half of the answers

Every file is valid and distinct (its own enterprise/performed-at pair), so a fresh import
stores all of them. Deterministic for a given --seed.

Usage: scripts/gen-selfchecks.py --out DIR [--files 10000] [--results 200] [--enterprises 500]
"""

import argparse
import os
import random
import shutil
import sys
from datetime import datetime, timedelta, timezone

ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
LAYERS = ["human", "physical", "technical", "joint"]

SECTIONS = ["安全管理", "教育培训", "特种作业", "有限空间", "粉尘防爆", "设备设施", "电气安全",
            "消防安全", "危险作业", "应急管理", "职业健康", "相关方管理"]
SUBJECTS = ["安全生产责任制", "安全操作规程", "教育培训记录", "特种作业人员证书", "有限空间台账",
            "除尘系统", "机械防护装置", "配电箱", "灭火器", "疏散通道", "应急预案", "劳动防护用品",
            "动火作业审批", "危险化学品储存", "视频监控", "可燃气体报警装置", "承包商协议", "隐患排查记录"]
PASS_NOTES = ["已查阅记录，符合要求", "现场查看，设施完好", "台账齐全，签字完整", "抽查两名员工，回答正确",
              "检测报告在有效期内", "防护装置完好有效", "标志清晰，位置醒目", "本月已开展检查并记录"]
FAIL_NOTES = ["两名焊工特种作业操作证已过期，正在安排复审", "2号车床皮带轮防护罩缺失", "今年尚未组织应急演练",
              "仓库安全出口堆放货物，通道宽度不足一米", "配电箱未设置剩余电流保护，存在私拉乱接",
              "除尘器泄爆口朝向人员通道", "灭火器压力不足，未按月检查", "有限空间未设置警示标志，作业无审批",
              "新员工未经三级安全教育即上岗", "可燃气体报警装置未与排风机联锁"]


def credit_code(rng):
    first17 = "91330703MA2" + "".join(rng.choice(ALPHABET) for _ in range(6))
    total = sum(ALPHABET.index(c) * w for c, w in zip(first17, WEIGHTS))
    return first17 + ALPHABET[(31 - total % 31) % 31]


def write_checklist(path, results):
    per_section = max(1, (results + len(SECTIONS) - 1) // len(SECTIONS))
    lines = ['<?xml version="1.0" encoding="UTF-8"?>',
             '<checklist xmlns="urn:checkup:checklist:1" id="bench" version="2026.1" xml:lang="zh-CN">',
             f'  <title>基准测试检查表（{results} 项）</title>']
    ids = []
    n = 0
    for s, name in enumerate(SECTIONS):
        if n >= results:
            break
        lines.append(f'  <section id="s{s + 1:02d}">')
        lines.append(f'    <title>{name}</title>')
        for _ in range(per_section):
            if n >= results:
                break
            n += 1
            item = f"s{s + 1:02d}-{n:03d}"
            ids.append(item)
            subject = SUBJECTS[n % len(SUBJECTS)]
            lines.append(f'    <item id="{item}" layer="{LAYERS[n % 4]}">')
            lines.append(f'      <title>{subject}符合要求（第{n}项）</title>')
            lines.append(f'      <guidance>查阅{subject}相关资料并现场核实。</guidance>')
            lines.append(f'      <basis>《中华人民共和国安全生产法》第{20 + n % 80}条</basis>')
            lines.append('    </item>')
        lines.append('  </section>')
    lines.append('</checklist>')
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    return ids


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", required=True)
    parser.add_argument("--files", type=int, default=10000)
    parser.add_argument("--results", type=int, default=200)
    parser.add_argument("--enterprises", type=int, default=500)
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--schema", default=os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                                         "..", "checklists", "schema"))
    args = parser.parse_args()
    rng = random.Random(args.seed)

    catalog = os.path.join(args.out, "catalog")
    os.makedirs(catalog, exist_ok=True)
    shutil.copytree(args.schema, os.path.join(catalog, "schema"), dirs_exist_ok=True)
    ids = write_checklist(os.path.join(catalog, "bench.xml"), args.results)

    codes = []
    seen = set()
    while len(codes) < args.enterprises:
        code = credit_code(rng)
        if code not in seen:
            seen.add(code)
            codes.append(code)
    with open(os.path.join(args.out, "enterprises.csv"), "w", encoding="utf-8") as f:
        f.write("credit_code,name,township,industry,address,contact\n")
        for i, code in enumerate(codes):
            f.write(f"{code},金华孝顺基准企业{i + 1:04d}有限公司,孝顺镇,机械,孝顺镇工业功能区{i + 1}号,联系人{i + 1}\n")

    start = datetime(2026, 1, 5, 8, 0, tzinfo=timezone(timedelta(hours=8)))
    total_bytes = 0
    for n in range(args.files):
        directory = os.path.join(args.out, "files", f"{n // 1000:02d}")
        if n % 1000 == 0:
            os.makedirs(directory, exist_ok=True)
        code = codes[n % len(codes)]
        at = start + timedelta(minutes=7 * n)
        out = ['<?xml version="1.0" encoding="UTF-8"?>',
               '<selfcheck xmlns="urn:checkup:selfcheck:1" checklist="bench" checklist-version="2026.1">',
               f'  <enterprise credit-code="{code}" name="金华孝顺基准企业{n % len(codes) + 1:04d}有限公司" township="孝顺镇" industry="机械"/>',
               f'  <performed-at>{at.isoformat()}</performed-at>',
               f'  <performed-by>自查员{n % 97 + 1}号</performed-by>']
        for item in ids:
            roll = rng.random()
            if roll < 0.08:
                out.append(f'  <result item="{item}" status="fail"><note>{rng.choice(FAIL_NOTES)}</note></result>')
            elif roll < 0.15:
                out.append(f'  <result item="{item}" status="na"/>')
            elif roll < 0.75:
                out.append(f'  <result item="{item}" status="pass"><note>{rng.choice(PASS_NOTES)}</note></result>')
            else:
                out.append(f'  <result item="{item}" status="pass"/>')
        out.append('</selfcheck>')
        data = ("\n".join(out) + "\n").encode("utf-8")
        total_bytes += len(data)
        with open(os.path.join(directory, f"{n:05d}.xml"), "wb") as f:
            f.write(data)
    print(f"{args.files} files, {args.results} results each, {total_bytes / 1048576:.1f} MB in {args.out}",
          file=sys.stderr)


if __name__ == "__main__":
    main()
