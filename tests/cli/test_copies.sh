#!/usr/bin/env bash
# Copies of one story over the bundled corpus: one hit per story by default,
# --all-copies, --copies-of (JSON Lines, exit codes), the same over shards.
. "$(dirname "$0")/lib.sh"
IDX=$WORK/idx
expect_status 0 "$INDEXER" --quiet --index "$IDX" "$SRC/corpus/articles"

# A spun article's first copy is its original, marked as the likely original.
expect_status 0 "$QUERY" --index "$IDX" --copies-of spun/moonlit-courthouse-ratings.html
python3 - "$WORK/out" <<'PY' || fail "--copies-of spun/moonlit-courthouse-ratings.html: $(cat "$WORK/out")"
import json, sys
rows = [json.loads(l) for l in open(sys.argv[1])]
assert rows[0]["article_id"] == "original/moonlit-courthouse-ratings.html", rows
for f in ("article_id", "similarity", "spun", "source", "url", "date", "original"):
    assert f in rows[0], f
assert rows[0]["original"] and not rows[0]["spun"]
PY

# A faithful copy on another site (trimmed, a caption added) joins the story;
# its original is the earlier wire article.
expect_status 0 "$QUERY" --index "$IDX" --copies-of agg-001
python3 - "$WORK/out" <<'PY' || fail "--copies-of agg-001: $(cat "$WORK/out")"
import json, sys
rows = {json.loads(l)["article_id"]: json.loads(l) for l in open(sys.argv[1])}
assert set(rows) == {"wire-001", "spun-wire-001"}, rows
assert rows["wire-001"]["original"]
PY

# Another story about the same drama on the same day is not a copy: exit 1.
expect_status 1 "$QUERY" --index "$IDX" --copies-of day-001
[ ! -s "$WORK/out" ] || fail "day-001 has copies: $(cat "$WORK/out")"
# Unknown id: exit 2 and a message naming it.
expect_status 2 "$QUERY" --index "$IDX" --copies-of no-such-article
grep -q "no-such-article" "$WORK/err" || fail "unknown id not named: $(cat "$WORK/err")"

# Search: one hit per story by default, the copies listed; --all-copies lists each.
"$QUERY" --index "$IDX" --json --limit 10 who plays the lawyer >"$WORK/collapsed"
"$QUERY" --index "$IDX" --json --limit 10 --all-copies who plays the lawyer >"$WORK/all"
python3 - "$WORK/collapsed" "$WORK/all" "$SRC/corpus/truth/stories.tsv" <<'PY' || fail "collapse"
import json, sys
# The labelled story of each article (corpus/truth/stories.tsv).
STORY = dict(l.rstrip("\n").split("\t")[:2] for l in open(sys.argv[3]) if l.strip() and not l.startswith("#"))
def story(a):
    return STORY.get(a, a)
hits = [json.loads(l) for l in open(sys.argv[1])]
stories = [story(h["article_id"]) for h in hits]
assert len(stories) == len(set(stories)), f"a story twice: {stories}"
assert any(h["copies"] for h in hits), "no hit lists its copies"
for h in hits:
    for c in h["copies"]:
        assert story(c["article_id"]) == story(h["article_id"]), (h["article_id"], c["article_id"])
every = [story(json.loads(l)["article_id"]) for l in open(sys.argv[2])]
assert len(every) > len(set(every)), f"--all-copies collapsed: {every}"
PY

# Facets count stories: a person of one story and its copies counts once.
"$QUERY" --index "$IDX" --json --facets --limit 1 'drama:"Moonlit Courthouse"' | tail -1 >"$WORK/facets"
"$QUERY" --index "$IDX" --json --facets --all-copies --limit 1 'drama:"Moonlit Courthouse"' | tail -1 >"$WORK/facets_all"
python3 - "$WORK/facets" "$WORK/facets_all" <<'PY' || fail "facets per story"
import json, sys
one = {d["value"]: d["count"] for d in json.load(open(sys.argv[1]))["facets"]["dramas"]}
every = {d["value"]: d["count"] for d in json.load(open(sys.argv[2]))["facets"]["dramas"]}
assert one["Moonlit Courthouse"] < every["Moonlit Courthouse"], (one, every)
PY

# Shards: the same stories.
expect_status 0 "$INDEXER" --quiet --shards 2 --index "$WORK/sharded" "$SRC/corpus/articles"
expect_status 0 "$QUERY" --index "$WORK/sharded" --copies-of spun/moonlit-courthouse-ratings.html
head -1 "$WORK/out" | grep -q '"article_id":"original/moonlit-courthouse-ratings.html"' || fail "shards: $(cat "$WORK/out")"
# Incremental: copies added by a later run join the stories already indexed;
# pruning the copies leaves the originals alone.
mkdir -p "$WORK/inc"
cp -r "$SRC/corpus/articles/original" "$WORK/inc/"
expect_status 0 "$INDEXER" --quiet --index "$WORK/incidx" "$WORK/inc"
cp -r "$SRC/corpus/articles/spun" "$SRC/corpus/articles/copies" "$WORK/inc/"
expect_status 0 "$INDEXER" --quiet --index "$WORK/incidx" "$WORK/inc"
expect_status 0 "$QUERY" --index "$WORK/incidx" --copies-of spun-wire-003
head -1 "$WORK/out" | grep -q '"article_id":"wire-003"' || fail "incremental: $(cat "$WORK/out")"
expect_status 0 "$QUERY" --index "$WORK/incidx" --copies-of agg-001
grep -q '"article_id":"wire-001"' "$WORK/out" || fail "incremental faithful copy: $(cat "$WORK/out")"
rm -r "$WORK/inc/spun" "$WORK/inc/copies"
expect_status 0 "$INDEXER" --quiet --prune --index "$WORK/incidx" "$WORK/inc"
expect_status 1 "$QUERY" --index "$WORK/incidx" --copies-of wire-003
echo ok
