#!/usr/bin/env python3
"""The self-check forms with real clients (issue 19).

Excel form: a form made by `checkup selfcheck template --format xlsx` is filled by openpyxl,
and the same file re-saved by LibreOffice (`soffice --headless --convert-to xlsx`, which
rewrites the whole workbook as WPS and Excel do); both import with the answers given (the second
as a duplicate: the same self-check). Forms whose hidden identity was edited, whose rows were
reordered or deleted, or made for a checklist version the catalog lacks are refused with the
reason and the cell.

Browser form (with --browser, or when selenium and chromedriver are present): Chromium fills
the form made by `--format html`, the script takes the XML from the function the 保存自查文件
button calls, checks it against selfcheck-1.xsd and imports it.

Usage: python3 scripts/check-forms.py [--browser|--no-browser|--browser-only]   (CHECKUP_BIN:
the binary; default .build/debug/checkup). Exits 1 on the first check that fails. openpyxl and
LibreOffice are required; without selenium or chromedriver the browser part is skipped with a
note, unless --browser (as .ci/run passes) makes their absence a failure.
"""
import datetime
import json
import os
import shutil
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BIN = os.path.abspath(os.environ.get("CHECKUP_BIN", os.path.join(ROOT, ".build/debug/checkup")))
CODE = "91330703MA2HJ4C8XD"
NOW = "2026-11-29T09:00:00+08:00"
NOTE = "两名焊工特种作业操作证已过期 <正在复审> & 安排中"


def run(*args, expect=0, cwd=None):
    done = subprocess.run([BIN, *args], cwd=cwd, capture_output=True, text=True,
                          env={**os.environ, "CHECKUP_LANG": "zh"})
    if done.returncode != expect:
        fail(f"checkup {' '.join(args)}: exit {done.returncode}, expected {expect}\n{done.stdout}{done.stderr}")
    return done


def fail(message):
    print(f"check-forms: FAIL: {message}", file=sys.stderr)
    sys.exit(1)


def ok(message):
    print(f"check-forms: ok: {message}")


def fill(path, out, answers, performed_at=datetime.datetime(2026, 11, 2, 9, 30), by="王建华"):
    """Fills 自查时间 (a real date), 自查人, and each item's 结果/问题描述 as `answers` says."""
    import openpyxl
    workbook = openpyxl.load_workbook(path)
    sheet = workbook["自查表"]
    sheet["D5"] = performed_at
    sheet["D6"] = by
    for row in range(10, sheet.max_row + 1):
        item = sheet.cell(row, 2).value
        if item in answers:
            result, note = answers[item]
            sheet.cell(row, 8).value = result
            if note is not None:
                sheet.cell(row, 9).value = note
    workbook.save(out)


def items_of(path):
    import openpyxl
    sheet = openpyxl.load_workbook(path)["自查表"]
    return [(row, sheet.cell(row, 2).value) for row in range(10, sheet.max_row + 1) if sheet.cell(row, 2).value]


def libreoffice_resave(path, directory):
    office = shutil.which("soffice") or shutil.which("libreoffice")
    if not office:
        fail("LibreOffice (soffice) is not installed")
    os.makedirs(directory, exist_ok=True)
    profile = tempfile.mkdtemp(prefix="lo-profile-")
    try:
        subprocess.run([office, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "xlsx",
                        "--outdir", directory, path], check=True, capture_output=True, timeout=300)
    finally:
        shutil.rmtree(profile, ignore_errors=True)
    saved = os.path.join(directory, os.path.basename(path))
    if not os.path.exists(saved):
        fail(f"LibreOffice did not write {saved}")
    return saved


def session_answers(work, session):
    shown = json.loads(run("session", "show", "--format", "json", str(session), cwd=work).stdout)
    return {f["item"]: (f["result"], f.get("note")) for f in shown["findings"]}


def import_json(work, *paths, expect=0):
    done = run("import", "--format", "json", "--now", NOW, *paths, expect=expect, cwd=work)
    return json.loads(done.stdout)["files"]


def excel(work):
    form = os.path.join(work, "FORM.xlsx")
    run("selfcheck", "template", "--checklist", "gm-general", "--enterprise", CODE, "--profile", "no-ammonia",
        "--format", "xlsx", "-o", form, cwd=work)
    items = [item for _, item in items_of(form)]
    answers = {item: ("符合", None) for item in items}
    answers[items[1]] = ("不符合", NOTE)
    answers[items[2]] = ("不适用", None)
    answers[items[3]] = ("符合", "行车、叉车均在检验有效期内")
    filled = os.path.join(work, "filled", "FORM-openpyxl.xlsx")
    os.makedirs(os.path.dirname(filled))
    fill(form, filled, answers)
    resaved = libreoffice_resave(filled, os.path.join(work, "libreoffice"))
    with open(filled, "rb") as a, open(resaved, "rb") as b:
        if a.read() == b.read():
            fail("LibreOffice wrote the same bytes; the round trip proves nothing")

    expected = {item: ("pass", None) for item in items}
    expected[items[1]] = ("fail", NOTE)
    expected[items[2]] = ("na", None)
    expected[items[3]] = ("pass", "行车、叉车均在检验有效期内")
    # The LibreOffice copy first: it must stand on its own, not only as a duplicate.
    first = import_json(work, resaved)[0]
    if first["status"] != "imported":
        fail(f"the LibreOffice copy was not imported: {first}")
    got = session_answers(work, first["session"])
    if got != expected:
        fail(f"the LibreOffice copy imported other answers: {got}")
    ok(f"form re-saved by LibreOffice imported as session {first['session']} with {len(got)} answers")
    second = import_json(work, filled)[0]
    if second["status"] != "duplicate" or second["session"] != first["session"]:
        fail(f"the openpyxl copy is not a duplicate of the LibreOffice copy: {second}")
    ok("the openpyxl copy is the same self-check (duplicate)")
    a = run("selfcheck", "convert", "--now", NOW, filled, cwd=work).stdout
    b = run("selfcheck", "convert", "--now", NOW, resaved, cwd=work).stdout
    if a != b:
        fail("selfcheck convert gives different XML for the two copies")
    ok("selfcheck convert gives the same self-check file for both copies")

    # Refusals, each on a filled form (and re-saved by LibreOffice, as WPS or Excel would).
    import openpyxl
    refusals = os.path.join(work, "refused")
    os.makedirs(refusals)

    def edited(name, change):
        workbook = openpyxl.load_workbook(filled)
        change(workbook)
        path = os.path.join(refusals, name)
        workbook.save(path)
        return libreoffice_resave(path, os.path.join(refusals, "lo"))

    def identity(workbook):
        workbook["表单信息"]["B7"] = "91330782MA2DB6LX0J"

    def reorder(workbook):
        sheet = workbook["自查表"]
        rows = [row for row, _ in items_of(filled)]
        for column in range(1, 10):
            a, b = sheet.cell(rows[0], column), sheet.cell(rows[1], column)
            a.value, b.value = b.value, a.value

    def delete(workbook):
        sheet = workbook["自查表"]
        sheet.protection.sheet = False
        sheet.delete_rows(items_of(filled)[4][0])

    cases = [
        ("identity.xlsx", identity, "表单信息!B13", "表单信息已被改动"),
        ("reordered.xlsx", reorder, None, "行被移动、插入或删除"),
        ("deleted.xlsx", delete, None, "行被移动、插入或删除"),
    ]
    for name, change, cell, reason in cases:
        path = edited(name, change)
        files = import_json(work, path, expect=1)
        errors = files[0]["errors"]
        if files[0]["status"] != "refused" or not errors or reason not in errors[0]["message"] \
                or (cell and errors[0].get("cell") != cell):
            fail(f"{name}: not refused as expected: {files[0]}")
        ok(f"{name} refused: {errors[0].get('cell')}：{errors[0]['message']}")

    # A form made for a version of gm-general the catalog lacks.
    old = os.path.join(work, "gm-general-2025.9.xml")
    with open(os.path.join(ROOT, "checklists", "gm-general.xml"), encoding="utf-8") as source:
        text = source.read()
    with open(old, "w", encoding="utf-8") as target:
        target.write(text.replace('version="2026.1"', 'version="2025.9"', 1))
    old_form = os.path.join(refusals, "old-version.xlsx")
    run("selfcheck", "template", "--checklist", old, "--enterprise", CODE, "--profile", "no-ammonia",
        "--format", "xlsx", "-o", old_form, cwd=work)
    filled_old = os.path.join(refusals, "old-version-filled.xlsx")
    fill(old_form, filled_old, answers)
    files = import_json(work, filled_old, expect=1)
    message = files[0]["errors"][0]["message"] if files[0]["errors"] else ""
    if "没有版本 2025.9" not in message or "2026.1" not in message:
        fail(f"the old-version form was not refused with the versions known: {files[0]}")
    ok(f"old-version form refused: {message}")


def browser(work, required):
    try:
        from selenium import webdriver
        from selenium.webdriver.chrome.options import Options
        from selenium.webdriver.chrome.service import Service
        from selenium.webdriver.common.by import By
    except ImportError:
        if required:
            fail("selenium is not installed (pip install selenium)")
        print("check-forms: skipped: the browser form (selenium not installed)")
        return
    driver_path = shutil.which("chromedriver") or "/usr/bin/chromedriver"
    if not os.path.exists(driver_path):
        if required:
            fail("chromedriver is not installed (apt-get install chromium-driver)")
        print("check-forms: skipped: the browser form (chromedriver not installed)")
        return
    form = os.path.join(work, "FORM.html")
    run("selfcheck", "template", "--checklist", "gm-general", "--enterprise", CODE, "--profile", "no-ammonia",
        "--format", "html", "-o", form, cwd=work)
    with open(form, encoding="utf-8") as page:
        html = page.read()
    for forbidden in ("http://", "https://", "src=\"//", "@import", "<link"):
        if forbidden in html:
            fail(f"the browser form refers to something outside itself: {forbidden}")
    options = Options()
    options.add_argument("--headless=new")
    options.add_argument("--no-sandbox")
    options.add_argument("--disable-dev-shm-usage")
    options.add_argument(f"--user-data-dir={tempfile.mkdtemp(prefix='chromium-')}")
    if shutil.which("chromium"):
        options.binary_location = shutil.which("chromium")
    driver = webdriver.Chrome(service=Service(driver_path), options=options)
    try:
        driver.get("file://" + form)
        rows = driver.find_elements(By.CSS_SELECTOR, "tr.item")
        items = [row.get_attribute("data-item") for row in rows]
        left = driver.find_element(By.ID, "left").text
        if str(len(items) + 2) not in left:
            fail(f"the count of what is left is wrong at the start: {left!r} for {len(items)} items")
        made = driver.execute_script("return checkupSelfCheckXML();")
        if made["xml"] is not None or len(made["problems"]) != len(items) + 2:
            fail(f"an empty form made a file: {made}")
        driver.execute_script(
            "var at = document.getElementById('performed-at'); at.value = '2026-11-02T09:30';"
            "at.dispatchEvent(new Event('input', {bubbles: true}));")
        driver.find_element(By.ID, "performed-by").send_keys("王建华")
        for index, row in enumerate(rows):
            value = "fail" if index == 1 else ("na" if index == 2 else "pass")
            radio = row.find_element(By.CSS_SELECTOR, f"input[value={value}]")
            driver.execute_script("arguments[0].scrollIntoView(); arguments[0].click();", radio)
        # The fail needs its note: one left.
        if "1" not in driver.find_element(By.ID, "left").text:
            fail(f"a fail without a note is not counted: {driver.find_element(By.ID, 'left').text!r}")
        rows[1].find_element(By.CSS_SELECTOR, "textarea").send_keys(NOTE)
        # Work in progress survives a reload.
        driver.refresh()
        rows = driver.find_elements(By.CSS_SELECTOR, "tr.item")
        kept = rows[1].find_element(By.CSS_SELECTOR, "textarea").get_attribute("value")
        if kept != NOTE:
            fail(f"the note did not survive a reload: {kept!r}")
        made = driver.execute_script("return checkupSelfCheckXML();")
        if not made["xml"]:
            fail(f"the filled form made no file: {made}")
        ok(f"Chromium filled the browser form ({len(items)} items; kept across a reload)")
    finally:
        driver.quit()
    saved = os.path.join(work, "browser", "selfcheck.xml")
    os.makedirs(os.path.dirname(saved))
    with open(saved, "w", encoding="utf-8") as out:
        out.write(made["xml"])
    if shutil.which("xmllint"):
        subprocess.run(["xmllint", "--noout", "--schema", os.path.join(ROOT, "checklists/schema/selfcheck-1.xsd"),
                        saved], check=True, capture_output=True)
        ok("the saved file is valid against selfcheck-1.xsd")
    files = import_json(work, saved)
    if files[0]["status"] not in ("imported", "superseded"):
        fail(f"the browser's file was not imported: {files[0]}")
    got = session_answers(work, files[0]["session"])
    if got.get(items[1]) != ("fail", NOTE) or got.get(items[2]) != ("na", None) or len(got) != len(items):
        fail(f"the browser's file imported other answers: {got}")
    ok(f"the browser's file imported as session {files[0]['session']} with {len(got)} answers")


def main():
    args = sys.argv[1:]
    if not os.path.exists(BIN):
        fail(f"{BIN} is not built (swift build)")
    try:
        import openpyxl  # noqa: F401
    except ImportError:
        fail("openpyxl is not installed (pip install openpyxl)")
    work = tempfile.mkdtemp(prefix="check-forms-")
    try:
        run("enterprise", "import", os.path.join(ROOT, "samples", "enterprises.csv"), cwd=work)
        if "--browser-only" not in args:
            excel(work)
        if "--no-browser" not in args:
            browser(work, required="--browser" in args or "--browser-only" in args)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print("check-forms: all checks passed")


if __name__ == "__main__":
    main()
