"""The generator's fictional world: people's names, organisations, and the
dramas and actors derived lazily from (seed, index) so that facts stay
consistent across articles at constant memory."""

import functools
import random

from .gen_vocabulary import (
    AGENCY_KINDS, AGENCY_WORDS, BACKSTORY, FAMILY, GENRES, GIVEN, NETWORKS, OCCUPATIONS, ORG_FORMS,
    PLACES, REPORTERS, ROM, SETTINGS, TITLE_ADJ, TITLE_NOUN, TITLE_PLACE, TRAITS)


def make_compound(rng):
    n = 2 if rng.random() < 0.75 else 3
    w = "".join(rng.choice(ROM) for _ in range(n))
    return w[:1].upper() + w[1:]


def make_org(rng):
    return rng.choice(ORG_FORMS).format(make_compound(rng))


def make_name(rng):
    fam = rng.choice(FAMILY)
    if rng.random() < 0.1:
        return fam + " " + rng.choice(GIVEN)
    a = rng.choice(GIVEN)
    b = rng.choice(GIVEN)
    while b == a:
        b = rng.choice(GIVEN)
    return f"{fam} {a} {b}"


def given_of(name):
    """What articles call a character after the first mention: the given name
    ("Ha Eun" for "Yoon Ha Eun"), or the whole name if the given name is one
    syllable."""
    parts = name.split(" ")
    return " ".join(parts[1:]) if len(parts) > 2 else name


def article_a(word):
    return ("an " if word[:1].lower() in "aeiou" else "a ") + word


class World:
    """Dramas and actors derived lazily from (seed, index)."""

    def __init__(self, seed, n_articles):
        self.seed = seed
        self.n_dramas = max(40, n_articles // 20)
        self.n_actors = max(150, n_articles // 6)
        self.n_outlets = max(12, min(400, n_articles // 500))
        # Per-instance caches (bounded: constant memory).
        self.actor = functools.lru_cache(maxsize=4096)(self._actor)
        self.drama = functools.lru_cache(maxsize=4096)(self._drama)

    def _actor(self, j):
        rng = random.Random(f"{self.seed}\x1factor\x1f{j}")
        female = rng.random() < 0.5
        return {
            "name": make_name(rng),
            "female": female,
            "agency": f"{rng.choice(AGENCY_WORDS)} {rng.choice(AGENCY_KINDS)}",
            "debut": rng.randint(1995, 2023),
            "veteran": rng.random() < 0.2,
            "idol": (rng.choice(["ROYAL FLAME", "Lumina", "NOVA9", "Starlight Boys",
                                 "PRISM", "Moonrise", "BLOOMY", "ARCADE", "Sunday Club"])
                     if rng.random() < 0.12 else ""),
        }

    def _drama(self, k):
        rng = random.Random(f"{self.seed}\x1fdrama\x1f{k}")
        form = rng.random()
        if form < 0.25:
            title = f"The {rng.choice(TITLE_ADJ)} {rng.choice(TITLE_NOUN)}"
        elif form < 0.45:
            title = f"{rng.choice(TITLE_ADJ)} {rng.choice(TITLE_NOUN)}"
        elif form < 0.6:
            title = f"{rng.choice(TITLE_NOUN)} of {rng.choice(TITLE_PLACE)}"
        elif form < 0.72:
            title = f"My {rng.choice(TITLE_ADJ)} {rng.choice(TITLE_NOUN)}"
        elif form < 0.82:
            title = f"Lovers in the {rng.choice(TITLE_NOUN)}"
        elif form < 0.9:
            title = f"The {rng.choice(TITLE_NOUN)} Next Door"
        else:
            title = f"{rng.choice(TITLE_ADJ)} {rng.choice(TITLE_NOUN)} in {rng.choice(TITLE_PLACE)}"
        genre = rng.choice(GENRES)[0]
        net, slots = rng.choice(NETWORKS)
        year = rng.choice([2024, 2025, 2025, 2026])
        month = rng.randint(1, 12)
        n_cast = rng.choice([3, 4, 4, 5, 5, 6])
        cast = []
        used = set()
        for r in range(n_cast):
            j = rng.randrange(self.n_actors)
            while j in used:
                j = rng.randrange(self.n_actors)
            used.add(j)
            fem = self.actor(j)["female"]
            cast.append({
                "actor": j,
                "character": make_name(rng) if rng.random() < 0.8 else given_of(make_name(rng)),
                "occupation": rng.choice(OCCUPATIONS),
                "trait": rng.choice(TRAITS),
                "backstory": rng.choice(BACKSTORY).format(
                    poss="her" if fem else "his", pron="she" if fem else "he"),
                "relation": ["the lead", "the co-lead", "the rival", "the best friend",
                             "the mentor", "the villain"][min(r, 5)],
            })
        return {
            "k": k,
            "title": title,
            "genre": genre,
            "network": net,
            "slot": rng.choice(slots),
            "ott": net in ("Netflix", "Disney+", "Coupang Play", "TVING", "Wavve"),
            "episodes": rng.choice([8, 10, 12, 12, 16, 16, 16, 20, 50]),
            "director": make_name(rng),
            "writer": make_name(rng),
            "setting": rng.choice(SETTINGS),
            "org": make_org(rng),
            "place": rng.choice(PLACES),
            "year": year,
            "month": month,
            "cast": cast,
            "peak": round(rng.uniform(2.0, 22.0), 1),
        }

    def outlet(self, i):
        rng = random.Random(f"{self.seed}\x1foutlet\x1f{i}")
        base = REPORTERS[i % len(REPORTERS)]
        if i < len(REPORTERS):
            return base
        return f"{rng.choice(AGENCY_WORDS)} {rng.choice(['News', 'Daily', 'Times', 'Star', 'Post', 'Wire', 'Report'])}"
