#!/usr/bin/env bash
# A query word also finds what a spinner wrote for it, in spun articles
# only: "+flower +shop" finds the spun article that says "flower store",
# not the unspun one that says the same, and "+calm +remains" the one that
# says "stays calm" (a WordNet synonym MyThes lacks). Through drama-query;
# without the system thesauri the synonyms are not known and nothing is
# found.
. "$(dirname "$0")/lib.sh"
if [ ! -f /usr/share/mythes/th_en_US_v2.dat ]; then
  echo "SKIPPED: no system thesaurus (mythes-en-us)"; exit 77
fi
mkdir -p "$WORK/in"
cat >"$WORK/in/spun.txt" <<'TXT'
The solid of Moonlit Harbor filmed a scene on the seaside with a canine. The manufacturing crew mentioned that the lead actress opened a flower store within the first episode. Her character stays calm when the storm begins.
TXT
cat >"$WORK/in/plain.txt" <<'TXT'
In Spring Garden the florist keeps a flower store near the station, where the hero waits for the rain to stop.
TXT
expect_status 0 "$INDEXER" --quiet --index "$WORK/idx" "$WORK/in"

expect_status 0 "$QUERY" --index "$WORK/idx" --json "+flower +shop"
python3 - "$WORK/out" <<'PY'
import json, sys
hits = [json.loads(l) for l in open(sys.argv[1])]
assert [h["article_id"] for h in hits] == ["spun.txt"], hits
assert hits[0]["spun"] is True, hits
PY
# The word itself matches both, the spun article's own word first-class.
expect_status 0 "$QUERY" --index "$WORK/idx" --json "+flower +store"
[ "$(wc -l <"$WORK/out")" -eq 2 ] || fail "+store: expected both articles: $(cat "$WORK/out")"
# WordNet's synonyms after MyThes's.
if [ -f /usr/share/wordnet/index.verb ]; then
  expect_status 0 "$QUERY" --index "$WORK/idx" --json "+calm +remains"
  grep -q '"article_id":"spun.txt"' "$WORK/out" || fail "+calm +remains: expected spun.txt: $(cat "$WORK/out")"
  DRAMASEARCH_WORDNET=none expect_status 1 "$QUERY" --index "$WORK/idx" --json "+calm +remains"
fi
# No thesaurus: the synonyms are unknown to the query.
DRAMASEARCH_THESAURUS=none DRAMASEARCH_WORDNET=none expect_status 1 "$QUERY" --index "$WORK/idx" --json "+flower +shop"
echo ok
