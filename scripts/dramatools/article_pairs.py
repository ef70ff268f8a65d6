"""The bundled corpus as (original, spun) article pairs, read through
`drama-index extract` as the engine sees them."""

import sys

from .align import edit_distance
from .errors import EvalError
from .tokens import words


def article_text(rec):
    return rec.get("title", "") + "\n\n" + rec.get("body", "")


def spun_id(orig_id, spun_ids):
    """Spun counterpart of an original id: same id for files, spun-ID for JSON Lines."""
    return orig_id if orig_id in spun_ids else "spun-" + orig_id


def drop_duplicate_heading(orig_rec, spun_rec):
    """Spun body without a duplicated heading, and whether one was dropped.

    The HTML reader drops an <h1> identical to <title>. In the spun copy both
    were spun independently and differ, so the h1 stays in the body as an extra
    first paragraph that has no counterpart in the original (pure insertions
    that no repair can fix). Dropped when the spun body has exactly one
    paragraph more than the original body and that first paragraph differs
    from the spun title in at most half of the title's words."""
    op, sp = orig_rec["body"].split("\n\n"), spun_rec["body"].split("\n\n")
    title = words(spun_rec.get("title", ""))
    if len(sp) == len(op) + 1 and edit_distance(words(sp[0]), title) <= len(title) / 2:
        return "\n\n".join(sp[1:]), True
    return spun_rec["body"], False


def load_pairs(tools, corpus):
    """[(id, original text, spun text)], the number of dropped headings and
    the ids of the spun articles."""
    originals = tools.extract(corpus / "articles" / "original")
    spuns = tools.extract(corpus / "articles" / "spun")
    if not originals:
        raise EvalError(f"no articles extracted from {corpus / 'articles' / 'original'}")
    pairs, dropped, missing = [], 0, []
    for oid in sorted(originals):
        srec = spuns.get(spun_id(oid, spuns))
        if srec is None:
            missing.append(oid)
            continue
        body, was_dropped = drop_duplicate_heading(originals[oid], srec)
        dropped += was_dropped
        pairs.append((oid, article_text(originals[oid]), article_text(dict(srec, body=body))))
    if missing:
        print(f"warning: no spun version of {len(missing)} articles: {', '.join(missing[:5])}",
              file=sys.stderr)
    return pairs, dropped, set(spuns)
