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

expect_status 1 "$INDEXER" --quiet --index "$IDX" "$C"
err=$(cat "$WORK/err")
for want in "feed.jsonl:2:" "feed.jsonl:4:" "feed.jsonl:5:" "feed.jsonl:6:" "binary.txt:" "empty.md:" "utf16.txt:" "notes.pdf:"; do
  grep -qF "$want" <<<"$err" || fail "no report for $want in: $err"
done
expect_status 0 "$QUERY" --index "$IDX" --json --limit 20 good OR scene
for id in good.txt g1 g2 invalid.txt; do
  grep -q "\"article_id\":\"$id\"" "$WORK/out" || fail "good article $id not indexed"
done
echo ok
