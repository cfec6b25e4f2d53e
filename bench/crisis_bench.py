#!/usr/bin/env python3
"""How much the crisis detector adds per 2,000-character post (issue 10: under 1 ms).

    .venv/bin/python bench/crisis_bench.py [--posts 300] [--rounds 5]
    .venv/bin/python bench/crisis_bench.py --against main [--posts 100] [--rounds 5]

Builds 2,000-character posts: "plain taper talk" from neutral sentences, "everyday, near misses"
from the corpus's quiet statements (idioms, negation, news: every few words wake rules up) plus
neutral sentences, and "crisis-dense" from the crisis statements only (the worst case). Times `assess()` per post (CPU
time of this process, median of rounds) beside two baselines measured in the same run on the
same posts: the old whole-phrase matcher with migration 0002's phrases, and
`forum.sanitize.render_markdown`, which every post already pays for. Prints the load average.

With --against REF it compares instead: the detector as it is at git ref REF (a temporary copy,
bench/crisis_identity.py) and this tree's, timed alternately on the same posts (A B A B ...,
`--rounds` of each), and prints both medians and their ratio.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")

import django  # noqa: E402

django.setup()

from bench.crisis_ref import load_reference  # noqa: E402
from bench.crisis_texts import NEUTRAL  # noqa: E402
from forum.sanitize import render_markdown  # noqa: E402
from moderation.detector import assess  # noqa: E402
from moderation.detector.phrases import find_phrase  # noqa: E402
from moderation.migrations._crisis_defaults_0002 import PHRASES  # noqa: E402

DATA = ROOT / "tests" / "moderation" / "data"


def _statements(label: str) -> list[str]:
    rows = []
    for name in ("tuning.tsv", "heldout.tsv", "heldout_b.tsv"):
        for line in (DATA / name).read_text(encoding="utf-8").splitlines():
            if line.startswith(label + "\t"):
                rows.append(line.split("\t", 1)[1].strip().rstrip(".") + ".")
    return rows


def _posts(sentences: list[str], count: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    posts = []
    for _ in range(count):
        text = ""
        while len(text) < 2000:
            text += rng.choice(sentences) + " "
        posts.append(text[:2000])
    return posts


def _per_post_ms(func, posts: list[str], rounds: int) -> float:
    results = []
    for _ in range(rounds):
        started = time.process_time()
        for post in posts:
            func(post)
        results.append((time.process_time() - started) / len(posts) * 1000)
    return statistics.median(results)


def _alternating(ref: str, sets: dict[str, list[str]], rounds: int) -> None:
    """The detector at ref (A) and this tree's (B), timed A B A B ... on the same posts."""
    old = load_reference(ref).assess
    print(f"| posts (2,000 chars) | {ref} ms/post | this tree ms/post | this tree ÷ {ref} (median of pairs) |")
    print("|---|---:|---:|---:|")
    for name, posts in sets.items():
        old(posts[0]), assess(posts[0])
        pairs = [(_per_post_ms(old, posts, 1), _per_post_ms(assess, posts, 1)) for _ in range(rounds)]
        a, b = statistics.median(p[0] for p in pairs), statistics.median(p[1] for p in pairs)
        ratio = statistics.median(p[1] / p[0] for p in pairs)
        print(f"| {name} | {a:.3f} | {b:.3f} | {ratio:.2f} |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--posts", type=int, default=300)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--against", metavar="REF", help="time the detector at this git ref beside this tree's")
    args = parser.parse_args()
    print(f"load average at start: {os.getloadavg()[0]:.2f} {os.getloadavg()[1]:.2f} {os.getloadavg()[2]:.2f}")
    sets = {
        "plain taper talk": _posts(NEUTRAL, args.posts, 3),
        "everyday, near misses": _posts(_statements("quiet") + NEUTRAL * 8, args.posts, 1),
        "crisis-dense": _posts(_statements("crisis"), args.posts, 2),
    }
    if args.against:
        _alternating(args.against, sets, args.rounds)
        print(f"load average at end: {os.getloadavg()[0]:.2f}")
        return
    phrases = tuple(PHRASES)
    assess(sets["plain taper talk"][0])  # warm the compiled patterns and the spelling table
    find_phrase("warm", phrases)
    print("| posts (2,000 chars) | detector ms/post | old phrase list ms/post | render_markdown ms/post "
          "| detector × render_markdown |")
    print("|---|---:|---:|---:|---:|")
    for name, posts in sets.items():
        detector = _per_post_ms(assess, posts, args.rounds)
        old = _per_post_ms(lambda text: find_phrase(text, phrases), posts, args.rounds)
        markdown = _per_post_ms(lambda text: render_markdown(text), posts, args.rounds)
        print(f"| {name} | {detector:.3f} | {old:.3f} | {markdown:.3f} | {detector / markdown:.2f} |")
    print(f"load average at end: {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main()
