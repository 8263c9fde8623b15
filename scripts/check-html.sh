#!/usr/bin/env bash
# Checks an HTML report the way a person would: opens it in headless Chromium with CJK fonts,
# takes an A4-sized screenshot (PNG), prints it to PDF, checks that the PDF has A4 pages
# (595 x 842 pt, ±2) and at least one page, and renders every PDF page to PNG for a look at
# clipping. Prints where the PNGs and the PDF are.
#
# Usage: scripts/check-html.sh REPORT.html [OUT_DIR]
#   OUT_DIR defaults to ${TMPDIR:-/tmp}/checkup-html-check/<report name>/
#
# Installs chromium, fonts-noto-cjk and poppler-utils with apt-get when they are missing
# (needs root). Exit status: 0 all checks passed, 1 a check failed, 2 usage or tools missing.
set -euo pipefail

if [[ $# -lt 1 || $# -gt 2 || "${1:-}" == "-h" || "${1:-}" == "--help" ]]; then
    sed -n '2,11p' "$0" | sed 's/^# \{0,1\}//'
    exit 2
fi

html=$1
[[ -f "$html" ]] || { echo "check-html: $html: no such file" >&2; exit 2; }
name=$(basename "$html" .html)
out=${2:-${TMPDIR:-/tmp}/checkup-html-check/$name}
mkdir -p "$out"
html_abs=$(cd "$(dirname "$html")" && pwd)/$(basename "$html")
out_abs=$(cd "$out" && pwd)

# --- tools -------------------------------------------------------------------------------
find_chromium() {
    for candidate in chromium chromium-browser google-chrome google-chrome-stable; do
        if command -v "$candidate" >/dev/null 2>&1; then command -v "$candidate"; return 0; fi
    done
    return 1
}

need=()
find_chromium >/dev/null || need+=(chromium)
fonts=$(fc-list 2>/dev/null || true)
grep -qi "Noto Sans CJK" <<<"$fonts" || need+=(fonts-noto-cjk)
command -v pdfinfo >/dev/null 2>&1 && command -v pdftoppm >/dev/null 2>&1 || need+=(poppler-utils)
if [[ ${#need[@]} -gt 0 ]]; then
    if [[ $(id -u) -ne 0 ]] || ! command -v apt-get >/dev/null 2>&1; then
        echo "check-html: missing ${need[*]}; install them (apt-get install ${need[*]}) and run again" >&2
        exit 2
    fi
    echo "check-html: installing ${need[*]} …" >&2
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >&2
    apt-get install -y -qq --no-install-recommends "${need[@]}" >&2
fi
chromium=$(find_chromium) || { echo "check-html: chromium not found after install" >&2; exit 2; }

# --- render ------------------------------------------------------------------------------
# A throwaway profile keeps runs independent; no network is needed (the report is self-contained),
# so every request to a remote host is refused: an external fetch would show as missing content.
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
common=(--headless --no-sandbox --disable-gpu --disable-dev-shm-usage --hide-scrollbars
        --user-data-dir="$profile" --no-first-run --disable-extensions
        --host-resolver-rules="MAP * ~NOTFOUND")

screenshot=$out_abs/$name.png
pdf=$out_abs/$name.pdf
rm -f "$screenshot" "$pdf" "$out_abs/$name-page-"*.png
# 1240 x 1754 px is A4 at 150 dpi.
"$chromium" "${common[@]}" --screenshot="$screenshot" --window-size=1240,1754 "file://$html_abs" \
    >"$out_abs/chromium-screenshot.log" 2>&1 || true
"$chromium" "${common[@]}" --no-pdf-header-footer --print-to-pdf="$pdf" "file://$html_abs" \
    >"$out_abs/chromium-pdf.log" 2>&1 || true

status=0
fail() { echo "FAIL: $*"; status=1; }

[[ -s "$screenshot" ]] || fail "no screenshot written (see $out_abs/chromium-screenshot.log)"
[[ -s "$pdf" ]] || { fail "no PDF written (see $out_abs/chromium-pdf.log)"; exit 1; }

# --- checks ------------------------------------------------------------------------------
info=$(pdfinfo "$pdf")
pages=$(awk -F: '/^Pages:/ { gsub(/ /, "", $2); print $2 }' <<<"$info")
size=$(awk -F: '/^Page size:/ { sub(/^ +/, "", $2); print $2 }' <<<"$info")
echo "PDF: $pdf — $pages page(s), $size"
[[ "${pages:-0}" -ge 1 ]] || fail "the PDF has no pages"
read -r width height <<<"$(awk '{ print $1, $3 }' <<<"$size")"
awk -v w="$width" -v h="$height" 'BEGIN { exit !(w >= 593 && w <= 597 && h >= 840 && h <= 844) }' \
    || fail "page size is $size, not A4 (595 x 842 pts)"
# Every page's size, not only the first.
odd=$(pdfinfo -f 1 -l "$pages" "$pdf" | awk '/^Page +[0-9]+ size:/ { if (!($4 >= 593 && $4 <= 597 && $6 >= 840 && $6 <= 844)) print $2 }')
[[ -z "$odd" ]] || fail "pages not A4: $odd"

# A Chinese report's PDF should carry Chinese text (Chromium embeds unnamed Type 3 fonts, so the
# text is checked rather than the font names), and a CJK font must be installed for it to show.
if grep -q 'lang="zh' "$html"; then
    text=$(pdftotext "$pdf" -)
    grep -qP '[\x{4e00}-\x{9fff}]' <<<"$text" || fail "no Chinese text in the PDF"
    cjk_fonts=$(fc-list :lang=zh)
    [[ -n "$cjk_fonts" ]] || fail "no CJK font installed (fonts-noto-cjk)"
fi
# Self-contained: no scripts, no external resources.
if grep -qiE '<script|<iframe|<object|<embed|<link[^>]*href|src="https?:|url\(https?:|@import' "$html"; then
    fail "the HTML has a script or an external resource"
fi

pdftoppm -r 60 -png "$pdf" "$out_abs/$name-page"
echo "Screenshot (1240x1754, A4 at 150 dpi): $screenshot"
echo "PDF pages as PNG:"
ls -1 "$out_abs/$name-page"*.png | sed 's/^/  /'
[[ $status -eq 0 ]] && echo "OK: $html renders, prints to $pages A4 page(s)"
exit $status
