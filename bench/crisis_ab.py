#!/usr/bin/env python3
"""Two versions of the crisis detector on the same posts, alternating (A, B, A, B ...).

    git archive <commit> moderation/detector | tar -x -C /tmp/a   # likewise /tmp/b
    .venv/bin/python bench/crisis_ab.py /tmp/a /tmp/b [--posts 200] [--rounds 3] [--pairs 2]

Each side runs in its own process (its own `moderation.detector` on sys.path) over posts built
once from this checkout's corpus files, so that a change to tuning.tsv does not change the posts
(bench/crisis_bench.py builds its posts from the corpus, so it cannot compare two commits that
add statements). Prints ms per 2,000-character post (CPU time, median of rounds) for each side and
pair, the B / A ratio, and the load average.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _time(root: str, posts_file: str, rounds: int) -> dict[str, float]:
    """Run in a child process: time root's assess() over the posts (json {name: [post, ...]})."""
    sys.path.insert(0, root)
    from moderation.detector import assess  # noqa: PLC0415 - the version under test is chosen at run time

    sets = json.loads(Path(posts_file).read_text(encoding="utf-8"))
    assess("warm up the compiled patterns")
    out = {}
    for name, posts in sets.items():
        per_round = []
        for _ in range(rounds):
            started = time.process_time()
            for post in posts:
                assess(post)
            per_round.append((time.process_time() - started) / len(posts) * 1000)
        out[name] = statistics.median(per_round)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("a")
    parser.add_argument("b")
    parser.add_argument("--posts", type=int, default=200)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--pairs", type=int, default=2)
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(_time(args.a, args.child, args.rounds)))
        return
    sys.path.insert(0, str(ROOT))
    from bench.crisis_bench import NEUTRAL, _posts, _statements  # noqa: PLC0415 - only the parent builds posts

    sets = {
        "plain taper talk": _posts(NEUTRAL, args.posts, 3),
        "everyday, near misses": _posts(_statements("quiet") + NEUTRAL * 8, args.posts, 1),
        "crisis-dense": _posts(_statements("crisis"), args.posts, 2),
    }
    posts_file = Path("/tmp") / f"crisis_ab_posts_{os.getpid()}.json"
    posts_file.write_text(json.dumps(sets), encoding="utf-8")
    print(f"load average at start: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    print("| pair | side | " + " | ".join(sets) + " |")
    print("|---|---|" + "---:|" * len(sets))
    totals: dict[str, dict[str, list[float]]] = {"A": {}, "B": {}}
    for pair in range(1, args.pairs + 1):
        for side, root in (("A", args.a), ("B", args.b)):
            command = [sys.executable, __file__, root, root, "--rounds", str(args.rounds), "--child", str(posts_file)]
            result = json.loads(subprocess.run(command, capture_output=True, text=True, check=True).stdout)
            for name, value in result.items():
                totals[side].setdefault(name, []).append(value)
            print(f"| {pair} | {side} | " + " | ".join(f"{result[name]:.3f}" for name in sets) + " |")
    ratios = [statistics.median(totals["B"][n]) / statistics.median(totals["A"][n]) for n in sets]
    print("| B / A (medians) | | " + " | ".join(f"{ratio:.2f}" for ratio in ratios) + " |")
    print(f"load average at end: {os.getloadavg()[0]:.2f}")
    posts_file.unlink()


if __name__ == "__main__":
    main()
