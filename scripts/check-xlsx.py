#!/usr/bin/env python3
"""Check a hazard-ledger XLSX against the CSV of the same ledger, as a spreadsheet reader sees it.

    scripts/check-xlsx.py LEDGER.xlsx LEDGER.csv [--install] [--pdf [--pdf-dir DIR]]

Opens the workbook with openpyxl (a real reader, independent of the Swift writer) and checks:
  * the CSV is UTF-8 with a BOM and CRLF record ends;
  * sheet 1 has the same rows and cells as the CSV, in order. Cells are compared as text:
    numbers as integers, date cells as yyyy-mm-dd, empty cells as "". Neutralised text keeps
    its ' prefix in both files, so it must appear identically. Cell text is decoded with
    Excel's _xHHHH_ rule (openpyxl leaves it encoded), so the comparison is what Excel shows;
  * sheet 1's header row is bold and frozen (pane at A2);
  * the found, deadline, verified and rectified columns (2, 12, 15, 30) hold real dates, and the
    number, overdue-days, hazard-id and evidence-count columns (1, 16, 18, 33) real numbers;
  * the columns issue 18 added (18 to 35: 隐患编号 … 挂牌督办, or their English headers) are there,
    in order, and read back as the CSV has them;
  * no cell anywhere is a formula, and no worksheet XML holds an <f> element;
  * sheet 2 (汇总/Totals) counts, per township and in a last grand-total line, the CSV's rows by
    status, their total and the overdue ones (overdue days > 0);
  * the print setup: sheet 1 on A4 landscape, fit to one page wide (fitToPage, fitToWidth 1,
    fitToHeight 0), the header row repeated on every page (print titles $1:$1), an autofilter
    over the header and every row; sheet 2 on one A4 page (fitToWidth 1, fitToHeight 1).

With --pdf it also prints the workbook as a person would: LibreOffice headless converts it to PDF
(`libreoffice --headless --convert-to pdf`), and poppler (pdfinfo, pdftotext -bbox, pdftoppm)
checks the pages:
  * the ledger's pages are A4 landscape and the totals' one page A4 portrait, the totals last;
  * the ledger takes about as many pages as fit to width gives: its rows' heights at the scale
    that puts every column on the page width, over the printable height (within 10 %, at least
    one page either way) — three strips of columns would triple it;
  * every ledger page shows the whole header row, first column to last (the header repeats and
    no strip of columns is split off);
  * every row's 序号 is on some page, once, in order, and each wrapped column's text on a page is
    the cells' text of the rows on that page, in full (nothing cut by a row too short);
  * each page is written as a PNG (pdftoppm, 80 dpi) to look at, into --pdf-dir (default
    ${TMPDIR:-/tmp}/checkup-xlsx-check/<name>/), with the PDF.
LibreOffice and poppler are installed with apt-get (libreoffice-calc fonts-noto-cjk
poppler-utils) under --install when missing and running as root.

Exit status: 0 all checks pass, 1 a mismatch (each is printed), 2 usage or unreadable input,
3 openpyxl is missing (install it with `python3 -m pip install openpyxl`, or pass --install),
4 --pdf was asked for and LibreOffice or poppler is missing.
"""
import csv
import datetime
import html
import io
import math
import os
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile

DATE_COLUMNS = (1, 11, 14, 29)    # 0-based: found, deadline, verified, rectified
NUMBER_COLUMNS = (0, 15, 17, 32)  # 序号, 逾期天数, 隐患编号, 证据数
# The columns issue 18 added after 来源 (column 17), in Chinese and in English.
ADDED_HEADERS = (
    ["隐患编号", "通知书编号", "检查人员", "隐患部位", "隐患类别", "行业", "联系人", "整改措施", "整改资金", "整改时限",
     "应急预案", "治理方案", "整改完成日期", "复查人", "复查意见", "证据数", "已上报", "挂牌督办"],
    ["Hazard ID", "Notice No.", "Inspectors", "Place", "Category", "Industry", "Contact", "Measures", "Funds",
     "Time limit", "Contingency plan", "Remediation plan", "Rectified", "Verified by", "Verification opinion",
     "Evidence", "Reported", "Listed"],
)
FIRST_ADDED = 17
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


def check_print_setup(workbook, problem):
    """The page setup of both sheets, as openpyxl reads it."""
    ledger = workbook.worksheets[0]
    setup = ledger.page_setup
    if str(setup.paperSize) != "9":
        problem(f"sheet 1 paper size is {setup.paperSize!r}, not A4 (9)")
    if setup.orientation != "landscape":
        problem(f"sheet 1 orientation is {setup.orientation!r}, not landscape")
    fit = ledger.sheet_properties.pageSetUpPr
    if not fit or not fit.fitToPage:
        problem("sheet 1 has no fitToPage")
    if str(setup.fitToWidth) != "1" or str(setup.fitToHeight) != "0":
        problem(f"sheet 1 fits to {setup.fitToWidth!r} wide x {setup.fitToHeight!r} high, expected 1 x 0")
    if ledger.print_title_rows != "$1:$1":
        problem(f"sheet 1 print titles are {ledger.print_title_rows!r}, expected '$1:$1' (the header row)")
    expected_filter = f"A1:{openpyxl_column(ledger.max_column)}{ledger.max_row}"
    if ledger.auto_filter.ref != expected_filter:
        problem(f"sheet 1 autofilter is {ledger.auto_filter.ref!r}, expected {expected_filter!r}")
    if len(workbook.worksheets) >= 2:
        totals = workbook.worksheets[1]
        fit = totals.sheet_properties.pageSetUpPr
        if not fit or not fit.fitToPage or str(totals.page_setup.fitToWidth) != "1" \
                or str(totals.page_setup.fitToHeight) != "1":
            problem("sheet 2 does not fit on one page (fitToPage, fitToWidth 1, fitToHeight 1)")
        if str(totals.page_setup.paperSize) != "9":
            problem(f"sheet 2 paper size is {totals.page_setup.paperSize!r}, not A4 (9)")


def openpyxl_column(index):
    letters = ""
    while index > 0:
        index, remainder = divmod(index - 1, 26)
        letters = chr(65 + remainder) + letters
    return letters


def pdf_tools(install):
    """LibreOffice and poppler, installed with apt-get under --install; exits 4 when missing."""
    def missing():
        need = []
        if not (shutil.which("libreoffice") or shutil.which("soffice")):
            need.append("libreoffice-calc")
        if not (shutil.which("pdfinfo") and shutil.which("pdftotext") and shutil.which("pdftoppm")):
            need.append("poppler-utils")
        fonts = subprocess.run(["fc-list", ":lang=zh"], capture_output=True, text=True).stdout \
            if shutil.which("fc-list") else ""
        if not fonts.strip():
            need.append("fonts-noto-cjk")
        return need
    need = missing()
    if need and install and os.geteuid() == 0 and shutil.which("apt-get"):
        print(f"check-xlsx: installing {' '.join(need)} …", file=sys.stderr)
        env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
        subprocess.run(["apt-get", "update", "-qq"], env=env, check=False)
        subprocess.run(["apt-get", "install", "-y", "-qq", "--no-install-recommends"] + need, env=env, check=False)
        need = missing()
    if need:
        print(f"check-xlsx: --pdf needs {' '.join(need)}: apt-get install {' '.join(need)} "
              "(or run with --install as root)", file=sys.stderr)
        sys.exit(4)
    return shutil.which("libreoffice") or shutil.which("soffice")


def page_words(pdf, page):
    """The words of one PDF page as (x_min, y_min, text), from pdftotext -bbox."""
    out = subprocess.run(["pdftotext", "-bbox", "-f", str(page), "-l", str(page), pdf, "-"],
                         capture_output=True, text=True, check=True).stdout
    words = []
    for match in re.finditer(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="[\d.]+" yMax="[\d.]+">(.*?)</word>', out):
        words.append((float(match.group(1)), float(match.group(2)), html.unescape(match.group(3))))
    return words


def squeeze(text):
    """Text without whitespace and without the neutralising ' (as compared on paper)."""
    text = re.sub(r"\s+", "", text)
    return text[1:] if text.startswith("'") else text


def check_pdf(xlsx_path, workbook, csv_rows, out_dir, problem):
    """Prints the workbook with LibreOffice and checks the pages (see the module's doc)."""
    office = pdf_tools("--install" in sys.argv)
    os.makedirs(out_dir, exist_ok=True)
    name = os.path.splitext(os.path.basename(xlsx_path))[0]
    pdf = os.path.join(out_dir, name + ".pdf")
    profile = tempfile.mkdtemp(prefix="check-xlsx-lo-")
    try:
        result = subprocess.run([office, f"-env:UserInstallation=file://{profile}", "--headless",
                                 "--convert-to", "pdf", "--outdir", out_dir, xlsx_path],
                                capture_output=True, text=True, timeout=600)
    finally:
        shutil.rmtree(profile, ignore_errors=True)
    if not os.path.exists(pdf):
        problem(f"LibreOffice wrote no PDF: {result.stdout.strip()} {result.stderr.strip()}")
        return
    info = subprocess.run(["pdfinfo", "-f", "1", "-l", "100000", pdf], capture_output=True, text=True).stdout
    sizes = [(float(w), float(h)) for w, h in re.findall(r"Page +\d+ size: +([\d.]+) x ([\d.]+)", info)]
    landscape = [i + 1 for i, (w, h) in enumerate(sizes) if abs(w - 842) <= 2 and abs(h - 595) <= 2]
    portrait = [i + 1 for i, (w, h) in enumerate(sizes) if abs(w - 595) <= 2 and abs(h - 842) <= 2]
    if len(landscape) + len(portrait) != len(sizes):
        problem(f"pages not A4: {sizes}")
    if len(workbook.worksheets) >= 2 and portrait != [len(sizes)]:
        problem(f"the totals should be one A4 portrait page at the end; portrait pages: {portrait} of {len(sizes)}")
    ledger_pages = landscape

    # Expected pages: the rows' heights (the header repeated on each page) at the fit-to-width
    # scale over the printable height. Column widths in characters become points as LibreOffice
    # and Excel do (7 px a character and 5 px of padding, at 96 px an inch).
    sheet = workbook.worksheets[0]
    widths = [sheet.column_dimensions[openpyxl_column(i)].width or 8.43 for i in range(1, sheet.max_column + 1)]
    sheet_width = sum((w * 7 + 5) * 0.75 for w in widths)
    margins = sheet.page_margins
    printable_width = 842 - (margins.left + margins.right) * 72
    printable_height = 595 - (margins.top + margins.bottom) * 72
    scale = min(1.0, printable_width / sheet_width)
    heights = [sheet.row_dimensions[r].height or 15 for r in range(1, sheet.max_row + 1)]
    header, body = heights[0], heights[1:]
    expected, used = 1, header
    for height in body:
        if (used + height) * scale > printable_height and used > header:
            expected += 1
            used = header
        used += height
    if abs(len(ledger_pages) - expected) > max(1, round(expected * 0.1)):
        problem(f"the ledger prints on {len(ledger_pages)} page(s); fit to width gives about {expected} "
                f"(scale {scale:.0%})")

    headers = [as_text(c.value) for c in next(sheet.iter_rows(max_row=1))]
    wrapped = [i for i, c in enumerate(next(sheet.iter_rows(min_row=2, max_row=2), [])) if c.alignment.wrap_text]
    seen_numbers = []
    for page in ledger_pages:
        words = page_words(pdf, page)
        if not words:
            problem(f"page {page} is empty")
            continue
        # The header row: the first word of each header, left to right, on the top line.
        top = min(y for _, y, _ in words)
        line = sorted((x, text) for x, y, text in words if abs(y - top) < 2)
        starts, cursor = [], 0
        for column, title in enumerate(headers):
            first = title.split()[0] if title.split() else title
            while cursor < len(line) and line[cursor][1] != first:
                cursor += 1
            if cursor == len(line):
                problem(f"page {page}: header {title!r} (column {column + 1}) is missing: "
                        "the header is not repeated, or a strip of columns is on another page")
                break
            starts.append(line[cursor][0])
            cursor += 1
        if len(starts) != len(headers):
            continue
        bounds = [s - 1.0 for s in starts] + [float("inf")]

        def column_of(x):
            for index in range(len(headers)):
                if bounds[index] <= x < bounds[index + 1]:
                    return index
            return None
        cells = {}
        footer = 595 - margins.bottom * 72  # the page number below the bottom margin
        for x, y, text in words:
            if y <= top + 2 or y >= footer:
                continue
            index = column_of(x)
            if index is not None:
                cells.setdefault(index, []).append((y, x, text))
        numbers = [text for _, _, text in sorted(cells.get(0, []))]
        seen_numbers += numbers
        rows = [csv_rows[int(n)] for n in numbers if n.isdigit() and 0 < int(n) < len(csv_rows)]
        for index in wrapped:
            on_paper = squeeze("".join(text for _, _, text in sorted(cells.get(index, []))))
            expected_text = "".join(squeeze(row[index]) for row in rows if index < len(row))
            if on_paper != expected_text:
                problem(f"page {page} column {headers[index]!r}: the text on paper differs from the cells "
                        f"(cut by a short row?): {on_paper[:60]!r}… != {expected_text[:60]!r}…")
    if seen_numbers != [str(n) for n in range(1, len(csv_rows))]:
        problem(f"the 序号 on paper are {seen_numbers[:10]}…, expected 1 to {len(csv_rows) - 1} once each, in order")

    subprocess.run(["pdftoppm", "-r", "80", "-png", pdf, os.path.join(out_dir, name + "-page")], check=False)
    print(f"check-xlsx: PDF {pdf}: {len(sizes)} page(s) ({len(ledger_pages)} ledger, landscape, "
          f"scale {scale:.0%}); pages as PNG: {os.path.join(out_dir, name + '-page-*.png')}")


def main(argv):
    args, index = [], 0
    pdf_dir = None
    while index < len(argv):
        if argv[index] == "--pdf-dir" and index + 1 < len(argv):
            pdf_dir = argv[index + 1]
            index += 2
            continue
        if not argv[index].startswith("--"):
            args.append(argv[index])
        index += 1
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

    header_row = [as_text(c.value) for c in next(ledger.iter_rows(max_row=1))]
    added = header_row[FIRST_ADDED:FIRST_ADDED + len(ADDED_HEADERS[0])]
    if added not in [list(names) for names in ADDED_HEADERS]:
        problem(f"sheet 1 columns {FIRST_ADDED + 1}-{FIRST_ADDED + len(ADDED_HEADERS[0])} are {added!r}, "
                f"expected {ADDED_HEADERS[0]!r} (or English)")

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

    check_print_setup(workbook, problem)
    if "--pdf" in argv:
        name = os.path.splitext(os.path.basename(xlsx_path))[0]
        out_dir = pdf_dir or os.path.join(os.environ.get("TMPDIR", "/tmp"), "checkup-xlsx-check", name)
        check_pdf(xlsx_path, workbook, csv_rows, out_dir, problem)

    if problems:
        print(f"check-xlsx: {len(problems)} mismatch(es)")
        return 1
    print(f"check-xlsx: ok: {len(csv_rows) - 1} rows, dates, numbers, frozen bold header, no formulas, totals, "
          f"print setup" + (", printed pages" if "--pdf" in argv else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
