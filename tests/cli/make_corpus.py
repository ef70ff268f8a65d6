#!/usr/bin/env python3
"""Writes N small deterministic articles as JSON Lines (for CLI tests that
need a corpus large enough to interrupt): make_corpus.py N OUT.jsonl"""
import json
import random
import sys

FAMILY = ["Kim", "Lee", "Park", "Choi", "Han", "Seo", "Yoon", "Kang", "Jung", "Song"]
GIVEN = ["Ji", "Won", "Min", "Seo", "Ha", "Jin", "Soo", "Hyun", "Woo", "Eun", "Bin", "Ah"]
WORDS = ("the cast filmed a rain scene on the rooftop set while the staff laughed between takes and "
         "the director praised the actors for their chemistry in the new legal drama about a lawyer "
         "and a prosecutor who meet at a noodle shop after midnight").split()


def name(rng):
    return f"{rng.choice(FAMILY)} {rng.choice(GIVEN)} {rng.choice(GIVEN)}"


def main():
    n, out = int(sys.argv[1]), sys.argv[2]
    rng = random.Random(1234)
    with open(out, "w", encoding="utf-8") as f:
        for i in range(n):
            paras = []
            for _ in range(rng.randint(3, 6)):
                words = [rng.choice(WORDS) for _ in range(rng.randint(30, 70))]
                paras.append(f"{name(rng)} plays {name(rng)} in \"Drama {i % 50}.\" " + " ".join(words) + ".")
            f.write(json.dumps({"id": f"t{i:05d}", "title": f"Article {i}", "body": "\n\n".join(paras),
                                "date": f"2025-{1 + i % 12:02d}-{1 + i % 28:02d}", "source": "Test"}) + "\n")


if __name__ == "__main__":
    main()
