#!/usr/bin/env python3
"""Does this tree's crisis detector give exactly what another commit's gives? (speed work's check)

    .venv/bin/python bench/crisis_identity.py [--ref main] [--mixes 2000] [--seed 1]

Copies moderation/detector/ as it is at REF (`git show REF:path`) into a temporary package,
runs `assess()` of both on the same texts and compares level, categories and evidence (words and
order). The texts: every corpus statement in tests/moderation/data/*.tsv (as written and in upper
case), each of its sentences alone, every string literal in tests/moderation/test_crisis*.py, the
bench's generated 2,000-character posts (bench/crisis_bench.py), shuffled mixes of corpus
statements and neutral sentences (1 to 12 of them, joined with ". ", " ", ", " or a new line) and
random word strings built from the corpus's own words. Prints the number of texts and of
differences (with the first few), and exits 1 when any differ.
"""

from __future__ import annotations

import argparse
import ast
import importlib
import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
DATA = ROOT / "tests" / "moderation" / "data"

from bench.crisis_ref import load_reference  # noqa: E402


def _statements() -> list[str]:
    rows = []
    for path in sorted(DATA.glob("*.tsv")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip() and not line.startswith("#"):
                rows.append(line.split("\t")[-1])
    return rows


def _test_strings() -> list[str]:
    found = []
    for path in sorted((ROOT / "tests" / "moderation").glob("test_crisis*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and 3 < len(node.value) < 5000:
                found.append(node.value)
    return found


def _bench_posts(count: int) -> list[str]:
    from bench import crisis_bench as b  # django.setup() runs on import: only when asked

    quiet, crisis = b._statements("quiet"), b._statements("crisis")
    return (
        b._posts(b.NEUTRAL, count, 3) + b._posts(quiet + b.NEUTRAL * 8, count, 1) + b._posts(crisis, count, 2)
        + b._posts(quiet + crisis + b.NEUTRAL, count, 4)
    )


def texts(mixes: int, seed: int, posts: int) -> list[str]:
    """Every text the check compares on (see the module's docstring)."""
    statements = _statements()
    sentences = [part for s in statements for part in re.split(r"(?<=[.!?;])\s+|\n", s) if part.strip()]
    rng = random.Random(seed)
    words = sorted({w for s in statements for w in s.lower().split()})
    joins = (". ", " ", ", ", "\n", " - ", "! ")
    out = statements + [s.upper() for s in statements] + sentences + _test_strings() + _bench_posts(posts)
    for _ in range(mixes):
        chosen = rng.sample(statements, rng.randint(1, 12))
        out.append(rng.choice(joins).join(chosen))
        out.append(" ".join(rng.choice(words) for _ in range(rng.randint(3, 60))))
    return out


def _key(assessment) -> tuple:
    return (assessment.level, assessment.categories, assessment.evidence)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ref", default="main", help="the git ref to compare with (default: main)")
    parser.add_argument("--mixes", type=int, default=2000, help="shuffled mixes and random word strings, each")
    parser.add_argument("--posts", type=int, default=300, help="generated bench posts of each kind")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    reference = load_reference(args.ref)
    current = importlib.import_module("moderation.detector")
    all_texts = texts(args.mixes, args.seed, args.posts)
    differences = []
    for text in all_texts:
        old, new = _key(reference.assess(text)), _key(current.assess(text))
        if old != new:
            differences.append((text, old, new))
    flagged = sum(1 for text in all_texts if reference.assess(text).is_crisis)
    print(f"{len(all_texts)} texts ({flagged} flagged by {args.ref}), {len(differences)} differences")
    for text, old, new in differences[:10]:
        print(f"\n{text[:300]!r}\n  {args.ref}: {old}\n  this tree: {new}")
    sys.exit(1 if differences else 0)


if __name__ == "__main__":
    main()
