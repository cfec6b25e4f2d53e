#!/usr/bin/env python3
"""Train the crisis detector's weighted-word backstop (moderation/detector/weights.json) from the corpus.

    .venv/bin/python bench/train_crisis_weights.py            # retrain, write weights.json
    .venv/bin/python bench/train_crisis_weights.py --check    # exit 1 if the corpus changed since
    .venv/bin/python bench/train_crisis_weights.py --evaluate set_x.tsv set_y.tsv   # rules, then rules + backstop

Reads every tests/moderation/data/*.tsv (label in the first column, text in the last), turns each
statement into the features moderation/detector/weighed.py reads (words and neighbouring pairs of
the detector's own normalised text), and fits an L2 logistic regression (scikit-learn, pinned in
requirements-dev.lock; never needed at run time). Keeps the heaviest features only, and sets the
threshold from out-of-fold scores (5 folds) so that about 1 % of the corpus's quiet statements
reach it. Deterministic: the same corpus gives the same file.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from moderation.detector import weighed  # noqa: E402
from moderation.detector.lexicon import normalise  # noqa: E402
from moderation.detector.questions import answered_for_self  # noqa: E402

DATA = ROOT / "tests" / "moderation" / "data"
KEEP = 5000
MIN_STATEMENTS = 5  # a feature must occur in this many statements to be learned (no one sentence memorised)
FOLDS = 5
C = 1.0
FALSE_ALARMS = 0.01


def corpus_files() -> list[Path]:
    return sorted(DATA.glob("*.tsv"), key=lambda p: p.name)


def rows_of(paths: list[Path]) -> list[tuple[int, set[str]]]:
    return [(int(label == "crisis"), weighed.features(answered_for_self(normalise(text))))
            for path in paths for label, text in weighed.corpus_rows(path)]


def fit(rows: list[tuple[int, set[str]]]) -> tuple[float, dict[str, float]]:
    """L2 logistic regression on binary features; the KEEP heaviest weights, rounded."""
    import numpy as np
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    seen = Counter(feature for _, found in rows for feature in found)
    vocabulary = {feature for feature, count in seen.items() if count >= MIN_STATEMENTS}
    vectoriser = DictVectorizer()
    matrix = vectoriser.fit_transform([dict.fromkeys(found & vocabulary, 1) for _, found in rows]).tocsr()
    matrix.indices = matrix.indices.astype(np.int32)
    matrix.indptr = matrix.indptr.astype(np.int32)
    model = LogisticRegression(C=C, solver="liblinear", max_iter=2000, random_state=0)
    model.fit(matrix, np.array([label for label, _ in rows]))
    pairs = sorted(zip(vectoriser.get_feature_names_out(), model.coef_[0], strict=True),
                   key=lambda pair: (-abs(pair[1]), pair[0]))
    return round(float(model.intercept_[0]), 4), {name: round(float(w), 4) for name, w in pairs[:KEEP]}


def threshold(rows: list[tuple[int, set[str]]]) -> float:
    """The score that about FALSE_ALARMS of quiet statements reach when scored by a model that never saw them."""
    quiet_scores = []
    for fold in range(FOLDS):
        train = [row for at, row in enumerate(rows) if at % FOLDS != fold]
        bias, table = fit(train)
        quiet_scores += [bias + sum(table.get(f, 0.0) for f in found)
                         for at, (label, found) in enumerate(rows) if at % FOLDS == fold and not label]
    quiet_scores.sort(reverse=True)
    return round(quiet_scores[int(len(quiet_scores) * FALSE_ALARMS)], 4)


def train(paths: list[Path]) -> dict:
    rows = rows_of(paths)
    bias, table = fit(rows)
    return {
        "about": "moderation/detector/weighed.py; written by bench/train_crisis_weights.py, do not edit",
        "trained_on": [path.name for path in paths],
        "corpus_digest": weighed.corpus_digest(paths),
        "statements": len(rows),
        "bias": bias,
        "threshold": threshold(rows),
        "weights": dict(sorted(table.items())),
    }


def evaluate(paths: list[Path]) -> None:
    """Rules alone, then rules + the shipped backstop, on labelled files (the detector as it is)."""
    from moderation.detector import assess

    for path in paths:
        counts = {"crisis": [0, 0, 0], "quiet": [0, 0, 0]}
        for label, text in weighed.corpus_rows(path):
            verdict = assess(text)
            counts[label][0] += 1
            counts[label][2] += verdict.is_crisis
            counts[label][1] += verdict.is_crisis and "wording" not in verdict.categories
        (c, c_rules, c_all), (q, q_rules, q_all) = counts["crisis"], counts["quiet"]
        print(f"{path.name}: rules {c_rules}/{c} caught, {q_rules}/{q} flagged; "
              f"with the backstop {c_all}/{c} caught, {q_all}/{q} flagged")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true", help="exit 1 if weights.json was trained on another corpus")
    parser.add_argument("--evaluate", nargs="+", type=Path, metavar="TSV", help="report rules vs rules + backstop")
    parser.add_argument("--out", type=Path, default=weighed.WEIGHTS_FILE)
    args = parser.parse_args()
    if args.evaluate:
        evaluate(args.evaluate)
        return 0
    if args.check:
        same = weighed.load().corpus_digest == weighed.corpus_digest(corpus_files())
        print("weights.json matches the corpus" if same else "the corpus changed: retrain")
        return 0 if same else 1
    data = train(corpus_files())
    args.out.write_text(json.dumps(data, indent=0, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {args.out} ({len(data['weights'])} weights from {data['statements']} statements, "
          f"threshold {data['threshold']})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
