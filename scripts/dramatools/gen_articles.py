"""Whole generated articles: the plan of paragraphs per article kind, an
original article i, and the Generator that makes a share of the articles
content-farm copies of earlier ones run through the spinner."""

import json
import random

from .gen_vocabulary import FARMS, MONTHS, WEATHER
from .gen_paragraphs import (
    Ctx, p_airinfo, p_background, p_cast_member, p_favorite_scene, p_interview_intro, p_interview_role,
    p_lead_casting, p_ost, p_performance, p_personal, p_pictorial, p_premise, p_quote, p_ratings,
    p_reaction, p_reading, p_recap, p_scene, p_support, roundup_item, wc)
from .gen_world import World, given_of
from .paths import THESAURUS
from .spinner import Spinner, load_thesaurus


TITLES = {
    "casting": [
        "{a0} And {a1} Confirmed For {net} {genre_t} \"{t}\"",
        "{a0}, {a1}, And {a2} To Lead \"{t}\"",
        "{a0} In Talks To Star In New {genre_t} \"{t}\"",
        "\"{t}\" Completes Its Line-Up With {a0} And {a1}",
    ],
    "scene": [
        "\"{t}\" Shares First Stills Of {a0} And {a1} {weather_t}",
        "{a0} And {a1} Light Up The Set Of \"{t}\" In Making-Of Video",
        "Behind The Scenes: How \"{t}\" Filmed Its Big Scene In {place}",
        "New Stills Of \"{t}\" Capture The Tension Between {c0} And {c1}",
    ],
    "interview": [
        "{a0} Explains Why {c0} Is The Most Difficult Role Yet",
        "{a0} On Playing A {occ_t} In \"{t}\"",
        "Interview: {a0} Looks Back On \"{t}\"",
    ],
    "recap": [
        "\"{t}\" Ends On A High Note With Its Highest Ratings",
        "\"{t}\" Episode {ep} Recap: {c0} Makes A Choice",
        "{c0} And {c1}'s Story Comes To An End In \"{t}\" Finale",
    ],
    "ratings": [
        "Weekly Ratings Roundup: \"{t}\" Reaches A New High",
        "Ratings: \"{t}\" Climbs As The Race Heats Up",
    ],
    "reading": [
        "{a0}, {a1}, And More Meet For The First Script Reading Of \"{t}\"",
    ],
    "ost": [
        "\"{t}\" Releases New OST As {a0}'s Character Wins Hearts",
    ],
    "pictorial": [
        "{a0} Talks About \"{t}\" In New Pictorial",
    ],
}
KIND_WEIGHTS = [("casting", 26), ("scene", 24), ("interview", 15), ("recap", 12),
                ("ratings", 10), ("reading", 5), ("ost", 4), ("pictorial", 4)]
_KINDS = [k for k, _ in KIND_WEIGHTS]
_KW = [w for _, w in KIND_WEIGHTS]


def title_case(s):
    return " ".join(w[:1].upper() + w[1:] for w in s.split(" "))


def plan(kind, c):
    """Paragraph makers, in order; optional extras are appended until long enough."""
    r = c.rng
    n = len(c.cast)
    if kind == "casting":
        core = [lambda: p_lead_casting(c), lambda: p_premise(c)] + \
               [(lambda i=i: p_cast_member(c, i)) for i in range(n)] + \
               [lambda: p_quote(c, "role"), lambda: p_airinfo(c)]
        extra = [lambda: p_quote(c, "role"), lambda: p_support(c), lambda: p_scene(c),
                 lambda: p_background(c), lambda: p_performance(c), lambda: p_personal(c)]
    elif kind == "scene":
        i = c.focus = r.randrange(n)
        c.partner = (i + 1 + r.randrange(n - 1)) % n
        core = [lambda: p_scene(c, (i, c.partner)), lambda: p_premise(c), lambda: p_scene(c),
                lambda: p_scene(c), lambda: p_quote(c, "set"), lambda: p_airinfo(c)]
        extra = [lambda: p_scene(c), lambda: p_quote(c, "set"), lambda: p_support(c),
                 lambda: p_reaction(c), lambda: p_background(c)]
    elif kind == "interview":
        i = c.focus = r.randrange(n)
        core = [lambda: p_interview_intro(c, i), lambda: p_interview_role(c, i),
                lambda: p_quote(c, "role", i), lambda: p_favorite_scene(c, i),
                lambda: p_quote(c, "set", i), lambda: p_airinfo(c)]
        extra = [lambda: p_quote(c, "role", i), lambda: p_support(c), lambda: p_favorite_scene(c, i),
                 lambda: p_performance(c), lambda: p_reaction(c),
                 lambda: p_personal(c, i)]
    elif kind == "recap":
        core = [lambda: p_ratings(c), lambda: p_premise(c), lambda: p_recap(c),
                lambda: p_recap(c), lambda: p_quote(c, "set"), lambda: p_airinfo(c)]
        extra = [lambda: p_scene(c), lambda: p_quote(c, "role"), lambda: p_ratings(c),
                 lambda: p_reaction(c), lambda: p_performance(c)]
    elif kind == "ratings":
        others = [(r.randrange(c.w.n_dramas), r.randrange(c.w.n_dramas)) for _ in range(3)]
        core = [lambda: (f"It was a busy week for dramas. Here is a look at the week of "
                         f"{r.choice(MONTHS)} {r.randint(1, 20)}, according to Nielsen Korea's nationwide figures."),
                lambda: p_ratings(c), lambda: p_scene(c)] + \
               [(lambda k=k: roundup_item(c.w, r, k[0]) + " " + roundup_item(c.w, r, k[1]))
                for k in others]
        extra = [lambda: p_support(c), lambda: p_reaction(c), lambda: p_personal(c),
                 lambda: " ".join(roundup_item(c.w, r, r.randrange(c.w.n_dramas)) for _ in range(2))]
    elif kind == "reading":
        core = [lambda: p_reading(c), lambda: p_premise(c), lambda: p_reading(c)] + \
               [(lambda i=i: p_cast_member(c, i)) for i in range(min(n, 3))] + \
               [lambda: p_quote(c, "role"), lambda: p_airinfo(c)]
        extra = [lambda: p_reading(c), lambda: p_quote(c, "set"), lambda: p_background(c)]
    elif kind == "ost":
        core = [lambda: p_ost(c), lambda: p_premise(c), lambda: p_scene(c),
                lambda: p_quote(c, "role"), lambda: p_airinfo(c)]
        extra = [lambda: p_ost(c), lambda: p_support(c), lambda: p_scene(c), lambda: p_reaction(c)]
    else:
        i = c.focus = r.randrange(n)
        core = [lambda: p_pictorial(c, i), lambda: p_interview_role(c, i), lambda: p_quote(c, "role", i),
                lambda: p_favorite_scene(c, i), lambda: p_airinfo(c)]
        extra = [lambda: p_quote(c, "set"), lambda: p_support(c), lambda: p_performance(c),
                 lambda: p_personal(c, i)]
    return core, extra


MAX_PARA_WORDS = 78


def make_original(world, seed, i):
    """Article i as an original (unspun) publication: dict without id."""
    rng = random.Random(f"{seed}\x1farticle\x1f{i}")
    k = rng.randrange(world.n_dramas)
    d = world.drama(k)
    c = Ctx(world, rng, d)
    kind = rng.choices(_KINDS, _KW)[0]
    core, extra = plan(kind, c)
    target = rng.randint(330, 480)
    paras = []
    total = 0
    # core paragraphs, stopping early once the article is long enough
    for f in core:
        p = f()
        for _ in range(3):  # passages: keep paragraphs under 80 words
            if wc(p) <= MAX_PARA_WORDS:
                break
            p = f()
        n = wc(p)
        if total + n > 500 and total >= 300:
            break
        paras.append(p)
        total += n
        if total >= target and len(paras) >= 4:
            break
    guard = 0
    while total < target and guard < 30:
        guard += 1
        p = rng.choice(extra)()
        n = wc(p)
        if total + n > 500 or p in paras or n > MAX_PARA_WORDS:
            continue
        paras.insert(len(paras) - 1 if len(paras) > 2 else len(paras), p)
        total += n
    while total > 500 and len(paras) > 4:  # rare: trim
        total -= wc(paras.pop(-2))
    # a short paragraph (a one-line quote) is often run together with the next
    merged = []
    for p in paras:
        if (merged and wc(merged[-1]) < 28 and wc(merged[-1]) + wc(p) <= MAX_PARA_WORDS
                and p is not paras[-1] and rng.random() < 0.7):
            merged[-1] = merged[-1] + " " + p
        else:
            merged.append(p)
    paras = merged
    cast = list(c.cast)
    if c.partner is not None:
        cast = [c.cast[c.focus], c.cast[c.partner]] + \
            [m for k, m in enumerate(c.cast) if k not in (c.focus, c.partner)]
    elif c.focus:
        cast.insert(0, cast.pop(c.focus))
    fmt = dict(
        t=d["title"], net=d["network"], genre_t=title_case(d["genre"]),
        a0=cast[0]["name"], a1=cast[1]["name"], a2=cast[2]["name"],
        c0=given_of(cast[0]["character"]), c1=given_of(cast[1]["character"]),
        place=d["place"], occ_t=title_case(cast[0]["occupation"]),
        weather_t=title_case(rng.choice(WEATHER)), ep=rng.randint(1, d["episodes"]),
    )
    title = rng.choice(TITLES[kind]).format(**fmt)
    # date: around the drama's air date
    y, mo = d["year"], d["month"]
    mo += rng.randint(-3, 3)
    if mo < 1:
        mo, y = mo + 12, y - 1
    if mo > 12:
        mo, y = mo - 12, y + 1
    date = f"{y:04d}-{mo:02d}-{rng.randint(1, 28):02d}"
    o = rng.randrange(world.n_outlets)
    source = world.outlet(o)
    host = "".join(ch for ch in source.lower() if ch.isalnum())
    slug = "-".join("".join(ch for ch in w if ch.isalnum()) for w in title.lower().split()[:8]).strip("-")
    url = f"https://{host}.example/{date[:4]}/{date[5:7]}/{slug}-{i}"
    return {"title": title, "body": "\n\n".join(paras), "date": date, "url": url, "source": source}


class Generator:
    def __init__(self, n, seed, spun_share, rate=0.9):
        self.n = n
        self.seed = seed
        self.share = spun_share
        self.world = World(seed, n)
        self.spinner = None
        self.rate = rate

    def _spinner(self):
        if self.spinner is None:
            table, maxlen = load_thesaurus(THESAURUS)
            self.spinner = Spinner(table, maxlen, self.seed, self.rate)
        return self.spinner

    def is_spun(self, i):
        return random.Random(f"{self.seed}\x1fspun\x1f{i}").random() < self.share

    def article(self, i):
        aid = f"gen-{i + 1:07d}"
        if i > 0 and self.is_spun(i):
            rng = random.Random(f"{self.seed}\x1fcopy\x1f{i}")
            # a farm copies a recent-ish earlier original
            j = i - 1 - min(i - 1, int(rng.expovariate(1 / 200.0)))
            tries = 0
            while j > 0 and self.is_spun(j) and tries < 50:
                j -= 1
                tries += 1
            src = make_original(self.world, self.seed, j)
            sp = self._spinner()
            title = sp.spin_prose(src["title"], random.Random(f"{self.seed}\x1f{aid}\x1ftitle"))
            body = sp.spin_prose(src["body"], random.Random(f"{self.seed}\x1f{aid}\x1fbody"))
            farm = rng.choice(FARMS)
            y, m, d = (int(x) for x in src["date"].split("-"))
            d = min(28, d + rng.randint(0, 5))
            date = f"{y:04d}-{m:02d}-{d:02d}"
            url = f"https://{farm}.example/{date[:4]}/{date[5:7]}/post-{i + 1}"
            rec = {"title": title, "body": body, "date": date, "url": url, "source": farm}
        else:
            rec = make_original(self.world, self.seed, i)
        return {"id": aid, **rec}

    def line(self, i):
        return json.dumps(self.article(i), ensure_ascii=False)
