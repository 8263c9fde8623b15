#!/usr/bin/env python3
"""Check a hazard-ledger XLSX against the CSV of the same ledger, as a spreadsheet reader sees it.

    scripts/check-xlsx.py LEDGER.xlsx LEDGER.csv [--install]

Opens the workbook with openpyxl (a real reader, independent of the Swift writer) and checks:
  * the CSV is UTF-8 with a BOM and CRLF record ends;
  * sheet 1 has the same rows and cells as the CSV, in order. Cells are compared as text:
    numbers as integers, date cells as yyyy-mm-dd, empty cells as "". Neutralised text keeps
    its ' prefix in both files, so it must appear identically. Cell text is decoded with
    Excel's _xHHHH_ rule (openpyxl leaves it encoded), so the comparison is what Excel shows;
  * sheet 1's header row is bold and frozen (pane at A2);
  * the found, deadline and verified columns (2, 12, 15) hold real dates, and the number and
    overdue-days columns (1, 16) real numbers;
  * no cell anywhere is a formula, and no worksheet XML holds an <f> element;
  * sheet 2 (汇总/Totals) counts, per township and in a last grand-total line, the CSV's rows by
    status, their total and the overdue ones (overdue days > 0).

Exit status: 0 all checks pass, 1 a mismatch (each is printed), 2 usage or unreadable input,
3 openpyxl is missing (install it with `python3 -m pip install openpyxl`, or pass --install).
"""
import csv
import datetime
import io
import re
import subprocess
import sys
import zipfile

DATE_COLUMNS = (1, 11, 14)        # 0-based: found, deadline, verified
NUMBER_COLUMNS = (0, 15)          # 序号, 逾期天数
TOWNSHIP, STATUS, OVERDUE = 4, 12, 15
ESCAPE = re.compile(r"_x([0-9A-Fa-f]{4})_")


def load_openpyxl(install):
    try:
        import openpyxl  # noqa: F401
        return openpyxl
    except ImportError:
        if not install:
            print("check-xlsx: openpyxl is missing: python3 -m pip install openpyxl "
                  "(or run with --install)", file=sys.stderr)
            sys.exit(3)
    subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", "openpyxl"], check=False)
    try:
        import openpyxl  # noqa: F401
        return openpyxl
    except ImportError:
        print("check-xlsx: could not install openpyxl", file=sys.stderr)
        sys.exit(3)


def as_text(value):
    """A cell value as the CSV writes it."""
    if value is None:
        return ""
    if isinstance(value, datetime.datetime):
        return value.date().isoformat()
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, (int, float)):
        return str(int(value)) if float(value).is_integer() else repr(value)
    return ESCAPE.sub(lambda m: chr(int(m.group(1), 16)), str(value))


def main(argv):
    args = [a for a in argv if not a.startswith("--")]
    if len(args) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    openpyxl = load_openpyxl("--install" in argv)
    xlsx_path, csv_path = args
    problems = []

    def problem(message):
        problems.append(message)
        if len(problems) <= 50:
            print("MISMATCH: " + message)

    raw = open(csv_path, "rb").read()
    if not raw.startswith(b"\xef\xbb\xbf"):
        problem("CSV does not start with a UTF-8 BOM")
    text = raw.decode("utf-8-sig")
    csv_rows = list(csv.reader(io.StringIO(text, newline="")))
    if csv_rows and (not raw.endswith(b"\r\n") or raw.count(b"\r\n") < len(csv_rows)):
        problem("CSV records do not end in CRLF")

    try:
        with zipfile.ZipFile(xlsx_path) as archive:
            for name in archive.namelist():
                if name.startswith("xl/worksheets/") and re.search(rb"<f[ >/]", archive.read(name)):
                    problem(f"{name} contains a formula element <f>")
        workbook = openpyxl.load_workbook(xlsx_path, read_only=False, data_only=False)
    except Exception as error:  # noqa: BLE001 - any reader failure is a failed check
        print(f"check-xlsx: cannot open {xlsx_path}: {error}", file=sys.stderr)
        return 2

    if len(workbook.worksheets) != 2:
        problem(f"expected 2 sheets, found {len(workbook.worksheets)}: {workbook.sheetnames}")
    ledger = workbook.worksheets[0]
    if ledger.freeze_panes != "A2":
        problem(f"sheet 1 frozen pane is {ledger.freeze_panes!r}, expected 'A2'")
    if not ledger["A1"].font or not ledger["A1"].font.b:
        problem("sheet 1 header is not bold")

    xlsx_rows = []
    for row in ledger.iter_rows():
        for cell in row:
            if cell.data_type == "f":
                problem(f"{ledger.title}!{cell.coordinate} is a formula")
        xlsx_rows.append(row)

    if len(xlsx_rows) != len(csv_rows):
        problem(f"sheet 1 has {len(xlsx_rows)} rows, the CSV {len(csv_rows)}")
    width = max((len(r) for r in csv_rows), default=0)
    for index, (cells, expected) in enumerate(zip(xlsx_rows, csv_rows)):
        values = [as_text(c.value) for c in cells] + [""] * max(0, width - len(cells))
        expected = expected + [""] * max(0, width - len(expected))
        if values[:width] != expected[:width] or any(values[width:]):
            for column, (got, want) in enumerate(zip(values, expected)):
                if got != want:
                    problem(f"row {index + 1} column {column + 1}: xlsx {got!r} != csv {want!r}")
        if index == 0:
            continue
        for column in DATE_COLUMNS:
            if column < len(cells) and cells[column].value is not None and not cells[column].is_date:
                problem(f"row {index + 1} column {column + 1} is not a date: {cells[column].value!r}")
            if column < len(expected) and expected[column] and (column >= len(cells) or cells[column].value is None):
                problem(f"row {index + 1} column {column + 1} is empty, CSV has {expected[column]!r}")
        for column in NUMBER_COLUMNS:
            value = cells[column].value if column < len(cells) else None
            if not isinstance(value, (int, float)) or isinstance(value, bool):
                problem(f"row {index + 1} column {column + 1} is not a number: {value!r}")

    if len(workbook.worksheets) >= 2 and csv_rows:
        totals = workbook.worksheets[1]
        header = [as_text(c.value) for c in next(totals.iter_rows(max_row=1))]
        statuses = header[1:-2]
        expected = {}
        grand = [0] * (len(statuses) + 2)
        for row in csv_rows[1:]:
            line = expected.setdefault(row[TOWNSHIP], [0] * (len(statuses) + 2))
            for target in (line, grand):
                if row[STATUS] in statuses:
                    target[statuses.index(row[STATUS])] += 1
                else:
                    problem(f"status {row[STATUS]!r} is not a column of the totals sheet {statuses}")
                target[-2] += 1
                if int(row[OVERDUE] or 0) > 0:
                    target[-1] += 1
        got = [[as_text(c.value) for c in r] for r in totals.iter_rows(min_row=2)]
        if header[-2:] != ["合计", "逾期"] and header[-2:] != ["Total", "Overdue"]:
            problem(f"totals header ends {header[-2:]}, expected 合计/逾期 or Total/Overdue")
        lines = {row[0]: row[1:] for row in got[:-1]}
        if len(lines) != len(got) - 1:
            problem("totals sheet lists a township twice")
        want = {t: [str(n) for n in counts] for t, counts in expected.items()}
        if lines != want:
            problem(f"totals by township {lines} != counts from the CSV {want}")
        if not got or got[-1][1:] != [str(n) for n in grand]:
            problem(f"grand total {got[-1] if got else None} != counts from the CSV {grand}")
        for row in totals.iter_rows():
            for cell in row:
                if cell.data_type == "f":
                    problem(f"{totals.title}!{cell.coordinate} is a formula")

    if problems:
        print(f"check-xlsx: {len(problems)} mismatch(es)")
        return 1
    print(f"check-xlsx: ok: {len(csv_rows) - 1} rows, dates, numbers, frozen bold header, no formulas, totals")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
