"""Weighted words: a backstop behind the rules, for wording they have never seen.

The rules (rules.py, combine.py) read a statement the way a person would and say why. Writers who
never saw them still find wording they miss (about one crisis statement in four on sets nobody
tuned on). This backstop is a linear score learned offline from the labelled corpus
(tests/moderation/data/): every word and pair of neighbouring words has a weight, and a statement's
score is the bias plus the weights of the words and pairs it holds ("n:" marks a word after a
negation in the same clause: "not", "never", "dont" ...). It is read only where the rules found
nothing, and it grades medium at most: it cannot tell intent from a wish, and a moderator always
decides. The evidence it gives is the words and pairs that weighed most, so the queue still shows why:

    "i keep thinking everyone would be fine if i just wasnt around"  ->  crisis-like wording: ...

weights.json is written by bench/train_crisis_weights.py (scikit-learn, offline; nothing is
downloaded or trained at run time) and records a digest of the corpus it learned from; a test fails
when the corpus has changed since (tests/moderation/test_crisis_weighed.py names the command).
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from functools import lru_cache
from itertools import repeat
from pathlib import Path

WEIGHTS_FILE = Path(__file__).with_name("weights.json")
NEGATIONS = frozenset(
    "not never no dont didnt cant wont isnt arent wasnt werent havent hasnt hadnt doesnt couldnt wouldnt "
    "shouldnt nothing nobody none nor".split()
)
NEGATED = "n:"
STEM = "~"
EVIDENCE_WORDS = 3
# Little words still weigh, but say nothing to a moderator on their own: left out of the evidence shown
# (alone or as a pair of little words).
_LITTLE = frozenset(
    "i im ive id ill me my a an the and or but so to of in on at by for it its is be been being was were am are "
    "would could will just have has had do did this that if then than as with".split()
)


@dataclass(frozen=True)
class Reads:
    """What the features hold beyond words, pairs and negated words (weights.json's "reads")."""

    stems: bool = False  # "~wish" for wishing / wished / wishes (crude: -ing, -ed, -s, -ly dropped)
    skips: bool = False  # "want ~ die": two words with one between them
    negation_scope: int = 0  # words a negation reaches in its clause (0: to the end of the clause)


PLAIN = Reads()


@dataclass(frozen=True)
class Weights:
    bias: float
    threshold: float
    weights: dict[str, float]
    corpus_digest: str
    window_threshold: float | None = None  # one or two neighbouring sentences alone (stricter), or not read
    reads: Reads = PLAIN
    window_from: int = 2  # sentences a text needs before its windows are read


@dataclass(frozen=True)
class Weighed:
    """A statement's score, whether it reaches the threshold, and the words that weighed most."""

    score: float
    flagged: bool
    evidence: tuple[str, ...] = ()


def clauses(normalised: str) -> list[list[str]]:
    """normalise()'s text cut at " , " and " . " into lists of words (the marks themselves dropped)."""
    out = []
    for clause in normalised.replace(" . ", " , ").split(" , "):
        words = clause.split()
        if words and (words[0] in (",", ".") or words[-1] in (",", ".")):
            words = [word for word in words if word not in (",", ".")]
        if words:
            out.append(words)
    return out


def features(normalised: str, reads: Reads = PLAIN) -> set[str]:
    """The words and neighbouring pairs of each clause; a word after a negation in its clause as "n:word"."""
    found: set[str] = set()
    scope = reads.negation_scope
    for words in clauses(normalised):
        if NEGATIONS.isdisjoint(words):
            found.update(words)
        else:
            left = 0
            for word in words:
                found.add(NEGATED + word if left else word)
                if word in NEGATIONS:
                    left = scope or len(words)
                elif left:
                    left -= 1
        if len(words) > 1:
            found.update(map(" ".join, zip(words, words[1:], strict=False)))
            if reads.skips and len(words) > 2:
                found.update(f"{one} ~ {other}" for one, other in zip(words, words[2:], strict=False))
        if reads.stems:
            found.update(STEM + stem for stem in map(_stem, words) if stem)
    return found


def _stem(word: str) -> str:
    """A crude stem where an ending comes off ("wishing" -> "wish", "hopes" -> "hope"), else ""."""
    for ending in ("ing", "ed", "ly", "s"):
        if word.endswith(ending) and len(word) - len(ending) >= 3 and not word.endswith("ss"):
            return word[: -len(ending)]
    return ""


@lru_cache(maxsize=1)
def load(path: str = str(WEIGHTS_FILE)) -> Weights:
    """The shipped weights, read once."""
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    window = data.get("window_threshold")
    return Weights(float(data["bias"]), float(data["threshold"]), data["weights"], data["corpus_digest"],
                   None if window is None else float(window), Reads(**data.get("reads", {})),
                   int(data.get("window_from", 2)))


def weigh(normalised: str, weights: Weights | None = None) -> Weighed:
    """Score normalise()'s text; at or over the threshold, the 2-3 words or pairs that weighed most.

    With a window threshold, a text of several sentences whose whole stays under the threshold is also
    read one and two neighbouring sentences at a time: one crisis sentence inside a long post of taper
    talk is not outweighed by it, and the stricter window threshold keeps long quiet posts quiet.
    """
    model = weights or load()
    table = model.weights
    known = _known(table, model.reads)
    if model.window_threshold is None or normalised.count(" . ") < model.window_from - 1:
        found = _weighed_features(normalised, model.reads, known)
        score = model.bias + sum(map(table.get, found, repeat(0.0)))
        if score < model.threshold:
            return Weighed(score, False)
        return Weighed(score, True, evidence(found, table))
    parts = [_weighed_features(sentence, model.reads, known) for sentence in normalised.split(" . ")]
    found = set().union(*parts)  # the same as features(normalised): no pair crosses " . "
    score = model.bias + sum(map(table.get, found, repeat(0.0)))
    if score >= model.threshold:
        return Weighed(score, True, evidence(found, table))
    best, window = _best_window(parts, table)
    if model.bias + best < model.window_threshold:
        return Weighed(score, False)
    return Weighed(score, True, evidence(window, table))


def _known(table: dict[str, float], reads: Reads) -> frozenset[str] | None:
    """The features with a weight, remembered for the table last asked about (speed: only those change
    a score, a window or the evidence shown); None with stems (a stem is shown as a word the text holds,
    weighed or not: every feature is kept)."""
    global _KNOWN
    if reads.stems:
        return None
    if _KNOWN[0] is not table:
        _KNOWN = (table, frozenset(table))
    return _KNOWN[1]


_KNOWN: tuple[dict[str, float] | None, frozenset[str]] = (None, frozenset())


def _weighed_features(text: str, reads: Reads, known: frozenset[str] | None) -> set[str]:
    """features() of the text, only those with a weight (known: _known's answer)."""
    found = features(text, reads)
    return found if known is None else found & known


def _best_window(parts: list[set[str]], table: dict[str, float]) -> tuple[float, set[str]]:
    """The heaviest sentence or pair of neighbouring sentences (its weights without the bias) and its features."""
    sums = [sum(map(table.get, part, repeat(0.0))) for part in parts]
    best, where, wide = max((total, at, False) for at, total in enumerate(sums))
    for at in range(len(parts) - 1):
        shared = parts[at] & parts[at + 1]
        total = sums[at] + sums[at + 1] - (sum(map(table.get, shared, repeat(0.0))) if shared else 0.0)
        if total > best:
            best, where, wide = total, at, True
    return best, (parts[where] | parts[where + 1]) if wide else parts[where]


def evidence(found: set[str], table: dict[str, float]) -> tuple[str, ...]:
    """The features that weighed most towards crisis, as words (a negated word shown as "not ... word")."""
    ranked = sorted((feature for feature in found if table.get(feature, 0.0) > 0 and not _little(feature)),
                    key=lambda f: (-table[f], f))
    words: list[str] = []
    for feature in ranked:
        word = _shown(feature, found)
        if word and not any(word in kept or kept in word for kept in words):
            words.append(word)
        if len(words) == EVIDENCE_WORDS:
            break
    return tuple(words)


def _shown(feature: str, found: set[str]) -> str:
    """A feature as a moderator reads it: "not ... word", "want ... die", a stem as a word the text holds."""
    if feature.startswith(NEGATED):
        return "not ... " + feature[len(NEGATED):]
    if feature.startswith(STEM):
        stem = feature[len(STEM):]
        return min((word for word in found if " " not in word and _stem(word) == stem), default="")
    return feature.replace(" ~ ", " ... ")


def _little(feature: str) -> bool:
    """A word or pair made only of little words ("on the", "i have"), which tells a moderator nothing."""
    return all(word in _LITTLE or word == STEM for word in feature.removeprefix(NEGATED).split())


def corpus_rows(path: Path) -> list[tuple[str, str]]:
    """(label, text) of a corpus file's statements: label in the first column, text in the last."""
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        columns = line.split("\t")
        if columns[0].strip() in ("crisis", "quiet"):
            rows.append((columns[0].strip(), columns[-1]))
    return rows


def corpus_digest(paths: list[Path]) -> str:
    """sha256 of the labelled statements (comments and blank lines do not count), file by file in name order."""
    digest = hashlib.sha256()
    for path in sorted(paths, key=lambda p: p.name):
        digest.update(path.name.encode() + b"\n")
        for label, text in corpus_rows(path):
            digest.update(f"{label}\t{text}\n".encode())
    return digest.hexdigest()
