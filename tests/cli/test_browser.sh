#!/usr/bin/env bash
# The drama-serve page driven in headless Chromium through chromedriver, as a
# user would (tests/browser/page_test.py): type a query, hits and highlights,
# a facet click, a person page, article markup shown as text, a screenshot.
# Exits 77, which ctest reports as skipped, where Chromium or its driver is
# missing.
. "$(dirname "$0")/lib.sh"
for tool in chromium chromedriver; do
  if ! command -v "$tool" >/dev/null; then
    echo "test_browser: SKIPPED: $tool is not installed (scripts/setup installs chromium and" \
         "chromium-driver where the distribution has them)"
    exit 77
  fi
done
. "$(dirname "$0")/serve_lib.sh"
IDX=$WORK/idx
expect_status 0 "$INDEXER" --quiet --index "$IDX" "$SRC/corpus/articles"
# An article whose text holds markup: the page must show it as text.
python3 -c '
import json
body = ("xsstrap scene <script>window.__xss = 1</script> and <img src=x onerror=\"window.__xss = 2\"> "
        "in the text of a drama article about a rooftop.")
print(json.dumps({"id": "xss-1", "title": "xsstrap <b onmouseover=\"window.__xss=3\">title</b>", "body": body}))' \
  >"$WORK/xss.jsonl"
expect_status 0 "$INDEXER" --quiet --index "$IDX" "$WORK/xss.jsonl"

start_server 240 --index "$IDX" --threads 2
SHOT=$(dirname "$INDEXER")/drama-serve-results.png
timeout 180 python3 "$SRC/tests/browser/page_test.py" "$URL" "$SHOT" >"$WORK/browser.out" 2>&1 ||
  fail "browser test: $(tail -5 "$WORK/browser.out")"
[ -s "$SHOT" ] || fail "no screenshot"
echo "test_browser: passed, screenshot $SHOT"
