#!/usr/bin/env bash
# Renders the web pages' golden HTML (Tests/CheckupReportsTests/Fixtures/web/*.html, written by
# `CHECKUP_UPDATE_GOLDENS=1 swift test --filter WebPages`) in headless Chromium: a screenshot of
# each page as a browser shows it (1280 px wide) and a PDF as it prints (A4, print CSS), for a
# person to look at (CJK text, charts, print layout). Not a test.
#
#   scripts/render-web-pages.sh              (output in /tmp/checkup-web-render)
#   OUT=DIR scripts/render-web-pages.sh
#
# Needs Debian's chromium and fonts-noto-cjk (apt-get install chromium fonts-noto-cjk); the
# pages need no network (inline CSS and SVG; the evidence images of the fixture are not there,
# so they show as broken images with their alt text).
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=${OUT:-/tmp/checkup-web-render}
BROWSER=$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)
if [ -z "$BROWSER" ]; then
  echo "render-web-pages: no chromium found (apt-get install chromium fonts-noto-cjk)" >&2
  exit 2
fi
mkdir -p "$OUT"
for page in Tests/CheckupReportsTests/Fixtures/web/*.html; do
  name=$(basename "$page" .html)
  url="file://$PWD/$page"
  "$BROWSER" --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=1280,1600 \
    --screenshot="$OUT/$name.png" "$url" 2>/dev/null
  "$BROWSER" --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
    --print-to-pdf="$OUT/$name.pdf" "$url" 2>/dev/null
  echo "$OUT/$name.png  $OUT/$name.pdf"
done
