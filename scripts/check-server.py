#!/usr/bin/env python3
"""`checkup serve` in a real browser (issue 20): headless Chromium through Debian's chromedriver
and Python's selenium.

Makes the demo station (`checkup demo`), adds a township user, starts `checkup serve` on a free
port and, as that user: signs in through the form, opens the dashboard, filters the enterprises
with the search form, opens a hazard awaiting verification and verifies it through its form (the
history then names the user), fetches the ledger (XLSX) from the page with fetch() — headless
Chromium does not save downloads — and checks it is a workbook; signs out. Screenshots of every
step go to a temporary folder (printed), to be looked at: CJK text, charts, print layout.

Usage: python3 scripts/check-server.py   (CHECKUP_BIN: the binary; default
.build/debug/checkup). Needs `apt-get install chromium chromium-driver` and `pip install selenium`.
Exits 1 on the first check that fails, 0 when all pass; stops the server with SIGTERM and
expects exit 0.
"""
import base64
import json
import os
import re
import signal
import subprocess
import sys
import tempfile
import time
import urllib.parse

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BIN = os.path.abspath(os.environ.get("CHECKUP_BIN", os.path.join(ROOT, ".build/debug/checkup")))
NOW = "2026-11-30T17:00:00+08:00"
PASSWORD = "browser check 1"


def fail(message):
    print(f"check-server: FAIL: {message}", file=sys.stderr)
    sys.exit(1)


def ok(message):
    print(f"check-server: ok: {message}")


def run(*args, stdin=None):
    done = subprocess.run([BIN, *args], input=stdin, capture_output=True, text=True,
                          env={**os.environ, "CHECKUP_LANG": "zh"})
    if done.returncode != 0:
        fail(f"checkup {' '.join(args)}: exit {done.returncode}\n{done.stdout}{done.stderr}")
    return done.stdout


def main():
    try:
        from selenium import webdriver
        from selenium.webdriver.chrome.service import Service
        from selenium.webdriver.common.by import By
    except ImportError:
        fail("selenium is missing: pip install selenium")
    if not os.path.exists("/usr/bin/chromedriver"):
        fail("chromedriver is missing: apt-get install chromium chromium-driver")

    work = tempfile.mkdtemp(prefix="checkup-browser-")
    shots = os.path.join(work, "screenshots")
    os.makedirs(shots)
    demo = os.path.join(work, "demo")
    run("demo", "--output", demo, "--now", NOW)
    database = os.path.join(demo, "checkup.sqlite")
    # A general hazard the enterprise reports rectified (as `hazard update` records it), so that
    # there is one to verify; its township is the user's.
    waiting = json.loads(run("hazard", "list", "--status", "rectified", "--format", "json", "--database", database))
    if not waiting:
        opened = json.loads(run("hazard", "list", "--status", "open", "--severity", "general", "--format", "json",
                                "--database", database))
        if not opened:
            fail("the demo has no general hazard to rectify")
        hazard_id = str(opened[0]["id"])
        for status in ("rectifying", "rectified"):
            run("hazard", "update", hazard_id, "--status", status, "--note", "企业自报整改", "--database", database)
        waiting = json.loads(run("hazard", "list", "--status", "rectified", "--format", "json", "--database", database))
    township = waiting[0]["township"]
    enterprises = json.loads(run("enterprise", "list", "--township", township, "--format", "json",
                                 "--database", database))
    run("user", "add", "乡镇用户", "--role", "township", "--township", township, "--password-stdin",
        "--database", database, stdin=PASSWORD)

    server = subprocess.Popen([BIN, "serve", "--listen", "127.0.0.1:0", "--database", database],
                              stderr=subprocess.PIPE, text=True)
    line = server.stderr.readline()
    match = re.search(r"http://([\d.]+:\d+)", line)
    if not match:
        server.kill()
        fail(f"serve did not say where it listens: {line}")
    base = "http://" + match.group(1)
    ok(f"serve listening on {base}")

    options = webdriver.ChromeOptions()
    options.add_argument("--headless=new")
    options.add_argument("--no-sandbox")
    options.add_argument("--window-size=1280,1600")
    options.add_argument("--lang=zh-CN")
    browser = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
    step = [0]

    def shot(name):
        step[0] += 1
        path = os.path.join(shots, f"{step[0]:02d}-{name}.png")
        browser.save_screenshot(path)
        return path

    def fetch_json(path):
        return browser.execute_async_script(
            "const done = arguments[arguments.length - 1];"
            "fetch(arguments[0], {credentials: 'same-origin'}).then(r => r.json()).then(done, e => done(String(e)));",
            path)

    try:
        browser.get(base + "/")
        if not browser.current_url.endswith("/login"):
            fail(f"not signed in, / should lead to /login, not {browser.current_url}")
        shot("login")
        browser.find_element(By.NAME, "name").send_keys("乡镇用户")
        browser.find_element(By.NAME, "password").send_keys(PASSWORD)
        browser.find_element(By.NAME, "password").submit()
        time.sleep(0.5)
        if browser.current_url.rstrip("/") != base:
            fail(f"sign-in should lead to the dashboard, not {browser.current_url}")
        body = browser.find_element(By.TAG_NAME, "body").text
        if township not in body:
            fail(f"the dashboard does not name the township {township}")
        if not browser.find_elements(By.CSS_SELECTOR, "svg"):
            fail("the dashboard has no chart (svg)")
        shot("dashboard")
        ok("signed in through the form; the dashboard shows the township and its charts")

        browser.get(base + "/enterprises")
        search = browser.find_element(By.NAME, "q")
        wanted = enterprises[0]["name"]
        search.send_keys(wanted[:4])
        search.submit()
        time.sleep(0.3)
        query = urllib.parse.parse_qs(urllib.parse.urlparse(browser.current_url).query)
        if query.get("q") != [wanted[:4]]:
            fail(f"the search form did not submit q: {browser.current_url}")
        if wanted not in browser.find_element(By.TAG_NAME, "body").text:
            fail(f"the filtered list does not show {wanted}")
        shot("enterprises-filtered")
        ok("the enterprise search filters the list")

        hazards = fetch_json("/api/v1/hazards?status=rectified")
        if not isinstance(hazards, list) or not hazards:
            fail(f"no hazard awaiting verification in the demo township: {hazards}")
        hazard = hazards[0]["id"]
        browser.get(f"{base}/hazards/{hazard}")
        shot("hazard")
        forms = [form for form in browser.find_elements(By.TAG_NAME, "form")
                 if form.get_attribute("action").endswith(f"/hazards/{hazard}/verify")]
        if not forms:
            fail(f"hazard {hazard} has no verify form")
        forms[0].find_element(By.NAME, "note").send_keys("浏览器复查：整改到位")
        forms[0].submit()
        time.sleep(0.5)
        shown = fetch_json(f"/api/v1/hazards/{hazard}")
        if shown.get("status") != "verified" or shown["history"][-1]["by"] != "乡镇用户":
            fail(f"hazard {hazard} was not verified by the user: {shown.get('status')}, {shown.get('history', [])[-1:]}")
        shot("hazard-verified")
        ok(f"hazard {hazard} verified through its form, recorded as 乡镇用户")

        ledger = browser.execute_async_script(
            "const done = arguments[arguments.length - 1];"
            "fetch('/reports/ledger.xlsx', {credentials: 'same-origin'}).then(r => r.arrayBuffer())"
            ".then(b => { let s = ''; const a = new Uint8Array(b);"
            " for (let i = 0; i < a.length; i++) s += String.fromCharCode(a[i]); done(btoa(s)); }, e => done(''));")
        data = base64.b64decode(ledger)
        if not data.startswith(b"PK"):
            fail("the ledger fetched from the page is not an XLSX file")
        path = os.path.join(work, "ledger.xlsx")
        with open(path, "wb") as handle:
            handle.write(data)
        try:
            import openpyxl
            sheet = openpyxl.load_workbook(path).worksheets[0]
            if sheet.max_row < 2:
                fail("the ledger has no rows")
            ok(f"ledger.xlsx fetched from the page: {len(data)} bytes, {sheet.max_row - 1} rows")
        except ImportError:
            ok(f"ledger.xlsx fetched from the page: {len(data)} bytes (openpyxl not installed: not opened)")

        browser.get(base + "/?lang=en")
        shot("dashboard-en")
        browser.get(base + "/plan")
        shot("plan")
    finally:
        browser.quit()
        server.send_signal(signal.SIGTERM)
        try:
            code = server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            server.kill()
            fail("serve did not stop within 20 s of SIGTERM")
    if code != 0:
        fail(f"serve exited {code} after SIGTERM")
    ok("serve stopped on SIGTERM with exit 0")
    print(f"check-server: screenshots in {shots} (the folder is left for them; remove it when done)")


if __name__ == "__main__":
    main()
