#!/usr/bin/env python3
"""The weighted-word backstop on sets it never learned from: rules, then rules + backstop, per set and pooled.

    .venv/bin/python bench/crisis_backstop_eval.py                    # the shipped method (baseline row)
    .venv/bin/python bench/crisis_backstop_eval.py --variants all     # every variant tried (bench/RESULTS.md)
    .venv/bin/python bench/crisis_backstop_eval.py --variants fa2 windows

For the measure sets (HOLD: written by writers who never saw the detector, that no rule tuner works
on) it trains the backstop on the corpus WITHOUT them and without the sets tuned by others this
round (ALSO_OUT), sets the threshold the way bench/train_crisis_weights.py does (5-fold out-of-fold
scores of the training corpus's quiet statements), and decides each held-out statement exactly as
assess() would: the rules' verdict when a rule or phrase fires, otherwise the backstop's. Prints
recall and false alarms per set and pooled, and the threshold(s). Deterministic (liblinear with a
fixed seed, folds by position), so the lead can rerun it and get the same table.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench import train_crisis_weights as train  # noqa: E402
from bench.crisis_texts import NEUTRAL  # noqa: E402
from moderation.detector import grading, weighed  # noqa: E402
from moderation.detector.lexicon import normalise  # noqa: E402
from moderation.detector.questions import answered_for_self  # noqa: E402

HOLD = ["crisis_an.tsv", "crisis_ao.tsv", "crisis_ap.tsv", "crisis_aq.tsv"]
ALSO_OUT = ["crisis_al.tsv", "crisis_am.tsv"]


def rules_verdicts(paths: list[Path]) -> dict[str, list[tuple[int, bool, bool, str, str]]]:
    """Per file: (label, rules caught, rules silent so the backstop decides, normalised text, text).
    Kept in the temp folder keyed by the detector's source and the files' statements (the rules are slow)."""
    import hashlib
    import json
    import tempfile

    key = hashlib.sha256()
    for source in sorted((ROOT / "moderation" / "detector").glob("*.py")):
        key.update(source.read_bytes())
    key.update(weighed.corpus_digest(paths).encode())
    cache = Path(tempfile.gettempdir()) / f"crisis_rules_{key.hexdigest()[:20]}.json"
    if cache.exists():
        return {name: [tuple(row) for row in rows] for name, rows in json.loads(cache.read_text()).items()}
    out = _rules_verdicts(paths)
    cache.write_text(json.dumps(out))
    return out


def _rules_verdicts(paths: list[Path]) -> dict[str, list[tuple[int, bool, bool, str, str]]]:
    silent = weighed.Weighed(0.0, True, ())
    original = grading.weigh
    grading.weigh = lambda normalised: silent  # a flag that marks "the rules found nothing"
    try:
        out = {}
        for path in paths:
            rows = []
            for label, text in weighed.corpus_rows(path):
                verdict = grading.assess(text)
                backstop = verdict.categories == ("wording",)
                rows.append(
                    (
                        int(label == "crisis"),
                        verdict.is_crisis and not backstop,
                        backstop,
                        answered_for_self(normalise(text)),
                        text,
                    )
                )
            out[path.name] = rows
        return out
    finally:
        grading.weigh = original


def long_posts(held: dict, count: int = 200) -> dict[str, list[str]]:
    """About 1,000 characters each (seeded, so the same every run): "quiet" posts of taper talk and the
    measure sets' quiet statements that no rule flags; "inside": each of their crisis statements that no
    rule reads, set among the same. What the backstop adds or loses in a long post, rules aside."""
    import random

    chance = random.Random(12)
    quiet = [row[4] for rows in held.values() for row in rows if not row[0] and row[2]]
    crisis = [row[4] for rows in held.values() for row in rows if row[0] and row[2]]

    def filler(size: int) -> list[str]:
        out: list[str] = []
        while sum(map(len, out)) < size:
            out.append(chance.choice(NEUTRAL) if chance.random() < 0.5 else chance.choice(quiet))
        return out

    posts = {"quiet": [" ".join(filler(1000)) for _ in range(count)], "inside": []}
    for text in crisis:
        around = filler(1000 - len(text))
        at = chance.randrange(len(around) + 1)
        posts["inside"].append(" ".join([*around[:at], text, *around[at:]]))
    return posts


def long_rows(posts: dict[str, list[str]]) -> dict[str, list[tuple[int, bool, bool, str, str]]]:
    """rules_verdicts() for the long posts: the quiet ones, and those with a crisis statement inside."""
    import tempfile

    out = {}
    for key, label, name in (("quiet", "quiet", "long quiet posts"), ("inside", "crisis", "long posts, crisis inside")):
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / "posts.tsv"
            path.write_text("".join(f"{label}\t{post}\n" for post in posts[key]), encoding="utf-8")
            out[name] = rules_verdicts([path])["posts.tsv"]
    return out


def look_alikes() -> list[tuple[int, bool, bool, str, str]]:
    """rules_verdicts() for the hand-written look-alikes of the crisis tests (every parametrised case of a
    test named "... quiet" or "someone else's": the same words about something else), read from pytest's
    collection. What a lower threshold costs where it shows: each one the backstop flags is a test to
    list in KNOWN_FALSE_ALARMS (tests/moderation/crisis_checks.py)."""
    import re
    import subprocess
    import tempfile

    listed = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            *map(str, sorted((ROOT / "tests" / "moderation").glob("test_crisis_*.py"))),
            "--collect-only",
            "-q",
            "-o",
            "addopts=",
            "-p",
            "no:cacheprovider",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    ).stdout
    texts = set()
    for name, text in re.findall(r"::(\w+)\[(.*)\]$", listed, re.MULTILINE):
        if re.search(r"quiet|someone_elses", name):
            texts.add(text.encode().decode("unicode_escape") if "\\u" in text or "\\x" in text else text)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "look_alikes.tsv"
        path.write_text("".join(f"quiet\t{text}\n" for text in sorted(texts)), encoding="utf-8")
        return rules_verdicts([path])["look_alikes.tsv"]


def measure(
    method: train.Method, training: list[tuple[int, str]], held: dict, silent: list[bool], alikes: list
) -> dict:
    model = train.train_model(training, method, silent if method.silent_weight != 1.0 else None)
    figures = {}
    for name, rows in held.items():
        caught = flagged = crisis = quiet = rules_caught = rules_flagged = 0
        for label, by_rules, silent, normalised, _ in rows:
            decided = by_rules or (silent and bool(normalised) and weighed.weigh(normalised, model).flagged)
            if label:
                crisis += 1
                caught += decided
                rules_caught += by_rules
            else:
                quiet += 1
                flagged += decided
                rules_flagged += by_rules
        figures[name] = (caught, crisis, flagged, quiet, rules_caught, rules_flagged)
    alike = sum(silent and weighed.weigh(normalised, model).flagged for _, _, silent, normalised, _ in alikes)
    return {"model": model, "figures": figures, "look_alikes": f"{alike}/{len(alikes)}"}


def _long(figures: dict, rules: bool) -> str:
    """Long quiet posts flagged; crisis statements the rules miss alone, inside a long post, caught."""
    _, _, flagged, quiet, _, rules_flagged = figures["long quiet posts"]
    caught, crisis, _, _, rules_caught, _ = figures["long posts, crisis inside"]
    return f"{rules_flagged if rules else flagged}/{quiet} | {rules_caught if rules else caught}/{crisis}"


def _row(name: str, figures: dict, model: weighed.Weights, rules: bool = False) -> str:
    cells = []
    total = [0, 0, 0, 0]
    long = _long(figures, rules)
    for key, counts in figures.items():
        if key.startswith("long"):
            continue
        caught, crisis, flagged, quiet = (counts[4], counts[1], counts[5], counts[3]) if rules else counts[:4]
        total = [total[0] + caught, total[1] + crisis, total[2] + flagged, total[3] + quiet]
        cells.append(f"{caught / crisis:.3f} / {flagged / quiet:.3f}")
    pooled = f"**{total[0] / total[1]:.3f} / {total[2] / total[3]:.3f}** ({total[0]}/{total[1]}, {total[2]}/{total[3]})"
    limit = (
        "—"
        if rules
        else f"{model.threshold:.3f}"
        + (f", windows {model.window_threshold:.3f}" if model.window_threshold is not None else "")
    )
    return f"| {name} | " + " | ".join(cells) + f" | {pooled} | {long} | {limit} |"


def cross_validate(method: train.Method, rows: list[tuple[int, bool, bool, str, str]]) -> str:
    """Out of fold on the training corpus (5 folds by position, as the thresholds are set): the statements
    the rules leave silent, crisis caught and quiet flagged at the method's own thresholds, and the crisis
    caught when the whole-text threshold lets 1, 2 or 3 % of the silent quiet statements through."""
    featured = [(label, weighed.features(text, method.reads)) for label, _, _, text, _ in rows]
    silent = [row[2] for row in rows]
    whole = [0.0] * len(rows)
    best = [None] * len(rows)
    for fold in range(train.FOLDS):
        fitted = [row for at, row in enumerate(featured) if at % train.FOLDS != fold]
        weights = [silent[at] for at in range(len(rows)) if at % train.FOLDS != fold]
        bias, table = train.fit(fitted, method, weights)
        for at in range(fold, len(rows), train.FOLDS):
            whole[at] = bias + sum(table.get(f, 0.0) for f in featured[at][1])
            sentences = rows[at][3].split(" . ")
            if method.windows and len(sentences) >= method.window_from:
                parts = [weighed.features(sentence, method.reads) for sentence in sentences]
                best[at] = bias + weighed._best_window(parts, table)[0]
    quiet = sorted((whole[at] for at, row in enumerate(rows) if not row[0]), reverse=True)
    threshold = quiet[int(len(quiet) * method.false_alarms)]
    several = [at for at, row in enumerate(rows) if not row[0] and best[at] is not None]
    under = sorted((best[at] for at in several if whole[at] < threshold), reverse=True)
    window = max(threshold, under[int(len(several) * method.window_false_alarms)]) if under else None

    def flagged(at: int) -> bool:
        return whole[at] >= threshold or (window is not None and best[at] is not None and best[at] >= window)

    crisis = [at for at, row in enumerate(rows) if row[0] and row[2]]
    calm = [at for at, row in enumerate(rows) if not row[0] and row[2]]
    caught, raised = sum(map(flagged, crisis)), sum(map(flagged, calm))
    ranked = sorted((whole[at] for at in calm), reverse=True)
    at_rates = []
    for rate in (0.01, 0.02, 0.03):
        limit = ranked[int(len(ranked) * rate)]
        at_rates.append(f"{sum(whole[at] > limit for at in crisis)}")
    return (
        f"| {caught}/{len(crisis)} | {raised}/{len(calm)} | "
        + " / ".join(at_rates)
        + f" | {threshold:.3f}"
        + (f", {window:.3f}" if window is not None else "")
        + " |"
    )


VARIANTS = {
    "baseline": train.Method(),
    "fa1.5": train.Method(false_alarms=0.015),
    "fa2": train.Method(false_alarms=0.02),
    "fa3": train.Method(false_alarms=0.03),
    "fa4": train.Method(false_alarms=0.04),
    "fa5": train.Method(false_alarms=0.05),
    "fa6": train.Method(false_alarms=0.06),
    "fa7": train.Method(false_alarms=0.07),
    "fa8": train.Method(false_alarms=0.08),
    "C0.5": train.Method(c=0.5),
    "C2": train.Method(c=2.0),
    "C4": train.Method(c=4.0),
    "keep10000": train.Method(keep=10000),
    "keep20000": train.Method(keep=20000),
    "min3": train.Method(min_statements=3),
    "min2": train.Method(min_statements=2),
    "min8": train.Method(min_statements=8),
    "balanced": train.Method(class_weight="balanced"),
    "stems": train.Method(stems=True),
    "skips": train.Method(skips=True),
    "scope3": train.Method(negation_scope=3),
    "windows": train.Method(windows=True),
    "windows-fa0.5": train.Method(windows=True, window_false_alarms=0.005),
    "windows-fa2": train.Method(windows=True, window_false_alarms=0.02),
    "from3": train.Method(window_from=3),
    "from4": train.Method(window_from=4),
    "from6": train.Method(window_from=6),
    "wfa0.25": train.Method(window_false_alarms=0.0025),
    "shipped": train.SHIPPED,
    "fa2.5": train.Method(false_alarms=0.025),
    "silent2": train.Method(silent_weight=2.0),
    "silent3": train.Method(silent_weight=3.0),
    "silent5": train.Method(silent_weight=5.0),
    "silent10": train.Method(silent_weight=10.0),
}


def _method(name: str) -> train.Method:
    """A variant by name; NAME+NAME combines them (the later wins)."""
    method = train.Method()
    for part in name.split("+"):
        method = replace(method, **{k: v for k, v in vars(VARIANTS[part]).items() if v != getattr(train.Method(), k)})
    return method


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument(
        "--variants",
        nargs="+",
        default=["baseline"],
        help=f"'all' or names from: {', '.join(VARIANTS)}; NAME+NAME combines (later wins)",
    )
    parser.add_argument("--hold", nargs="+", default=HOLD, metavar="TSV")
    parser.add_argument("--cv", action="store_true", help="out of fold on the training corpus instead of held out")
    args = parser.parse_args()
    files = train.corpus_files()
    names = {path.name for path in files}
    hold = [name for name in args.hold if name in names]
    missing = [name for name in args.hold if name not in names]
    out = set(hold) | set(ALSO_OUT)
    trained = rules_verdicts([path for path in files if path.name not in out])
    training = [(label, normalised) for rows in trained.values() for label, _, _, normalised, _ in rows]
    silent = [quiet for rows in trained.values() for _, _, quiet, _, _ in rows]
    chosen = list(VARIANTS) if args.variants == ["all"] else args.variants
    if args.cv:
        rows = [row for rows in trained.values() for row in rows]
        print(
            f"out of fold on {len(rows)} statements ({len(files) - len(out & names)} files; "
            f"rules silent: {sum(r[0] and r[2] for r in rows)} crisis, {sum(not r[0] and r[2] for r in rows)} quiet)"
        )
        print("| variant | silent crisis caught | silent quiet flagged | caught at 1 / 2 / 3 % added | thresholds |")
        print("|---|---|---|---|---|")
        for name in chosen:
            print(f"| {name} " + cross_validate(_method(name), rows), flush=True)
        return 0
    held = rules_verdicts([train.DATA / name for name in hold])
    posts = long_posts(held)
    held.update(long_rows(posts))
    alikes = look_alikes()
    print(
        f"trained on {len(training)} statements from {len(files) - len(out & names)} files; "
        f"held out {', '.join(sorted(out & names))}" + (f"; missing {', '.join(missing)}" if missing else "")
    )
    print(
        "| variant | "
        + " | ".join(f"{name} recall / false alarms" for name in hold)
        + " | pooled | long quiet posts flagged | crisis inside long posts caught | threshold | look-alikes flagged |"
    )
    print("|---|" + "---|" * (len(hold) + 5))
    first = True
    for name in chosen:
        result = measure(_method(name), training, held, silent, alikes)
        if first:
            print(_row("rules alone", result["figures"], result["model"], rules=True) + " — |")
            first = False
        print(_row(name, result["figures"], result["model"]) + f" {result['look_alikes']} |", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
