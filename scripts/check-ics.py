#!/usr/bin/env python3
"""Check `checkup plan --format ics` with a real iCalendar parser (Python's icalendar).

    scripts/check-ics.py                      # builds a plan from the demo station and checks it
    scripts/check-ics.py PLAN.ics PLAN.json   # checks a plan written before, against its JSON

Without arguments it runs the checkup binary ($CHECKUP_BIN, else .build/debug/checkup) to make
the demo station in a temporary folder, gives one enterprise a grid member with a comma and a
semicolon in the name (escaping) and a long address (folding), then writes the plan of 孝顺镇 as
JSON and as .ics, assigned to two inspectors, with a fixed --now. Checks:
  * every line ends in CRLF and is at most 75 octets; continuation lines start with a space and
    no UTF-8 sequence is split across a fold;
  * icalendar parses it: one VCALENDAR, VERSION 2.0, a PRODID, one VEVENT per planned visit;
  * every VEVENT has a unique UID, DTSTAMP equal to --now (UTC), an all-day DTSTART on the visit
    day and DTEND the day after, and a SUMMARY naming the enterprise (escaped text read back
    equal to the original).
Installs icalendar with pip when it is missing. Exit status 0 when every check passes.
"""
import json
import os
import pathlib
import subprocess
import sys
import tempfile
from datetime import date, datetime, timedelta, timezone

root = pathlib.Path(__file__).resolve().parent.parent

try:
    import icalendar  # noqa: F401
except ImportError:
    subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", "icalendar"], check=True,
                   stdout=subprocess.DEVNULL)
import icalendar

NOW = "2026-12-01T09:30:00+08:00"
NOW_UTC = datetime(2026, 12, 1, 1, 30, tzinfo=timezone.utc)
problems = []


def fail(message):
    problems.append(message)


def check_lines(raw: bytes):
    if not raw.endswith(b"\r\n"):
        fail("the file does not end in CRLF")
    lines = raw.split(b"\r\n")[:-1]
    for number, line in enumerate(lines, 1):
        if b"\n" in line or b"\r" in line:
            fail(f"line {number}: a bare LF or CR")
        if len(line) > 75:
            fail(f"line {number}: {len(line)} octets, more than 75")
        try:
            line.decode("utf-8")
        except UnicodeDecodeError:
            fail(f"line {number}: a UTF-8 sequence is split by folding")


def check(ics_path: pathlib.Path, plan: dict, now_utc: datetime):
    raw = ics_path.read_bytes()
    check_lines(raw)
    calendar = icalendar.Calendar.from_ical(raw)
    if str(calendar.get("VERSION")) != "2.0":
        fail("VERSION is not 2.0")
    if not calendar.get("PRODID"):
        fail("no PRODID")
    events = list(calendar.walk("VEVENT"))
    visits = plan["enterprises"]
    if len(events) != len(visits):
        fail(f"{len(events)} VEVENTs for {len(visits)} planned visits")
    uids = [str(event.get("UID")) for event in events]
    if len(set(uids)) != len(uids) or any(not uid for uid in uids):
        fail("UIDs are missing or repeat")
    for event, visit in zip(events, visits):
        stamp = event.decoded("DTSTAMP")
        if stamp != now_utc:
            fail(f"{visit['credit_code']}: DTSTAMP {stamp} is not --now {now_utc}")
        start = event.decoded("DTSTART")
        end = event.decoded("DTEND")
        visit_day = date.fromisoformat(visit["visit_date"])
        if start != visit_day or end != visit_day + timedelta(days=1):
            fail(f"{visit['credit_code']}: DTSTART {start} / DTEND {end} is not the visit day {visit_day}")
        summary = str(event.get("SUMMARY"))
        if visit["name"] not in summary:
            fail(f"{visit['credit_code']}: SUMMARY {summary!r} does not name {visit['name']!r}")
        if visit["credit_code"] not in str(event.get("DESCRIPTION")):
            fail(f"{visit['credit_code']}: DESCRIPTION does not give the credit code")
        if visit.get("grid_member") and visit["grid_member"] not in str(event.get("DESCRIPTION")):
            fail(f"{visit['credit_code']}: the grid member {visit['grid_member']!r} did not read back")
    return len(events)


def main():
    if len(sys.argv) == 3:
        plan = json.loads(pathlib.Path(sys.argv[2]).read_text("utf-8"))
        count = check(pathlib.Path(sys.argv[1]), plan, NOW_UTC)
    else:
        binary = os.environ.get("CHECKUP_BIN") or str(root / ".build/debug/checkup")
        if not pathlib.Path(binary).exists():
            sys.exit(f"no checkup binary at {binary}: run swift build first or set CHECKUP_BIN")
        with tempfile.TemporaryDirectory() as folder:
            work = pathlib.Path(folder)
            run = lambda *args: subprocess.run([binary, *args], check=True, capture_output=True, cwd=work)
            run("demo", "--output", str(work / "demo"))
            db = ["--database", str(work / "demo/checkup.sqlite")]
            listing = json.loads(run("enterprise", "list", "--format", "json", *db).stdout)
            code = listing[0]["credit_code"]
            run("enterprise", "update", code, "--grid-member", "王五, 联防; 第三组", "--address",
                "浙江省金华市金东区孝顺镇工业功能区中横路八十八号（老厂区东门进，沿围墙向北二百米）", *db)
            plan_args = ["plan", "--township", "孝顺镇", "--now", NOW, "--days", "400", "--assign", "张三,李四",
                         "--per-day", "2", *db]
            plan = json.loads(run(*plan_args, "--format", "json").stdout)
            run(*plan_args, "--format", "ics", "-o", str(work / "plan.ics"))
            count = check(work / "plan.ics", plan, NOW_UTC)
    if problems:
        print("\n".join(problems), file=sys.stderr)
        sys.exit(1)
    print(f"check-ics: {count} events read back by icalendar {icalendar.__version__}, all checks passed")


main()
