#!/usr/bin/env python3
"""Train the crisis detector's weighted-word backstop (moderation/detector/weights.json) from the corpus.

    .venv/bin/python bench/train_crisis_weights.py            # retrain, write weights.json
    .venv/bin/python bench/train_crisis_weights.py --check    # exit 1 if the corpus changed since
    .venv/bin/python bench/train_crisis_weights.py --evaluate set_x.tsv set_y.tsv   # rules, then rules + backstop

Reads every tests/moderation/data/*.tsv (label in the first column, text in the last), turns each
statement into the features moderation/detector/weighed.py reads (words and neighbouring pairs of
the detector's own normalised text), and fits an L2 logistic regression (scikit-learn, pinned in
requirements-dev.lock; never needed at run time). Keeps the heaviest features only, and sets the
threshold from out-of-fold scores (5 folds) so that about 2 % of the corpus's quiet statements
reach it (1 % until round twelve). A text of four sentences or more that stays under it is also
read one and two neighbouring sentences at a time, at a stricter window threshold: out of fold, of
the quiet statements of four sentences or more, about 0.25 % more reach it. SHIPPED is the method;
bench/crisis_backstop_eval.py measures it and the alternatives on sets it never learned from.
Deterministic: the same corpus gives the same file.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from moderation.detector import weighed  # noqa: E402
from moderation.detector.lexicon import normalise  # noqa: E402
from moderation.detector.questions import answered_for_self  # noqa: E402

DATA = ROOT / "tests" / "moderation" / "data"
FOLDS = 5


@dataclass(frozen=True)
class Method:
    """How the backstop is trained and read; bench/crisis_backstop_eval.py measures the alternatives."""

    keep: int = 5000  # the heaviest weights kept
    min_statements: int = 5  # a feature must occur in this many statements (no one sentence memorised)
    c: float = 1.0
    class_weight: str | None = None
    false_alarms: float = 0.01  # of the quiet statements, out of fold, that reach the threshold
    stems: bool = False
    skips: bool = False
    negation_scope: int = 0
    windows: bool = False  # also read one or two neighbouring sentences, at a stricter threshold
    window_false_alarms: float = 0.01  # of quiet statements of window_from sentences or more, added by windows
    window_from: int = 2  # the sentences a text needs before its windows are read
    silent_weight: float = 1.0  # the weight in training of statements no rule flags (the backstop's own cases)

    @property
    def reads(self) -> weighed.Reads:
        return weighed.Reads(self.stems, self.skips, self.negation_scope)


SHIPPED = Method(keep=10000, false_alarms=0.02, windows=True, window_false_alarms=0.0025, window_from=4)


def corpus_files() -> list[Path]:
    return sorted(DATA.glob("*.tsv"), key=lambda p: p.name)


def rows_of(paths: list[Path]) -> list[tuple[int, str]]:
    """(1 for crisis, the detector's normalised text) of every statement."""
    return [
        (int(label == "crisis"), answered_for_self(normalise(text)))
        for path in paths
        for label, text in weighed.corpus_rows(path)
    ]


def fit(
    rows: list[tuple[int, set[str]]], method: Method, silent: list[bool] | None = None
) -> tuple[float, dict[str, float]]:
    """L2 logistic regression on binary features; the method's heaviest weights, rounded. silent: the
    statements the rules leave to the backstop, weighed method.silent_weight times the others."""
    import numpy as np
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    seen = Counter(feature for _, found in rows for feature in found)
    vocabulary = {feature for feature, count in seen.items() if count >= method.min_statements}
    vectoriser = DictVectorizer()
    matrix = vectoriser.fit_transform([dict.fromkeys(found & vocabulary, 1) for _, found in rows]).tocsr()
    matrix.indices = matrix.indices.astype(np.int32)
    matrix.indptr = matrix.indptr.astype(np.int32)
    model = LogisticRegression(
        C=method.c, solver="liblinear", max_iter=2000, random_state=0, class_weight=method.class_weight
    )
    weights = None
    if silent is not None and method.silent_weight != 1.0:
        weights = np.array([method.silent_weight if quiet_rules else 1.0 for quiet_rules in silent])
    model.fit(matrix, np.array([label for label, _ in rows]), sample_weight=weights)
    pairs = sorted(
        zip(vectoriser.get_feature_names_out(), model.coef_[0], strict=True), key=lambda pair: (-abs(pair[1]), pair[0])
    )
    return round(float(model.intercept_[0]), 4), {name: round(float(w), 4) for name, w in pairs[: method.keep]}


def thresholds(
    rows: list[tuple[int, str]], featured: list[tuple[int, set[str]]], method: Method, silent: list[bool] | None = None
):
    """The whole-text threshold (about method.false_alarms of quiet statements reach it, scored by a model
    that never saw them) and, with windows, the stricter window threshold: of the quiet statements of
    several sentences that stay under the first, about method.window_false_alarms reach it."""
    quiet_scores, window_scores, several = [], [], 0
    out_of_fold = []
    for fold in range(FOLDS):
        bias, table = fit(
            [row for at, row in enumerate(featured) if at % FOLDS != fold],
            method,
            None if silent is None else [quiet for at, quiet in enumerate(silent) if at % FOLDS != fold],
        )
        for at, (label, found) in enumerate(featured):
            if at % FOLDS == fold and not label:
                quiet_scores.append(bias + sum(table.get(f, 0.0) for f in found))
                out_of_fold.append((bias, table, at, quiet_scores[-1]))
    quiet_scores.sort(reverse=True)
    threshold = round(quiet_scores[int(len(quiet_scores) * method.false_alarms)], 4)
    if not method.windows:
        return threshold, None
    for bias, table, at, score in out_of_fold:
        sentences = rows[at][1].split(" . ")
        if len(sentences) < method.window_from:
            continue
        several += 1
        if score < threshold:
            parts = [weighed.features(sentence, method.reads) for sentence in sentences]
            window_scores.append(bias + weighed._best_window(parts, table)[0])
    window_scores.sort(reverse=True)
    window = max(threshold, window_scores[int(several * method.window_false_alarms)])
    return threshold, round(window, 4)


def train_model(
    rows: list[tuple[int, str]], method: Method = SHIPPED, silent: list[bool] | None = None
) -> weighed.Weights:
    """The weights and thresholds learned from (label, normalised text) rows (silent: rules_silent()'s)."""
    featured = [(label, weighed.features(text, method.reads)) for label, text in rows]
    bias, table = fit(featured, method, silent)
    threshold, window = thresholds(rows, featured, method, silent)
    return weighed.Weights(bias, threshold, dict(sorted(table.items())), "", window, method.reads, method.window_from)


def rules_silent(paths: list[Path]) -> list[bool]:
    """For every statement, whether the rules leave it to the backstop (no rule fires: assess() would ask it)."""
    from moderation.detector import grading

    asked = weighed.Weighed(0.0, True, ())
    original = grading.weigh
    grading.weigh = lambda normalised: asked  # a flag that marks "the rules found nothing"
    try:
        return [
            grading.assess(text).categories == ("wording",) for path in paths for _, text in weighed.corpus_rows(path)
        ]
    finally:
        grading.weigh = original


def train(paths: list[Path], method: Method = SHIPPED) -> dict:
    rows = rows_of(paths)
    model = train_model(rows, method, rules_silent(paths) if method.silent_weight != 1.0 else None)
    data = {
        "about": "moderation/detector/weighed.py; written by bench/train_crisis_weights.py, do not edit",
        "trained_on": [path.name for path in paths],
        "corpus_digest": weighed.corpus_digest(paths),
        "statements": len(rows),
        "bias": model.bias,
        "threshold": model.threshold,
    }
    if model.window_threshold is not None:
        data["window_threshold"] = model.window_threshold
        data["window_from"] = model.window_from
    if model.reads != weighed.PLAIN:
        data["reads"] = {k: v for k, v in vars(model.reads).items() if v != getattr(weighed.PLAIN, k)}
    data["weights"] = model.weights
    return data


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
        print(
            f"{path.name}: rules {c_rules}/{c} caught, {q_rules}/{q} flagged; "
            f"with the backstop {c_all}/{c} caught, {q_all}/{q} flagged"
        )


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
    print(
        f"wrote {args.out} ({len(data['weights'])} weights from {data['statements']} statements, "
        f"threshold {data['threshold']})"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
