#!/usr/bin/env bash
# Bad input is reported as path[:line]: reason, the rest is indexed, exit 1.
. "$(dirname "$0")/lib.sh"
IDX=$WORK/idx
C=$WORK/bad
mkdir -p "$C"
printf 'Good\n\nA good article about a drama.\n' >"$C/good.txt"
printf '{"id":"g1","body":"good line one"}\n{"id":"b1","body":\n{"id":"g2","body":"good line two"}\n{"title":"no id"}\n{"id":"g1","body":"duplicate"}\n{"id":"g3","body":"truncated' >"$C/feed.jsonl"
printf 'binary\0data\0here' >"$C/binary.txt"
: >"$C/empty.md"
printf '\xff\xfeU\x00T\x00F\x00' >"$C/utf16.txt"
printf 'Invalid\n\nBytes \xff\xfe in \xc3 the middle of a scene.\n' >"$C/invalid.txt"
printf 'whatever' >"$C/notes.pdf"
python3 -c 'print("<div>"*50000 + "deep scene text" + "</div>"*50000)' >"$C/deep.html"
# A 100 MB single line, and a JSON string of 3 MB in a record that is fine.
python3 -c 'import sys; sys.stdout.write("x" * 100_000_000)' >"$C/oneline.txt"
python3 -c '
import json
print(json.dumps({"id": "huge", "title": "Huge", "body": "A rooftop scene. " * 180000}))
print("{\"id\": \"after-huge\", \"body\": \"good article after the huge one\"}")' >"$C/huge.jsonl"
printf '<html><head><title>Entities &amp; scripts</title><script>var x = "<p>not text</p>";</script></head><body><p>Caf&eacute; scene &#8212; &lt;b&gt;</p></body></html>' >"$C/entities.html"
ln -s "$C" "$C/loop"

expect_status 1 timeout 300 "$INDEXER" --quiet --index "$IDX" "$C"
err=$(cat "$WORK/err")
for want in "oneline.txt: article too large" "feed.jsonl:2:" "feed.jsonl:4:" "feed.jsonl:5:" "feed.jsonl:6:" "binary.txt:" "empty.md:" "utf16.txt:" "notes.pdf:"; do
  grep -qF "$want" <<<"$err" || fail "no report for $want in: $err"
done
expect_status 0 "$QUERY" --index "$IDX" --json --limit 30 good OR scene OR article
for id in good.txt g1 g2 invalid.txt after-huge entities.html; do
  grep -q "\"article_id\":\"$id\"" "$WORK/out" || fail "good article $id not indexed"
done
grep -q '"article_id":"entities.html"' "$WORK/out" && ! grep -q 'not text' "$WORK/out" || fail "script text indexed"
grep -qF 'loop' <<<"$err" || fail "symlink loop not reported: $err"
"$INDEXER" check --index "$IDX" >/dev/null || fail "index inconsistent after bad input"

# A corrupt index gives a clear error, never a crash.
cp -r "$IDX" "$WORK/corrupt"
python3 -c '
import os, sys
p = os.path.join(sys.argv[1], "postlist.glass")
size = os.path.getsize(p)
with open(p, "r+b") as f:
    f.write(os.urandom(size))' "$WORK/corrupt"
set +e; "$QUERY" --index "$WORK/corrupt" scene >/dev/null 2>"$WORK/qerr"; rc=$?; set -e
[ "$rc" -eq 2 ] || fail "corrupt index: exit $rc: $(cat "$WORK/qerr")"
grep -q 'corrupt\|cannot\|failed' "$WORK/qerr" || fail "corrupt index message: $(cat "$WORK/qerr")"
echo ok
